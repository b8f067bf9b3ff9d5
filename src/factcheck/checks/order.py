"""An order: ``a ≤ b ≤ c …`` among figures.

``order:`` lists the value names in the order asserted (by default the values as written);
``relation`` is ``<=`` (default), ``<``, ``>=`` or ``>``. The chain holds when some true values,
each within its written figure, satisfy every link at once. An order of fewer than two
values, or one that names a value twice, is a mistake in the claim file, reported when the
file is read.

Passes::

    - id: fraud-amounts
      kind: order
      quote: 共被骗169万元……涉案资金162万余元,为被害人追回被骗的93万元
      values:
        recovered: 93万元
        frozen: 162万余元
        lost: 169万元

Fails::

    - id: fraud-amounts
      kind: order
      quote: 共被骗169万元……涉案资金162万余元,为被害人追回被骗的93万元
      order: [lost, frozen, recovered]
      values:
        recovered: 93万元
        frozen: 162万余元
        lost: 169万元
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from factcheck.checks.base import (
    Context,
    Mistake,
    Option,
    finding,
    is_quiet,
    mixed_dimensions,
    show,
)
from factcheck.expr import possible
from factcheck.findings import Finding, Step, Verdict
from factcheck.intervals import Interval
from factcheck.models import Claim, Value

KIND = "order"
VALUES: tuple[str, ...] = ()
OPTIONS: dict[str, Option] = {
    "order": Option("names", "the value names, in the order asserted"),
    "relation": Option("choice", "<= (default), <, >= or >", ("<=", "<", ">=", ">")),
}


def check_shape(values: list[Value], options: dict[str, Any]) -> list[Mistake]:
    """Load-time problems: a chain of fewer than two values, a value named twice in it."""
    order: list[str] | None = options.get("order")
    if order is None:
        if len(values) < 2:
            hint = "name two figures or more: `values: {recovered: 93万元, lost: 169万元}`"
            return [Mistake("values", "an order needs at least two values", hint)]
        return []
    hint = "list the value names in the order asserted, each once: `order: [recovered, lost]`"
    if not order:
        return [Mistake("order", "`order` lists no values", hint)]
    out = []
    first: dict[str, int] = {}
    for i, name in enumerate(order):
        if name in first:
            message = f"'{name}' is named twice in the order (first as order[{first[name]}])"
            out.append(Mistake(f"order[{i}]", message, hint))
        else:
            first[name] = i
    if len(first) < 2:
        out.append(Mistake("order", "an order needs at least two values", hint))
    return out


def check(claim: Claim, ctx: Context) -> Iterator[Finding]:
    """Check every link of the chain, carrying the tightest lower bound along it."""
    names = claim.options.get("order") or [v.name for v in claim.values]
    chain = [v for n in names if (v := claim.value(n)) is not None]
    if mixed := mixed_dimensions(claim, chain):
        yield mixed
        return
    op = claim.options.get("relation", "<=")
    ascending = op in ("<=", "<")
    steps: list[Step] = []
    # Walk the chain keeping the set of values the previous figure can still take.
    reach = claim.interval(chain[0])
    broken: tuple[Value, Value] | None = None
    verdict_only = is_quiet()  # a re-run for the verdict alone: the first broken link is it
    for a, b in itertools.pairwise(chain):
        ib = claim.interval(b)
        ok = possible(reach, op, ib)
        if verdict_only:
            if not ok:
                broken = (a, b)
                break
            reach = _narrow(reach, ib, ascending)
            continue
        steps.append(
            Step(
                f"{a.name} {op} {b.name}",
                f"{a.name} {op} {b.name}",
                f"{a.text} {op} {b.text}",
                None,
                "holds" if ok else "fails",
            )
        )
        if not ok:
            broken = broken or (a, b)
            reach = ib
            continue
        reach = _narrow(reach, ib, ascending)
    if verdict_only:
        if broken is None:
            yield finding(claim, Verdict.CONSISTENT, "")
        else:
            stated, computed = claim.interval(broken[0]), claim.interval(broken[1])
            yield finding(claim, Verdict.INCONSISTENT, "", stated=stated, computed=computed)
        return
    q = chain[0].quantity
    shown = f" {op} ".join(v.text for v in chain)
    if broken is None:
        yield finding(
            claim,
            Verdict.CONSISTENT,
            f"{shown} holds",
            steps=tuple(steps),
            stated_shown=shown,
            computed_shown="holds",
        )
        return
    a, b = broken
    ia, ib = claim.interval(a), claim.interval(b)
    where = f" in {shown}" if len(chain) > 2 else ""
    yield finding(
        claim,
        Verdict.INCONSISTENT,
        f"{a.name} {a.text} {op} {b.name} {b.text} "
        f"fails{where}: {show(q, ia)} against {show(b.quantity, ib)}",
        steps=tuple(steps),
        stated=ia,
        computed=ib,
        stated_shown=shown,
        computed_shown="fails",
    )


def _narrow(reach: Interval, nxt: Interval, ascending: bool) -> Interval:
    """The part of ``nxt`` still reachable after ``reach`` (for ≤: at or above reach's low)."""
    if ascending:
        bound = Interval(reach.lo, None, reach.lo_closed, False)
    else:
        bound = Interval(None, reach.hi, False, reach.hi_closed)
    return nxt.intersect(bound) or nxt
