"""The product of two intervals when an end of either is infinite: each end is an extended
real, a Fraction or a signed infinity, and the four products of the ends give the product's
ends, each closed when a product attaining it is. :meth:`factcheck.intervals.Interval.__mul__`
asks for it only then; two bounded intervals take its own shorter road.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.intervals import Bound, Interval

__all__ = ["product"]


class _Ext:
    """An extended real used only inside multiplication: a Fraction or a signed infinity."""

    __slots__ = ("inf", "v")

    def __init__(self, v: Fraction, inf: int = 0) -> None:
        self.v, self.inf = v, inf

    def key(self) -> tuple[int, Fraction]:
        return (self.inf, self.v if self.inf == 0 else Fraction(0))

    def __lt__(self, other: _Ext) -> bool:
        return self.key() < other.key()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Ext) and self.key() == other.key()

    def __hash__(self) -> int:
        return hash(self.key())


def _ext(b: Bound, sign: int) -> _Ext:
    return _Ext(Fraction(0), sign) if b is None else _Ext(b)


def _unext(e: _Ext) -> Bound:
    return None if e.inf else e.v


def _sign(e: _Ext) -> int:
    if e.inf:
        return e.inf
    return (e.v > 0) - (e.v < 0)


def _mul_end(a: _Ext, ac: bool, b: _Ext, bc: bool) -> tuple[_Ext, bool]:
    """The product of two interval ends, and whether the product is attained."""
    if not a.inf and not b.inf:
        if (a.v == 0 and ac) or (b.v == 0 and bc):
            return _Ext(a.v * b.v), True
        return _Ext(a.v * b.v), ac and bc
    s = _sign(a) * _sign(b)
    if s == 0:
        # zero times an unbounded end: the products approach zero, attained if the zero is
        return _Ext(Fraction(0)), (ac if not a.inf else bc)
    return _Ext(Fraction(0), s), False


def product(x: Interval, y: Interval) -> tuple[Bound, Bound, bool, bool]:
    """``x * y`` for any two intervals, unbounded ends as signed infinities: the ends of the
    product and whether each is closed."""
    ends = [
        _mul_end(_ext(a, -1), ac, _ext(b, -1 if j == 0 else 1), bc)
        for a, ac in ((x.lo, x.lo_closed),)
        for j, (b, bc) in enumerate(((y.lo, y.lo_closed), (y.hi, y.hi_closed)))
    ] + [
        _mul_end(_ext(a, 1), ac, _ext(b, -1 if j == 0 else 1), bc)
        for a, ac in ((x.hi, x.hi_closed),)
        for j, (b, bc) in enumerate(((y.lo, y.lo_closed), (y.hi, y.hi_closed)))
    ]
    lo = min(e[0] for e in ends)
    hi = max(e[0] for e in ends)
    return (
        _unext(lo),
        _unext(hi),
        any(e[1] for e in ends if e[0] == lo),
        any(e[1] for e in ends if e[0] == hi),
    )
