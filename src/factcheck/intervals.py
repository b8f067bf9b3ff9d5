"""Interval arithmetic on exact rationals.

An :class:`Interval` has :class:`fractions.Fraction` bounds (``None`` is infinite) and says
for each end whether it is closed. Arithmetic is exact; a float never enters. A product with
an infinite end is worked out by :mod:`factcheck.unbounded`.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from factcheck.record import Record, init_field

Bound = Fraction | None


class EmptyIntervalError(ValueError):
    """An interval whose lower end lies above its upper end."""


class DivisionByZeroError(ZeroDivisionError):
    """A division by an interval that holds zero."""


# Bounds of more bits than this (about 1,800 decimal digits) are refused. No written figure
# comes near it (numerals.MAX_DIGITS is 1000), a chain of products could pass it without end,
# and every number that reaches a report must stay printable: Python refuses to write integers
# of more than 4,300 digits, and a relative gap divides two bounds.
MAX_BITS = 6_000


class MagnitudeError(ArithmeticError):
    """A bound too large, or too finely divided, to be the result of a written figure."""


@dataclass(slots=True, init=False, repr=False, eq=False)
class Interval(Record):
    """A set of reals ``lo..hi``; ``None`` bounds are infinite and always open."""

    lo: Bound
    hi: Bound
    lo_closed: bool = True
    hi_closed: bool = True

    def __init__(
        self, lo: Bound, hi: Bound, lo_closed: bool = True, hi_closed: bool = True
    ) -> None:
        if type(lo) is Fraction and type(hi) is Fraction:  # the usual case, in integers
            ln, ld = _ratio(lo)
            hn, hd = _ratio(hi)
            if (
                ln.bit_length() > MAX_BITS
                or ld.bit_length() > MAX_BITS
                or hn.bit_length() > MAX_BITS
                or hd.bit_length() > MAX_BITS
            ):
                raise MagnitudeError(f"a bound of more than {MAX_BITS} bits")
            a, b = ln * hd, hn * ld
            if a > b or (a == b and not (lo_closed and hi_closed)):
                raise EmptyIntervalError(f"empty interval {lo}..{hi}")
        else:
            if lo is None:
                lo_closed = False
            elif lo.numerator.bit_length() > MAX_BITS or lo.denominator.bit_length() > MAX_BITS:
                raise MagnitudeError(f"a bound of more than {MAX_BITS} bits")
            if hi is None:
                hi_closed = False
            elif hi.numerator.bit_length() > MAX_BITS or hi.denominator.bit_length() > MAX_BITS:
                raise MagnitudeError(f"a bound of more than {MAX_BITS} bits")
            elif lo is not None and not lo < hi and (lo > hi or not (lo_closed and hi_closed)):
                raise EmptyIntervalError(f"empty interval {lo}..{hi}")
        init_field(self, "lo", lo)
        init_field(self, "hi", hi)
        init_field(self, "lo_closed", lo_closed)
        init_field(self, "hi_closed", hi_closed)

    # == and hash as a frozen dataclass's, over the four fields written out (intervals are
    # compared and hashed far more often than any model)
    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        o: Interval = other
        return (self.lo, self.hi, self.lo_closed, self.hi_closed) == (
            o.lo,
            o.hi,
            o.lo_closed,
            o.hi_closed,
        )

    def __hash__(self) -> int:
        return hash((self.lo, self.hi, self.lo_closed, self.hi_closed))

    @classmethod
    def point(cls, value: Fraction | int) -> Interval:
        """The interval holding exactly one value."""
        v = value if type(value) is Fraction else Fraction(value)  # Fraction(v) costs as much
        return cls(v, v)

    @classmethod
    def around(cls, value: Fraction, half: Fraction) -> Interval:
        """The closed interval ``value ± half``."""
        return cls(value - half, value + half)

    @property
    def is_point(self) -> bool:
        """True when the interval holds a single value."""
        return self.lo is not None and self.lo == self.hi

    @property
    def bounded(self) -> bool:
        """True when both ends are finite."""
        return self.lo is not None and self.hi is not None

    @property
    def mid(self) -> Fraction | None:
        """The midpoint, or the finite end of a half-infinite interval."""
        if self.lo is not None and self.hi is not None:
            return (self.lo + self.hi) / 2
        return self.lo if self.lo is not None else self.hi

    @property
    def width(self) -> Fraction | None:
        """The length, ``None`` when unbounded."""
        if self.lo is None or self.hi is None:
            return None
        return self.hi - self.lo

    def contains(self, x: Fraction | int) -> bool:
        """True when ``x`` lies in the interval."""
        lo, hi = self.lo, self.hi
        if type(x) is Fraction and type(lo) is Fraction and type(hi) is Fraction:
            xn, xd = _ratio(x)
            ln, ld = _ratio(lo)
            hn, hd = _ratio(hi)
            a, b = ln * xd, xn * ld  # lo against x
            if a > b or (a == b and not self.lo_closed):
                return False
            a, b = xn * hd, hn * xd  # x against hi
            return a < b or (a == b and self.hi_closed)
        if self.lo is not None and (x < self.lo or (x == self.lo and not self.lo_closed)):
            return False
        return not (self.hi is not None and (x > self.hi or (x == self.hi and not self.hi_closed)))

    def intersect(self, other: Interval) -> Interval | None:
        """The common part, or ``None`` when the two do not meet."""
        lo, lo_closed = _max_lo(self, other)
        hi, hi_closed = _min_hi(self, other)
        try:
            return Interval(lo, hi, lo_closed, hi_closed)
        except EmptyIntervalError:
            return None

    def meets(self, other: Interval) -> bool:
        """True when the two intervals share at least one value."""
        if (
            type(self.lo) is Fraction
            and type(self.hi) is Fraction
            and type(other.lo) is Fraction
            and type(other.hi) is Fraction
        ):  # each starts before the other ends, in integers
            return _before(self.lo, self.lo_closed, other.hi, other.hi_closed) and _before(
                other.lo, other.lo_closed, self.hi, self.hi_closed
            )
        lo, lo_closed = _max_lo(self, other)
        hi, hi_closed = _min_hi(self, other)
        return lo is None or hi is None or lo < hi or (lo == hi and lo_closed and hi_closed)

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both."""
        slo, olo, shi, ohi = self.lo, other.lo, self.hi, other.hi
        lo: Bound
        hi: Bound
        if (
            type(slo) is Fraction
            and type(olo) is Fraction
            and type(shi) is Fraction
            and type(ohi) is Fraction
        ):  # the same choices as below, the ends compared in integers
            c = _compare(slo, olo)
            lo, lo_closed = (
                (slo, self.lo_closed)
                if c < 0
                else (olo, other.lo_closed)
                if c > 0
                else (slo, self.lo_closed or other.lo_closed)
            )
            c = _compare(shi, ohi)
            hi, hi_closed = (
                (shi, self.hi_closed)
                if c > 0
                else (ohi, other.hi_closed)
                if c < 0
                else (shi, self.hi_closed or other.hi_closed)
            )
            return Interval(lo, hi, lo_closed, hi_closed)
        if self.lo is None or other.lo is None:
            lo, lo_closed = None, False
        elif self.lo != other.lo:
            lo, lo_closed = (
                (self.lo, self.lo_closed) if self.lo < other.lo else (other.lo, other.lo_closed)
            )
        else:
            lo, lo_closed = self.lo, self.lo_closed or other.lo_closed
        if self.hi is None or other.hi is None:
            hi, hi_closed = None, False
        elif self.hi != other.hi:
            hi, hi_closed = (
                (self.hi, self.hi_closed) if self.hi > other.hi else (other.hi, other.hi_closed)
            )
        else:
            hi, hi_closed = self.hi, self.hi_closed or other.hi_closed
        return Interval(lo, hi, lo_closed, hi_closed)

    def gap(self, other: Interval) -> Fraction:
        """The distance between two intervals; zero when they meet or touch."""
        if self.hi is not None and other.lo is not None and self.hi <= other.lo:
            return other.lo - self.hi
        if other.hi is not None and self.lo is not None and other.hi <= self.lo:
            return self.lo - other.hi
        return Fraction(0)

    def touching(self, other: Interval) -> Fraction | None:
        """The end two intervals share when one of them excludes it, so that they have no
        value in common and no gap either: 12.5% for (12.5%, 13.5%] and [12%, 12.5%]; None
        when they meet or lie apart."""
        for a, b in ((self, other), (other, self)):
            if a.hi is not None and a.hi == b.lo and not (a.hi_closed and b.lo_closed):
                return a.hi
        return None

    def __neg__(self) -> Interval:
        return Interval(
            None if self.hi is None else -self.hi,
            None if self.lo is None else -self.lo,
            self.hi_closed,
            self.lo_closed,
        )

    def __add__(self, other: Interval | Fraction | int) -> Interval:
        o = _as_interval(other)
        return Interval(
            _add(self.lo, o.lo),
            _add(self.hi, o.hi),
            self.lo_closed and o.lo_closed,
            self.hi_closed and o.hi_closed,
        )

    def __radd__(self, other: Fraction | int) -> Interval:
        return self + other

    def __sub__(self, other: Interval | Fraction | int) -> Interval:
        return self + (-_as_interval(other))

    def __rsub__(self, other: Fraction | int) -> Interval:
        return _as_interval(other) - self

    def __mul__(self, other: Interval | Fraction | int) -> Interval:
        o = _as_interval(other)
        if self.lo is not None and self.hi is not None and o.lo is not None and o.hi is not None:
            return _mul_bounded(self, o)
        from factcheck.unbounded import product  # an infinite end: few products have one

        return Interval(*product(self, o))

    def __rmul__(self, other: Fraction | int) -> Interval:
        return self * other

    def reciprocal(self) -> Interval:
        """``1 / self``; raises :class:`DivisionByZeroError` when zero is in the interval."""
        lo, hi = self.lo, self.hi
        if lo is not None and hi is not None and _positive(lo):  # the usual case: above zero
            if type(lo) is Fraction and type(hi) is Fraction:  # 1/(n/d) is d/n, n above zero
                ln, ld = _ratio(lo)
                hn, hd = _ratio(hi)
                return Interval(Fraction(hd, hn), Fraction(ld, ln), self.hi_closed, self.lo_closed)
            return Interval(1 / hi, 1 / lo, self.hi_closed, self.lo_closed)
        if self.contains(0):
            raise DivisionByZeroError("division by an interval that holds zero")
        if self.lo == 0:  # an open end at zero: unbounded above, and above zero
            if self.hi is None:
                return Interval(Fraction(0), None, False, False)
            return Interval(1 / self.hi, None, self.hi_closed, False)
        if self.hi == 0:
            if self.lo is None:
                return Interval(None, Fraction(0), False, False)
            return Interval(None, 1 / self.lo, False, self.lo_closed)
        lo = None if self.hi is None else 1 / self.hi
        hi = None if self.lo is None else 1 / self.lo
        if self.lo is None or self.hi is None:
            # half-infinite on one side of zero: tends to zero, never reaching it
            if self.hi is None:
                return Interval(Fraction(0), hi, False, self.lo_closed)
            return Interval(lo, Fraction(0), self.hi_closed, False)
        return Interval(lo, hi, self.hi_closed, self.lo_closed)

    def __truediv__(self, other: Interval | Fraction | int) -> Interval:
        return self * _as_interval(other).reciprocal()

    def __rtruediv__(self, other: Fraction | int) -> Interval:
        return _as_interval(other) / self

    def __str__(self) -> str:
        return self.format(str)

    def format(self, fmt: Callable[[Fraction], str]) -> str:
        """Render with ``fmt`` turning each bound into text."""
        if self.lo is not None and self.lo == self.hi:
            return fmt(self.lo)
        lo = "-∞" if self.lo is None else fmt(self.lo)
        hi = "∞" if self.hi is None else fmt(self.hi)
        return f"{'[' if self.lo_closed else '('}{lo}, {hi}{']' if self.hi_closed else ')'}"


