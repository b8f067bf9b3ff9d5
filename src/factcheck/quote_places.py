"""Where each quote of a claim stands in the article, when its text is known: every quote must
occur in it, after folding (:mod:`factcheck.fold`), so a typo in the claim file is caught like
an error in the article.

A quote may not begin or end inside a figure of the article (:func:`factcheck.cuts.splits`):
one that starts at the ``9`` of ``169万元`` cuts the article's figure. Where a quote occurs is
found by :mod:`factcheck.article_index`; the passage most like a missing one, by
:mod:`factcheck.passages`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from factcheck.article_index import finder
from factcheck.chinese_numerals import CN_CHARS
from factcheck.cuts import (
    PREFIXES,
    SEPARATORS,
    cut_before,
    ends_a_range,
    may_go_on,
    qualified_after_noun,
    splits,
)
from factcheck.findings import Finding
from factcheck.fold import Folded, fold, fold_source
from factcheck.models import Claim, Quote
from factcheck.scanner import look_back, scan
from factcheck.units import FALL, LEADING, TRAILING_RE
from factcheck.value_places import Span, provenance_finding

__all__ = [
    "Placement",
    "Standing",
    "place",
    "placed_quotes",
    "quotes_in_source",
]


def quotes_in_source(
    claim: Claim,
    text: str,
    name: str = "the source text",
    standing: list[Standing] | None = None,
) -> Iterator[Finding]:
    """A finding for each quote of the claim that does not occur in the article ``text``,
    with the closest passage of the article and where the two differ (``standing``: the
    claim's :func:`place` in ``text``, when already worked out)."""
    src = fold_source(text)
    if standing is None:
        standing = place(claim, text)
    for quote, (whole, cut, figure) in zip(claim.quotes, standing, strict=True):
        if whole:
            continue
        q = fold(quote.text)
        if not q:
            continue
        if cut[0] >= 0:
            yield _cut_finding(claim, quote, len(q), cut, figure, src, name)
            continue
        from factcheck.passages import closest  # only a missing quote asks for it

        p = closest(q, src)
        line = text.count("\n", 0, p.start) + 1
        yield provenance_finding(
            claim,
            quote.pos,
            f"quote does not occur in {name}; the closest passage (line {line}, "
            f"{p.ratio:.0%} alike) differs: {p.differences}",
            f"the article has: {p.text!r}; copy the quote from the article as written "
            "(a list of quotes joins passages that are apart)",
        )


def placed_quotes(
    claim: Claim, text: str, standing: list[Standing] | None = None
) -> list[list[int]]:
    """Where each quote of the claim stands whole in the folded article ``text``: the starts
    of the places where it cuts no figure (:func:`factcheck.cuts.splits`)."""
    return [s.whole for s in (place(claim, text) if standing is None else standing)]


class Standing(NamedTuple):
    """Where one quote stands in the folded article."""

    whole: list[int]  # starts in the folded article where the quote cuts no figure
    cut: tuple[int, int]  # the first start where it cuts one, and the place inside it
    figure: tuple[int, int] = (-1, -1)  # the figure it cuts there, when the scanner read it


class Placement(NamedTuple):
    """Where a claim's values stand in the folded article, as its checks placed them: each
    value's place in its folded quote (:func:`factcheck.value_places.placed_values`), and
    where each quote stands whole in the article (:func:`placed_quotes`)."""

    values: dict[str, Span]
    quotes: list[list[int]]


def place(claim: Claim, text: str) -> list[Standing]:
    """Where each quote of the claim stands in the article ``text``. The engine works it out
    once per claim and hands it to the checks (:func:`quotes_in_source`) and to coverage
    (:func:`placed_quotes`), so a figure is claimed only through a place they accept."""
    src = fold_source(text)
    return [_standing(fold(q.text), src) for q in claim.quotes]


def _standing(q: str, src: Folded) -> Standing:
    """Every place where the quote ``q`` stands in the folded article ``src`` (overlapping
    ones too), whole or cutting a number at its start or its end; (-1, -1) when it cuts none."""
    whole: list[int] = []
    cut, figure = (-1, -1), (-1, -1)
    if not q:
        return Standing(whole, cut)
    s, n = src.text, len(q)
    for i in finder(s)(q):
        k = i if splits(s, i) else i + n if splits(s, i + n) else -1
        f = _figure_cut(s, i, i + n) if k < 0 else None
        if k < 0 and f is None:
            whole.append(i)
        elif cut[0] < 0:
            cut = (i, k) if f is None else (i, i if f[0] < i else i + n)
            figure = f or figure
    return Standing(whole, cut, figure)


def _figure_cut(s: str, a: int, b: int) -> tuple[int, int] | None:
    """The span of a figure of the folded article ``s`` that a quote at ``a:b`` cuts off
    from words that change what it means, when there is one: it ends before the figure's
    unit, 余 or qualifier (涉案资金162万 of 162万余元), or begins after its qualifier or fall
    word (60%的群众 of 近60%). Leaving out a rise word or a word of level (增长, 提高到) changes
    nothing: the figure is the same without it. Only the few characters around an end that
    may lie inside a figure are read, not the article."""
    if ends_a_range(s, b):  # 5|-6万人
        return _digits_back(s, b), _figure_end(s, b + 1)
    if (hi := _english_qualifier_end(s, b)) > b:  # 131 cases| or more, 131| cases or more
        lo = b
        while lo > 0 and (s[lo - 1].isalpha() or s[lo - 1] == " "):
            lo -= 1
        return _digits_back(s, lo), hi
    if cut_before(s, a):  # -|5.0%, 5-|6万人, 百分之|六十
        if s[a - 3 : a] in PREFIXES:
            return a - 3, _figure_end(s, a - 3)
        minus = s[a - 1] in "-−" and not s[a - 2 : a - 1].isdigit()
        return (a - 1 if minus else _digits_back(s, a - 1)), _figure_end(s, a)
    if may_go_on(s, b, b):
        for lo, hi in _figures_around(s, b):
            if lo < b < hi:
                return lo, hi
    if s[a - 1 : a] in _WORD_ENDS:
        for lo, hi in _figures_around(s, a):
            if lo < a < hi:
                _, lead, direction, to_level = look_back(s, a, lo)
                if lead is not None or (direction < 0 and not to_level):
                    return lo, hi
    return None


_AROUND = 16  # characters read on either side of a quote's end: a figure is shorter
# the last characters of the words before a figure that change it (近, 不到, 下降…)
_WORD_ENDS = frozenset(w[-1] for w in (*LEADING, *FALL) if not w.isascii()) | frozenset(" ")


def _digits_back(s: str, k: int) -> int:
    """Where the number ending at place ``k`` of ``s`` begins."""
    while k > 0 and (s[k - 1].isdigit() or s[k - 1] in CN_CHARS or s[k - 1] in SEPARATORS):
        k -= 1
    return k


def _figure_end(s: str, k: int) -> int:
    """Where the figure that begins at place ``k`` of ``s`` ends (``k`` when none does)."""
    for f in scan(s[k : k + _AROUND]):
        return k + f.end if f.start == 0 else k
    return k


def _english_qualifier_end(s: str, k: int) -> int:
    """Where an English qualifier right after place ``k`` ends, or one after a noun (131
    cases| or more, 131| cases or more); ``k`` when there is none."""
    if not s.startswith(" ", k):
        return k
    if (m := TRAILING_RE.match(s, k)) and m.group("en"):
        return m.end()
    if qualified_after_noun(s, k):
        noun = s.find(" ", k + 1)
        trail = TRAILING_RE.match(s, noun) if noun > 0 else None
        return trail.end() if trail else k
    return k


def _figures_around(s: str, k: int) -> Iterator[tuple[int, int]]:
    """The spans of the figures scan finds within a few characters of ``k``."""
    lo = max(0, k - _AROUND)
    for f in scan(s[lo : k + _AROUND]):
        yield lo + f.start, lo + f.end


def _number_at(s: str, k: int) -> tuple[int, int]:
    """The span of the figure of ``s`` that the place ``k`` splits: its number and what the
    scanner reads after it (unit, 余, 以上), from 百分之 when written so, but without the words
    before it (提升到, nearly), which the cut leaves whole; the number alone where the scanner
    reads no figure (a year, a name)."""
    lo, hi = k, k
    while splits(s, lo):
        lo -= 1
    while splits(s, hi):
        hi += 1
    wlo, whi = max(0, lo - 12), min(len(s), hi + 12)
    for f in scan(s[wlo:whi]):
        start, end = wlo + f.start, wlo + f.end
        if start < k < end:
            return (start if s.startswith(PREFIXES, start) else max(start, lo)), end
    return lo, hi


def _cut_finding(
    claim: Claim,
    quote: Quote,
    n: int,
    cut: tuple[int, int],
    figure: tuple[int, int],
    src: Folded,
    name: str,
) -> Finding:
    """The finding for a quote (``n`` folded characters) that stands in the article only
    where it cuts a figure: ``cut`` is where it stands and the place inside the figure."""
    at, k = cut
    a, b = figure if figure[0] >= 0 else _number_at(src.text, k)
    start, end = src.span(a, b)
    line = src.original.count("\n", 0, start) + 1
    shown = src.original[slice(*src.span(min(a, at), max(b, at + n)))]
    where, how = ("begins", "begin the quote with") if k == at else ("ends", "end the quote with")
    return provenance_finding(
        claim,
        quote.pos,
        f"quote {where} inside the figure {src.original[start:end]} of {name} "
        f"(line {line}), so a figure of the quote is not the article's",
        f"the article has: {shown!r}; {how} the whole figure, as the article writes it",
    )
