"""NFKC normalisation of a text, character by character, with the way back to offsets in the
original: full-width digits and punctuation (１６９，) read as ASCII (169,), and a place found in
the normalised text points back at what the author wrote."""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import NamedTuple

# Characters whose NFKC form is made of others and that normalisation must leave alone:
# thin and no-break spaces are thousands separators that a plain space is not.
_KEEP = frozenset("\u00a0\u2009\u202f")


class Normalized(NamedTuple):
    """NFKC-normalised text, and the way back to offsets in the original.

    Most characters normalise to one (，to ,): offsets move only after a character that
    becomes several (… to ..., ㎏ to kg). ``at`` and ``after`` are where each of those
    stands in the normalised text, ``origin`` where it stands in the original; all three
    are None when no character became several, and offsets are then the same."""

    text: str
    original: str
    at: tuple[int, ...] | None = None
    after: tuple[int, ...] | None = None
    origin: tuple[int, ...] | None = None

    def start(self, i: int) -> int:
        """The original offset of the normalised character at ``i``."""
        if self.at is None or self.after is None or self.origin is None:
            return i
        if i >= len(self.text):
            return len(self.original)
        m = bisect.bisect_right(self.at, i) - 1
        if m < 0:
            return i
        if i < self.after[m]:  # one of the characters it became
            return self.origin[m]
        return self.origin[m] + 1 + (i - self.after[m])

    def end(self, i: int) -> int:
        """The original offset just after the normalised text ``[..i)``."""
        return self.start(i - 1) + 1 if i > 0 else 0

    def forward(self) -> Callable[[int], int]:
        """:meth:`start` for places asked in increasing order, as scan asks them: the
        characters that became several passed over once, not bisected for each place (a
        place asked out of order is bisected)."""
        at, after, origin = self.at, self.after, self.origin
        if at is None or after is None or origin is None:
            return _same
        n, n_original, n_at = len(self.text), len(self.original), len(at)
        k = 0  # how many of them stand at or before the last place asked

        def start(i: int) -> int:
            nonlocal k
            if i >= n:
                return n_original
            if k and at[k - 1] > i:
                k = bisect.bisect_right(at, i)
            while k < n_at and at[k] <= i:
                k += 1
            if k == 0:
                return i
            m = k - 1
            if i < after[m]:  # one of the characters it became
                return origin[m]
            return origin[m] + 1 + (i - after[m])

        return start


def _same(i: int) -> int:
    return i


@lru_cache(maxsize=4096)
def _nfkc(c: str) -> str:
    if c in _KEEP:
        return c
    n = unicodedata.normalize("NFKC", c)
    # ², ½ and ① are not decimal digits: turning them into ones would invent figures (m² → m2)
    if n != c and not c.isdecimal() and any(ch.isdigit() for ch in n):
        return c
    return n


def normalize(text: str) -> Normalized:
    """NFKC-normalise ``text`` character by character, keeping offsets into the original."""
    if text.isascii():
        return Normalized(text, text)
    table = {ord(c): n for c in _unstable(text) if (n := _nfkc(c)) != c}
    if not table:
        return Normalized(text, text)
    out = _replaced(text, table)
    wide = [chr(o) for o, n in table.items() if len(n) != 1]
    if not wide:
        return Normalized(out, text)
    # the characters that became several, found with str.find rather than a step each
    at: list[int] = []
    after: list[int] = []
    origin = sorted(j for c in wide for j in _find_all(text, c))
    shift = 0  # how far the normalised text has run ahead of the original
    for j in origin:
        at.append(j + shift)
        shift += len(table[ord(text[j])]) - 1
        after.append(j + shift + 1)
    return Normalized(out, text, tuple(at), tuple(after), tuple(origin))


def _unstable(text: str) -> set[str]:
    """The characters of ``text`` that NFKC changes on their own (a superset of those
    :func:`_nfkc` changes), found with ``unicodedata.is_normalized``, which runs in C, rather
    than with ``set(text)``, which makes a string of each character (8 ms of a 1 MB article).

    A character NFKC changes on its own makes every text holding it unnormalized (its quick
    check is No); so while the text is not normalized, the halves that are not are halved
    again down to a short piece, whose changing characters are taken out of the whole text.
    When none is found (a combining mark that composes with what precedes it, across the cut),
    the rest is looked at character by character."""
    found: set[str] = set()
    rest = text
    for _ in range(8):  # a text of many such characters is looked at character by character
        if unicodedata.is_normalized("NFKC", rest):
            return found
        lo, hi = 0, len(rest)
        while hi - lo > 256:
            mid = (lo + hi) // 2
            if not unicodedata.is_normalized("NFKC", rest[lo:mid]):
                hi = mid
            elif not unicodedata.is_normalized("NFKC", rest[mid:hi]):
                lo = mid
            else:
                break  # only the two halves together are not normalized
        new = {c for c in set(rest[lo:hi]) if unicodedata.normalize("NFKC", c) != c}
        if not new:
            return found | {c for c in set(rest) if unicodedata.normalize("NFKC", c) != c}
        found |= new
        for c in new:
            rest = rest.replace(c, "")
    return found | {c for c in set(rest) if unicodedata.normalize("NFKC", c) != c}


def _replaced(text: str, table: dict[int, str]) -> str:
    """``text.translate(table)``; for a few characters (full-width punctuation in Chinese
    text), a ``str.replace`` each, several times faster on a long text than a lookup per
    character. Never where a replacement holds a character that is itself replaced."""
    if len(table) > 16 or any(ord(ch) in table for n in table.values() for ch in n):
        return text.translate(table)
    for o, n in table.items():
        text = text.replace(chr(o), n)
    return text


def _find_all(text: str, c: str) -> Iterator[int]:
    j = text.find(c)
    while j >= 0:
        yield j
        j = text.find(c, j + 1)