def _mul_bounded(x: Interval, y: Interval) -> Interval:
    """``x * y`` for two bounded intervals: the least and greatest of the four products of
    their ends, each end closed when a product attaining it is (both of its ends closed, or
    one of them a closed zero)."""
    assert x.lo is not None and x.hi is not None and y.lo is not None and y.hi is not None
    if _positive(x.lo) and _positive(y.lo):
        # both above zero (counts, rates): the least product is that of the lower ends and no
        # other (a degenerate end is the same closed end), the greatest that of the upper ends
        return Interval(
            x.lo * y.lo, x.hi * y.hi, x.lo_closed and y.lo_closed, x.hi_closed and y.hi_closed
        )
    ends = [
        (a * b, (ac and bc) or (ac and a == 0) or (bc and b == 0))
        for a, ac in ((x.lo, x.lo_closed), (x.hi, x.hi_closed))
        for b, bc in ((y.lo, y.lo_closed), (y.hi, y.hi_closed))
    ]
    lo = min(e[0] for e in ends)
    hi = max(e[0] for e in ends)
    return Interval(
        lo,
        hi,
        any(closed for v, closed in ends if v == lo),
        any(closed for v, closed in ends if v == hi),
    )


# A Fraction's numerator and denominator without the properties' cost (the slots of
# fractions.Fraction); comparing the cross products is several times faster than comparing
# Fractions, and these comparisons are most of what an interval costs to build and to meet.
_ratio = operator.attrgetter("_numerator", "_denominator")


