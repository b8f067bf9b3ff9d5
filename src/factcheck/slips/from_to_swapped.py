"""From and to swapped: the change computed from the new value back to the old one.

A rise from 100 to 125 reported as "fell 20%": (100 − 125) ÷ 125, the change from the end back
to the start. For a multiple, ``from ÷ to``. (For points and absolute changes a swap only
flips the sign: that is ``direction_reversed``.) Recomputed: the claim's formula with ``from``
and ``to`` exchanged, against the stated change.

Example::

    - id: fare-change
      kind: change
      quote: 票价从100元调整为125元,下降20%
      values:
        from: 100元
        to: 125元
        change: 下降20%

(125 − 100) ÷ 100 = +25%, so the claim is inconsistent; (100 − 125) ÷ 125 = −20% is the
stated figure.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks.base import Context
from factcheck.checks.change import readings_for
from factcheck.models import Claim
from factcheck.slips.base import Attempt, by_formula, change_values, present

NAME = "from_to_swapped"
EXPLAIN_EN = (
    "Start and end were swapped: the change computed from the new value back to the old one "
    "(a rise from 100 to 125 reported as a fall of 20%)."
)
EXPLAIN_ZH = "起点和终点颠倒：从新值倒算回旧值（从100升到125，写成“下降20%”）。"
KINDS = ("change",)


def recompute(claim: Claim, ctx: Context) -> Iterator[Attempt]:
    """``(from − to) ÷ to`` for a relative change, ``from ÷ to`` for a multiple."""
    frm, to, change, f, t, stated = change_values(claim)
    readings = readings_for(claim, frm, to, change)
    attempts = []
    if {"relative", "times_plus"} & set(readings):
        attempts.append(
            by_formula(
                change,
                stated,
                "from and to swapped",
                "(from − to) ÷ to",
                f"({frm.text} − {to.text}) ÷ {to.text}",
                lambda: (f - t) / t,
                f"{change.text} is (from − to) ÷ to = {{shown}}, the change from the new value "
                "back to the old one",
            )
        )
    if "times" in readings:
        attempts.append(
            by_formula(
                change,
                stated,
                "from and to swapped",
                "from ÷ to",
                f"{frm.text} ÷ {to.text}",
                lambda: f / t,
                f"{change.text} is from ÷ to = {{shown}}, the old value as a multiple of the new",
            )
        )
    yield from present(attempts)
