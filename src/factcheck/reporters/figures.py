"""The figures of an article, as ``factcheck extract`` shows them: JSON objects or a table.

Values and intervals of quantities are exact decimal strings in the unit the figure was
written in (``169万元`` has value ``169`` and unit ``万元``); dates are ISO 8601.
"""

from __future__ import annotations

import io
from bisect import bisect_left
from fractions import Fraction
from math import gcd
from typing import Any

from rich import box
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from factcheck.coverage import CLAIMED, UNACCOUNTED, UNCHECKED, Coverage, Covered
from factcheck.exports import exact, exact_ratio
from factcheck.extract import NAME, Figure, LineIndex
from factcheck.intervals import MAX_BITS, Interval
from factcheck.quantity import Quantity
from factcheck.reporters.json import dumps
from factcheck.reporters.longtable import print_table
from factcheck.reporters.terminal import text_console

STYLES = {CLAIMED: "green", UNCHECKED: "cyan", UNACCOUNTED: "bold red"}


def figure_dicts(
    text: str, figures: list[Figure], coverage: Coverage | None = None
) -> list[dict[str, Any]]:
    """One JSON object per figure; with ``coverage``, each also has ``coverage`` and ``by``."""
    breaks = LineIndex(text).breaks
    covered = {(c.figure.start, c.figure.end): c for c in coverage.figures} if coverage else {}
    out = []
    n, last = 0, 0  # LineIndex.at, walking the line breaks along figures in document order
    for f in figures:
        start = f.start
        if start < last:
            n = bisect_left(breaks, start)
        while n < len(breaks) and breaks[n] < start:
            n += 1
        last = start
        value, unit, dimension, measure, qualifier, direction, interval = _value(f)
        # one dict made whole, in the order of the keys as written
        d = {
            "kind": f.kind, "text": f.text, "start": start, "end": f.end, "line": n + 1,
            "column": start - (breaks[n - 1] + 1 if n else 0) + 1, "value": value, "unit": unit,
            "dimension": dimension, "measure": measure, "qualifier": qualifier,
            "direction": direction, "interval": interval, "note": f.note,
        }  # fmt: skip
        if coverage is not None:
            c: Covered | None = covered.get((f.start, f.end))
            d["coverage"] = c.status if c else None
            d["by"] = list(c.by) if c else []
        out.append(d)
    return out


def _value(f: Figure) -> tuple[Any, ...]:
    """value, unit, dimension, measure, qualifier, direction, interval."""
    if f.quantity is not None:
        q = f.quantity
        unit = q.unit
        factor = unit.factor
        value, step = q.value, q.step
        plain = q.qualifier is None and type(q) is Quantity
        interval = None
        if plain and step is not None and step.numerator > 0:
            # a rounded figure without a qualifier: value ± step/2 (rounding.rounded, the
            # default rounding), the bounds divided by the factor in integers, at a fifth of the
            # cost of the Fractions and the Interval (a third of the figures of an article)
            vn, vd, sn, sd = value.numerator, value.denominator, step.numerator, step.denominator
            a, b, den = 2 * vn * sd, sn * vd, 2 * vd * sd  # bounds (a ∓ b) / den in base units
            if max(abs(a) + b, den).bit_length() <= MAX_BITS:  # an Interval would take them
                fn, fd = factor.numerator, factor.denominator
                shown = _ratio_text(vn * fd, vd * fn)
                den *= fn
                lo, hi = _ratio_text((a - b) * fd, den), _ratio_text((a + b) * fd, den)
                interval = {"lo": lo, "hi": hi, "lo_closed": True, "hi_closed": True}
        if interval is None:
            shown = _ratio_text(
                value.numerator * factor.denominator, value.denominator * factor.numerator
            )
            if plain and step is None:
                # an exact figure without a qualifier stands for itself (most counts of a text)
                interval = {"lo": shown, "hi": shown, "lo_closed": True, "hi_closed": True}
            else:
                interval = _interval_dict(q.interval(), factor)
        qualifier = q.qualifier.value if q.qualifier else None
        return (
            shown, unit.display.strip(), unit.dimension, q.measure, qualifier, q.direction, interval
        )  # fmt: skip
    if f.when is not None:
        w = f.when
        iv = None
        if w.first is not None and w.last is not None:
            lo, hi = w.first.isoformat(), w.last.isoformat()
            if w.precision == "minute":
                lo = hi = w.iso
            iv = {"lo": lo, "hi": hi, "lo_closed": True, "hi_closed": True}
        unit_name = "time" if w.precision == "time" else "date"
        return w.iso, unit_name, unit_name, None, None, None, iv
    return None, None, None, None, None, None, None


