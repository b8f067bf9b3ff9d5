"""The wrong base: a change measured against the new value instead of the old one, or a share
measured against the wrong whole.

A fall from 200 to 100 "fell 100%": (100 − 200) ÷ 100 — the change divided by the new value;
it fell 50%. For a share, the part measured against the rest of the whole
(``part ÷ (whole − part)``), or against the whole with the part counted in twice
(``part ÷ (whole + part)``). Recomputed: each wrong base, against the stated figure.

Example::

    - id: thefts-fall
      kind: change
      quote: 盗窃案件从200起降至100起,下降100%
      values:
        from: 200起
        to: 100起
        change: 下降100%

(100 − 200) ÷ 200 = −50%, so the claim is inconsistent; (100 − 200) ÷ 100 = −100% is the
stated figure: the fall measured against the new value.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks.base import Context, signed
from factcheck.checks.change import readings_for
from factcheck.models import Claim
from factcheck.slips.base import Attempt, by_formula, change_values, present

NAME = "wrong_base"
EXPLAIN_EN = (
    "The change or share was computed against the wrong base: a fall from 200 to 100 "
    "measured against the new value ('fell 100%'), or a part's share of the rest instead of "
    "the whole."
)
EXPLAIN_ZH = (
    "基数用错：从200降到100，以新值为基数算成“下降100%”；或把部分占其余部分的比例当成占总数的比例。"
)
KINDS = ("change", "share")


def recompute(claim: Claim, ctx: Context) -> Iterator[Attempt]:
    """The change over the new value; the share over the rest, or over whole + part."""
    if claim.kind == "change":
        frm, to, change, f, t, stated = change_values(claim)
        if not {"relative", "times_plus"} & set(readings_for(claim, frm, to, change)):
            return
        yield from present(
            [
                by_formula(
                    change,
                    stated,
                    "the change over the new value",
                    "(to − from) ÷ to",
                    f"({to.text} − {frm.text}) ÷ {to.text}",
                    lambda: (t - f) / t,
                    f"{change.text} is (to − from) ÷ to = {{shown}}, the change measured "
                    "against the new value instead of the old one",
                )
            ]
        )
        return
    part, whole, share = claim.value("part"), claim.value("whole"), claim.value("share")
    assert part and whole and share
    p, w, s = claim.interval(part), claim.interval(whole), signed(claim, share)
    yield from present(
        [
            by_formula(
                share,
                s,
                "the share of the rest",
                "part ÷ (whole − part)",
                f"{part.text} ÷ ({whole.text} − {part.text})",
                lambda: p / (w - p),
                f"{share.text} is part ÷ (whole − part) = {{shown}}, the part measured "
                "against the rest instead of the whole",
            ),
            by_formula(
                share,
                s,
                "the share with the part counted twice",
                "part ÷ (whole + part)",
                f"{part.text} ÷ ({whole.text} + {part.text})",
                lambda: p / (w + p),
                f"{share.text} is part ÷ (whole + part) = {{shown}}, the part added to a "
                "whole that already holds it",
            ),
        ]
    )
