"""Dates and times written in free text, for :func:`factcheck.extract.extract`.

:func:`dates_in` finds them (``2020年10月14日``, ``2020年第三季度``, ``2021-01-06 18:00``,
``5 March 2020``, ``March 2020``; with no year ``10月9日``, ``今年3月5日``, ``6月``, ``5 March``,
``本月5日``; times ``18:00``, ``10时30分``, ``24时``), each as a :class:`When`: the first and
last day it can mean. They are the dates :mod:`factcheck.scanner` passes over, so that none
is lost; a date with its year reads the same in a ``date`` claim
(:func:`factcheck.dates.parse_date`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from factcheck.dates import MONTH_NAMES
from factcheck.units import DATE_AFTER_DAY, RANGE_MARKS, names_a_month, one_start

__all__ = ["When", "dates_in"]


class When(NamedTuple):
    """A written date or time: the first and last day it can mean, and how it was written."""

    # 2020, 2020-Q3, 2020-06, 2020-10-14, 2021-01-06T18:00; with no year --10-09 (a day),
    # --06 (a month), ---05 (a day of the month); 18:00, or 18 for an hour alone (18时)
    iso: str
    first: date | None  # None when no year is written (10月9日) or for a time of day
    last: date | None
    precision: str  # year, half, quarter, month, day, minute, time


_DATE_PATTERNS = [
    re.compile(
        r"(?P<y>[12](?<![0-9][12])[0-9]{3})\s*年(?:\s*(?P<m>[0-9]{1,2})\s*月"
        r"(?:\s*(?P<d>[0-9]{1,2})\s*[日号](?:\s*(?P<H>[0-9]{1,2}):(?P<M>[0-9]{2}))?)?"
        r"|\s*第(?P<q>[一二三四1-4])季度|\s*(?P<h>[上下])半年)?"
    ),
    re.compile(
        r"(?P<y>[12](?<![0-9.][12])[0-9]{3})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)"
        r"(?P<d>[0-9]{1,2})"
        r"(?![0-9])(?:(?:\s+|T)(?P<H>[0-9]{1,2}):(?P<M>[0-9]{2})(?::[0-9]{2})?(?![0-9]))?"
    ),
    re.compile(
        r"(?P<y>[12](?<![0-9.][12])[0-9]{3})(?P<sep>[-/])(?P<m>[0-9]{1,2})(?![0-9]|(?P=sep))"
    ),
    # a month and day with no year (今年3月5日, 3月5日), a month (去年6月, 3月份), or a day of
    # the month (本月5日, 5日起): which one, _CN_DAY says
    re.compile(
        r"(?P<n>[0-9](?<![0-9]{2})[0-9]?)\s*(?:月(?:\s*(?P<d>[0-9]{1,2})\s*[日号]|份)?"
        r"|(?P<day>[日号]))"
    ),
    re.compile(r"(?P<H>[0-9](?<![0-9:][0-9])[0-9]?):(?P<M>[0-9]{2})(?::[0-9]{2})?(?![0-9])"),
    re.compile(
        r"(?P<H>[0-9](?<![0-9]{2})[0-9]?)\s*(?:[时点]\s*(?P<M>[0-9]{1,2})\s*分"
        r"(?:\s*[0-9]{1,2}\s*秒)?|时)"
    ),
]
_MONTH_RE = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))


def _cased(c: str) -> str:
    """The characters ``(?i:c)`` matches, for the first letters of month names: c in both
    cases, and ſ for s."""
    return c + c.upper() + ("ſ" if c == "s" else "")


# (?<![A-Za-z])(?i:{_MONTH_RE}), written to begin with one character class (units.one_start);
# the names grouped by first letter, in the order of _MONTH_RE within each group
_BY_LETTER: dict[str, list[str]] = {}
for _name in sorted(MONTH_NAMES, key=len, reverse=True):
    _BY_LETTER.setdefault(_name[0], []).append(_name[1:])
_MONTH_FIRST = one_start(
    (_cased(c), f"(?<![A-Za-z][{_cased(c)}])(?i:{'|'.join(rest)})")
    for c, rest in _BY_LETTER.items()
)
# English dates, compiled on first use (a tenth of the patterns' cost at start-up): most
# articles name no English month. A year followed by 年 is left to the Chinese date, a day
# followed by a time to the time: in "5 March 2020年6月5日" the dates are 5 March and
# 2020年6月5日, in "May 18:00" the time is 18:00 (and "March 5: …" is March 5)
_ENGLISH_DATES = (
    # March 5, 2020; Sept. 5 2020; March 5th; March 5 (with no year, dates_in keeps it only when
    # the month is written as scan passes over it: March, not MARCH or march); March 2020 (one
    # pattern: a pass over an English text costs a tenth of its extract)
    rf"(?P<mn>{_MONTH_FIRST})\.?\s+(?:(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?(?![0-9A-Za-z]|:[0-9])"
    rf"(?:(?:\s*,\s*|\s+)(?P<y>[12][0-9]{{3}})(?![0-9年]))?|(?P<ym>(?:19|20)[0-9]{{2}})(?![0-9年]))",
    # 5 March 2020, 5 Mar. 2020, 5th March, the 5th of March
    rf"(?P<d>[0-9](?<![0-9]{{2}})[0-9]?)(?:(?:st|nd|rd|th)(?:\s+of)?)?\s+"
    rf"(?P<mn>(?i:{_MONTH_RE}))(?![A-Za-z])(?:\.?(?:\s*,\s*|\s+)(?P<y>[12][0-9]{{3}})(?![0-9年]))?",
)
# for each pattern, what a text must hold for the pattern to find a date in it: one of a few
# characters (年, -, 月, :), what a short pattern beginning with a character finds (a day
# between two separators, a digit or a space before 日 or 时, a minute after 时 or 点), a
# month's first letter: a pass over the text is skipped when a few quick searches say there is
# nothing to find, as in most Chinese articles (a search beginning with a character is ten
# times faster than one beginning with a class, and str.find faster still)


def _holds(*chars: str) -> Callable[[str], bool]:
    return lambda s: any(c in s for c in chars)


def _finds(*patterns: str) -> Callable[[str], bool]:
    compiled = [re.compile(p) for p in patterns]
    return lambda s: any(p.search(s) for p in compiled)


def _either(*tests: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda s: any(t(s) for t in tests)


_DATE_NEEDS: list[Callable[[str], bool]] = [
    _holds("年"),
    _finds(*(rf"{re.escape(c)}[0-9]{{1,2}}{re.escape(c)}[0-9]" for c in "-/.")),
    _holds("-", "/"),
    # a day alone is a date after 月, before 起 and the like, or ending a range (_cn_day)
    _either(
        _holds("月"),
        _finds(
            *(rf"{c}(?<=[0-9\s]{c})(?:{'|'.join(DATE_AFTER_DAY)})" for c in "日号"),
            *(rf"{c}[{re.escape(RANGE_MARKS)}]" for c in "日号"),
        ),
    ),
    _holds(":"),
    _finds(r"时(?<=[0-9]时)", r"时(?<=\s时)", r"点\s*[0-9]{1,2}\s*分"),
]
_CN_DAY = _DATE_PATTERNS[3]  # 3月5日, 6月, 5日: what comes around it says whether it is a date
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def dates_in(s: str) -> list[tuple[int, int, When]]:
    """Dates and times in ``s``: the longest at each place, overlaps dropped."""
    found: list[re.Match[str]] = []
    held: dict[Callable[[str], bool], bool] = {}
    for needs, pattern in zip(_DATE_NEEDS, _DATE_PATTERNS, strict=True):
        if needs not in held:
            held[needs] = needs(s)
        if not held[needs]:
            continue
        if pattern is _CN_DAY:
            found += [m for m in pattern.finditer(s) if _cn_day(s, m)]
        else:
            found += pattern.finditer(s)
    if names_a_month(s):
        for source in _ENGLISH_DATES:
            for m in re.finditer(source, s):  # compiled once, by re's cache
                mn, g = m.group("mn"), m.groupdict()
                if g["y"] or g.get("ym") or (mn[0].isupper() and mn[1:].islower()):
                    found.append(m)  # no year: the month as scan passes over it (not may 5)
    found.sort(key=lambda m: (m.start(), m.start() - m.end()))
    out: list[tuple[int, int, When]] = []
    for m in found:  # a date is read only where it is kept: most English ones overlap
        if (not out or m.start() >= out[-1][1]) and (w := _when(m)) is not None:
            out.append((m.start(), m.end(), w))
    return out


def _cn_day(s: str, m: re.Match[str]) -> bool:
    """True when a month, a month and day or a day of the month written with no year is a
    date: a day alone where scan takes it for one (本月5日, 5日起, not 3日内) or at the end of
    a range of days (3月3日至5日, where scan would read 5 days); a month not after a year's
    digits (2021年2月29日 is no date, not February 29), nor alone at the end of a range (1-6月
    is no June)."""
    a = m.start()
    if m.group("day"):
        before = s[a - 1] if a else ""
        if before == "月" or (before in RANGE_MARKS and a >= 2 and s[a - 2] in "日号"):
            return True  # 本月5日, 3月3日至5日
        return s.startswith(DATE_AFTER_DAY, m.end())
    j = a - 1
    while j >= 0 and s[j].isspace():
        j -= 1
    if j < 1 or not s[j - 1].isdigit():
        return True
    return not (s[j] == "年" or (s[j] in RANGE_MARKS and m.group("d") is None))


def _when(m: re.Match[str]) -> When | None:
    g = m.groupdict()
    y = g.get("y") or g.get("ym")
    year = int(y) if y else None
    if g.get("mn"):
        month: int | None = MONTH_NAMES[g["mn"].lower()]
    else:
        month = int(g["m"]) if g.get("m") else None
    day = int(g["d"]) if g.get("d") else None
    if g.get("n"):  # 3月, 3月5日 or 5日
        if g.get("day"):
            day = int(g["n"])
        else:
            month = int(g["n"])
    hh, mm = g.get("H"), g.get("M")
    try:
        if hh is not None:
            h, minute = int(hh), int(mm or 0)
            if not (minute < 60 and (h < 24 or (h == 24 and minute == 0))):
                return None  # 24:00 and 24时 end a day
        time = f"{int(hh):02d}:{mm}" if hh is not None and mm is not None else None
        if year is None:
            if month is None:
                if day is not None:
                    date(2000, 1, day)
                    return When(f"---{day:02d}", None, None, "day")
                if time is None and hh is not None:
                    return When(f"{int(hh):02d}", None, None, "time")  # 18时: an hour
                return When(time, None, None, "time") if time else None
            date(2000, month, day or 1)  # a leap year: 2月29日 is a date
            if day is None:
                return When(f"--{month:02d}", None, None, "month")
            return When(f"--{month:02d}-{day:02d}", None, None, "day")
        if month is None:
            if g.get("q"):
                q = _QUARTERS[g["q"]]
                first, last = date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
                return When(f"{year}-Q{q}", first, last, "quarter")
            if g.get("h"):
                up = g["h"] == "上"
                first = date(year, 1 if up else 7, 1)
                last = date(year, 6, 30) if up else date(year, 12, 31)
                return When(f"{year}-H{1 if up else 2}", first, last, "half")
            return When(str(year), date(year, 1, 1), date(year, 12, 31), "year")
        if day is None:
            first = date(year, month, 1)
            return When(f"{year}-{month:02d}", first, _month_end(year, month), "month")
        d = date(year, month, day)
        if time:
            return When(f"{d.isoformat()}T{time}", d, d, "minute")
        return When(d.isoformat(), d, d, "day")
    except ValueError:
        return None  # 2020年13月, 2月30日: not a date


def _month_end(year: int, month: int) -> date:
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)
