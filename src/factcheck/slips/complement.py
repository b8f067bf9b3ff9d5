"""The complement taken for the share: the share of the rest of the whole reported as the
share of the part.

Of a loss of 169万元, 93万元 was recovered: 55%; "45% recovered" is the share not recovered.
Recomputed: ``1 − part ÷ whole``, against the stated share.

Example::

    - id: recovered-share
      kind: share
      quote: 共被骗169万元,为被害人追回被骗的93万元,追回比例为45%
      values:
        part: 93万元
        whole: 169万元
        share: 45%

93万 ÷ 169万 = 55.0%, so the claim is inconsistent; 1 − 55.0% = 45.0% is the stated figure,
the share that was not recovered.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks.base import Context, signed
from factcheck.models import Claim
from factcheck.slips.base import Attempt, by_formula, present

NAME = "complement"
EXPLAIN_EN = (
    "The complementary share was reported: the share of the rest of the whole (45%) instead "
    "of the share of the part (55%)."
)
EXPLAIN_ZH = "报成了互补的比例：写的是其余部分所占的比例（45%），而不是该部分所占的比例（55%）。"
KINDS = ("share",)


def recompute(claim: Claim, ctx: Context) -> Iterator[Attempt]:
    """``1 − part ÷ whole`` against the stated share."""
    part, whole, share = claim.value("part"), claim.value("whole"), claim.value("share")
    assert part and whole and share
    p, w = claim.interval(part), claim.interval(whole)
    yield from present(
        [
            by_formula(
                share,
                signed(claim, share),
                "the share of the rest",
                "1 − part ÷ whole",
                f"1 − {part.text} ÷ {whole.text}",
                lambda: 1 - p / w,
                f"{share.text} is 1 − part ÷ whole = {{shown}}, the share of the rest of the "
                "whole, not of the part",
            )
        ]
    )
