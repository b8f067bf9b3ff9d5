"""An expression: any arithmetic over named values, with ``==``, ``<=``, ``>=``, ``<`` or ``>``.

The fallback for everything the typed kinds do not cover. ``expr`` is read by factcheck's own
small grammar — names, numbers (``100``, ``55%``), ``+ - * /`` (also ``× ÷ −``), signs,
parentheses and one comparison — and evaluated on intervals; nothing is ever run as code.
Percentages are fractions (``55%`` is 0.55), money is in yuan, durations in days. A name used
twice is treated as two independent figures, so the computed interval can be wider than the
truth (never narrower). An expression with no comparison, or naming no value, is a mistake in
the claim file, reported when the file is read.

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
from factcheck.expr import Expression, Name, evaluate, possible, render
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


def check(claim: Claim, ctx: Context) -> Iterator[Finding]:
    """Evaluate both sides on intervals and decide the comparison."""
    e: Expression = claim.options["expr"]
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
