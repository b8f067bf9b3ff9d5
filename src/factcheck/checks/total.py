"""A total: the parts add up to the total — exactly, or the total is at least or at most
their sum.

The value named ``total`` is the total; every other value is a part. ``relation: at_least``
says the total may hold more than the parts listed (the article names only some of them). A
total with no part beside it is a mistake in the claim file, reported when the file is read.

Passes::

    - id: env-cases
      kind: total
      relation: at_least
      quote: 立案查处环境行政案件131件,移送行政拘留案6件,移送涉嫌环境污染犯罪案2件
      values:
        total: 131件
        detention: 6件
        crime: 2件

Fails::

    - id: grid-centres
      kind: total
      quote: 全市建立县(市、区)网格中心17个,乡镇(街道)网格中心147个
      values:
        county: 17个
        township: 147个
        total: {value: 174个, derived: true}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from factcheck.checks.base import (
    Context,
    Mistake,
    Option,
    compare,
    finding,
    mixed_dimensions,
    show,
    step,
)
from factcheck.expr import possible
from factcheck.findings import Finding, Verdict
from factcheck.intervals import Interval
from factcheck.models import Claim, Value

KIND = "total"
VALUES = ("total",)
RELATIONS = {"equal": "==", "at_least": ">=", "at_most": "<="}
OPTIONS: dict[str, Option] = {
    "relation": Option(
        "choice",
        "equal (default): total = sum of parts; at_least: total ≥ sum; at_most: total ≤ sum",
        tuple(RELATIONS),
    ),
}


def check_shape(values: list[Value], options: dict[str, Any]) -> list[Mistake]:
    """Load-time problem: a total with no part to add up."""
    if any(v.name != "total" for v in values):
        return []
    hint = "name each part beside the total: `values: {total: 131件, detention: 6件, crime: 2件}`"
    return [Mistake("values", "a total claim needs a part besides `total`", hint)]


def check(claim: Claim, ctx: Context) -> Iterator[Finding]:
    """Compare the total with the sum of the parts under the claim's relation."""
    total = claim.value("total")
    assert total
    parts = [v for v in claim.values if v.name != "total"]
    if mixed := mixed_dimensions(claim, [total, *parts]):
        yield mixed
        return
    summed = sum((claim.interval(p) for p in parts[1:]), claim.interval(parts[0]))
    assert isinstance(summed, Interval)
    q = total.quantity
    s = step(
        "sum of parts",
        " + ".join(p.name for p in parts),
        " + ".join(p.text for p in parts),
        summed,
        q,
    )
    relation = claim.options.get("relation", "equal")
    if relation == "equal":
        yield compare(claim, total, summed, [s], "total")
        return
    t = claim.interval(total)
    op = RELATIONS[relation]
    ok = possible(t, op, summed)
    verdict = Verdict.CONSISTENT if ok else Verdict.INCONSISTENT
    word = "at least" if op == ">=" else "at most"
    msg = (
        f"total {total.text} is {word} the sum of its parts {show(q, summed)}"
        if ok
        else f"total {total.text} is not {word} the sum of its parts {show(q, summed)}"
    )
    yield finding(
        claim,
        verdict,
        msg,
        stated=t,
        computed=summed,
        stated_shown=total.text,
        computed_shown=show(q, summed),
        steps=(s,),
    )
