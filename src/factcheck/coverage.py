"""Coverage: how many of an article's figures some claim accounts for.

A figure of the archived text is covered when it lies inside a passage that a claim quotes and
that claim has a value of the same quantity (or the same text; the words around the figure,
such as 上升 or 以内, do not matter). Quotes are compared in the
folded form of :func:`factcheck.provenance.fold`; a quote that skips text with an ellipsis
(``……``) is looked for piece by piece.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from factcheck.models import Claim
from factcheck.provenance import fold
from factcheck.quantity import Quantity, same_quantity, scan

_ELLIPSIS = re.compile(r"…+|\.{3,}")


@dataclass(frozen=True)
class Coverage:
    """The figures found in an article, and those no claim covers (as written, in order)."""

    figures: int
    covered: int
    uncovered: tuple[str, ...]

    @property
    def share(self) -> float:
        """The covered share, for display; 1.0 when the article has no figures."""
        return self.covered / self.figures if self.figures else 1.0


def coverage(text: str, claims: Sequence[Claim]) -> Coverage:
    """Which figures of ``text`` the claims cover."""
    article = fold(text)
    found = scan(article)
    starts = [f.start for f in found]
    covered = [False] * len(found)
    for claim in claims:
        texts = {fold(v.text) for v in claim.values}
        for quote in claim.quotes:
            for piece in _ELLIPSIS.split(fold(quote.text)):
                piece = piece.strip()
                if not piece:
                    continue
                at = article.find(piece)
                while at >= 0:
                    end = at + len(piece)
                    i = bisect.bisect_left(starts, at)
                    while i < len(found) and found[i].start < end:
                        f = found[i]
                        if not covered[i] and f.end <= end:
                            covered[i] = fold(f.quantity.text) in texts or any(
                                _same_amount(v.quantity, f.quantity) for v in claim.values
                            )
                        i += 1
                    at = article.find(piece, at + 1)
    uncovered = tuple(f.quantity.text for f, c in zip(found, covered, strict=True) if not c)
    return Coverage(len(found), sum(covered), uncovered)


def _same_amount(value: Quantity, figure: Quantity) -> bool:
    """The same amount, whatever words stand around the figure: a value ``45%`` covers the
    article's ``上升45%``, and ``24小时`` covers ``24小时内``."""
    bare = replace(figure, direction=value.direction, qualifier=value.qualifier)
    return same_quantity(value, bare)
