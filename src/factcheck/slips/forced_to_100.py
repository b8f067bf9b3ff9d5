"""Rounded shares forced to add to 100%: one share set to 100% minus the others, so that it
absorbs their rounding.

Three equal thirds of 300 round to 33.3% each, which add to 99.9%; writing the last one as
33.4% makes the column add up, and makes that share wrong. Found by comparing the share with
the other ``share`` claims of the file over the same whole: the slip is named when the stated
shares add to exactly 100%, the parts add up to the whole, and the share lies within the
others' rounding of the remainder. Recomputed: ``100% − Σ other shares``, each other share
anywhere within half a last digit of its true value.

Example::

    - id: satisfied
      kind: share
      quote: 受访的300人中,100人表示满意,占33.3%;100人表示一般,占33.3%;100人表示不满意,占33.4%
      values:
        part: 100人
        whole: 300人
        share: 33.3%
    - id: neutral
      kind: share
      quote: 受访的300人中,100人表示满意,占33.3%;100人表示一般,占33.3%;100人表示不满意,占33.4%
      values:
        part: 100人
        whole: 300人
        share: 33.3%
    - id: dissatisfied
      kind: share
      quote: 受访的300人中,100人表示满意,占33.3%;100人表示一般,占33.3%;100人表示不满意,占33.4%
      values:
        part: 100人
        whole: 300人
        share: 33.4%

100 ÷ 300 = 33.33%, so 33.4% is inconsistent; 100% − 33.3% − 33.3% = 33.4% is the stated figure.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from factcheck.checks.base import Context, show, signed
from factcheck.findings import Step
from factcheck.intervals import DivisionByZeroError, Interval
from factcheck.models import Claim
from factcheck.quantity import same_quantity
from factcheck.slips.base import Attempt

NAME = "forced_to_100"
EXPLAIN_EN = (
    "Rounded shares were forced to add to exactly 100%: one share was set to 100% minus the "
    "others, absorbing their rounding."
)
EXPLAIN_ZH = (
    "为使四舍五入后的各项比例合计恰为100%，把其中一项凑成100%减去其余各项，吸收了它们的舍入误差。"
)
KINDS = ("share",)


_FILES: dict[int, tuple[tuple[Claim, ...], dict[tuple[str, object], list[Claim]]]] = {}


def _wholes(claims: tuple[Claim, ...]) -> dict[tuple[str, object], list[Claim]]:
    """The share claims of a file grouped by their whole (dimension and value), built once
    per file so that finding siblings stays linear in the size of the file."""
    cached = _FILES.get(id(claims))
    if cached is None or cached[0] is not claims:
        if len(_FILES) > 8:
            _FILES.clear()
        groups: dict[tuple[str, object], list[Claim]] = {}
        for c in claims:
            w = c.value("whole") if c.kind == "share" else None
            if w is not None:
                groups.setdefault((w.quantity.unit.dimension, w.quantity.value), []).append(c)
        cached = (claims, groups)
        _FILES[id(claims)] = cached
    return cached[1]


def siblings(claim: Claim, ctx: Context) -> list[Claim]:
    """The other share claims of the file over the same whole."""
    whole = claim.value("whole")
    assert whole
    key = (whole.quantity.unit.dimension, whole.quantity.value)
    return [
        c
        for c in _wholes(ctx.claims).get(key, [])
        if c.id != claim.id
        and (w := c.value("whole")) is not None
        and same_quantity(w.quantity, whole.quantity)
    ]


def recompute(claim: Claim, ctx: Context) -> Iterator[Attempt]:
    """``100% − Σ others``, each other share within half a last digit of its part ÷ whole."""
    others = siblings(claim, ctx)
    group = [claim, *others]
    figures = [(c, c.value("part"), c.value("whole"), c.value("share")) for c in group]
    rounded = [
        (c, p, w, s) for c, p, w, s in figures if p and w and s and s.quantity.step is not None
    ]
    if not others or len(rounded) != len(group):
        return
    if sum(s.quantity.value for _, _, _, s in rounded) != 1:
        return  # the telltale: the rounded shares add to exactly 100%
    parts = [c.interval(p) for c, p, _, _ in rounded]
    if not sum(parts[1:], parts[0]).meets(claim.interval(rounded[0][2])):
        return  # the parts do not make up the whole
    rest = Interval.point(0)
    try:
        for c, p, w, s in rounded[1:]:
            true = c.interval(p) / c.interval(w)
            if true.lo is None or true.hi is None:
                return
            half = s.quantity.step / 2 if s.quantity.step else Fraction(0)
            rest = rest + Interval(true.lo - half, true.hi + half)
    except DivisionByZeroError:
        return
    share = rounded[0][3]
    computed = 1 - rest
    stated = signed(claim, share)
    texts = " − ".join(s.text for _, _, _, s in rounded[1:])
    shown = show(share.quantity, computed)
    steps = (
        Step("stated", share.name, share.text, stated, show(share.quantity, stated)),
        Step(
            "the other shares, as rounded",
            "Σ other part ÷ whole, each ± half a last digit",
            " + ".join(c.id for c in others),
            rest,
            show(share.quantity, rest),
        ),
        Step("the remainder", "100% − Σ other shares", f"100% − {texts}", computed, shown),
    )
    yield Attempt(
        f"{share.text} is 100% − {texts} = {shown}: the shares were made to add to exactly 100%",
        steps,
        computed,
        shown,
        stated.meets(computed),
    )
