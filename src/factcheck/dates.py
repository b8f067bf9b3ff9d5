"""Dates as written in news text, as intervals of days.

A date is a :class:`DateFigure`: a :class:`~factcheck.quantity.Quantity` in the dimension
``date`` whose value is a day number (days since 1970-01-01, a Fraction) and whose interval is
every day it can mean — ``2020年10月14日`` one day, ``2020年6月`` the thirty days of June,
``2020年`` a whole year. Because it is a Quantity, a date works wherever figures do: in
``order`` claims (the loader falls back to :func:`parse_date` when a value is not a figure
but reads as a date) and in ``expression`` claims, where ``end - start`` is a number of days.

Durations, and the calendar arithmetic of a date moved by one, are :mod:`factcheck.durations`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from factcheck.figure import QuantityError, parse
from factcheck.intervals import Interval
from factcheck.nfkc import normalize
from factcheck.quantity import DEFAULT_APPROX, Qualifier, Quantity
from factcheck.record import init_field
from factcheck.rounding import Rounding
from factcheck.units import Unit

EPOCH = date(1970, 1, 1).toordinal()
DATE_HINT = (
    "a date is written 2020年10月14日, 2020-10-14, 2020/10/14, October 14, 2020 or "
    "14 Oct 2020, a month 2020年6月, 2020-06 or June 2020, a quarter 2020年第三季度, a half "
    "2020年下半年, or a year 2020年"
)
DATE_UNIT = Unit("", "date", "")
# English month names and their abbreviations (extract reads them with these too)
MONTH_NAMES: dict[str, int] = {
    m: i + 1
    for i, names in enumerate(
        [
            "january jan", "february feb", "march mar", "april apr", "may", "june jun",
            "july jul", "august aug", "september sep sept", "october oct",
            "november nov", "december dec",
        ]
    )
    for m in names.split()
}  # fmt: skip
_MONTH = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
_TIME = r"(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2})?"
_CN = re.compile(
    r"\s*(?P<y>\d{4})\s*年(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号]"
    rf"(?:\s*{_TIME})?)?|\s*第(?P<q>[一二三四1-4])季度|\s*(?P<h>[上下])半年)?\s*\Z"
)
_ISO = re.compile(
    r"\s*(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})"
    rf"(?:(?P=sep)(?P<d>\d{{1,2}})(?:(?:\s+|T){_TIME})?)?\s*\Z"
)
# October 14, 2020; 14 Oct. 2020; the 14th of October, 2020; October 2020
_ORDINAL = r"(?:st|nd|rd|th)"
_YEAR_AFTER = r"(?:\s*,\s*|\s+)"
# These two are compiled on first use (by re's cache), as is _LOOKS: a Chinese or ISO date
# never asks for them, and compiling them costs most of a millisecond of every start.
_EN = (
    rf"(?i)\s*(?:(?P<mn>{_MONTH})\.?\s+(?P<d>\d{{1,2}}){_ORDINAL}?{_YEAR_AFTER}"
    rf"|(?P<d2>\d{{1,2}})(?:{_ORDINAL}(?:\s+of)?)?\s+(?P<mn2>{_MONTH})\.?{_YEAR_AFTER}"
    rf"|(?P<mn3>{_MONTH})\.?\s+)(?P<y>\d{{4}})\s*\Z"
)
# a date with no year: 3月1日, 3月, 3月份, March 5, 5 March, the 5th of March
_NO_YEAR = (
    r"(?i)\s*(?:[0-9]{1,2}月(?:[0-9]{1,2}[日号]|份)?"
    rf"|(?:{_MONTH})\.?\s+[0-9]{{1,2}}{_ORDINAL}?"
    rf"|[0-9]{{1,2}}(?:{_ORDINAL}(?:\s+of)?)?\s+(?:{_MONTH})\.?)\s*\Z"
)
# compiled on first use too: only a figure that cannot be read asks
_LOOKS = (
    r"\s*(?:\d{4}\s*(?:年\s*(?:\d{1,2}\s*月|第|[上下]半年)|[-/.]\d{1,2}(?:[-/.]|\s*\Z))"
    rf"|(?i:(?:{_MONTH})\.?\s+\d|\d{{1,2}}(?:{_ORDINAL}(?:\s+of)?)?\s+(?:{_MONTH})\b))"
)


def day_number(d: date) -> Fraction:
    """The day number of a calendar date."""
    return Fraction(d.toordinal() - EPOCH)


def to_date(x: Fraction) -> date:
    """The calendar date of a whole day number."""
    return date.fromordinal(int(x) + EPOCH)


def day_text(x: Fraction) -> str:
    """A day number as an ISO date (a fraction of a day is shown as days since the epoch)."""
    if x.denominator != 1:
        return f"day {float(x):.6g}"
    try:
        return to_date(x).isoformat()
    except (ValueError, OverflowError):
        return f"day {x}"


@dataclass(init=False, repr=False, eq=False)
class DateFigure(Quantity):
    """A date as written: the days from ``value`` to ``last`` (a day, a month, a quarter, a
    half or a year)."""

    last: Fraction = Fraction(0)
    precision: str = "day"  # day | month | quarter | half | year

    def __init__(
        self,
        text: str,
        value: Fraction,
        step: Fraction | None,
        unit: Unit,
        measure: str | None,
        qualifier: Qualifier | None,
        direction: int,
        to_level: bool,
        place: Fraction,
        last: Fraction = Fraction(0),
        precision: str = "day",
    ) -> None:
        Quantity.__init__(
            self, text, value, step, unit, measure, qualifier, direction, to_level, place
        )
        init_field(self, "last", last)
        init_field(self, "precision", precision)

    def interval(
        self, rounding: Rounding = Rounding.UP_OR_DOWN, approx: Fraction = DEFAULT_APPROX
    ) -> Interval:
        """Every day the date can mean; rounding and approximation do not apply."""
        return Interval(self.value, self.last)

    def show(self, x: Fraction) -> str:
        """A day number written as a date."""
        return day_text(Fraction(x))

    @property
    def first_date(self) -> date:
        """The first calendar day it covers."""
        return to_date(self.value)

    @property
    def last_date(self) -> date:
        """The last calendar day it covers."""
        return to_date(self.last)


def looks_like_date(text: str) -> bool:
    """True when a text starts like a written date rather than a figure."""
    return bool(re.match(_LOOKS, normalize(text).text))


_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4}


def parse_date(text: str) -> DateFigure:
    """Read a written date; raises :class:`QuantityError` with the offset of what is wrong."""
    norm = normalize(text)
    s = norm.text
    m = _CN.match(s) or _ISO.match(s) or re.match(_EN, s)
    if m is None:
        if re.match(_NO_YEAR, s):
            raise QuantityError("a date needs its year", 0, _year_hint(text))
        raise QuantityError(f"cannot read {text!r} as a date", 0, DATE_HINT)
    g = m.groupdict()
    year = int(g["y"])
    if not 1 <= year <= 9999:
        raise QuantityError(f"year {year} is outside the calendar", norm.start(m.start("y")))
    name = g.get("mn") or g.get("mn2") or g.get("mn3")
    month = MONTH_NAMES[name.lower()] if name else int(g["m"]) if g.get("m") else None
    d = g.get("d") or g.get("d2")
    day = int(d) if d else None
    hh, mm = int(g.get("H") or 0), int(g.get("M") or 0)
    if not (mm < 60 and (hh < 24 or (hh == 24 and mm == 0))):  # 24:00 ends a day
        raise QuantityError(
            f"there is no time of day {g['H']}:{g['M']}",
            norm.start(m.start("H")),
            "a time runs from 00:00 to 24:00",
        )
    if g.get("q") or g.get("h"):  # 2020年第三季度, 2020年下半年
        if g.get("q"):
            q = _QUARTERS.get(g["q"]) or int(g["q"])
            first, last, precision = date(year, 3 * q - 2, 1), _month_last(year, 3 * q), "quarter"
        elif g["h"] == "上":
            first, last, precision = date(year, 1, 1), date(year, 6, 30), "half"
        else:
            first, last, precision = date(year, 7, 1), date(year, 12, 31), "half"
    elif month is None:
        first, last, precision = date(year, 1, 1), date(year, 12, 31), "year"
    else:
        if not 1 <= month <= 12:
            raise QuantityError(
                f"there is no month {month}", norm.start(m.start("m")), "months run from 1 to 12"
            )
        days = days_in(year, month)
        if day is None:
            first, last, precision = date(year, month, 1), date(year, month, days), "month"
        elif not 1 <= day <= days:
            at = m.start("d") if g.get("d") else m.start("d2")
            raise QuantityError(
                f"{_MONTHS[month - 1]} {year} has {days} days, not {day}",
                norm.start(at),
                "check the day of the month",
            )
        else:
            first = last = date(year, month, day)
            precision = "day"
    return DateFigure(
        text, day_number(first), None, DATE_UNIT, None, None, 0, False, Fraction(1),
        last=day_number(last), precision=precision,
    )  # fmt: skip


def _month_last(year: int, month: int) -> date:
    return date(year, month, days_in(year, month))


def _year_hint(text: str) -> str:
    t = text.strip()
    written = f"2020年{t}" if "月" in t else f"{t}, 2020" if t[-1:].isdigit() else f"{t} 2020"
    return (
        f"write the year the article means ({written}) and mark the value "
        "`derived: true`, as the quote does not write it"
    )


def parse_figure_or_date(text: str) -> Quantity:
    """A figure, or a date when the text is not a figure but reads as one: how the loader
    reads a value whose kind does not say what it is (an ``order`` of dates)."""
    try:
        q = parse(text)
    except QuantityError:
        if looks_like_date(text):
            return parse_date(text)
        if re.match(_NO_YEAR, normalize(text).text):  # 3月1日: a day with no year to place it
            raise QuantityError("a date needs its year", 0, _year_hint(text)) from None
        raise
    if q.measure is not None and q.measure.strip().lower() in MONTH_NAMES:
        # 5 March is a day with no year, not five of something called March
        raise QuantityError("a date needs its year", 0, _year_hint(text))
    return q


_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def days_in(year: int, month: int) -> int:
    """The days of a month (the calendar module costs more to import than this)."""
    return 31 if month == 12 else (date(year, month + 1, 1) - date(year, month, 1)).days
