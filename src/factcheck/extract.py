"""Figures found in free text: quantities, dates, and the names that merely contain digits.

:func:`extract` lists every figure of an article in document order, each with its offsets
into the text as written (``text[start:end]`` is the figure). Quantities come from
:func:`factcheck.scanner.scan`, dates and times from :func:`factcheck.textdates.dates_in`
(``2020年10月14日``, ``2020年第三季度``, ``5 March 2020``, ``10月9日``, ``18:00``, each
date scan passes over); this module adds a few quantities scan leaves out on
purpose because they are rarely figures elsewhere (``万元以上`` as a threshold, ``四级`` after
a list ``市、县、乡、村``), and flags names: a short quoted phrase with a numeral in it
(“两个建成”, “亮剑2020”), a label (``A1版``, ``COVID-19``, ``5G``), a year glued to a word.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from factcheck.chinese_numerals import CN_CHARS
from factcheck.figure import parse
from factcheck.models import Pos, Problem
from factcheck.nfkc import normalize
from factcheck.quantity import Quantity
from factcheck.scanner import scan, scan_normalized
from factcheck.textdates import When, dates_in
from factcheck.units import one_start

QUANTITY, DATE, NAME = "quantity", "date", "name"
MAX_BYTES = 50 * 1024 * 1024


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
    dates = [(*span(a, b), w) for a, b, w in dates_in(s)]
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
