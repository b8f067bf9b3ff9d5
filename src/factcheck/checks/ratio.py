"""A ratio: ``numerator ÷ denominator = ratio``.

For figures such as workers per grid or metres per net. The stated ratio is compared with the
quotient of the two intervals; a denominator that can be zero makes the claim unverifiable.

Passes::

    - id: metres-per-net
      kind: ratio
      quote: 缴获地笼3条64.5米
      values:
        numerator: 64.5米
        denominator: 3条
        ratio: {value: 21.5米, derived: true}

Fails::

    - id: metres-per-net
      kind: ratio
      quote: 缴获地笼3条64.5米
      values:
        numerator: 64.5米
        denominator: 3条
        ratio: {value: 25米, derived: true}
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks.base import Context, Option, compare, finding, step
from factcheck.intervals import DivisionByZeroError
from factcheck.models import Claim, Finding, Verdict

KIND = "ratio"
VALUES = ("numerator", "denominator", "ratio")
OPTIONS: dict[str, Option] = {}


def check(claim: Claim, ctx: Context) -> Iterator[Finding]:
    """Compare the stated ratio with numerator ÷ denominator."""
    num, den, stated = (claim.value(n) for n in VALUES)
    assert num and den and stated
    try:
        computed = claim.interval(num) / claim.interval(den)
    except DivisionByZeroError:
        yield finding(claim, Verdict.UNVERIFIABLE, f"the denominator {den.text} can be zero")
        return
    s = step(
        "ratio", "numerator ÷ denominator", f"{num.text} ÷ {den.text}", computed, stated.quantity
    )
    yield compare(claim, stated, computed, [s], "ratio")
