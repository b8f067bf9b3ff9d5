"""Granularity (GRIM): which wholes N let whole counts k give a rounded percentage.

A percentage written at some precision stands for an interval of shares (the figure's
interval under the file's rounding, :func:`factcheck.rounding.rounded`); a count k of a
whole N reproduces it when k/N lies in that interval. This is the GRIM test of Brown and
Heathers (2017) as scrutiny's ``grim()`` applies it to percentages, done in exact integer
arithmetic, and extended to several percentages of one whole: the same N must serve them all.

Once N·width ≥ 1 every share interval holds some k/N: from that N on the test has no power,
which also bounds every search. Linear constraints between the counts are in
:mod:`factcheck.linear`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction

from factcheck.intervals import Interval
from factcheck.record import Record, init_field
from factcheck.rounding import Rounding, rounded

MAX_N = 1_000_000  # the default search bound

_UNIT = Interval(Fraction(0), Fraction(1))


def _ceil(p: int, q: int) -> int:
    return -((-p) // q)


@dataclass(init=False, repr=False, eq=False)
class Share(Record):
    """The shares a percentage stands for, within [0, 1], kept as integer ratios."""

    interval: Interval
    a: int  # lo = a / b
    b: int
    c: int  # hi = c / d
    d: int

    def __init__(self, interval: Interval, a: int, b: int, c: int, d: int) -> None:
        init_field(self, "interval", interval)
        init_field(self, "a", a)
        init_field(self, "b", b)
        init_field(self, "c", c)
        init_field(self, "d", d)

    @classmethod
    def of(cls, iv: Interval) -> Share | None:
        """The part of ``iv`` a share can take (0..100 %); ``None`` when there is none."""
        part = iv.intersect(_UNIT)
        if part is None:
            return None
        assert part.lo is not None and part.hi is not None
        return cls(
            part, part.lo.numerator, part.lo.denominator, part.hi.numerator, part.hi.denominator
        )

    def counts(self, n: int) -> tuple[int, int]:
        """The least and greatest k with k/n in the interval (least > greatest: none)."""
        an, cn = self.a * n, self.c * n
        kmin = _ceil(an, self.b) if self.interval.lo_closed else an // self.b + 1
        kmax = cn // self.d if self.interval.hi_closed else _ceil(cn, self.d) - 1
        return kmin, kmax

    def fits(self, n: int) -> bool:
        """True when some whole count k of ``n`` gives a share in the interval."""
        kmin, kmax = self.counts(n)
        return kmin <= kmax

    def count(self, n: int) -> int | None:
        """The count of ``n`` nearest the middle of the interval, if any fits."""
        kmin, kmax = self.counts(n)
        if kmin > kmax:
            return None
        mid = self.interval.mid
        assert mid is not None
        best = round(mid * n)
        return min(max(best, kmin), kmax)

    @property
    def threshold(self) -> int | None:
        """The least T such that every N ≥ T fits: no power from there on.

        ``None`` for a single exact share, which only multiples of its denominator fit.
        """
        iv = self.interval
        if (iv.lo == 0 and iv.lo_closed) or (iv.hi == 1 and iv.hi_closed):
            return 1
        w = iv.width
        assert w is not None
        if w == 0:
            return None
        inv = 1 / w
        # an interval of length exactly one holds an integer when one of its ends is closed
        if iv.lo_closed or iv.hi_closed:
            return _ceil(inv.numerator, inv.denominator)
        return inv.numerator // inv.denominator + 1

    def next_fit(self, n: int) -> int:
        """The least N ≥ n that fits, skipping every whole that cannot."""
        while True:
            kmin, kmax = self.counts(n)
            if kmin <= kmax:
                return n
            # kmin/N > hi until N reaches kmin / hi: no N before that can fit
            if self.interval.hi_closed:
                nxt = _ceil(kmin * self.d, self.c)
            else:
                nxt = kmin * self.d // self.c + 1
            n = max(n + 1, nxt)


def threshold(shares: Sequence[Share]) -> int | None:
    """The least N from which every share fits every whole (``None``: no such N)."""
    ts = [s.threshold for s in shares]
    if any(t is None for t in ts):
        return None
    return max((t for t in ts if t is not None), default=1)


def _selective(shares: Sequence[Share]) -> Share:
    """The share that admits fewest wholes, turned to its complement when above a half so
    that the jump in :meth:`Share.next_fit` moves through as few counts as possible."""

    def key(s: Share) -> tuple[Fraction, Fraction]:
        w = s.interval.width
        assert w is not None and s.interval.lo is not None
        return (w, min(s.interval.lo, 1 - s.interval.lo))

    best = min(shares, key=key)
    iv = best.interval
    assert iv.lo is not None and iv.hi is not None
    if iv.lo > Fraction(1, 2):
        flipped = Share.of(Interval(1 - iv.hi, 1 - iv.lo, iv.hi_closed, iv.lo_closed))
        assert flipped is not None
        return flipped
    return best


def wholes(shares: Sequence[Share], start: int = 1, stop: int = MAX_N) -> Iterator[int]:
    """Every N in ``start..stop`` that all the shares fit, in increasing order."""
    if not shares:
        yield from range(max(start, 1), stop + 1)
        return
    n = max(start, 1)
    t = threshold(shares)
    free = stop + 1 if t is None else max(min(t, stop + 1), n)
    sel = _selective(shares)
    while n < free:
        n = sel.next_fit(n)
        if n >= free:
            break
        if all(s.fits(n) for s in shares):
            yield n
        n += 1
    yield from range(max(n, free), stop + 1)


def smallest(shares: Sequence[Share], start: int = 1, stop: int = MAX_N) -> int | None:
    """The least whole in ``start..stop`` that every share fits, if any."""
    return next(wholes(shares, start, stop), None)


def runs(ns: Iterator[int]) -> list[tuple[int, int]]:
    """Consecutive wholes grouped: 1, 2, 3, 7 → (1, 3), (7, 7)."""
    out: list[tuple[int, int]] = []
    for n in ns:
        if out and out[-1][1] == n - 1:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return out


def consistent_wholes(shares: Sequence[Share], stop: int) -> list[tuple[int, int]]:
    """Every whole up to ``stop`` that the shares fit, as runs (fast past the threshold)."""
    t = threshold(shares)
    head = min(stop, t - 1) if t is not None else stop
    out = runs(wholes(shares, 1, head))
    if t is not None and t <= stop:
        if out and out[-1][1] == t - 1:
            out[-1] = (out[-1][0], stop)
        else:
            out.append((t, stop))
    return out


def neighbours(
    value: Fraction, step: Fraction, rounding: Rounding, n: int
) -> tuple[tuple[Fraction, int] | None, tuple[Fraction, int] | None]:
    """The figures at the same precision nearest ``value`` on each side that a count of
    ``n`` gives, with the count: for 67.4 % of 150, (67.3 %, 101) and (68.0 %, 102)."""

    def written(k: int) -> list[Fraction]:
        x = Fraction(k, n)
        m = (x / step).numerator // (x / step).denominator
        return [
            (m + j) * step
            for j in (-1, 0, 1, 2)
            if rounded((m + j) * step, step, rounding).contains(x)
        ]

    below = above = None
    k0 = (value * n).numerator // (value * n).denominator
    for k in range(min(k0 + 1, n), -1, -1):
        lower = [w for w in written(k) if w < value]
        if lower:
            below = (max(lower), k)
            break
    for k in range(max(k0, 0), n + 1):
        higher = [w for w in written(k) if w > value]
        if higher:
            above = (min(higher), k)
            break
    return below, above


def reachable_everywhere(step: Fraction, n: int) -> bool:
    """True when a whole of ``n`` reaches every figure written at ``step``: no power."""
    return n * step >= 1


def written(x: Fraction, step: Fraction, factor: Fraction, display: str) -> str:
    """``x`` (a fraction) written at the precision of ``step`` in its display unit: 0.68 at
    a step of 0.001 in % is "68.0%"."""
    unit_step = step / factor
    decimals = 0
    while (unit_step * 10**decimals).denominator != 1 and decimals < 30:
        decimals += 1
    m = x / factor * 10**decimals
    if m.denominator != 1:
        return f"{float(x / factor):.{decimals}f}{display}"
    sign, digits = ("-" if m < 0 else ""), str(abs(m.numerator)).rjust(decimals + 1, "0")
    body = f"{digits[:-decimals]}.{digits[-decimals:]}" if decimals else digits
    return f"{sign}{body}{display}"
