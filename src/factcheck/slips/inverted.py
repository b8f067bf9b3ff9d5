"""The ratio inverted: whole ÷ part, or denominator ÷ numerator, where the other way round is
meant.

500 grid workers for 2,000 grids is 4 grids per worker, not 0.25 (that is workers per grid).
Recomputed: the quotient turned over, against the stated ratio or share.

Example::

    - id: grids-per-worker
      kind: ratio
      quote: 配备网格员500名,划分网格2,000个,平均每名网格员负责0.25个网格
      values:
        numerator: 2,000个
        denominator: 500名
        ratio: 0.25个

2,000 ÷ 500 = 4 grids per worker, so the claim is inconsistent; 500 ÷ 2,000 = 0.25 is the
stated figure, the quotient turned over.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks.base import Context, signed
from factcheck.models import Claim
from factcheck.slips.base import Attempt, by_formula, present

NAME = "inverted"
EXPLAIN_EN = (
    "The ratio was turned over: whole ÷ part or denominator ÷ numerator instead of the other "
    "way round."
)
EXPLAIN_ZH = "比值颠倒：用总数÷部分（分母÷分子）代替了部分÷总数（分子÷分母）。"
KINDS = ("ratio", "share")

_NAMES = {"ratio": ("numerator", "denominator", "ratio"), "share": ("part", "whole", "share")}


def recompute(claim: Claim, ctx: Context) -> Iterator[Attempt]:
    """``denominator ÷ numerator`` (``whole ÷ part``) against the stated figure."""
    top, bottom, stated = (claim.value(n) for n in _NAMES[claim.kind])
    assert top and bottom and stated
    a, b = claim.interval(top), claim.interval(bottom)
    yield from present(
        [
            by_formula(
                stated,
                signed(claim, stated),
                "the ratio turned over",
                f"{bottom.name} ÷ {top.name}",
                f"{bottom.text} ÷ {top.text}",
                lambda: b / a,
                f"{stated.text} is {bottom.name} ÷ {top.name} = {{shown}}, the quotient "
                "turned over",
            )
        ]
    )
