"""The sum of rounded parts: a total made by rounding each part to the total's precision first
and adding the rounded parts, rather than adding the parts.

1,260 + 2,370 + 3,480 = 7,110; rounded to hundreds first, 1,300 + 2,400 + 3,500 = 7,200. The
precision is the total's last digit (for a whole number written without one, the place of its
last nonzero digit: 7,200 → hundreds). Applies to ``total`` claims of ``relation: equal`` with
at least one part written more finely than the total. Recomputed: each such part rounded to
that precision (a half either way), the rounded parts added.

Example::

    - id: district-population
      kind: total
      quote: 三个区分别有1,260人、2,370人和3,480人,合计7,200人
      values:
        east: 1,260人
        west: 2,370人
        north: 3,480人
        total: 7,200人

1,260 + 2,370 + 3,480 = 7,110, so the claim is inconsistent; 1,300 + 2,400 + 3,500 = 7,200 is
the stated figure: the parts rounded to hundreds, then added.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from factcheck.checks.base import Context, show
from factcheck.findings import Step
from factcheck.intervals import Interval
from factcheck.models import Claim
from factcheck.slips.base import Attempt

NAME = "rounded_parts"
EXPLAIN_EN = (
    "The total is the sum of the parts each rounded to the total's precision, not the sum of "
    "the parts."
)
EXPLAIN_ZH = "合计是先把各分项按合计的精度四舍五入再相加得到的，而不是各分项直接相加。"
KINDS = ("total",)


def precision(claim: Claim) -> Fraction:
    """The step of the total's last digit (of its last nonzero digit when written exactly)."""
    total = claim.value("total")
    assert total
    q = total.quantity
    return q.step if q.step is not None else q.place


def round_to(iv: Interval, p: Fraction) -> Interval | None:
    """Every multiple of ``p`` a value of ``iv`` can round to, halves going either way."""
    if iv.lo is None or iv.hi is None:
        return None
    lo = _ceil(iv.lo / p - Fraction(1, 2))
    hi = _floor(iv.hi / p + Fraction(1, 2))
    return Interval(lo * p, hi * p)


def recompute(claim: Claim, ctx: Context) -> Iterator[Attempt]:
    """Each part finer than the total rounded to its precision, then the sum."""
    if claim.options.get("relation", "equal") != "equal":
        return
    total = claim.value("total")
    assert total
    parts = [v for v in claim.values if v.name != "total"]
    p = precision(claim)
    if not parts or p <= 0:
        return
    finer = [v for v in parts if (v.quantity.step or v.quantity.place) < p]
    if not finer:
        return
    summed = Interval.point(0)
    for v in parts:
        iv = claim.interval(v)
        r = round_to(iv, p) if v in finer else iv
        if r is None:
            return
        summed = summed + r
    q = total.quantity
    stated = claim.interval(total)
    shown = show(q, summed)
    figures = " + ".join(f"round({v.text})" if v in finer else v.text for v in parts)
    steps = (
        Step("stated", total.name, total.text, stated, show(q, stated)),
        Step(
            "the parts rounded, then added",
            f"Σ parts, each rounded to {q.show(p)}",
            figures,
            summed,
            shown,
        ),
    )
    yield Attempt(
        f"{total.text} is the sum of the parts rounded to {q.show(p)} first = {shown}",
        steps,
        summed,
        shown,
        stated.meets(summed),
    )


def _ceil(x: Fraction) -> int:
    return -((-x.numerator) // x.denominator)


def _floor(x: Fraction) -> int:
    return x.numerator // x.denominator
