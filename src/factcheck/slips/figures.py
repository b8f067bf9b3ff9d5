"""The number inside a written figure, for slips that read one figure another way: where its
digits are, and the figure rewritten with other digits."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from fractions import Fraction

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass(frozen=True)
class Written:
    """A figure's text (NFKC) split round its first number: before, digits, after."""

    before: str
    integer: str  # the digits before the point, separators removed
    fraction: str  # the digits after it
    grouped: bool  # written with thousands separators
    after: str

    @property
    def digits(self) -> str:
        """Every digit of the number, in order."""
        return self.integer + self.fraction

    @functools.cached_property  # a Written is shared (split is cached), and read many times
    def number(self) -> Fraction:
        """The number as written, without scale or unit."""
        return Fraction(int(self.integer + self.fraction), 10 ** len(self.fraction))

    def with_digits(self, digits: str, fraction_len: int | None = None) -> str:
        """The figure with its digits replaced (``fraction_len`` of them after the point)."""
        k = len(self.fraction) if fraction_len is None else fraction_len
        whole, frac = (digits[:-k], digits[-k:]) if k else (digits, "")
        whole = whole or "0"
        if self.grouped and len(whole) > 3:
            whole = f"{int(whole):,}"
        return self.before + whole + ("." + frac if frac else "") + self.after

    def with_number(self, text: str) -> str:
        """The figure with its number written as ``text``."""
        return self.before + text + self.after


@functools.lru_cache(maxsize=1 << 16)  # a slip splits a figure for each reading it makes
def split(text: str) -> Written | None:
    """The figure's first number in ASCII digits, or ``None`` (a Chinese numeral)."""
    s = unicodedata.normalize("NFKC", text)
    m = NUMBER.search(s)
    if m is None:
        return None
    token = m.group()
    whole, _, frac = token.partition(".")
    return Written(s[: m.start()], whole.replace(",", ""), frac, "," in whole, s[m.end() :])
