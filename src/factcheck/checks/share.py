"""A share: ``part ÷ whole = share``, and the part is no larger than the whole.

The part and the whole are of one measure (two counts, two sums of money, two rates), and the
share is a percentage (``55%``), ‰, 成 or a bare number (``0.55``); a bare part or whole, with
no unit, fits any measure. A share stated in points, yuan or 倍, or a part and a whole of
different measures (2人 of 100万元), is unverifiable, named with the figures' measures, before
any arithmetic.

A part that must be larger than its whole is inconsistent whatever the share says, and so is a
share stated over 100% (a part is never more than its whole), even where rounding would let the
arithmetic meet it. A whole that can be zero makes the claim unverifiable.

Passes::

    - id: recovered-share
      kind: share
      quote: 共被骗169万元……为被害人追回被骗的93万元
      values:
        part: 93万元
        whole: 169万元
        share: {value: 55%, derived: true}

Fails::

    - id: recovered-share
      kind: share
      quote: 共被骗169万元……为被害人追回被骗的93万元
      values:
        part: 93万元
        whole: 169万元
        share: {value: 65%, derived: true}
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks.base import Context, Option, compare, finding, mixed_dimensions, show, step
from factcheck.checks.measures import measure, misfit
from factcheck.expr import possible
from factcheck.findings import Finding, Verdict
from factcheck.intervals import DivisionByZeroError
from factcheck.models import Claim, Value

KIND = "share"
VALUES = ("part", "whole", "share")
OPTIONS: dict[str, Option] = {}


_SHARE = frozenset({None, "ratio"})  # a bare number, %, ‰ or 成


def misfit_measures(claim: Claim, part: Value, whole: Value, stated: Value) -> Finding | None:
    """The unverifiable finding when part and whole are of different measures or the share
    is not a percentage or a bare number, else None."""
    mp, mw = measure(part), measure(whole)
    if mp is not None and mw is not None and mp != mw:
        return mixed_dimensions(claim, [part, whole])
    if measure(stated) in _SHARE:
        return None
    return misfit(
        claim,
        "a share is a percentage (%, ‰, 成) or a bare number",
        stated,
        part if mp is not None or mw is None else whole,
        "part ÷ whole of one measure has no unit: write the share as %, ‰, 成 or a bare number",
    )


def check(claim: Claim, ctx: Context) -> Iterator[Finding]:
    """Compare the stated share with part ÷ whole; check part ≤ whole."""
    part, whole, stated = (claim.value(n) for n in VALUES)
    assert part and whole and stated
    if unfit := misfit_measures(claim, part, whole, stated):
        yield unfit
        return
    p, w = claim.interval(part), claim.interval(whole)
    if not possible(p, "<=", w):
        yield finding(
            claim,
            Verdict.INCONSISTENT,
            f"the part {part.text} is larger than the whole {whole.text}",
            stated=w,
            computed=p,
            stated_shown=show(whole.quantity, w),
            computed_shown=show(part.quantity, p),
        )
    try:
        computed = p / w
    except DivisionByZeroError:
        yield finding(claim, Verdict.UNVERIFIABLE, f"the whole {whole.text} can be zero")
        return
    s = step("share", "part ÷ whole", f"{part.text} ÷ {whole.text}", computed, stated.quantity)
    yield compare(claim, stated, computed, [s], "share")
    stated_iv = claim.interval(stated)
    if stated.quantity.unit.dimension == "ratio" and stated_iv.lo is not None and stated_iv.lo > 1:
        yield finding(
            claim,
            Verdict.INCONSISTENT,
            f"the share {stated.text} is over 100%: a part is never more than its whole",
            pos=stated.pos,
            stated=stated_iv,
            stated_shown=stated.text,
            hint="a figure over 100% is a ratio or a change, not a share",
        )
