"""The passage of an article most like a quote that does not occur in it, and where the two
differ: what the finding of a missing quote shows, so that a typo is seen at a glance.
Only a quote that is missing asks for it.
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher
from typing import NamedTuple

from factcheck.fold import Folded

__all__ = ["Passage", "closest"]


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
    """The places where quote and passage differ, each said once: differences with at most
    two equal characters between them are one place, so a transposition (3965 for 3956)
    reads as one swap rather than a character added here and dropped there."""
    groups: list[list[int]] = []  # [i1, i2, j1, j2] of each place
    for op, i1, i2, j1, j2 in m.get_opcodes():
        if op == "equal":
            continue
        if groups and i1 - groups[-1][1] <= 2 and j1 - groups[-1][3] <= 2:
            groups[-1][1], groups[-1][3] = i2, j2
        else:
            groups.append([i1, i2, j1, j2])
    out = []
    for i1, i2, j1, j2 in groups:
        if i1 < i2 and j1 < j2:
            out.append(f"the quote has {quote[i1:i2]!r} where the article has {passage[j1:j2]!r}")
        elif i1 < i2:
            out.append(f"the quote has {quote[i1:i2]!r} that the article lacks")
        else:
            out.append(f"the article has {passage[j1:j2]!r} that the quote lacks")
    more = f" (and {len(out) - limit} more)" if len(out) > limit else ""
    return "; ".join(out[:limit]) + more if out else "only in characters that fold alike"
