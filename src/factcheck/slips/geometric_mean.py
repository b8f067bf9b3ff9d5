"""The compound rate where the arithmetic mean is meant: the reverse of ``arithmetic_mean``.

When the article says it gives the plain average of the yearly rates (``mean: arithmetic``),
a figure that is the compound (geometric) annual rate instead is this slip. Recomputed: the
compound rate, against the stated average.

Example::

    - id: average-of-rates
      kind: average_growth
      mean: arithmetic
      quote: 两年增速分别为-20%和40%,两年增速的算术平均为5.8%
      values:
        rate_1: -20%
        rate_2: 40%
        rate: 5.8%

(−20% + 40%) ÷ 2 = 10%, so the claim is inconsistent; √(0.8 × 1.4) − 1 = 5.8% is the stated
figure, the compound rate.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks import average_growth
from factcheck.checks.base import Context, show, signed
from factcheck.findings import Step
from factcheck.models import Claim
from factcheck.slips.base import Attempt

NAME = "geometric_mean"
EXPLAIN_EN = (
    "The compound (geometric) annual rate was given where the arithmetic mean of the yearly "
    "rates is meant."
)
EXPLAIN_ZH = "用复合（几何）年均增长率代替了各年增长率的算术平均。"
KINDS = ("average_growth",)


def recompute(claim: Claim, ctx: Context) -> Iterator[Attempt]:
    """The compound rate against a rate meant as the simple average."""
    if claim.options.get("mean", "geometric") != "arithmetic":
        return
    rate = claim.value("rate")
    assert rate
    try:
        computed, steps = average_growth.compound(claim)
    except average_growth.Unusable:
        return
    stated = signed(claim, rate)
    shown = show(rate.quantity, computed)
    yield Attempt(
        f"{rate.text} is the compound annual rate {shown}, not the simple average",
        (Step("stated", rate.name, rate.text, stated, show(rate.quantity, stated)), *steps),
        computed,
        shown,
        stated.meets(computed),
    )
