"""Figures found in free text: quantities, dates, and the names that merely contain digits.

:func:`extract` lists every figure of an article in document order, each with its offsets
into the text as written (``text[start:end]`` is the figure). Quantities come from
:func:`factcheck.scanner.scan`; this module adds dates and times (``2020年10月14日``,
``2020年6月``, ``2020年第三季度``, ``2021-01-06 18:00``), a few quantities scan leaves out on
purpose because they are rarely figures elsewhere (``万元以上`` as a threshold, ``四级`` after
a list ``市、县、乡、村``), and flags names: a short quoted phrase with a numeral in it
(“两个建成”, “亮剑2020”), a label (``A1版``, ``COVID-19``, ``5G``), a year glued to a word.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from datetime import date
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from factcheck.dates import MONTH_NAMES
from factcheck.models import Pos, Problem
from factcheck.nfkc import normalize
from factcheck.numerals import CN_CHARS
from factcheck.quantity import Quantity, parse
from factcheck.scanner import scan, scan_normalized
from factcheck.units import DATE_AFTER_DAY, RANGE_MARKS, names_a_month, one_start

QUANTITY, DATE, NAME = "quantity", "date", "name"
MAX_BYTES = 50 * 1024 * 1024


class When(NamedTuple):
    """A written date or time: the first and last day it can mean, and how it was written."""

    iso: str  # 2020, 2020-Q3, 2020-06, 2020-10-14, 2021-01-06T18:00, --10-09, 18:00
    first: date | None  # None when no year is written (10月9日) or for a time of day
    last: date | None
    precision: str  # year, half, quarter, month, day, minute, time


class Figure(NamedTuple):
    """One figure of a text; ``text`` is exactly ``article[start:end]``.

    A named tuple, not a frozen dataclass: an article of 1 MB has 7,000 of them, and a tuple
    is built three times faster."""

    start: int
    end: int
    text: str
    kind: str  # quantity | date | name
    quantity: Quantity | None = None
    when: When | None = None
    note: str = ""  # for a name: why it is one


class LineIndex:
    """1-based line and column of offsets into a text."""

    def __init__(self, text: str) -> None:
        self.breaks = [m.start() for m in re.finditer("\n", text)]

    def at(self, offset: int) -> tuple[int, int]:
        """The line and column of the character at ``offset``."""
        n = bisect.bisect_left(self.breaks, offset)
        start = self.breaks[n - 1] + 1 if n else 0
        return n + 1, offset - start + 1


def read_article(path: Path, max_bytes: int = MAX_BYTES) -> tuple[str | None, Problem | None]:
    """An article as text (UTF-8, BOM allowed), or the problem reading it. A pipe or a device
    is read no further than ``max_bytes``, as a claim file is."""
    from factcheck.safeyaml import TooLargeError, read_bounded, undecodable

    start = Pos(str(path), 1, 1)
    try:
        data = read_bounded(path, max_bytes).removeprefix(b"\xef\xbb\xbf")
    except TooLargeError as e:
        hint = "split the text into several files"
        return None, Problem(
            start, f"file is {e.size}, over the limit of {max_bytes:,} bytes", hint
        )
    except IsADirectoryError:
        return None, Problem(start, "is a directory", "name a text file")
    except OSError as e:
        return None, Problem(start, f"cannot read file: {e.strerror}", "check the path")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        line_start = data.rfind(b"\n", 0, e.start) + 1
        line = data.count(b"\n", 0, e.start) + 1
        col = len(data[line_start : e.start].decode("utf-8")) + 1  # characters, not bytes
        return None, Problem(Pos(str(path), line, col), undecodable(data, e), "save as UTF-8")


def extract(text: str) -> list[Figure]:
    """Every figure of ``text`` in document order: quantities, dates and flagged names."""
    norm = normalize(text)
    s = norm.text

    def span(a: int, b: int) -> tuple[int, int]:
        return norm.start(a), norm.end(b)

    out: list[Figure] = []
    starts: list[int] = []  # the spans taken so far, sorted and never overlapping
    ends: list[int] = []

    def add(
        a: int,
        b: int,
        kind: str,
        quantity: Quantity | None = None,
        when: When | None = None,
        note: str = "",
    ) -> None:
        out.append(Figure(a, b, text[a:b], kind, quantity, when, note))
        take(a, b)

    def take(a: int, b: int) -> None:
        i = bisect.bisect_left(starts, a)
        starts.insert(i, a)
        ends.insert(i, b)

    def free(a: int, b: int) -> bool:
        i = bisect.bisect_left(starts, b)  # the spans starting before b ...
        return i == 0 or ends[i - 1] <= a  # ... end by a, as the last of them does

    for m in _URL.finditer(s):  # an address holds no figures (/2020/10/, a5g)
        take(*span(*m.span()))
    # a quoted name wins over what is inside it; a date over a label (2021-01-06T18:00)
    for a, b, note in _quoted_names(s):
        if free(*span(a, b)):
            add(*span(a, b), NAME, note=note)
    dates = [(*span(a, b), w) for a, b, w in _dates(s)]
    for a, b, w in dates:
        if free(a, b):
            add(a, b, DATE, when=w)
    for a, b in _labels(s):
        a, b = span(a, b)
        if free(a, b) and not _is_quantity(text[a:b]):
            add(a, b, NAME, note="a label")
    for f in scan_normalized(norm):  # most figures: free() and add() written out
        a, b = f.start, f.end
        i = bisect.bisect_left(starts, b)
        if i == 0 or ends[i - 1] <= a:  # then no span starts in a..b either: a goes at i
            out.append(Figure(a, b, f.quantity.text, QUANTITY, f.quantity))  # text[a:b]
            starts.insert(i, a)
            ends.insert(i, b)
    for a, b in _extra_quantities(s):
        a, b = span(a, b)
        if free(a, b):
            add(a, b, QUANTITY, quantity=parse(text[a:b]))
    for a, b, glued in _years(s):
        a, b = span(a, b)
        if not free(a, b):
            continue
        if glued:
            add(a, b, NAME, note="a year in a name")
        else:
            y = int(text[a:b][-4:])
            add(a, b, DATE, when=When(str(y), date(y, 1, 1), date(y, 12, 31), "year"))
    out.sort(key=attrgetter("start"))  # no two figures start at the same place
    return out


_URL = re.compile(r"(?:https?://|www\.)[^\s，。、；）)\"“”<>]+")
_CN = f"[{CN_CHARS}]"
_NUMERAL = re.compile(rf"[0-9]|{_CN}")
_QUOTED = re.compile(
    r"“(?P<a>[^“”\n]{1,16})”|\"(?P<b>[^\"\n]{1,16})\"|「(?P<c>[^「」\n]{1,16})」"
    r"|『(?P<d>[^『』\n]{1,16})』|《(?P<e>[^《》\n]{1,60})》"
)
_SENTENCE_MARK = re.compile(r"[,.;:!?，。；：！？、\s]")
# Patterns run over the whole text begin with the character they consume first and check
# what precedes it after that (units.blocked_for says why).
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_LABEL = re.compile(
    one_start(
        [
            (
                _LETTERS,
                r"(?<![A-Za-z0-9_][A-Za-z])[A-Za-z]{0,9}-?[0-9]+[A-Za-z0-9]*(?:-[0-9]+)?"
                r"(?:[版号型])?",
            ),
            ("0123456789", r"(?<![A-Za-z0-9_.][0-9])[0-9]*[A-Za-z]+[A-Za-z0-9]*(?![A-Za-z0-9])"),
            ("0123456789", r"(?<![0-9.][0-9])[0-9]*(?:\.[0-9]+){2,}(?![0-9])"),
        ]
    )
)


def _quoted_names(s: str) -> list[tuple[int, int, str]]:
    """Quoted phrases with a numeral in them that are names, not figures: “两个建成”."""
    out: list[tuple[int, int, str]] = []
    for m in _QUOTED.finditer(s):
        group = next(g for g in "abcde" if m.group(g) is not None)
        inner, a, b = m.group(group), m.start(group), m.end(group)
        if not _NUMERAL.search(inner):
            continue
        if group != "e" and _SENTENCE_MARK.search(inner):
            continue  # a quoted saying, not a name
        if _is_quantity(inner):
            continue  # a quoted figure is still a figure: “100%”
        out.append((a, b, "a title" if group == "e" else "a quoted name"))
    return out


def _labels(s: str) -> list[tuple[int, int]]:
    """Labels and identifiers: A1版, COVID-19, 5G, 1990s, 192.168.1.1."""
    return [m.span() for m in _LABEL.finditer(s)]


def _is_quantity(text: str) -> bool:
    """True when a label-looking span reads as one figure (3.2m, 5kg)."""
    found = scan(text)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(text)


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
# articles name no English month
_ENGLISH_DATES = (
    # March 5, 2020; Sept. 5 2020; March 5th; March 5 (with no year, _dates keeps it only when
    # the month is written as scan passes over it: March, not MARCH or march); March 2020 (one
    # pattern: a pass over an English text costs a tenth of its extract)
    rf"(?P<mn>{_MONTH_FIRST})\.?\s+(?:(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?(?![0-9A-Za-z])"
    rf"(?:(?:\s*,\s*|\s+)(?P<y>[12][0-9]{{3}})(?![0-9]))?|(?P<ym>(?:19|20)[0-9]{{2}})(?![0-9]))",
    # 5 March 2020, 5 Mar. 2020, 5th March, the 5th of March
    rf"(?P<d>[0-9](?<![0-9]{{2}})[0-9]?)(?:(?:st|nd|rd|th)(?:\s+of)?)?\s+"
    rf"(?P<mn>(?i:{_MONTH_RE}))(?![A-Za-z])(?:\.?(?:\s*,\s*|\s+)(?P<y>[12][0-9]{{3}})(?![0-9]))?",
)
# for each pattern, what a text must hold for the pattern to match in it: one of a few
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
    _either(_holds("月"), _finds(r"[日号](?<=[0-9][日号])", r"[日号](?<=\s[日号])")),
    _holds(":"),
    _finds(r"时(?<=[0-9]时)", r"时(?<=\s时)", r"点\s*[0-9]{1,2}\s*分"),
]
_CN_DAY = _DATE_PATTERNS[3]  # 3月5日, 6月, 5日: what comes around it says whether it is a date
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _dates(s: str) -> list[tuple[int, int, When]]:
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


_EXTRA = re.compile(
    one_start(
        [
            # a bare 万/千 before 元 and a bound: 万元以上 is "10,000 yuan or more", a threshold
            ("万千亿", rf"(?<![0-9{CN_CHARS}][万千亿])元(?:以上|以下|以内)"),
            # N级 after a list of levels: 市、县、乡、村四级 (scan avoids N级, mostly a grade);
            # the 、 is taken into the match, and only the level reported. The word before
            # the level is Han characters, tested after the match: a class of the 20,000 of
            # them costs a millisecond to compile, at every start
            ("、", r"(?P<w>[^、，,。；;\s0-9]{1,4}?)(?P<lv>[两二三四五六七八九十]{1,3}级)"),
        ]
    )
)


def _extra_quantities(s: str) -> list[tuple[int, int]]:
    out = []
    for m in _EXTRA.finditer(s):
        if m.group("lv") is None:
            out.append(m.span())
        elif all("\u4e00" <= c <= "\u9fff" for c in m.group("w")):
            out.append(m.span("lv"))
    return out


_YEAR = re.compile(r"(?:1(?<![0-9.,]1)9|2(?<![0-9.,]2)0)[0-9]{2}(?![0-9])")
_DATE_WORDS = "在于至到从自止"  # 于2020: "in 2020", a date


def _years(s: str) -> list[tuple[int, int, bool]]:
    """Bare four-digit years (scan leaves them out): each with whether it is glued to a word
    (亮剑2020, a name) or not (in 2020, a date)."""
    out = []
    for m in _YEAR.finditer(s):
        before = s[m.start() - 1] if m.start() else ""
        out.append((m.start(), m.end(), before.isalpha() and before not in _DATE_WORDS))
    return out
