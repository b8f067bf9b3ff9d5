"""The direction reversed: the size of the change is right, its direction wrong — a rise
reported as a fall of the same size, or the reverse.

Recomputed: the change as the claim reads it, with its sign turned, against the stated change.

Example::

    - id: fare-change
      kind: change
      quote: 票价从100元调整为125元,下降25%
      values:
        from: 100元
        to: 125元
        change: 下降25%

(125 − 100) ÷ 100 = +25%, a rise, so the claim is inconsistent; its size, 25%, is the stated
figure with the direction word turned round.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from factcheck.checks.base import Context
from factcheck.checks.change import readings_for
from factcheck.intervals import Interval
from factcheck.models import Claim
from factcheck.slips.base import Attempt, by_formula, change_values, present

NAME = "direction_reversed"
EXPLAIN_EN = (
    "The size is right but the direction is wrong: a rise reported as a fall of the same "
    "size, or the reverse."
)
EXPLAIN_ZH = "幅度对，方向错：上升写成了同样幅度的下降，或反之。"
KINDS = ("change",)

_FORMULAS: dict[str, tuple[str, Callable[[Interval, Interval], Interval]]] = {
    "relative": ("−(to − from) ÷ from", lambda f, t: -((t - f) / f)),
    "times_plus": ("−(to − from) ÷ from", lambda f, t: -((t - f) / f)),
    "points": ("−(to − from)", lambda f, t: -(t - f)),
    "absolute": ("−(to − from)", lambda f, t: -(t - f)),
}


def recompute(claim: Claim, ctx: Context) -> Iterator[Attempt]:
    """Each reading's change with its sign turned (a multiple has no direction to turn)."""
    frm, to, change, f, t, stated = change_values(claim)
    seen = set()
    attempts = []
    for name in readings_for(claim, frm, to, change):
        if name not in _FORMULAS or _FORMULAS[name][0] in seen:
            continue
        formula, fn = _FORMULAS[name]
        seen.add(formula)
        figures = formula.replace("to", to.text).replace("from", frm.text)
        attempts.append(
            by_formula(
                change,
                stated,
                "the direction reversed",
                formula,
                figures,
                lambda fn=fn: fn(f, t),  # type: ignore[misc]
                f"{change.text} has the size of the change but the wrong direction: "
                "turned round, the change is {shown}",
            )
        )
    yield from present(attempts)