def _positive(x: Fraction) -> bool:
    """``x > 0``, read from the numerator of a Fraction (its denominator is positive)."""
    return x._numerator > 0 if type(x) is Fraction else x > 0  # type: ignore[attr-defined]


def _before(lo: Fraction, lo_closed: bool, hi: Fraction, hi_closed: bool) -> bool:
    """True when an end ``lo`` comes before an end ``hi`` with room for a value between."""
    ln, ld = _ratio(lo)
    hn, hd = _ratio(hi)
    a, b = ln * hd, hn * ld
    return a < b or (a == b and lo_closed and hi_closed)


def _compare(x: Fraction, y: Fraction) -> int:
    """-1, 0 or 1 as ``x`` is below, at or above ``y``."""
    xn, xd = _ratio(x)
    yn, yd = _ratio(y)
    a, b = xn * yd, yn * xd
    return (a > b) - (a < b)


def _as_interval(x: Interval | Fraction | int) -> Interval:
    return x if isinstance(x, Interval) else Interval.point(x)


def _add(a: Bound, b: Bound) -> Bound:
    return None if a is None or b is None else a + b


def _max_lo(x: Interval, y: Interval) -> tuple[Bound, bool]:
    if x.lo is None:
        return y.lo, y.lo_closed
    if y.lo is None:
        return x.lo, x.lo_closed
    if x.lo != y.lo:
        return (x.lo, x.lo_closed) if x.lo > y.lo else (y.lo, y.lo_closed)
    return x.lo, x.lo_closed and y.lo_closed


def _min_hi(x: Interval, y: Interval) -> tuple[Bound, bool]:
    if x.hi is None:
        return y.hi, y.hi_closed
    if y.hi is None:
        return x.hi, x.hi_closed
    if x.hi != y.hi:
        return (x.hi, x.hi_closed) if x.hi < y.hi else (y.hi, y.hi_closed)
    return x.hi, x.hi_closed and y.hi_closed
