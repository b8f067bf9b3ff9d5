"""A scale slip: 万 read as 千, thousand as million, 亿 as 万, or a decimal point in the wrong
place — one figure off by a power of ten.

Every figure of the claim is read again with another scale word of the same language
(亿, 百万, 万, 千; thousand, million, billion) and with its decimal point moved
one to three places (×10ⁿ), and the claim's own check is run on it; a reading under which the
claim adds up is this slip. Any kind.

Example::

    - id: residents
      kind: total
      quote: 城区有1.2万人,郊区有8万人,合计2万人
      values:
        city: 1.2万人
        suburbs: 8万人
        total: 2万人

1.2万 + 8万 = 9.2万, so the claim is inconsistent; with the suburbs read as 8千人 the parts add
to 2.0万: a 千 written as 万.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from fractions import Fraction

from factcheck.checks.base import Context
from factcheck.figure import QuantityError, parse
from factcheck.intervals import Interval
from factcheck.models import Claim, Value
from factcheck.numtext import decimal_text
from factcheck.quantity import Quantity
from factcheck.slips import digits
from factcheck.slips.base import Attempt, the_one
from factcheck.slips.figures import split
from factcheck.slips.pruning import hull_of, pruned

NAME = "scale"
EXPLAIN_EN = (
    "A scale slip: 万 read as 千, thousand as million, or a misplaced decimal point "
    "(a figure off by a power of ten)."
)
EXPLAIN_ZH = "数量级错误：把“万”看成“千”、“千”看成“百万”等，或小数点错位（相差10的整数次方倍）。"
KINDS: tuple[str, ...] = ()

_ZH = {"亿": 10**8, "百万": 10**6, "万": 10**4, "千": 10**3}  # the scales that get confused
_EN = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
_ZH_RE = re.compile(r"(?<=[\d.])\s*(亿|百万|万|千)(?!万)")  # not the 千 of 千万
_EN_RE = re.compile(r"(?<=[\d.])\s*(thousand|million|billion)\b", re.IGNORECASE)
SHIFTS = (1, -1, 2, -2, 3, -3)
_POWERS = tuple((n, Fraction(10) ** n) for n in SHIFTS)
_POWER = dict(_POWERS)


def readings(value: Value) -> Iterator[tuple[str, Quantity, str]]:
    """The figure with another scale word, then with its point moved: (text, quantity, how)."""
    return (r.made() for r in _readings(value))


class _Reading:
    """A reading whose text and quantity are made when first asked for: most readings are
    left unrun by :func:`could_hold`, which needs to know only on which side of the written
    figure they lie. ``n`` is the number of places a moved point moves (``k`` = 10ⁿ), 0 for
    another scale word, whose ``value`` is known."""

    __slots__ = ("_made", "_make", "k", "n", "value")

    def __init__(
        self,
        n: int,
        k: Fraction | None,
        value: Fraction | None = None,
        make: Callable[[int, Fraction], tuple[str, Quantity, str]] | None = None,
        made: tuple[str, Quantity, str] | None = None,
    ) -> None:
        self.n, self.k, self.value, self._make, self._made = n, k, value, make, made

    def made(self) -> tuple[str, Quantity, str]:
        """(text, quantity, how), made once."""
        if self._made is None:
            assert self._make is not None and self.k is not None
            self._made = self._make(self.n, self.k)
        return self._made


def _readings(value: Value) -> list[_Reading]:
    q, text = value.quantity, value.text
    seen = {q.value}
    out: list[_Reading] = []
    for table, pattern in ((_ZH, _ZH_RE), (_EN, _EN_RE)):
        m = pattern.search(text)
        if m is None:
            continue
        word = m.group(1)
        for other, factor in table.items():
            if other == word.lower():
                continue
            new = text[: m.start(1)] + other + text[m.end(1) :]
            try:
                nq = parse(new)
            except QuantityError:
                continue
            if nq.value in seen or nq.value != q.value * factor / table[word.lower()]:
                continue
            seen.add(nq.value)
            out.append(_Reading(0, None, nq.value, made=(new, nq, f"{other} written as {word}")))

    def shifted_by(n: int, k: Fraction) -> tuple[str, Quantity, str]:
        shifted = q.value * k
        w = split(text)
        shown = decimal_text(w.number * k) if w is not None else q.show(shifted)
        new = w.with_number(shown) if w else shown
        places = "place" if abs(n) == 1 else "places"
        size = "small" if n > 0 else "large"
        how = f"a decimal point {abs(n)} {places} off: written {10 ** abs(n)} times too {size}"
        return new, _scaled(q, new, shifted, k), how

    if not q.value:
        return out  # nought moved is nought
    # the powers give distinct values: only a scale word's may recur
    recur = len(seen) > 1
    out.extend(
        _Reading(n, k, make=shifted_by) for n, k in _POWERS if not (recur and q.value * k in seen)
    )
    return out


def _scaled(q: Quantity, text: str, value: Fraction, k: Fraction) -> Quantity:
    """``q`` written ``k`` times larger: value, step and place scaled."""
    step = None if q.step is None else q.step * k
    if type(q) is Quantity:  # built directly: dataclasses.replace costs several times more
        return Quantity(
            text, value, step, q.unit, q.measure, q.qualifier, q.direction, q.to_level, q.place * k
        )
    return replace(q, text=text, value=value, step=step, place=q.place * k)


def recompute(claim: Claim, ctx: Context) -> Iterator[Attempt]:
    """Each figure read at another scale, the claim checked again.

    A figure under which the claim holds at more than one scale is not counted: the claim is
    then insensitive to it (a fall of nearly 100% stays nearly 100% whatever the starting
    value), and the match says nothing about a slip.
    """
    for value in claim.values:
        readings = _readings(value)
        beside = _typed(claim, value, ctx)
        tried = pruned(claim, value, readings, _above(value), _spread(claim, value), ctx, beside)
        found = the_one(claim, value, (r.made() for r in tried), ctx)
        if found is not None:
            yield found


def _typed(claim: Claim, value: Value, ctx: Context) -> Callable[[bool], Interval | None]:
    """The hull of the typing slip's readings of the figure on one side (above or not):
    they lie nearer the figure than any power of ten, and the claim is run over both
    slips' readings of a side at once first (the readings and their hulls are made once,
    for both slips)."""
    return lambda side: digits.hulls(claim, value, ctx)[side]


def _above(value: Value) -> Callable[[_Reading], bool]:
    """Whether a reading lies above the written figure: a moved point's by the sign of the
    figure and the way the point moves (a figure of nought has none)."""
    written = value.quantity.value
    up = written > 0

    def above(r: _Reading) -> bool:
        if r.value is not None:
            return r.value > written
        return (r.n > 0) is up

    return above


def _spread(claim: Claim, value: Value) -> Callable[[list[_Reading]], Interval]:
    """The hull of the intervals of a group of readings, the figure's own interval scaled
    for the readings with a moved point (an exact figure ``k`` times larger stands for
    ``k`` times its interval: the rounding, the qualifier and the approximate width all
    scale with it), so that those readings are not made."""
    q = value.quantity

    def spread(group: list[_Reading]) -> Interval:
        rounding, approx = claim.rounding, claim.approx
        own = type(q) is Quantity  # a subclass may read its figure some other way
        ivs = [r.made()[1].interval(rounding, approx) for r in group if r.k is None or not own]
        ns = [r.n for r in group if r.k is not None and own]  # k = 10ⁿ: the least n, least k
        if ns:
            iv = q.interval(rounding, approx)
            ivs.append(scaled_hull(iv, _POWER[min(ns)], _POWER[max(ns)]))
        return hull_of(ivs)

    return spread


def scaled_hull(iv: Interval, low: Fraction, high: Fraction) -> Interval:
    """The hull of ``k × iv`` for every ``k`` from ``low`` to ``high`` (both above zero):
    each end scaled by whichever factor takes it furthest out."""
    lo = None if iv.lo is None else iv.lo * (low if iv.lo.numerator >= 0 else high)
    hi = None if iv.hi is None else iv.hi * (high if iv.hi.numerator >= 0 else low)
    return Interval(lo, hi, iv.lo_closed, iv.hi_closed)
