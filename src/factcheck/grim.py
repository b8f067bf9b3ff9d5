"""The granularity calculator behind ``factcheck grim``: percentages as typed by a person,
the smallest whole that gives them all, or whether a given whole can.

The answer is data (:class:`Calculation`) with the lines a person reads; the command prints
them and exits with :attr:`Calculation.consistent`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction

from factcheck.expr import ExprError
from factcheck.expr import parse as parse_expr
from factcheck.figure import QuantityError, parse
from factcheck.granularity import (
    MAX_N,
    Share,
    consistent_wholes,
    neighbours,
    reachable_everywhere,
    threshold,
    written,
)
from factcheck.linear import WHOLE, Linear, Solution, linearize, solve
from factcheck.quantity import Quantity
from factcheck.rounding import Rounding

PERCENT_HINT = "write a percentage as printed, trailing zeros included: 96.15%, 54.0%, 48"


class InputError(ValueError):
    """An argument the calculator cannot use, with a hint."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message, self.hint = message, hint


def _decimals(q: Quantity) -> int:
    assert q.step is not None
    unit_step, d = q.step / q.unit.factor, 0
    while (unit_step * 10**d).denominator != 1:
        d += 1
    return d


def read_percent(text: str, decimals: int | None = None) -> Quantity:
    """A percentage as typed (``96.15%``, ``54.0``: a bare number is a percentage), at
    ``decimals`` places when its trailing zeros were lost."""
    try:
        q = parse(text)
        if q.unit.dimension == "count" and q.measure is None:
            q = replace(parse(text.strip() + "%"), text=text)
    except QuantityError as e:
        raise InputError(f"cannot read {text!r}: {e.message}", PERCENT_HINT) from None
    if q.unit.dimension != "ratio" or q.step is None or q.qualifier is not None:
        raise InputError(f"{text!r} is not a rounded percentage", PERCENT_HINT)
    if decimals is not None:
        have = _decimals(q)
        if have > decimals:
            raise InputError(
                f"{text!r} has {have} decimals, more than --decimals {decimals}",
                "--decimals only adds trailing zeros that were lost",
            )
        q = replace(q, step=Fraction(1, 10**decimals) * q.unit.factor)
    return q


@dataclass(frozen=True)
class Calculation:
    """What the calculator found: whether it is consistent, and the lines that say so."""

    consistent: bool
    lines: list[str] = field(default_factory=list)
    smallest: Solution | None = None


def _pct(k: int, n: int) -> str:
    return f"{float(Fraction(k, n) * 100):.4f}%"


def _constraints(texts: Sequence[str], names: list[str]) -> list[Linear]:
    out = []
    for text in texts:
        try:
            expr = parse_expr(text)
            for name in expr.names():
                if name.name not in names and name.name != WHOLE:
                    raise ExprError(
                        f"unknown name '{name.name}'",
                        name.offset,
                        f"the counts are {', '.join(names)}; the whole is N",
                    )
            out.append(linearize(expr))
        except ExprError as e:
            raise InputError(
                f"cannot read constraint {text!r} at offset {e.offset}: {e.message}", e.hint
            ) from None
    return out


def calculate(
    texts: Sequence[str],
    n: int | None = None,
    decimals: int | None = None,
    rounding: Rounding = Rounding.UP_OR_DOWN,
    max_n: int = MAX_N,
    constraints: Sequence[str] = (),
    list_all: bool = False,
) -> Calculation:
    """Run the calculator; raises :class:`InputError` for arguments it cannot use."""
    if not texts:
        raise InputError("no percentage given", PERCENT_HINT)
    if n is not None and n < 1:
        raise InputError(f"--n {n} is not a whole of at least 1", "")
    if max_n < 1:
        raise InputError(f"--max-n {max_n} is not at least 1", "")
    qs = [read_percent(t, decimals) for t in texts]
    names = [f"p{i + 1}" for i in range(len(qs))]
    shares: dict[str, Share] = {}
    lines = []
    for name, q in zip(names, qs, strict=True):
        share = Share.of(q.interval(rounding))
        if share is None:
            raise InputError(f"{q.text!r} is not a share of a whole (0% to 100%)", PERCENT_HINT)
        shares[name] = share
        label = f"{name} = " if len(qs) > 1 else ""
        lines.append(f"{label}{q.text} stands for {_interval(q, share)} (rounding {rounding})")
    linear = _constraints(constraints, names)
    if n is not None:
        return _at(qs, names, shares, linear, n, rounding, lines)
    sol = solve(shares, linear, 1, max_n)
    where = " under the constraints" if linear else ""
    if sol is None:
        lines.append(f"no N up to {max_n:,} gives whole counts for all of them{where}")
        return Calculation(False, lines)
    lines.append(f"smallest N: {sol.n}{where}")
    for name, q in zip(names, qs, strict=True):
        lines.append(f"  {q.text}: {sol.counts[name]}/{sol.n} = {_pct(sol.counts[name], sol.n)}")
    t = threshold(list(shares.values()))
    if t is not None:
        lines.append(f"no power from N = {t}: every N from there on gives these figures")
    if list_all:
        runs = consistent_wholes(list(shares.values()), max_n)
        shown = ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)
        note = " (constraints aside)" if linear else ""
        lines.append(f"every consistent N up to {max_n:,}{note}: {shown}")
    return Calculation(True, lines, sol)


def _interval(q: Quantity, share: Share) -> str:
    iv = share.interval
    assert q.step is not None and iv.lo is not None and iv.hi is not None
    fine = q.step / 10

    def w(x: Fraction) -> str:
        return written(x, fine, q.unit.factor, q.unit.display)

    return f"{'[' if iv.lo_closed else '('}{w(iv.lo)}, {w(iv.hi)}{']' if iv.hi_closed else ')'}"


def _at(
    qs: list[Quantity],
    names: list[str],
    shares: dict[str, Share],
    linear: list[Linear],
    n: int,
    rounding: Rounding,
    lines: list[str],
) -> Calculation:
    """Whether a count of ``n`` gives each percentage, and all of them under constraints."""
    ok = True
    for name, q in zip(names, qs, strict=True):
        assert q.step is not None
        k = shares[name].count(n)
        if k is not None:
            blind = (
                f"; no power: every figure written like {q.text} is k/{n} for some k"
                if reachable_everywhere(q.step, n)
                else ""
            )
            lines.append(f"{q.text} of N = {n}: consistent ({k}/{n} = {_pct(k, n)}){blind}")
            continue
        ok = False
        sides = [x for x in neighbours(q.value, q.step, rounding, n) if x is not None]
        near = " and ".join(
            f"{written(v, q.step, q.unit.factor, q.unit.display)} ({c}/{n})" for v, c in sides
        )
        lines.append(f"{q.text} of N = {n}: inconsistent; nearest consistent: {near or 'none'}")
    if ok and linear:
        sol = solve(shares, linear, n, n)
        if sol is None:
            ok = False
            lines.append(f"under the constraints: inconsistent; no counts of {n} satisfy them")
        else:
            counts = ", ".join(f"{sol.counts[k]}/{n}" for k in names)
            lines.append(f"under the constraints: consistent ({counts})")
    return Calculation(ok, lines)
