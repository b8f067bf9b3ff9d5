"""n-th roots of intervals, with exact rational bounds rounded outward.

A compound annual growth rate is ``(to ÷ from)^(1/n) − 1``, and the n-th root of a rational is
usually irrational. :func:`nth_root` brackets it between two rationals on the grid
``m / 2^k``: the lower bound is ``floor(x^(1/n) · 2^k) / 2^k``, found exactly as the integer
n-th root of ``floor(x · 2^(kn))`` (bisection by Newton steps on integers, no float), and the
upper bound is one grid step above it unless the root is exact. So the interval returned always
holds the true root, and is wider than it by less than ``tol`` at each end — the caller picks
``tol`` far below the precision of the figure it will be compared with.
"""

from __future__ import annotations

from fractions import Fraction

from factcheck.intervals import Interval


def iroot(n_: int, n: int) -> int:
    """``floor(n_ ** (1/n))`` for a whole ``n_ ≥ 0``, by Newton's method on integers."""
    if n_ < 0 or n < 1:
        raise ValueError("iroot needs n_ >= 0 and n >= 1")
    if n_ < 2 or n == 1:
        return n_
    x = 1 << -(-n_.bit_length() // n)  # 2^ceil(bits/n) is above the root
    while True:
        y = ((n - 1) * x + n_ // x ** (n - 1)) // n
        if y >= x:
            return x
        x = y


def _bits(tol: Fraction) -> int:
    """A k with 2^-k ≤ tol (1/tol < floor(1/tol) + 1 ≤ 2^k)."""
    if tol <= 0:
        raise ValueError("tolerance must be positive")
    return (tol.denominator // tol.numerator).bit_length()


def root_bounds(x: Fraction, n: int, tol: Fraction) -> tuple[Fraction, Fraction]:
    """Rationals ``lo ≤ x^(1/n) ≤ hi`` with ``hi − lo < tol``; equal when the root is exact."""
    if x < 0:
        raise ValueError("no real root of a negative number here")
    exact = exact_root(x, n)
    if exact is not None:
        return exact, exact
    k = _bits(tol)
    scaled = x * 2 ** (k * n)
    a = iroot(scaled.numerator // scaled.denominator, n)
    return Fraction(a, 2**k), Fraction(a + 1, 2**k)


def exact_root(x: Fraction, n: int) -> Fraction | None:
    """The n-th root of ``x ≥ 0`` when it is rational, else ``None``."""
    p, q = iroot(x.numerator, n), iroot(x.denominator, n)
    return Fraction(p, q) if p**n == x.numerator and q**n == x.denominator else None


def nth_root(iv: Interval, n: int, tol: Fraction) -> Interval:
    """The n-th root of an interval of non-negative reals, rounded outward by less than ``tol``.

    An end whose root is rational keeps its closedness; any other end is a closed bound strictly
    beyond the true (irrational) root, so the result always holds every true root.
    """
    if n < 1:
        raise ValueError("root degree must be at least 1")
    if iv.lo is None or iv.lo < 0:
        raise ValueError("nth_root needs an interval of non-negative reals")
    lo, lo_closed = _end(iv.lo, iv.lo_closed, n, tol, lower=True)
    if iv.hi is None:
        return Interval(lo, None, lo_closed, False)
    hi, hi_closed = _end(iv.hi, iv.hi_closed, n, tol, lower=False)
    return Interval(lo, hi, lo_closed, hi_closed)


def _end(x: Fraction, closed: bool, n: int, tol: Fraction, lower: bool) -> tuple[Fraction, bool]:
    lo, hi = root_bounds(x, n, tol)
    if lo == hi:
        return lo, closed
    return (lo if lower else hi), True
