"""A ratio: ``numerator ÷ denominator = ratio``.

For figures such as workers per grid or metres per net. The stated ratio is compared with the
quotient of the two intervals; a denominator that can be zero makes the claim unverifiable.

The stated ratio is a bare number, or of a measure the two figures allow (a bare numerator or
denominator, with no unit, fits any measure):

- numerator and denominator of different measures: the numerator's measure, so much per one of
  the denominator (64.5米 ÷ 3条 = 21.5米 a net; 1000万元 ÷ 5万人 = 200元 人均);
- of the same measure: a pure number, %, ‰, 成 or 倍 (100元 ÷ 50元 = 2倍 or 200%); or the
  numerator's measure too when they are counts, mostly of different things (3956名 ÷ 4370个
  = 0.91名 per grid), or written in different units of it (56小时 ÷ 7天 = 8小时 a day).

A ratio in a third measure (64.5米 ÷ 3条 = 21.5公斤), or in yuan for 100元 ÷ 50元, is
unverifiable, named with the figures' measures, before any arithmetic.

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
from factcheck.checks.measures import NO_UNIT, measure, misfit
from factcheck.findings import Finding, Verdict
from factcheck.intervals import DivisionByZeroError
from factcheck.models import Claim, Value
from factcheck.units import COUNT

KIND = "ratio"
VALUES = ("numerator", "denominator", "ratio")
OPTIONS: dict[str, Option] = {}


_HINT = (
    "numerator ÷ denominator is a pure number (%, 倍) when both are of one measure, else so "
    "much of the numerator's measure per one of the denominator (米 per 条, 元 per 人)"
)


def misfit_measures(claim: Claim, num: Value, den: Value, stated: Value) -> Finding | None:
    """The unverifiable finding when the stated ratio's measure is not one that numerator and
    denominator allow, else None."""
    mr, mn = measure(stated), measure(num)
    if mr is None or mn is None:
        return None
    md = measure(den)
    alike = md is None or md == mn
    if alike and mr in NO_UNIT:
        return None
    # so much per one of the denominator: of another measure (a bare one may be), counts of
    # different things, or another unit (小时 per 天)
    per = md != mn or mn == COUNT or num.quantity.unit.symbol != den.quantity.unit.symbol
    if per and mr == mn:
        return None
    if not alike:
        rule = "a ratio of different measures is in the numerator's measure"
    elif not per:
        rule = "a ratio of like figures has no unit"
    else:
        rule = "a ratio is a bare number, %, 成 or 倍, or in the numerator's measure"
    return misfit(claim, rule, stated, num, _HINT)


def check(claim: Claim, ctx: Context) -> Iterator[Finding]:
    """Compare the stated ratio with numerator ÷ denominator."""
    num, den, stated = (claim.value(n) for n in VALUES)
    assert num and den and stated
    if unfit := misfit_measures(claim, num, den, stated):
        yield unfit
        return
    try:
        computed = claim.interval(num) / claim.interval(den)
    except DivisionByZeroError:
        yield finding(claim, Verdict.UNVERIFIABLE, f"the denominator {den.text} can be zero")
        return
    s = step(
        "ratio", "numerator ÷ denominator", f"{num.text} ÷ {den.text}", computed, stated.quantity
    )
    yield compare(claim, stated, computed, [s], "ratio")
