"""The years miscounted by one: from 2015 to 2020 is five yearly steps, not six (the years
counted inclusively), nor four.

Applies to ``average_growth`` claims from endpoints. Recomputed: the claim's average over one
year more and one year fewer, against the stated rate.

Example::

    - id: revenue-cagr
      kind: average_growth
      quote: 财政收入从2015年的100亿元增长到2020年的150亿元,年均增长7.0%
      values:
        from: 100亿元
        to: 150亿元
        years: {value: 5年, derived: true}
        rate: 7.0%

(150 ÷ 100)^(1/5) − 1 = 8.4%, so the claim is inconsistent; (150 ÷ 100)^(1/6) − 1 = 7.0% is
the stated figure: six years counted from 2015 to 2020.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks import average_growth
from factcheck.checks.base import Context, show, signed
from factcheck.findings import Step
from factcheck.intervals import DivisionByZeroError
from factcheck.models import Claim
from factcheck.slips.base import Attempt

NAME = "fencepost"
EXPLAIN_EN = (
    "The years were miscounted by one: from 2015 to 2020 is five yearly steps, not six "
    "(or the reverse)."
)
EXPLAIN_ZH = "年数多算或少算了一年：2015年到2020年是5个年度间隔，不是6个（或反之）。"
KINDS = ("average_growth",)


def recompute(claim: Claim, ctx: Context) -> Iterator[Attempt]:
    """The claim's mean over ``years ± 1``."""
    years, rate = claim.value("years"), claim.value("rate")
    if years is None or rate is None:
        return
    n = average_growth.periods(claim)
    mean = claim.options.get("mean", "geometric")
    how = average_growth.arithmetic if mean == "arithmetic" else average_growth.compound
    stated = signed(claim, rate)
    for m in (n + 1, n - 1):
        if m < 1:
            continue
        try:
            computed, steps = how(claim, m)
        except (average_growth.Unusable, DivisionByZeroError):
            continue
        shown = show(rate.quantity, computed)
        yield Attempt(
            f"{rate.text} is the average over {m} years = {shown}; {years.text} is {n}",
            (Step("stated", rate.name, rate.text, stated, show(rate.quantity, stated)), *steps),
            computed,
            shown,
            stated.meets(computed),
        )
