"""The arithmetic mean where the compound rate is meant: the yearly growth rates averaged (or
the total growth divided by the years) instead of the compound (geometric) annual rate.

GDP fell 6.8% one year and rose 18.3% the next: the two-year average (两年平均增长) is
√(0.932 × 1.183) − 1 = 5.0%, not (−6.8% + 18.3%) ÷ 2 = 5.75%. From endpoints, a rise of 50% in
five years is 8.4% a year compounded, not 50% ÷ 5 = 10%. Applies to ``average_growth`` claims
of the default ``mean: geometric``. Recomputed: the simple average, against the stated rate.

Example::

    - id: gdp-two-year-average
      kind: average_growth
      quote:
        - 2020年一季度国内生产总值同比下降6.8%
        - 2021年一季度国内生产总值同比增长18.3%,两年平均增长5.8%
      values:
        rate_1: 下降6.8%
        rate_2: 18.3%
        rate: 5.8%

The compound rate is [4.95%, 5.06%], so the claim is inconsistent; (−6.8% + 18.3%) ÷ 2 =
5.75% is the stated figure.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks import average_growth
from factcheck.checks.base import Context, show, signed
from factcheck.findings import Step
from factcheck.intervals import DivisionByZeroError
from factcheck.models import Claim
from factcheck.slips.base import Attempt

NAME = "arithmetic_mean"
EXPLAIN_EN = (
    "The arithmetic mean of the yearly growth rates (or the total growth divided by the "
    "years) was given where the compound annual rate is meant."
)
EXPLAIN_ZH = "用各年增长率的算术平均（或总增幅除以年数）代替了复合（几何）年均增长率。"
KINDS = ("average_growth",)


def recompute(claim: Claim, ctx: Context) -> Iterator[Attempt]:
    """The simple average against a rate meant as compound."""
    if claim.options.get("mean", "geometric") != "geometric":
        return
    rate = claim.value("rate")
    assert rate
    try:
        computed, steps = average_growth.arithmetic(claim)
    except (average_growth.Unusable, DivisionByZeroError):
        return
    stated = signed(claim, rate)
    shown = show(rate.quantity, computed)
    yield Attempt(
        f"{rate.text} is the simple average {shown}, not the compound annual rate",
        (Step("stated", rate.name, rate.text, stated, show(rate.quantity, stated)), *steps),
        computed,
        shown,
        stated.meets(computed),
    )
