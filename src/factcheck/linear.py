"""Linear constraints between the counts of shares of one whole, and the least whole that
satisfies them.

A constraint is written in the expression grammar (:mod:`factcheck.expr`) over the names of
the counts and ``N``, the whole: ``within_24h <= within_3d``, ``a + b == N``. It becomes
``Σ cᵢ·xᵢ + c₀ (== | <= | >=) 0`` with integer coefficients; since every unknown is a whole
number, ``<`` is ``<= -1``, which keeps the problem exact.

The search walks the wholes that every share fits (:func:`factcheck.granularity.wholes`)
while each count is pinned to a handful of values, enumerating them exactly. Where counts
are free (past the no-power threshold, or when the boxes grow large), or after a couple of
thousand wholes, it hands the rest of the range to integer programming:
``scipy.optimize.milp`` (HiGHS) minimises N, and its witness is checked again in exact
arithmetic before it is believed.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import NamedTuple

from factcheck.expr import BinOp, ExprError, Expression, Name, Neg, Node, Num
from factcheck.granularity import Share, threshold, wholes

WHOLE = "N"  # the name of the whole in a constraint
ENUMERATE_LIMIT = 4096  # count combinations tried exactly at one whole before MILP takes over
ENUMERATE_WHOLES = 2000  # wholes tried exactly before MILP takes over the rest of the range
HINT = "a constraint is linear in the counts and N: a <= b, a + b == N, 2 * a >= b"


class SolverError(RuntimeError):
    """The integer programme gave no answer that holds in exact arithmetic."""


class Linear(NamedTuple):
    """``Σ coeffs·x + const  op  0`` with whole-number coefficients; op is ==, <= or >=."""

    text: str
    coeffs: tuple[tuple[str, int], ...]
    const: int
    op: str

    def holds(self, env: Mapping[str, int]) -> bool:
        """True when the whole numbers of ``env`` satisfy it."""
        total = self.const + sum(c * env[n] for n, c in self.coeffs)
        if self.op == "==":
            return total == 0
        return total <= 0 if self.op == "<=" else total >= 0


def _first_offset(node: Node) -> int:
    if isinstance(node, Name):
        return node.offset
    if isinstance(node, Neg):
        return _first_offset(node.operand)
    if isinstance(node, BinOp):
        return _first_offset(node.left)
    return 0


def _terms(node: Node) -> tuple[dict[str, Fraction], Fraction]:
    """A node as coefficients by name and a constant; raises when it is not linear."""
    if isinstance(node, Num):
        return {}, node.value
    if isinstance(node, Name):
        return {node.name: Fraction(1)}, Fraction(0)
    if isinstance(node, Neg):
        t, c = _terms(node.operand)
        return {k: -v for k, v in t.items()}, -c
    lt, lc = _terms(node.left)
    rt, rc = _terms(node.right)
    if node.op in "+-":
        s = 1 if node.op == "+" else -1
        out = dict(lt)
        for k, v in rt.items():
            out[k] = out.get(k, Fraction(0)) + s * v
        return out, lc + s * rc
    if node.op == "*":
        if lt and rt:
            raise ExprError("a product of two counts is not linear", _first_offset(node), HINT)
        t, c, f = (rt, rc, lc) if not lt else (lt, lc, rc)
        return {k: v * f for k, v in t.items()}, c * f
    if rt:
        raise ExprError("dividing by a count is not linear", _first_offset(node.right), HINT)
    if rc == 0:
        raise ExprError("division by zero", _first_offset(node.right), HINT)
    return {k: v / rc for k, v in lt.items()}, lc / rc


def linearize(expr: Expression) -> Linear:
    """An expression with one comparison as a linear constraint; raises :class:`ExprError`."""
    if expr.op is None or expr.right is None:
        raise ExprError("a constraint needs a comparison", len(expr.text), HINT)
    lt, lc = _terms(expr.left)
    rt, rc = _terms(expr.right)
    terms = dict(lt)
    for k, v in rt.items():
        terms[k] = terms.get(k, Fraction(0)) - v
    const = lc - rc
    scale = math.lcm(const.denominator, *(v.denominator for v in terms.values()))
    coeffs = tuple(sorted((k, int(v * scale)) for k, v in terms.items() if v != 0))
    c0 = int(const * scale)
    op = expr.op
    if op == "<":
        op, c0 = "<=", c0 + 1
    elif op == ">":
        op, c0 = ">=", c0 - 1
    return Linear(expr.text, coeffs, c0, op)


class Solution(NamedTuple):
    """The least whole found, the counts that give every share, and how it was decided."""

    n: int
    counts: dict[str, int]
    method: str  # "search", "enumeration" or "milp"


def solve(
    shares: Mapping[str, Share],
    constraints: Sequence[Linear] = (),
    start: int = 1,
    stop: int = 1_000_000,
) -> Solution | None:
    """The least N in ``start..stop`` with whole counts giving every share and meeting every
    constraint; ``None`` when there is none in that range."""
    names = list(shares)
    items = [shares[k] for k in names]
    if not constraints:
        for n in wholes(items, start, stop):
            counts = {k: shares[k].count(n) for k in names}
            return Solution(n, {k: v for k, v in counts.items() if v is not None}, "search")
        return None
    t = threshold(items)
    free = stop + 1 if t is None else t
    handoff: int | None = None
    for tried, n in enumerate(wholes(items, start, stop)):
        boxes = [s.counts(n) for s in items]
        size = math.prod(hi - lo + 1 for lo, hi in boxes)
        if n >= free or size > ENUMERATE_LIMIT or tried >= ENUMERATE_WHOLES:
            handoff = n
            break
        for ks in itertools.product(*(range(lo, hi + 1) for lo, hi in boxes)):
            env = dict(zip(names, ks, strict=True)) | {WHOLE: n}
            if all(c.holds(env) for c in constraints):
                return Solution(n, {k: env[k] for k in names}, "enumeration")
    if handoff is None:
        return None
    return _milp(shares, constraints, handoff, stop)


def _milp(
    shares: Mapping[str, Share], constraints: Sequence[Linear], start: int, stop: int
) -> Solution | None:
    """Minimise N over ``start..stop`` by integer programming (scipy is imported only here)."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp

    names = list(shares)
    index = {WHOLE: 0} | {k: i + 1 for i, k in enumerate(names)}
    rows: list[list[float]] = []
    lb: list[float] = []
    ub: list[float] = []

    def add(coeffs: dict[int, int], lo: float, hi: float) -> None:
        row = [0.0] * len(index)
        for i, c in coeffs.items():
            row[i] += c
        rows.append(row)
        lb.append(lo)
        ub.append(hi)

    for k, s in shares.items():
        i = index[k]
        # b·k − a·N ≥ 0 (≥ 1 when the end is open), d·k − c·N ≤ 0 (≤ −1)
        add({i: s.b, 0: -s.a}, 0 if s.interval.lo_closed else 1, np.inf)
        add({i: s.d, 0: -s.c}, -np.inf, 0 if s.interval.hi_closed else -1)
    for c in constraints:
        coeffs: dict[int, int] = {}
        for name, v in c.coeffs:
            coeffs[index[name]] = coeffs.get(index[name], 0) + v
        rhs = -c.const
        add(
            coeffs,
            rhs if c.op in ("==", ">=") else -np.inf,
            rhs if c.op in ("==", "<=") else np.inf,
        )
    cost = np.zeros(len(index))
    cost[0] = 1
    res = milp(
        cost,
        integrality=np.ones(len(index)),
        bounds=Bounds([start] + [0] * len(names), [stop] * len(index)),
        constraints=LinearConstraint(np.array(rows), lb, ub),
        options={"mip_rel_gap": 0, "time_limit": 30},
    )
    if res.status == 2:
        return None
    if res.x is None:
        raise SolverError(f"the integer programme did not finish: {res.message}")
    n = round(res.x[0])
    counts = {k: round(res.x[index[k]]) for k in names}
    env = counts | {WHOLE: n}
    exact = all(lo <= counts[k] <= hi for k, (lo, hi) in ((k, shares[k].counts(n)) for k in names))
    if not exact or not all(c.holds(env) for c in constraints):
        raise SolverError(f"the solver's answer N = {n} does not hold in exact arithmetic")
    return Solution(n, counts, "milp")
