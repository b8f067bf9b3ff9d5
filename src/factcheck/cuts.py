"""Where a figure's text may stand in a folded passage, and what stands around it: a place
inside a number (:func:`splits`: ``9万元`` is not in ``169万元``), the words around a figure that
change what it means (:func:`drops_words`, :func:`misreads`: ``30分钟`` is not the ``不到30分钟``
of a quote), and the quick looks at the characters around a place (:func:`bare`,
:func:`may_go_on`) that spare most places the reading. Values are placed in their quotes
(:mod:`factcheck.value_places`) and quotes in their article (:mod:`factcheck.quote_places`)
with these.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from factcheck.chinese_numerals import CN_CHARS
from factcheck.quantity import Quantity, same_quantity
from factcheck.scanner import WORD_ENDS, Found, look_back, scan
from factcheck.units import (
    CJK_UNIT_RE,
    MEASURES,
    TRAILING,
    TRAILING_RE,
    UNITS,
    is_ascii_word,
)

__all__ = [
    "PREFIXES",
    "SEPARATORS",
    "bare",
    "cut_before",
    "drops_words",
    "ends_a_range",
    "figures_of",
    "literal_places",
    "may_go_on",
    "misreads",
    "qualified_after_noun",
    "splits",
]


def drops_words(q: Quantity, quote: str, start: int, end: int, signless: bool = False) -> bool:
    """True when the figure the quote writes at ``start:end`` has words around it that change
    what it means and that the value ``q`` leaves out: a qualifier (30分钟 is not the quote's
    不到30分钟, nor 162万 its 162万余元) or, unless the kind reads magnitudes (``signless``), a
    fall word (50% is not 下降50%: as a change it would be a rise)."""
    _, lead, direction, to_level = look_back(quote, start, 0)
    if q.qualifier is None and (
        lead is not None
        or quote.startswith("余", end)
        or (quote[end : end + 1] in _TRAIL_FIRST and TRAILING_RE.match(quote, end))
        or qualified_after_noun(quote, end)
    ):
        return True
    # 下降到50% is a level, and so is 50%: only a fall word makes a change of it
    if direction < 0 and not to_level and q.direction >= 0 and not signless:
        return True
    if ends_a_range(quote, end) or (
        cut_before(quote, start) and not (signless and quote[start - 1] in _MINUS)
    ):
        return True
    # a date that goes on to its month or day: 2020年11月 is not 2020年11月17日
    return q.unit.dimension == "date" and quote[end : end + 1].isdigit()


def cut_before(s: str, k: int) -> bool:
    """True when what stands just before place ``k`` of ``s`` belongs to the figure from
    ``k``: a minus sign (-5.0%), the first end and mark of a range (5-|6万人), or 百分之
    (百分之|六十)."""
    before = s[k - 1 : k]
    return bool(
        before in _MINUS
        or (before in _RANGE_MARKS and s[k - 2 : k - 1].isdigit())
        or (k >= 3 and s[k - 3 : k] in PREFIXES)
    )


def ends_a_range(s: str, k: int) -> bool:
    """True when a figure ending at place ``k`` of ``s`` is the first end of a range: 5|-6万人."""
    return s[k : k + 1] in _RANGE_MARKS and s[k + 1 : k + 2].isdigit() and s[k - 1 : k].isdigit()


def qualified_after_noun(s: str, k: int) -> bool:
    """True when an English noun and a qualifier follow place ``k``: 131| cases or more."""
    return bool(
        s.startswith(" ", k)
        and (noun := _NOUN_AFTER.match(s, k))
        and TRAILING_RE.match(s, noun.end())
    )


PREFIXES = ("百分之", "千分之")  # a unit written before its number


_RANGE_MARKS = frozenset("-~～至到")
_NOUN_AFTER = re.compile(r" [A-Za-z]+(?:-[A-Za-z]+)*(?![A-Za-z])")
_MINUS = frozenset("-−")


@lru_cache(maxsize=4096)
def figures_of(text: str) -> tuple[Found, ...]:
    """The figures :func:`scan` finds in a folded quote (a file quotes one passage for many
    claims)."""
    return tuple(scan(text))


def misreads(q: Quantity, quote: str, start: int, end: int, signless: bool = False) -> bool:
    """True when the value ``q``, found as text at ``start:end`` of the folded quote, is not
    the figure the quote writes there: it leaves out words that change its meaning
    (:func:`drops_words`), or a unit, a scale, a sign or digits of the quote's figure (1.5 in
    增长1.5%, 3 in 3 million, 15 in 15公斤)."""
    if bare(quote, start, end):
        return False  # most values stand between plain words: nothing around them to read
    if drops_words(q, quote, start, end, signless):
        return True
    if not may_go_on(quote, start, end):
        return False  # most values end at punctuation or a word: no figure to read around them
    for f in figures_of(quote):
        if f.end <= start or f.start >= end or (start <= f.start and f.end <= end):
            continue  # apart from the value, or written whole inside it
        if not _reads_as(q, f.quantity, signless):
            return True
    return False


def bare(quote: str, start: int, end: int) -> bool:
    """True when neither :func:`drops_words` nor :func:`may_go_on` can find anything around
    ``start:end`` of ``quote``: the character before it ends no word look_back reads and is
    no sign, range mark or 之 (百分之), and the one after it begins no unit, scale, qualifier,
    range or digit. A check of two characters in place of theirs, for any value."""
    before, after = quote[start - 1 : start], quote[end : end + 1]
    return not (
        before in _BEFORE
        or before.isspace()
        or after in _AFTER
        or after.isdigit()
        or (start < 3 and quote.startswith(PREFIXES))  # may_go_on looks at the quote's start
    )


_GOES_ON = frozenset("%‰万亿千百余多 ")  # a space: 3 million, 1,500 people
# the characters the patterns tried after a value can begin with: most values are followed
# by none of them, and the patterns are not run
_UNIT_FIRST = frozenset(w[0] for w in (*UNITS, *MEASURES) if not is_ascii_word(w))
_TRAIL_FIRST = frozenset(" \t\u00a0\u2009\u202f").union(w[0] for w in TRAILING)
# what bare() looks for before and after a value: whatever drops_words or may_go_on reads there
_BEFORE = WORD_ENDS | _MINUS | _RANGE_MARKS | {"之"}
_AFTER = _GOES_ON | _TRAIL_FIRST | _UNIT_FIRST | _RANGE_MARKS | {"余"}


def may_go_on(quote: str, start: int, end: int) -> bool:
    """Whether the figure of ``quote`` may reach past a value found at ``start:end``: a unit,
    a scale, a percent sign or a qualifier after it, or 百分之 before it (the figures around
    are read only then)."""
    nxt = quote[end : end + 1]
    return bool(
        (
            nxt
            and (
                nxt in _GOES_ON
                or nxt in _TRAIL_FIRST
                or (nxt in _UNIT_FIRST and CJK_UNIT_RE.match(quote, end))
            )
        )
        or quote.startswith(PREFIXES, max(0, start - 3))
    )


def _reads_as(q: Quantity, f: Quantity, signless: bool) -> bool:
    """Whether a value says what the quote's figure around it says: the same amount, unit,
    precision and qualifier, with at most a rise word or a word of level left out (增长1.5%
    is a rise either way, 提高到96.15% a level), or a fall word for a kind of magnitudes."""
    if not (same_quantity(q, f) or (q.direction == 0 and _same_but_direction(q, f, signless))):
        return False
    return q.step == f.step


def _same_but_direction(q: Quantity, f: Quantity, signless: bool) -> bool:
    if f.direction > 0 or f.to_level or signless:
        return same_quantity(q, replace(f, direction=0))
    return False


_NUMERALS = frozenset(CN_CHARS)  # with the decimal digits: what a number is written in
SEPARATORS = frozenset(".,")  # folded: full-width ones are among them


def splits(s: str, k: int) -> bool:
    """True when a place ``k`` of ``s`` falls inside a number: between two numerals (1|69,
    169|万, 一千|三百), or at a separator between digits (1,|000, 40|.52). A comma or point
    after a word is punctuation: nothing is split in 破获,|40.52%."""
    if k <= 0 or k >= len(s):
        return False
    a, b = s[k - 1], s[k]
    if a in SEPARATORS:
        return b.isdecimal() and s[k - 2 : k - 1].isdecimal()
    if b in SEPARATORS:
        return a.isdecimal() and s[k + 1 : k + 2].isdecimal()
    return (a.isdecimal() or a in _NUMERALS) and (b.isdecimal() or b in _NUMERALS)


def literal_places(text: str, quote: str) -> Iterator[int]:
    """Where ``text`` stands in ``quote``, left to right without overlaps, neither beginning
    nor ending inside a number (:func:`splits`): 1件 is not in 131件, nor 3.5 in 13.5 or
    2,3.5, nor 40 in 40.52%, nor 9万元 in 169万元; 40.52% stands in 破获,40.52%."""
    if not text:
        return
    n = len(text)
    i = quote.find(text)
    while i >= 0:
        if splits(quote, i) or splits(quote, i + n):
            i = quote.find(text, i + 1)
        else:
            yield i
            i = quote.find(text, i + n)
