"""Readings of a figure left unrun: the readings of a figure that lie on one side of it
are tried at once, the figure spread over the hull of their intervals, and when the claim
fails even so it fails under each of them (a slip that reads one figure another way makes
many readings, and most of them fail)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from fractions import Fraction
from typing import TypeVar

from factcheck.checks.base import Context, quiet
from factcheck.findings import Verdict
from factcheck.intervals import Interval
from factcheck.models import Claim, Value
from factcheck.quantity import DEFAULT_APPROX, Quantity
from factcheck.rounding import Rounding
from factcheck.slips.base import rerun

R = TypeVar("R")


# Kinds whose every inconsistent finding stays inconsistent when a value is narrowed: they
# compute intervals by interval arithmetic (+ − × ÷, inclusion isotone) and hold when some
# values within the intervals satisfy the relation (meet, order, compare), so a claim that
# fails with a value anywhere in an interval fails with the value at any point of it.
NARROWING_KEEPS_FAILURES = frozenset({"change", "expression", "order", "ratio", "share", "total"})


class _Spread(Quantity):
    """A figure standing for a whole interval of readings (see :func:`could_hold`): a
    Quantity with its interval set aside, built field by field (:func:`_fails_throughout`)
    and never compared or written out, so not a record of its own."""

    spread: Interval

    def interval(
        self, rounding: Rounding = Rounding.UP_OR_DOWN, approx: Fraction = DEFAULT_APPROX
    ) -> Interval:
        return self.spread


def could_hold(
    claim: Claim, value: Value, readings: list[R], quantity: Callable[[R], Quantity], ctx: Context
) -> list[R]:
    """The readings of ``value`` under which the claim might hold, the others left out
    unrun: those above the written figure, then those below, are tried at once, the value
    spread over the smallest interval holding them all; when the claim fails even so, it
    fails under each of them. Only for kinds that keep failures when a value is narrowed;
    any other outcome (a zero divisor, an undefined reading) keeps the readings."""

    def spread(group: list[R]) -> Interval:
        return hull_of(q.interval(claim.rounding, claim.approx) for q in map(quantity, group))

    written = value.quantity.value
    return pruned(claim, value, readings, lambda r: quantity(r).value > written, spread, ctx)


def pruned(
    claim: Claim,
    value: Value,
    readings: list[R],
    is_above: Callable[[R], bool],
    spread: Callable[[list[R]], Interval],
    ctx: Context,
    beside: Callable[[bool], Interval | None] | None = None,
) -> list[R]:
    """:func:`could_hold` for readings known by whether they lie above the written figure
    and, a group at a time, the hull of their intervals (``spread``), so that a slip may
    skip making the figures of readings that are never run.

    Each interval over which the claim is found to fail is kept while the claim is
    diagnosed, and a group of readings within one of them (a single reading too) is left
    out without running the claim again. ``beside`` gives, for a side (above or not), the
    hull of the readings another slip makes of the same figure there: the claim is first
    run over both groups at once, as one run may leave out the readings of both slips."""
    if claim.kind not in NARROWING_KEEPS_FAILURES or not readings:
        return readings
    known = _known_failures(claim, value, ctx)
    if len(readings) < 2 and not known and beside is None:
        return readings
    sides: dict[bool, list[R]] = {True: [], False: []}
    for r in readings:
        sides[is_above(r)].append(r)
    # the readings left are those of the sides kept, in order: a side is wholly left out or
    # wholly kept, so the readings need not be told apart one by one again
    kept = [
        side
        for side, group in sides.items()
        if group and not _fails_over(claim, value, group, spread, known, beside, side, ctx)
    ]
    if len(kept) == 2:
        return readings
    return sides[kept[0]] if kept else []


def hull_of(intervals: Iterable[Interval]) -> Interval:
    """The smallest interval holding every one of ``intervals`` (at least one)."""
    it = iter(intervals)
    out = next(it)
    for iv in it:
        out = out.hull(iv)
    return out


class _Known:
    """The intervals over which the claim being diagnosed is known to fail, by the value
    spread over them: kept until another claim is diagnosed (the objects themselves are
    kept, so that an id is never taken for another object's)."""

    __slots__ = ("by_value", "claim", "ctx")

    def __init__(self) -> None:
        self.claim: Claim | None = None
        self.ctx: Context | None = None
        self.by_value: dict[int, tuple[Value, list[Interval]]] = {}


_KNOWN = _Known()


def _known_failures(claim: Claim, value: Value, ctx: Context) -> list[Interval]:
    """The intervals over which ``claim`` is known to fail with ``value`` spread over them:
    those the scale slip finds are there for the typing slip, which reads the same figure
    next (a cache of so many values, cleared when full, lost them now and then in
    between, and the typing slip ran the claim again)."""
    known = _KNOWN
    if known.claim is not claim or known.ctx is not ctx:
        known.claim, known.ctx, known.by_value = claim, ctx, {}
    found = known.by_value.get(id(value))
    if found is None or found[0] is not value:
        found = known.by_value[id(value)] = (value, [])
    return found[1]


def _fails_over(
    claim: Claim,
    value: Value,
    group: list[R],
    spread: Callable[[list[R]], Interval],
    known: list[Interval],
    beside: Callable[[bool], Interval | None] | None,
    side: bool,
    ctx: Context,
) -> bool:
    """Whether the claim fails under every reading of ``group``, on ``side`` of the written
    figure (see :func:`pruned`)."""
    try:
        hull = spread(group)
        other = None if beside is None else beside(side)
        both = None if other is None else hull.hull(other)
    except ArithmeticError:
        return False
    if any(_within(hull, iv) for iv in known):
        return True
    for iv in (both, hull if len(group) > 1 else None):
        if iv is not None and _fails_throughout(claim, value, iv, ctx):
            known.append(iv)
            return True
    return False


def _within(inner: Interval, outer: Interval) -> bool:
    """Whether every value of ``inner`` lies in ``outer``."""
    if outer.lo is not None:
        if inner.lo is None:
            return False
        c = _compare(inner.lo, outer.lo)
        if c < 0 or (c == 0 and inner.lo_closed and not outer.lo_closed):
            return False
    if outer.hi is not None:
        if inner.hi is None:
            return False
        c = _compare(inner.hi, outer.hi)
        if c > 0 or (c == 0 and inner.hi_closed and not outer.hi_closed):
            return False
    return True


def _compare(x: Fraction, y: Fraction) -> int:
    a, b = x.numerator * y.denominator, y.numerator * x.denominator
    return (a > b) - (a < b)


def _fails_throughout(claim: Claim, value: Value, hull: Interval, ctx: Context) -> bool:
    """Whether the claim fails with ``value`` standing for every figure of ``hull`` at once
    (a :class:`_Spread` of the written figure, built without its ``__init__``, as
    :func:`factcheck.figure.make` builds a Quantity)."""
    q = value.quantity
    spread = _new(_Spread)
    _setattr(
        spread,
        "__dict__",
        {
            "text": q.text, "value": q.value, "step": q.step, "unit": q.unit,
            "measure": q.measure, "qualifier": q.qualifier, "direction": q.direction,
            "to_level": q.to_level, "place": q.place, "spread": hull,
        },
    )  # fmt: skip
    try:
        with quiet():
            found = rerun(claim, value, value.text, spread, ctx)
    except ArithmeticError:
        return False
    return bool(found) and all(f.verdict is Verdict.INCONSISTENT for f in found)


_new = object.__new__
_setattr = object.__setattr__
