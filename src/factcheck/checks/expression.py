"""An expression: any arithmetic over named values, with ``==``, ``<=``, ``>=``, ``<`` or ``>``.

The fallback for everything the typed kinds do not cover. ``expr`` is read by factcheck's own
small grammar — names, numbers (``100``, ``55%``), ``+ - * /`` (also ``× ÷ −``), signs,
parentheses and one comparison — and evaluated on intervals; nothing is ever run as code.
Percentages are fractions (``55%`` is 0.55), money is in yuan, durations in days, and a bare
number beside a figure is read in those units too (``hours > 2`` with 3小时 compares 0.125 days
with 2: the finding's hint says so). A name used twice is treated as two independent figures,
so the computed interval can be wider than the truth (never narrower). Figures of different
kinds (a duration and a sum of money, a percentage and a count) are never added, subtracted or
compared: such a claim is unverifiable. A percentage, points and 倍 are pure numbers; a
difference of two dates is a number of days; measure words are not told apart
(``9个领域 == 9个系列``); a bare figure, a literal, and a product or a quotient (``100元``
shared among ``5人``) may stand for anything.
An expression with no comparison, or naming no value, is a mistake in the claim file,
reported when the file is read.

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

from factcheck.checks.base import Context, Mistake, Option, finding, is_quiet, plain
from factcheck.checks.measures import measure
from factcheck.expr import BinOp, Expression, Name, Neg, Node, Num, evaluate, possible, render
from factcheck.findings import Finding, Step, Verdict
from factcheck.intervals import DivisionByZeroError
from factcheck.models import Claim, Value
from factcheck.units import UNITS

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


# What a figure is an amount of, where figures are added, subtracted or compared directly: a
# unit's dimension, a percentage, points and 倍 being one kind (pure numbers). A bare figure
# and a literal may stand for anything; a product or a quotient is not weighed (100元 shared
# among 5人 is money, 3956名 ÷ 4370个 a pure number, 100万元 ÷ 10天 money a day), so only
# sums, differences and comparisons of figures as written are: 3天 == 3元, 50% < 50人.
_PURE = frozenset({"ratio", "points", "times"})


def _kind(value: Value) -> str | None:
    m = measure(value)
    return "pure" if m in _PURE else m


class _Clash(Exception):
    def __init__(self, a: Value, b: Value) -> None:
        self.a, self.b = a, b


Side = tuple[str | None, Value | None]  # a kind, and a value that has it


def _of(node: Node, values: dict[str, Value]) -> Side:
    """The kind of a sum of figures, and a value that gives it; raises _Clash where two
    figures of different kinds are added or subtracted."""
    if isinstance(node, Name):
        v = values.get(node.name)
        return (_kind(v), v) if v is not None else (None, None)
    if isinstance(node, Neg):
        return _of(node.operand, values)
    if isinstance(node, Num) or node.op in "*/":
        return None, None
    a, b = _of(node.left, values), _of(node.right, values)
    if a[0] == b[0] == "date":
        return ("duration", a[1]) if node.op == "-" else _join(a, b)  # two dates: days apart
    if {a[0], b[0]} == {"date", "duration"}:
        return a if a[0] == "date" else b  # a date and a number of days: a date
    return _join(a, b)


def _join(a: Side, b: Side) -> Side:
    if a[0] is not None and b[0] is not None and a[0] != b[0]:
        assert a[1] is not None and b[1] is not None
        raise _Clash(a[1], b[1])
    return a if a[0] is not None else b


def unit_clash(claim: Claim, e: Expression) -> Finding | None:
    """An unverifiable finding when the expression adds, subtracts or compares figures of
    different kinds (3天 against 3元, 50% against 50人): no arithmetic says anything there."""
    values = {v.name: v for v in claim.values}
    try:
        left = _of(e.left, values)
        if e.right is not None:
            _join(left, _of(e.right, values))
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
    assert e.op is not None and right is not None and e.right is not None  # check_shape
    ok = possible(left, e.op, right)
    if is_quiet():  # a re-run for the verdict alone: nothing written out
        verdict = Verdict.CONSISTENT if ok else Verdict.INCONSISTENT
        yield finding(claim, verdict, "", stated=right, computed=left)
        return
    shown_l = left.format(plain)
    steps = [Step("left side", render(e.left), render(e.left, fig), left, shown_l)]
    shown_r = right.format(plain)
    steps.append(Step("right side", render(e.right), render(e.right, fig), right, shown_r))
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
        hint=_base_unit_hint(claim, e),
    )


# each dimension's base unit, in which an expression computes (a figure's unit of factor 1);
# counts (169万人) in plain numbers
_BASE = {s.dimension: s.symbol for s in UNITS.values() if s.factor == 1 and s.dimension != "times"}
_PLURAL = {"day": "days", "month": "months", "year": "years"}


def _base_unit_hint(claim: Claim, e: Expression) -> str:
    """Where a bare number is added to, subtracted from or compared with a figure written in
    another unit than its dimension's base, or with a scale (3小时, 169万元, 5公里, 169万人),
    what the figure is in that unit: the number is read in it too (``hours > 2`` with 3小时
    compares 0.125 days with 2). A product or a quotient is one term, weighed as nothing."""
    terms = [t for side in (e.left, e.right) if side is not None for t in _terms(side)]
    if not any(type(t) is Num and not t.text.endswith("%") for t in terms):
        return ""
    values = {v.name: v for v in claim.values}
    for t in terms:
        v = values.get(t.name) if type(t) is Name else None
        if v is None or v.quantity.unit.factor == 1:
            continue
        value, dimension = plain(v.quantity.value), v.quantity.unit.dimension
        if dimension == "count":
            return (
                f"expressions compute in plain numbers: {v.text} is {value}, and a bare number "
                "beside it is a plain number too"
            )
        base = _BASE.get(dimension)
        if base is not None:
            base = base if v.quantity.value == 1 else _PLURAL.get(base, base)
            return (
                f"expressions compute in base units: {v.text} is {value} {base}, and a bare "
                f"number beside it is read in {base} too"
            )
    return ""


def _terms(node: Node) -> Iterator[Node]:
    """The terms of a sum: what + and − join, a sign dropped (a product or a quotient is one
    term)."""
    if type(node) is Neg:
        yield from _terms(node.operand)
    elif type(node) is BinOp and node.op in "+-":
        yield from _terms(node.left)
        yield from _terms(node.right)
    else:
        yield node
