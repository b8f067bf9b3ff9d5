"""Where a quote occurs in one folded article: every start, overlapping ones too, found by
``str.find`` for the first quotes of an article and through an index of its pieces after.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["Finder", "finder", "occurrences"]


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


_GRAM, _STRIDE = 16, 8  # the index keeps the 16 characters at every 8th place of the article
_PLAIN_ASKS = 32  # quotes looked for through the whole article before it is indexed
_INDEXED_MAX = 1_000_000  # longer articles are not indexed: about 31 bytes a character


class Finder:
    """Every start of a quote in one folded article (overlapping ones too, in order).

    Each quote must be looked for through the whole article: a file of many quotes would read
    it once per quote. After the first few, the article is indexed: the ``_GRAM`` characters
    at every ``_STRIDE``-th place. A quote of at least ``_GRAM + _STRIDE - 1`` characters that
    starts at ``p`` holds, at its offset ``j = -p mod _STRIDE``, the characters indexed at
    ``p + j``: looking up its first ``_STRIDE`` pieces finds every place it may start, and
    ``str.startswith`` keeps those where it does."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.asked = 0
        self.index: dict[str, list[int]] | None = None

    def __call__(self, q: str) -> list[int]:
        """The starts of ``q`` in the article, in order."""
        self.asked += 1
        if (
            len(q) < _GRAM + _STRIDE - 1
            or self.asked <= _PLAIN_ASKS
            or len(self.text) > _INDEXED_MAX
        ):
            return occurrences(q, self.text)
        s, index = self.text, self.index
        if index is None:
            index = self.index = {}
            for at in range(0, len(s) - _GRAM + 1, _STRIDE):
                index.setdefault(s[at : at + _GRAM], []).append(at)
        starts = {
            at - j
            for j in range(_STRIDE)
            for at in index.get(q[j : j + _GRAM], ())
            if at >= j and s.startswith(q, at - j)
        }
        return sorted(starts)


@lru_cache(maxsize=2)
def finder(text: str) -> Finder:
    """The :class:`Finder` of a folded article, kept for the claims that follow."""
    return Finder(text)
