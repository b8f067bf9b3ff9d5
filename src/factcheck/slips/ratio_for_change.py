"""The ratio taken for the change: the new value as a multiple of the old one, reported as the
rise (or, for a fall, the share that is left reported as the fall).

"Prices rose 250%" where the new price is 2.5 times the old one: they rose 150%. In Chinese the
slip is 增长2.5倍 written for 增长到2.5倍 — but 增长2.5倍 on its own is read both ways by the
``change`` kind (a reading, not a slip), so this slip is named for 倍 only when the claim says
``reading: times_plus``. Recomputed: ``to ÷ from``, against the size of the stated change.

Example::

    - id: price-rise
      kind: change
      quote: 均价从200元涨到500元,上涨250%
      values:
        from: 200元
        to: 500元
        change: 上涨250%

The rise is (500 − 200) ÷ 200 = 150%, so the claim is inconsistent; 500 ÷ 200 = 250% is the
stated figure: the new price as a share of the old one.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks.base import Context
from factcheck.checks.change import readings_for
from factcheck.models import Claim
from factcheck.slips.base import Attempt, by_formula, change_values, present

NAME = "ratio_for_change"
EXPLAIN_EN = (
    "The ratio new ÷ old was reported as the change: 'rose 250%' where the new value is "
    "2.5 times the old one (a rise of 150%)."
)
EXPLAIN_ZH = (
    "把倍数（新值÷旧值）当成了增幅：“增长到2.5倍”写成了“增长2.5倍”或“增长250%”（实际增长150%）。"
)
KINDS = ("change",)


def recompute(claim: Claim, ctx: Context) -> Iterator[Attempt]:
    """``to ÷ from`` against the size of the stated change."""
    frm, to, change, f, t, _ = change_values(claim)
    readings = readings_for(claim, frm, to, change)
    if "times" in readings or not {"relative", "times_plus"} & set(readings):
        return
    yield from present(
        [
            by_formula(
                change,
                claim.interval(change),
                "the ratio taken for the change",
                "to ÷ from",
                f"{to.text} ÷ {frm.text}",
                lambda: t / f,
                f"{change.text} is to ÷ from = {{shown}}, the new value as a multiple of "
                "the old one, not the change",
            )
        ]
    )
