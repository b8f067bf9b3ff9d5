"""The rounding procedures that make a written figure an interval.

How an author rounded decides which true values a written figure stands for, and whether the
ends of its interval belong to it (docs/quantities.md, "The six rounding procedures").
"""

from __future__ import annotations

from enum import StrEnum
from fractions import Fraction

from factcheck.intervals import Interval


class Rounding(StrEnum):
    """How the author rounded: which true values a written figure stands for."""

    UP_OR_DOWN = "up_or_down"
    HALF_UP = "half_up"
    HALF_DOWN = "half_down"
    HALF_EVEN = "half_even"
    TRUNCATE = "truncate"
    CEILING = "ceiling"


def rounded(value: Fraction, step: Fraction, mode: Rounding) -> Interval:
    """The true values that ``mode`` rounds to ``value`` when rounding to a multiple of ``step``.

    Half-way rules apply to the magnitude, symmetrically about zero, as scrutiny's
    ``round_up``/``round_down`` do; ``truncate`` goes toward zero, ``ceiling`` toward +∞.
    ``value`` is the signed value: a figure after a fall word (下降3.1%) is rounded as its
    negative, −3.1% (Quantity.interval).
    """
    if step <= 0:
        return Interval.point(value)
    half = step / 2
    lo, hi = value - half, value + half
    neg = value < 0
    if mode is Rounding.UP_OR_DOWN:
        return Interval(lo, hi)
    if mode is Rounding.HALF_UP:  # a half rounds away from zero
        if value == 0:
            return Interval(lo, hi, False, False)
        return Interval(lo, hi, True, False) if not neg else Interval(lo, hi, False, True)
    if mode is Rounding.HALF_DOWN:  # a half rounds toward zero
        if value == 0:
            return Interval(lo, hi)
        return Interval(lo, hi, False, True) if not neg else Interval(lo, hi, True, False)
    if mode is Rounding.HALF_EVEN:
        even = (value / step).numerator % 2 == 0
        return Interval(lo, hi, even, even)
    if mode is Rounding.TRUNCATE:
        if value == 0:
            return Interval(-step, step, False, False)
        return (
            Interval(value, value + step, True, False)
            if not neg
            else Interval(value - step, value, False, True)
        )
    if mode is Rounding.CEILING:
        return Interval(value - step, value, False, True)
    raise ValueError(f"unknown rounding {mode!r}")
