"""Percent taken for percentage points: the relative change of a rate reported in points.

A rate rising from 40% to 50% "rose 25 percentage points": it rose 25%, which is 10 points.
Recomputed: ``(to − from) ÷ from``, against the stated points.

Example::

    - id: coverage-points
      kind: change
      quote: 覆盖率从40%提高到50%,提高了25个百分点
      values:
        from: 40%
        to: 50%
        change: 提高了25个百分点

50% − 40% = 10 points, so the claim is inconsistent; (50% − 40%) ÷ 40% = 25% is the stated
figure.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks.base import Context
from factcheck.checks.change import readings_for
from factcheck.models import Claim
from factcheck.slips.base import Attempt, by_formula, change_values, percent, present

NAME = "percent_for_points"
EXPLAIN_EN = (
    "A relative change was reported as percentage points: a rate from 40% to 50% 'rose 25 "
    "points' (it rose 25%, which is 10 points)."
)
EXPLAIN_ZH = (
    "把百分比当成了百分点：比率从40%升到50%，写成“提高25个百分点”（实为提高25%，即10个百分点）。"
)
KINDS = ("change",)


def recompute(claim: Claim, ctx: Context) -> Iterator[Attempt]:
    """``(to − from) ÷ from`` of two rates against a change read only as points."""
    frm, to, change, f, t, stated = change_values(claim)
    readings = readings_for(claim, frm, to, change)
    rates = frm.quantity.unit.dimension == to.quantity.unit.dimension == "ratio"
    if not rates or "points" not in readings or "relative" in readings:
        return
    yield from present(
        [
            by_formula(
                change,
                stated,
                "percent taken for points",
                "(to − from) ÷ from",
                f"({to.text} − {frm.text}) ÷ {frm.text}",
                lambda: (t - f) / f,
                f"{change.text} is the relative change (to − from) ÷ from = {{shown}}, "
                "not the difference in points",
                percent,
            )
        ]
    )
