"""The change taken for the ratio: the rise reported as the new level's multiple of the old one.

增长到2.5倍 or 是去年的2.5倍 ("2.5 times last year's") written where the new value is 3.5 times
the old one: the rise is 2.5 times the old value. The reverse of ``ratio_for_change``.
Recomputed: ``(to − from) ÷ from``, against the stated multiple.

Example::

    - id: output-multiple
      kind: change
      quote: 产量从200吨增加到700吨,增长到2.5倍
      values:
        from: 200吨
        to: 700吨
        change: 增长到2.5倍

700 ÷ 200 = 3.5 times, so the claim is inconsistent; (700 − 200) ÷ 200 = 2.5 is the stated
figure: the increase, not the new level.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks.base import Context
from factcheck.checks.change import readings_for
from factcheck.models import Claim
from factcheck.slips.base import Attempt, by_formula, change_values, present

NAME = "change_for_ratio"
EXPLAIN_EN = (
    "The change was reported as the ratio: 'rose to 2.5 times' where the increase is 2.5 "
    "times the old value (the new value is 3.5 times it)."
)
EXPLAIN_ZH = "把增幅当成了倍数：“增长2.5倍”写成了“增长到2.5倍”或“是原来的2.5倍”。"
KINDS = ("change",)


def recompute(claim: Claim, ctx: Context) -> Iterator[Attempt]:
    """``(to − from) ÷ from`` against a stated multiple that is only read as ``to ÷ from``."""
    frm, to, change, f, t, stated = change_values(claim)
    if readings_for(claim, frm, to, change) != ("times",):
        return
    yield from present(
        [
            by_formula(
                change,
                stated,
                "the change taken for the ratio",
                "(to − from) ÷ from",
                f"({to.text} − {frm.text}) ÷ {frm.text}",
                lambda: (t - f) / f,
                f"{change.text} is (to − from) ÷ from = {{shown}}, the increase, "
                "not the new value's multiple of the old one",
            )
        ]
    )
