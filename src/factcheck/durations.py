"""Durations as written, and the calendar arithmetic of a date moved by one.

A duration is an ordinary figure (``3天``, ``百日``, ``2周``, ``3个月``, ``100天左右``);
:func:`parse_duration` also reads the relative phrases ``3天之后`` and ``3天前``, whose direction
word says which way to count. :func:`shift` moves an interval of days (:mod:`factcheck.dates`)
by a duration: days and weeks as day numbers, months and years along the calendar.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from fractions import Fraction

from factcheck.dates import day_number, days_in, to_date
from factcheck.figure import QuantityError, parse
from factcheck.intervals import Interval
from factcheck.quantity import Quantity

DURATION_HINT = (
    "a duration is a figure in days, weeks, months or years: 3天, 3日, 百日, 2周, 3个月, 1年, "
    "100天左右; optionally 之后/以后/后 or 之前/以前/前 (3天之后, 3 days later)"
)
DURATION_DIMENSIONS = ("duration", "months", "years")

_AFTER = ("之后", "以后", "后", "later", "after")
_BEFORE = ("之前", "以前", "前", "earlier", "before", "ago")
_RELATIVE = re.compile(
    r"^(?P<body>.*?)\s*(?P<word>" + "|".join(sorted(_AFTER + _BEFORE, key=len, reverse=True))
    + r")\s*\Z",
    re.IGNORECASE | re.DOTALL,
)  # fmt: skip


def parse_duration(text: str) -> Quantity:
    """A duration, optionally relative: ``3天``, ``百日``, ``3天之后`` (+), ``3天前`` (−)."""
    try:  # 3天前后 is "about 3 days"; only a figure that does not read is relative
        q, direction = parse(text), 0
    except QuantityError:
        m = _RELATIVE.match(text)
        if not (m and m.group("body").strip()):
            raise
        q = parse(m.group("body"))
        direction = 1 if m.group("word").lower() in _AFTER else -1
    if q.unit.dimension not in DURATION_DIMENSIONS:
        raise QuantityError(f"{text!r} is not a duration", 0, DURATION_HINT)
    return replace(q, text=text, direction=direction or q.direction)


class OutsideCalendar(ArithmeticError):
    """A date moved past the calendar's years 1 to 9999 (10年 misread as 10000年)."""


def _add_months(d: date, months: int) -> date:
    """``d`` moved by whole months; the day is kept, or the month's last day (1-31 + 1 month
    is 2-28 or 2-29)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    if not 1 <= year <= 9999:
        raise OutsideCalendar(f"the year {year} is outside the calendar")
    return date(year, month, min(d.day, days_in(year, month)))


def _floor(x: Fraction) -> int:
    return x.numerator // x.denominator


def _ceil(x: Fraction) -> int:
    return -((-x.numerator) // x.denominator)


def shift(
    start: Interval, duration: Quantity, span: Interval, sign: int, count_first_day: bool
) -> Interval:
    """The days ``start`` ± ``span`` of ``duration``'s unit reaches.

    Days and weeks add as day numbers; months and years move along the calendar, and a
    fraction of a month widens to the whole months around it. Counting the first day (the
    start is day 1) ends a day earlier going forward, a day later going back.
    """
    dim = duration.unit.dimension
    if dim == "duration":
        reach = start + span if sign > 0 else start - span
    else:
        per = 12 if dim == "years" else 1
        reach = _calendar(start, span, sign, per)
    if count_first_day:
        reach = reach - sign
    return reach


def _calendar(start: Interval, span: Interval, sign: int, per: int) -> Interval:
    """Calendar months from a day interval; unbounded spans stay unbounded."""
    assert start.lo is not None and start.hi is not None
    lo_m = None if span.lo is None else _floor(span.lo * per)
    hi_m = None if span.hi is None else _ceil(span.hi * per)
    a, b = to_date(start.lo), to_date(start.hi)
    if sign > 0:
        lo = None if lo_m is None else day_number(_add_months(a, lo_m))
        hi = None if hi_m is None else day_number(_add_months(b, hi_m))
    else:
        lo = None if hi_m is None else day_number(_add_months(a, -hi_m))
        hi = None if lo_m is None else day_number(_add_months(b, -lo_m))
    return Interval(lo, hi)


def days_text(x: Fraction) -> str:
    """A number of days as words: 1 day, 83 days."""
    return f"{x} day" if x == 1 else f"{x} days"
