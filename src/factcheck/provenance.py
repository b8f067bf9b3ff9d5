"""Provenance: every figure of a claim must come from its quote (unless the fact-checker
marked it as derived), and every quote from the article when its text is known, so a typo in
the claim file is caught like an error in the article.

Each value must be found at its own place in the quotes: two values cannot both stand on the
one ``2件`` of a quote, so ``6件`` mistyped as ``2件`` beside a real ``2件`` is still caught.
Quotes and article are compared folded (:mod:`factcheck.fold`).

Neither a value in its quote nor a quote in the article may begin or end inside a number
(:func:`splits`): ``9万元`` is not in ``169万元``, and a quote that starts at its ``9`` cuts
the article's figure.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher
from typing import NamedTuple

from factcheck.fold import Folded, fold, fold_source
from factcheck.models import Claim, Finding, Quote, Value, Verdict
from factcheck.numerals import CN_CHARS
from factcheck.quantity import Quantity, same_quantity
from factcheck.scanner import Found, scan

__all__ = [
    "Passage",
    "closest",
    "fold",
    "literal_places",
    "occurrences",
    "placed_values",
    "quotes_in_source",
    "same_figure",
    "splits",
]

Place = tuple[int, int]  # (quote index, offset in the folded quote)
Span = tuple[int, int, int]  # (quote index, start, end in the folded quote)


def values_in_quotes(claim: Claim) -> Iterator[Finding]:
    """A finding for each non-derived value that has no place of its own in the quotes."""
    a = _assign(claim)
    places, owner = a.places, a.owner
    taken = {v: k for k, v in owner.items()}
    for value in a.wanted:
        if value.name in taken:
            continue
        if places[value.name]:
            others = sorted({owner[p] for p in places[value.name] if p in owner})
            why = (
                f"value '{value.name}' = {value.text} occurs in the quote only where "
                f"{', '.join(repr(o) for o in others)} already stands"
            )
        else:
            why = f"value '{value.name}' = {value.text} does not occur in the quote"
        q = value.quantity
        other = [
            f.quantity.text
            for fs in a.found
            for f in fs
            if isinstance(q, Quantity) and same_quantity(q, f.quantity)
        ]
        if other:
            seen = f"the quote writes {other[0]}, to another precision than {value.text}"
        else:
            figures = [f.quantity.text for fs in a.found for f in fs]
            seen = f"figures in the quote: {', '.join(figures[:8]) if figures else 'none'}"
        yield Finding(
            pos=value.pos,
            claim_id=claim.id,
            kind=claim.kind,
            verdict=Verdict.INCONSISTENT,
            check="provenance",
            message=why,
            hint=f"{seen}; copy the figure as the article writes it, "
            "or mark the value `derived: true` if it is your own",
        )


def placed_values(claim: Claim) -> dict[str, Span]:
    """Where each non-derived value stands in the folded quotes, when it has a place."""
    a = _assign(claim)
    return {name: (p[0], p[1], a.places[name][p]) for p, name in a.owner.items()}


class _Assignment(NamedTuple):
    found: list[list[Found]]  # the figures of each folded quote
    wanted: list[Value]  # the values that must stand in the quotes
    places: dict[str, dict[Place, int]]  # where each could stand, with the end of it
    owner: dict[Place, str]  # where each does stand


_ASSIGNED: dict[int, tuple[Claim, _Assignment]] = {}
ASSIGNED_KEPT = 4096  # claims whose assignment is kept: coverage asks again for each


def _assign(claim: Claim) -> _Assignment:
    """Where the claim's values stand in its quotes, worked out once per claim: the checks
    ask (values_in_quotes), then coverage asks again (placed_values) after every claim of
    the file is checked."""
    kept = _ASSIGNED.get(id(claim))
    if kept is not None and kept[0] is claim:
        return kept[1]
    a = _assignment(claim)
    if len(_ASSIGNED) >= ASSIGNED_KEPT:
        _ASSIGNED.clear()
    _ASSIGNED[id(claim)] = (claim, a)
    return a


def _assignment(claim: Claim) -> _Assignment:
    quotes = [fold(q.text) for q in claim.quotes]
    wanted = [v for v in claim.values if not v.derived]
    # Most values stand in their quote as written: scan the quotes for figures written
    # another way (百分之六十 for 60%) only when that does not place every value.
    places = {v.name: _places(v, quotes, None) for v in wanted}
    owner = _match(wanted, places)
    found = [scan(q) for q in quotes] if len(owner) < len(wanted) else []
    if found:
        places = {v.name: _places(v, quotes, found) for v in wanted}
        owner = _match(wanted, places)
    return _Assignment(found, wanted, places, owner)


def same_figure(a: Quantity, b: Quantity) -> bool:
    """True when two figures are the same quantity written to the same precision: 60% is
    百分之六十 and 1.69 million yuan is 169万元, but 67.00% is not 67% (nor 1690000 yuan
    169万元): a value more precise than its quote would blame the article for a rounding
    the article never made."""
    return a.step == b.step and same_quantity(a, b)


def _places(value: Value, quotes: list[str], found: list[list[Found]] | None) -> dict[Place, int]:
    """Where in the quotes a value stands (as the same text, or as the same figure written
    another way), each place with the end of what stands there."""
    text = fold(value.text)
    n = len(text)
    out = {(i, start): start + n for i, q in enumerate(quotes) for start in literal_places(text, q)}
    if found and isinstance(value.quantity, Quantity):
        for i, fs in enumerate(found):
            for f in fs:
                if same_figure(value.quantity, f.quantity) and not any(
                    (i, s) in out for s in range(f.start, f.end)
                ):
                    out[(i, f.start)] = f.end
    return out


_NUMERALS = frozenset(CN_CHARS)  # with the decimal digits: what a number is written in
_SEPARATORS = frozenset(".,")  # folded: full-width ones are among them
_PREFIXES = ("百分之", "千分之")  # a unit written before its number


def splits(s: str, k: int) -> bool:
    """True when a place ``k`` of ``s`` falls inside a number: between two numerals (1|69,
    169|万, 一千|三百), or at a separator between digits (1,|000, 40|.52). A comma or point
    after a word is punctuation: nothing is split in 破获,|40.52%."""
    if k <= 0 or k >= len(s):
        return False
    a, b = s[k - 1], s[k]
    if a in _SEPARATORS:
        return b.isdecimal() and s[k - 2 : k - 1].isdecimal()
    if b in _SEPARATORS:
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


def _match(values: list[Value], places: dict[str, dict[Place, int]]) -> dict[Place, str]:
    """A largest assignment of values to distinct places (augmenting paths; claims are small)."""
    owner: dict[Place, str] = {}

    def assign(name: str, seen: set[Place]) -> bool:
        for p in sorted(places[name]):
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or assign(owner[p], seen):
                owner[p] = name
                return True
        return False

    for v in values:
        assign(v.name, set())
    return owner


def occurrences(needle: str, haystack: str) -> list[int]:
    """Every start of ``needle`` in ``haystack`` (overlapping ones too)."""
    out: list[int] = []
    if not needle:
        return out
    i = haystack.find(needle)
    while i >= 0:
        out.append(i)
        i = haystack.find(needle, i + 1)
    return out


def quotes_in_source(claim: Claim, text: str, name: str = "the source text") -> Iterator[Finding]:
    """A finding for each quote of the claim that does not occur in the article ``text``,
    with the closest passage of the article and where the two differ."""
    src = fold_source(text)
    for quote in claim.quotes:
        q = fold(quote.text)
        if not q:
            continue
        cut = _cut(q, src)
        if cut is None:
            continue
        if cut[0] >= 0:
            yield _cut_finding(claim, quote, len(q), cut, src, name)
            continue
        p = closest(q, src)
        line = text.count("\n", 0, p.start) + 1
        yield Finding(
            pos=quote.pos,
            claim_id=claim.id,
            kind=claim.kind,
            verdict=Verdict.INCONSISTENT,
            check="provenance",
            message=f"quote does not occur in {name}; the closest passage (line {line}, "
            f"{p.ratio:.0%} alike) differs: {p.differences}",
            hint=f"the article has: {p.text!r}; copy the quote from the article as written "
            "(a list of quotes joins passages that are apart)",
        )


def _cut(q: str, src: Folded) -> tuple[int, int] | None:
    """None when the quote ``q`` stands in the folded article ``src`` at a place that cuts
    no number (one such place is enough). Else the first place where it stands and the place
    where it cuts a number there (its start or its end); (-1, -1) when it stands nowhere."""
    s, n, cut = src.text, len(q), (-1, -1)
    i = s.find(q)
    while i >= 0:
        if _splits_written(src, i):
            k = i
        elif _splits_written(src, i + n):
            k = i + n
        else:
            return None
        if cut[0] < 0:
            cut = (i, k)
        i = s.find(q, i + 1)
    return cut


_LIST_MARKS = frozenset("、。､｡")  # fold to , and . but never separate a number's digits


def _splits_written(src: Folded, k: int) -> bool:
    """:func:`splits` in a folded article, where a comma or point that the article wrote as
    、 or 。 ends a figure (2019、2020年 is two years, 3。2020年 two sentences)."""
    s = src.text
    if not splits(s, k):
        return False
    j = k - 1 if s[k - 1] in _SEPARATORS else k if s[k] in _SEPARATORS else -1
    return j < 0 or src.original[src.start(j)] not in _LIST_MARKS


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
            return (start if s.startswith(_PREFIXES, start) else max(start, lo)), end
    return lo, hi


def _cut_finding(
    claim: Claim, quote: Quote, n: int, cut: tuple[int, int], src: Folded, name: str
) -> Finding:
    """The finding for a quote (``n`` folded characters) that stands in the article only
    where it cuts a figure: ``cut`` is where it stands and the place inside the figure."""
    at, k = cut
    a, b = _number_at(src.text, k)
    start, end = src.span(a, b)
    line = src.original.count("\n", 0, start) + 1
    shown = src.original[slice(*src.span(min(a, at), max(b, at + n)))]
    where, how = ("begins", "begin the quote with") if k == at else ("ends", "end the quote with")
    return Finding(
        pos=quote.pos,
        claim_id=claim.id,
        kind=claim.kind,
        verdict=Verdict.INCONSISTENT,
        check="provenance",
        message=f"quote {where} inside the figure {src.original[start:end]} of {name} "
        f"(line {line}), so a figure of the quote is not the article's",
        hint=f"the article has: {shown!r}; {how} the whole figure, as the article writes it",
    )


class Passage(NamedTuple):
    """The passage of an article most like a quote: where it is and how the two differ."""

    start: int  # offsets into the original article
    end: int
    text: str  # as the article writes it
    ratio: float  # difflib's similarity, 0..1; only for display
    differences: str


_ANCHORS = (12, 6, 3, 1)  # lengths of the quote pieces looked for, longest first
_HITS_PER_ANCHOR = 16  # a piece found more often than this says little about where to look
_WINDOWS = 6  # candidate passages compared in full


def closest(quote: str, src: Folded) -> Passage:
    """The passage of the folded article ``src`` most like the folded ``quote``.

    Pieces of the quote are looked up in the article (``str.find``); each hit votes for the
    place where the quote would start. Only the few places with most votes are compared with
    the quote in full (difflib), so the cost grows with the article, not with article × quote.
    """
    s = src.text
    n = len(quote)
    votes: Counter[int] = Counter()
    for k in _ANCHORS:
        k = min(k, n)
        for i in range(0, n - k + 1, max(1, k // 2)):
            piece = quote[i : i + k]
            hits = 0
            j = s.find(piece)
            while j >= 0 and hits < _HITS_PER_ANCHOR:
                votes[max(0, j - i)] += k
                hits += 1
                j = s.find(piece, j + 1)
        if votes:
            break
    best: tuple[float, int, int, SequenceMatcher[str]] | None = None
    for at, _ in votes.most_common(_WINDOWS):
        lo, hi = max(0, at - n // 2), min(len(s), at + n + n // 2)
        m = SequenceMatcher(None, quote, s[lo:hi], autojunk=False)
        blocks = [b for b in m.get_matching_blocks() if b.size]
        if not blocks:
            continue
        a, b = lo + blocks[0].b, lo + blocks[-1].b + blocks[-1].size
        # widen to the quote's own length where the ends differ, then compare that passage
        a = max(0, a - blocks[0].a)
        b = min(len(s), b + (n - blocks[-1].a - blocks[-1].size))
        exact = SequenceMatcher(None, quote, s[a:b], autojunk=False)
        r = exact.ratio()
        if best is None or r > best[0]:
            best = (r, a, b, exact)
    if best is None:
        return Passage(0, 0, "", 0.0, "nothing in the article resembles it")
    r, a, b, m = best
    start, end = src.span(a, b)
    return Passage(start, end, src.original[start:end], r, _differences(m, quote, s[a:b]))


def _differences(m: SequenceMatcher[str], quote: str, passage: str, limit: int = 3) -> str:
    out = []
    for op, i1, i2, j1, j2 in m.get_opcodes():
        if op == "replace":
            out.append(f"the quote has {quote[i1:i2]!r} where the article has {passage[j1:j2]!r}")
        elif op == "delete":
            out.append(f"the quote has {quote[i1:i2]!r} that the article lacks")
        elif op == "insert":
            out.append(f"the article has {passage[j1:j2]!r} that the quote lacks")
    more = f" (and {len(out) - limit} more)" if len(out) > limit else ""
    return "; ".join(out[:limit]) + more if out else "only in characters that fold alike"
