"""JSON: ``Report.to_dict()``, sorted keys, stable bytes."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from factcheck.report import Report

_string = json.encoder.encode_basestring  # json's own, in C: ensure_ascii=False


def render(report: Report, **_: Any) -> str:
    """The report as one JSON document."""
    return dumps(report.to_dict()) + "\n"


def dumps(x: Any) -> str:
    """``json.dumps(x, ensure_ascii=False, indent=2, sort_keys=True)``, the same text.

    json indents in pure Python; a document of str, int, bool, None, lists and dicts with
    string keys is written here into one list of pieces at under half its cost (0.36 s instead
    of 0.80 s for the report of 10,000 claims). Anything else is left to json.dumps."""
    out: list[str] = []
    try:
        _write(x, "\n", out.append, {})
    except (_Unusual, TypeError, RecursionError):
        return json.dumps(x, ensure_ascii=False, indent=2, sort_keys=True)
    return "".join(out)


class _Unusual(Exception):
    """A value :func:`dumps` leaves to json.dumps (a float, a tuple, a subclass of int…)."""


def _write(v: Any, newline: str, put: Callable[[str], None], keys: dict[Any, str]) -> None:
    """``v`` as json.dumps indents it at ``newline``; ``keys`` caches each key's text."""
    t = type(v)
    if t is str:
        put(_string(v))
    elif t is dict:
        if not v:
            put("{}")
            return
        inner = newline + "  "
        sep = "{" + inner
        for k in sorted(v):  # a TypeError for keys of mixed types, as json.dumps
            key = keys.get(k)
            if key is None:
                if type(k) is not str:
                    raise _Unusual
                key = keys[k] = _string(k) + ": "
            put(sep)
            put(key)
            _write(v[k], inner, put, keys)
            sep = "," + inner
        put(newline + "}")
    elif t is list:
        if not v:
            put("[]")
            return
        inner = newline + "  "
        sep = "[" + inner
        for item in v:
            put(sep)
            _write(item, inner, put, keys)
            sep = "," + inner
        put(newline + "]")
    elif v is None:
        put("null")
    elif t is bool:
        put("true" if v else "false")
    elif t is int:
        put(int.__repr__(v))
    else:
        raise _Unusual