def _interval_dict(iv: Interval, factor: Fraction) -> dict[str, Any]:
    """``interval_dict(iv / factor)``: a unit's factor is positive, so each bound is divided on
    its own, a tenth of the cost of dividing intervals (issue 8)."""
    lo, hi = iv.lo, iv.hi
    if factor != 1:
        lo = None if lo is None else lo / factor
        hi = None if hi is None else hi / factor
    return {
        "lo": _exact(lo),
        "hi": _exact(hi),
        "lo_closed": iv.lo_closed,
        "hi_closed": iv.hi_closed,
    }


def _ratio_text(n: int, d: int) -> str:
    """:func:`exact` of ``Fraction(n, d)`` (``d`` > 0), without making the Fraction."""
    g = gcd(n, d)
    return exact_ratio(n // g, d // g) if g != 1 else exact_ratio(n, d)


def _exact(x: Fraction | None) -> str | None:
    """:func:`exact`, with an integer written at once (two figures in three of an article)."""
    return str(x.numerator) if x is not None and x.denominator == 1 else exact(x)


def render_json(items: list[dict[str, Any]]) -> str:
    """The figures as one JSON list, stable bytes: ``json.dumps`` with ``indent=2`` and
    ``sort_keys``, written by :func:`factcheck.reporters.json.dumps` at two thirds of the cost
    of json's indenting encoder, which is pure Python (6,600 figures: 42 ms for 63 ms)."""
    return dumps(items) + "\n"


def render_table(
    items: list[dict[str, Any]],
    title: str,
    footer: list[str],
    color: bool = True,
    width: int | None = None,
) -> str:
    """The figures as a Rich table, then the ``footer`` lines (counts, coverage)."""
    out = io.StringIO()
    console = text_console(out, color, width)
    with_coverage = bool(items) and "coverage" in items[0]
    table = Table(title=escape(title), box=box.SIMPLE_HEAD, expand=False)
    table.add_column("line:col", no_wrap=True)
    table.add_column("figure", overflow="fold", min_width=8, max_width=24)
    table.add_column("kind", no_wrap=True)
    table.add_column("value", overflow="fold", min_width=8)
    table.add_column("interval", overflow="fold", min_width=10)
    if with_coverage:
        table.add_column("coverage", no_wrap=True)
        table.add_column("by", overflow="ellipsis", no_wrap=True, max_width=28)
    rows = []
    for d in items:
        row: list[str | Text] = [
            f"{d['line']}:{d['column']}",
            _text(d["text"]),
            d["kind"],
            _text(_shown_value(d) if d["kind"] != NAME else d["note"]),
            _shown_interval(d),
        ]
        if with_coverage:
            status = d["coverage"] or ""
            row += [Text(status, style=STYLES.get(status, "")), _text(", ".join(d["by"]))]
        rows.append(row)
    print_table(console, table, rows)
    for line in footer:
        console.print(Text(line, style="bold"))
    return out.getvalue()


def _text(s: str) -> str | Text:
    """A cell of what was read or written by a person, shown as written: a "[/]" or ":100:"
    in it is text, not Rich markup or an emoji code."""
    return Text(s) if "[" in s or ":" in s else s


def _shown_value(d: dict[str, Any]) -> str:
    if d["value"] is None:
        return ""
    if d["dimension"] in ("date", "time"):
        return str(d["value"])
    qual = f" {d['qualifier']}" if d["qualifier"] else ""
    sign = _SIGNS.get(d.get("direction") or 0, "")
    return f"{d['value']}{d['unit'] or ''}{qual}{sign}"


_SIGNS = {-1: " (fall)", 1: " (rise)"}


def _shown_interval(d: dict[str, Any]) -> str:
    iv = d["interval"]
    if iv is None:
        return ""
    if d["dimension"] in ("date", "time"):
        return iv["lo"] if iv["lo"] == iv["hi"] else f"{iv['lo']} … {iv['hi']}"
    if iv["lo"] == iv["hi"] and iv["lo"] is not None:
        return str(iv["lo"])
    lo = "−∞" if iv["lo"] is None else iv["lo"]
    hi = "∞" if iv["hi"] is None else iv["hi"]
    return f"{'[' if iv['lo_closed'] else '('}{lo}, {hi}{']' if iv['hi_closed'] else ')'}"
