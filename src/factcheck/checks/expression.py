"""An expression: any arithmetic over named values, with ``==``, ``<=``, ``>=``, ``<`` or ``>``.

The fallback for everything the typed kinds do not cover. ``expr`` is read by factcheck's own
small grammar — names, numbers (``100``, ``55%``), ``+ - * /`` (also ``× ÷ −``), signs,
parentheses and one comparison — and evaluated on intervals; nothing is ever run as code.
Percentages are fractions (``55%`` is 0.55), money is in yuan, durations in days. A name used
twice is treated as two independent figures, so the computed interval can be wider than the
truth (never narrower). Figures of different kinds (a duration and a sum of money, a
percentage and a count) are never added, subtracted or compared: such a claim is
unverifiable. A percentage, points and 倍 are pure numbers, and a count multiplies and divides
as one (``100元`` shared among ``5人`` is money); measure words are not told apart
(``9个领域 == 9个系列``); a bare figure or a literal may stand for anything. An expression with
no comparison, or naming no value, is a mistake in the claim file, reported when the file is
read.

Passes::

    - id: teachers
      kind: expression
      quote: 配备专职心理老师73名、兼职心理老师13000名
      expr: part_time / full_time > 100
      values:
        full_time: 73名
        part_time: 13000名

Fails::

    - id: teachers
      kind: expression
      quote: 配备专职心理老师73名、兼职心理老师13000名
      expr: part_time / full_time < 100
      values:
        full_time: 73名
        part_time: 13000名
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from factcheck.checks.base import Context, Mistake, Option, finding, plain
from factcheck.expr import Expression, Name, Neg, Node, Num, evaluate, possible, render
from factcheck.intervals import DivisionByZeroError
from factcheck.models import Claim, Finding, Step, Value, Verdict

KIND = "expression"
VALUES: tuple[str, ...] = ()
OPTIONS: dict[str, Option] = {
    "expr": Option("expr", "the assertion, e.g. `recovered / lost >= 50%`", required=True),
}


def check_shape(values: list[Value], options: dict[str, Any]) -> list[Mistake]:
    """Load-time problems: an expression that compares nothing, or names no value."""
    e: Expression = options["expr"]
    if e.op is None:
        hint = "add a comparison: == <= >= < >, as in `recovered / lost >= 50%`"
        return [Mistake("expr", f"expression '{e.text}' asserts nothing", hint)]
    if not e.names():
        hint = "write the assertion over the claim's values: `recovered / lost >= 50%`"
        return [Mistake("expr", f"expression '{e.text}' names no value", hint)]
    return []


# What a figure is an amount of, for adding and comparing: a unit's dimension. A percentage,
# points or a multiple is a pure number; a bare figure (no unit, no measure word) and a
# literal may stand for anything. Measure words are not told apart (9个领域 == 9个系列), as
# total and order do not.
_PURE = frozenset({"ratio", "points", "times"})
Dims = tuple[tuple[str, int], ...]  # each dimension with its power: () is a pure number


def _dims(value: Value) -> Dims | None:
    q = value.quantity
    d = q.unit.dimension
    if d == "count" and q.measure is None:
        return None
    return () if d in _PURE else ((d, 1),)


def _times(a: Dims, b: Dims, sign: int) -> Dims:
    """The dimensions of a product or quotient. A count is a number of things, so it
    multiplies and divides as a pure number: 100元 shared among 5人 is still money (人均)."""
    powers = {d: n for d, n in a if d != "count"}
    for d, n in b:
        if d != "count":
            powers[d] = powers.get(d, 0) + sign * n
    return tuple(sorted((d, n) for d, n in powers.items() if n))


class _Clash(Exception):
    def __init__(self, a: Value, b: Value) -> None:
        self.a, self.b = a, b


def _of(node: Node, values: dict[str, Value]) -> tuple[Dims | None, Value | None]:
    """The dimensions of a side, and a value that gives them; raises _Clash where two
    figures of different kinds are added, subtracted or compared."""
    if isinstance(node, Name):
        v = values.get(node.name)
        return (_dims(v), v) if v is not None else (None, None)
    if isinstance(node, Num):
        return None, None
    if isinstance(node, Neg):
        return _of(node.operand, values)
    (da, va), (db, vb) = _of(node.left, values), _of(node.right, values)
    if node.op in "+-":
        return _same(da, va, db, vb)
    if da is None or db is None:
        return None, None
    return _times(da, db, 1 if node.op == "*" else -1), va or vb


def _same(
    da: Dims | None, va: Value | None, db: Dims | None, vb: Value | None
) -> tuple[Dims | None, Value | None]:
    if da is not None and db is not None and da != db:
        assert va is not None and vb is not None
        raise _Clash(va, vb)
    return (da, va) if da is not None else (db, vb)


def unit_clash(claim: Claim, e: Expression) -> Finding | None:
    """An unverifiable finding when the expression adds, subtracts or compares figures of
    different kinds (3天 against 3元, 50% against 50人): no arithmetic says anything there."""
    values = {v.name: v for v in claim.values}
    try:
        left = _of(e.left, values)
        if e.right is not None:
            _same(*left, *_of(e.right, values))
    except _Clash as c:
        listed = ", ".join(f"{v.name} {v.text} ({v.quantity.unit.dimension})" for v in (c.a, c.b))
        return finding(
            claim,
            Verdict.UNVERIFIABLE,
            f"{e.text}: figures of different kinds cannot be added or compared: {listed}",
            hint="compare like with like: counts with counts, money with money, % with %",
        )
    return None


def check(claim: Claim, ctx: Context) -> Iterator[Finding]:
    """Evaluate both sides on intervals and decide the comparison."""
    e: Expression = claim.options["expr"]
    if clash := unit_clash(claim, e):
        yield clash
        return
    env = {v.name: claim.interval(v) for v in claim.values}
    texts = {v.name: v.text for v in claim.values}

    def fig(n: Name) -> str:
        return texts.get(n.name, n.name)

    try:
        left = evaluate(e.left, env)
        right = evaluate(e.right, env) if e.right is not None else None
    except DivisionByZeroError:
        yield finding(claim, Verdict.UNVERIFIABLE, f"{e.text}: a divisor can be zero")
        return
    shown_l = left.format(plain)
    steps = [Step("left side", render(e.left), render(e.left, fig), left, shown_l)]
    assert e.op is not None and right is not None and e.right is not None  # check_shape
    shown_r = right.format(plain)
    steps.append(Step("right side", render(e.right), render(e.right, fig), right, shown_r))
    ok = possible(left, e.op, right)
    msg = f"{e.text}: {shown_l} {e.op} {shown_r} {'holds' if ok else 'fails'}"
    yield finding(
        claim,
        Verdict.CONSISTENT if ok else Verdict.INCONSISTENT,
        msg,
        stated=right,
        computed=left,
        stated_shown=shown_r,
        computed_shown=shown_l,
        steps=tuple(steps),
    )
