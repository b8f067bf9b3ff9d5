"""Record: the repr, == and hash every model shares are those a frozen dataclass generates."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from tests.conftest import GUILIN

import factcheck.coverage
import factcheck.dates
import factcheck.granularity
import factcheck.report  # noqa: F401  (the modules whose classes are records)
from factcheck.engine import verify
from factcheck.models import Record


def _records() -> list[type]:
    out, todo = [], list(Record.__subclasses__())
    while todo:
        cls = todo.pop()
        out.append(cls)
        todo.extend(cls.__subclasses__())
    return out


def _reference(x: Any) -> Any:
    """``x`` as a plain frozen dataclass of the same name and fields would hold it."""
    fields = [f.name for f in dataclasses.fields(x)]
    ref = dataclasses.make_dataclass(type(x).__name__, fields, frozen=True)
    ref.__qualname__ = type(x).__qualname__
    return ref(**{n: getattr(x, n) for n in fields})


def _instances() -> list[Any]:
    """Every record reachable from the Guilin report (claims, values, findings, steps…)."""
    seen: dict[int, Any] = {}
    todo: list[Any] = [verify([GUILIN])]
    while todo:
        x = todo.pop()
        if isinstance(x, Record) and id(x) not in seen:
            seen[id(x)] = x
            todo.extend(getattr(x, f.name) for f in dataclasses.fields(x))
        elif isinstance(x, (list, tuple)):
            todo.extend(x)
        elif isinstance(x, dict):
            todo.extend(x.values())
    return list(seen.values())


def test_every_record_is_a_dataclass_whose_match_args_are_its_fields():
    classes = _records()
    assert {c.__name__ for c in classes} >= {"Claim", "Finding", "Quantity", "DateFigure", "Report"}
    for cls in classes:
        assert dataclasses.is_dataclass(cls)
        assert cls.__match_args__ == tuple(f.name for f in dataclasses.fields(cls)), cls
        assert not any(f.kw_only or not f.init for f in dataclasses.fields(cls)), cls


def test_repr_eq_and_hash_are_a_dataclass_s():
    found = _instances()
    assert len({type(x) for x in found}) >= 10
    for x in found:
        ref = _reference(x)
        assert repr(x) == repr(ref)
        twin = dataclasses.replace(x)
        assert twin == x and twin is not x
        assert (twin != x) is False  # != is the inverse of ==
        try:
            expected = hash(ref)
        except TypeError:  # a dict among the fields (Claim's options): no hash, as before
            with pytest.raises(TypeError):
                hash(x)
        else:
            assert hash(x) == expected
        assert x != object() and x.__eq__(ref) is NotImplemented  # another class: not equal
        first = dataclasses.fields(x)[0].name
        try:
            other = dataclasses.replace(x, **{first: "another"})
        except Exception:  # a field whose type checks (a bound of an interval…)
            continue
        assert other != x
