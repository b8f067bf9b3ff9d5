"""A share: ``part ÷ whole = share``, and the part is no larger than the whole.

The share is usually a percentage (``55%``), but any ratio figure works. A part that must be
larger than its whole is inconsistent whatever the share says, and so is a share stated over
100% (a part is never more than its whole), even where rounding would let the arithmetic meet
it. A whole that can be zero makes the claim unverifiable.

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

from factcheck.checks.base import Context, Option, compare, finding, show, step
from factcheck.expr import possible
from factcheck.intervals import DivisionByZeroError
from factcheck.models import Claim, Finding, Verdict

KIND = "share"
VALUES = ("part", "whole", "share")
OPTIONS: dict[str, Option] = {}


def check(claim: Claim, ctx: Context) -> Iterator[Finding]:
    """Compare the stated share with part ÷ whole; check part ≤ whole."""
    part, whole, stated = (claim.value(n) for n in VALUES)
    assert part and whole and stated
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
