"""Percentage points taken for percent: the difference of two rates reported as a relative
change.

A rate rising from 40% to 50% "rose 10%": it rose 10 percentage points, which is 25%. When the
wording allows both (上升10% of a rate) the ``change`` kind evaluates both readings and calls
the claim ambiguous — a reading, not a slip; this slip is named when the claim says the change
is relative (``reading: relative``). Recomputed: ``to − from``, against the stated percent.

Example::

    - id: turnout-rise
      kind: change
      reading: relative
      quote: 投票率从40.0%升至50.0%,提高了10%
      values:
        from: 40.0%
        to: 50.0%
        change: 提高了10%

(50.0% − 40.0%) ÷ 40.0% = 25%, so the claim is inconsistent; 50.0% − 40.0% = 10 points is the
stated figure.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks.base import Context
from factcheck.checks.change import readings_for
from factcheck.models import Claim
from factcheck.slips.base import Attempt, by_formula, change_values, points_of, present

NAME = "points_for_percent"
EXPLAIN_EN = (
    "Percentage points were reported as percent: a rate from 40% to 50% 'rose 10%' (it rose "
    "10 points, which is 25%)."
)
EXPLAIN_ZH = "把百分点当成了百分比：比率从40%升到50%，写成“提高10%”（实为提高10个百分点，即25%）。"
KINDS = ("change",)


def recompute(claim: Claim, ctx: Context) -> Iterator[Attempt]:
    """``to − from`` of two rates against a change read only as relative."""
    frm, to, change, f, t, stated = change_values(claim)
    readings = readings_for(claim, frm, to, change)
    rates = frm.quantity.unit.dimension == to.quantity.unit.dimension == "ratio"
    if not rates or "relative" not in readings or "points" in readings:
        return
    yield from present(
        [
            by_formula(
                change,
                stated,
                "points taken for percent",
                "to − from",
                f"{to.text} − {frm.text}",
                lambda: t - f,
                f"{change.text} is the difference in percentage points, to − from = "
                "{shown}, not the relative change",
                points_of(change),
            )
        ]
    )
