"""What every claim kind shares: its options as data, the context it runs in, and the
comparison of a stated figure with a computed interval."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import replace
from fractions import Fraction
from typing import Any, NamedTuple

from factcheck.chinese_numerals import CN_CHARS
from factcheck.expr import Expression
from factcheck.findings import Finding, Gap, Step, Touch, Verdict
from factcheck.intervals import Interval
from factcheck.models import Claim, Pos, Source, Value
from factcheck.numtext import significant
from factcheck.quantity import Qualifier, Quantity
from factcheck.rounding import rounded
from factcheck.units import Unit


class Option(NamedTuple):
    """A claim key that belongs to one kind: its type, choices and documentation.

    An ``expr`` or ``exprs`` option may use ``names`` besides the claim's values, and
    ``convert`` turns each parsed expression into what the kind wants (raising
    :class:`factcheck.expr.ExprError` for a located load error).
    """

    type: str  # choice | names | expr | exprs | text | texts | bool | int | figure
    doc: str
    choices: tuple[str, ...] = ()
    required: bool = False
    names: tuple[str, ...] = ()
    convert: Callable[[Expression], Any] | None = None


class Mistake(NamedTuple):
    """A mistake in the claim file that a kind's own rules find when the file is read (an
    order of one value, a count with no items): reported like every load problem, at ``key``,
    the place below the claim (``values``, ``values.years``, ``items[1]``), with a hint."""

    key: str
    message: str
    hint: str


class Context(NamedTuple):
    """What a check may know besides its claim: the file and the article."""

    path: str
    source: Source = Source()  # frozen: one shared empty source
    claims: tuple[Claim, ...] = ()  # every claim of the file, for checks that compare across


_QUIET: ContextVar[bool] = ContextVar("quiet", default=False)


class quiet:  # a context manager, written `with quiet():`
    """Checks run for their verdicts alone: no steps, messages or figures written out.

    Trying a claim again under another reading of a figure (factcheck.slips) needs only
    whether it then holds; writing out the arithmetic is most of what a check costs, so it
    is skipped here and done again, in full, for the few readings that hold.
    """

    __slots__ = ("_token",)

    def __enter__(self) -> None:
        self._token = _QUIET.set(True)

    def __exit__(self, *exc: object) -> None:
        _QUIET.reset(self._token)


def is_quiet() -> bool:
    """Whether checks run for their verdicts alone (inside :class:`quiet`)."""
    return _QUIET.get()


def show(q: Quantity, iv: Interval | None) -> str:
    """An interval written in the display unit of ``q`` (nothing inside :func:`quiet`)."""
    if iv is None:
        return "—"
    if _QUIET.get():
        return ""
    if type(q) is not Quantity:  # a figure of its own kind may write its values its own way
        return iv.format(q.show)
    # A kind writes most computed intervals twice (in its step, then against the stated
    # figure), and a figure's own interval in each step that states it: the last intervals
    # written are kept with their text, by identity (each kept alive, so its id is not
    # reused), for the same unit (which is all that Quantity.show reads).
    kept = _SHOWN.get(id(iv))
    unit = q.unit
    if kept is not None and kept[0] is iv and kept[1] is unit:
        return kept[2]
    text = iv.format(q.show)
    if len(_SHOWN) >= SHOWN_KEPT:
        _SHOWN.clear()
    _SHOWN[id(iv)] = (iv, unit, text)
    return text


_SHOWN: dict[int, tuple[Interval, Unit, str]] = {}
SHOWN_KEPT = 256


def plain(x: Fraction) -> str:
    """A number without unit: exact when whole (up to 21 digits), else six significant digits."""
    if x.denominator == 1 and abs(x) < 10**21:
        return str(x.numerator)
    return significant(x)


def percent(x: Fraction) -> str:
    """A ratio as a percentage with one decimal: 0.0475 → 4.7% (any magnitude)."""
    if abs(x) < 10**300:
        return f"{float(x):.1%}"
    return significant(x * 100) + "%"


def finding(claim: Claim, verdict: Verdict, message: str, **kw: Any) -> Finding:
    """A finding placed at the claim (a zero gap between intervals that only touch is
    marked so, whichever kind measured it)."""
    pos = kw.pop("pos", claim.pos)
    assert isinstance(pos, Pos)
    gap = kw.get("gap")
    if gap is not None and gap.touching is None and gap.absolute == 0:
        touch = touch_of(kw.get("stated"), kw.get("computed"))
        if touch is not None:
            kw["gap"] = replace(gap, touching=touch)
    return Finding(
        pos=pos, claim_id=claim.id, kind=claim.kind, verdict=verdict, message=message, **kw
    )


def mixed_dimensions(claim: Claim, values: Sequence[Value]) -> Finding | None:
    """An unverifiable finding when the values are of different dimensions (a duration
    against a percentage): such figures cannot be added or ordered."""
    dims = {v.quantity.unit.dimension: v for v in values}
    if len(dims) < 2:
        return None
    listed = ", ".join(f"{v.name} {v.text} ({d})" for d, v in dims.items())
    return finding(
        claim,
        Verdict.UNVERIFIABLE,
        f"values of different kinds cannot be compared: {listed}",
        hint="compare like with like: counts with counts, money with money, % with %",
    )


def signed(claim: Claim, value: Value) -> Interval:
    """The interval of a value with its direction word (下降, fell) applied as a sign."""
    iv = claim.interval(value)
    return -iv if value.quantity.direction < 0 else iv


def gap_between(claim: Claim, stated: Value, s: Interval, computed: Interval, sign: int = 1) -> Gap:
    """How far the stated interval lies from the computed one, and the nearest figure that
    would have been consistent at the precision the stated figure was written with."""
    q = stated.quantity
    absolute = s.gap(computed)
    mid = computed.mid
    relative = None if mid is None or mid == 0 else absolute / abs(mid)
    touch = touch_of(s, computed) if absolute == 0 else None
    return Gap(absolute, relative, q.show(absolute), _nearest(claim, q, computed, sign), touch)


def touch_of(stated: Interval | None, computed: Interval | None) -> Touch | None:
    """Where a stated and a computed interval touch without meeting, and which of them
    excludes the end they share (None when they meet or lie apart)."""
    if stated is None or computed is None:
        return None
    at = stated.touching(computed)
    if at is None:
        return None
    if stated.contains(at):
        return Touch(at, "computed")
    return Touch(at, "stated" if computed.contains(at) else "both")


def _nearest(claim: Claim, q: Quantity, computed: Interval, sign: int) -> str | None:
    """The nearest figure consistent with ``computed`` at the precision of ``q``, written as
    ``q`` is; ``sign`` is −1 when a fall word makes ``q`` negative."""
    if computed.mid is None:
        return None
    # the computed value nearest the stated one (signed), where the search starts
    near = q.value * sign
    if computed.lo is not None and near < computed.lo:
        near = computed.lo
    elif computed.hi is not None and near > computed.hi:
        near = computed.hi
    target = near * sign  # in the stated figure's sense: a magnitude after a fall word
    if q.step is None:
        if computed.bounded and computed.lo is not None and computed.hi is not None:
            whole = [k for k in (_ceil(computed.lo), _floor(computed.hi)) if computed.contains(k)]
            if q.value.denominator == 1 and whole:
                return _written(q, Fraction(min(whole, key=lambda k: abs(k - near)) * sign))
        return _written(q, target)
    step = q.step
    k = round(target / step)
    # of the figures that hold, the one nearest the stated figure: tried nearest first
    near_first = sorted(((k + d) * step for d in range(-3, 4)), key=lambda c: (abs(c - q.value), c))
    for cand in near_first:
        if rounded(cand * sign, step, claim.rounding).meets(computed):  # the signed value
            return _written(q, cand)
    return _written(q, target)


def _written(q: Quantity, x: Fraction) -> str:
    """``x`` (a value in the stated figure's sense) written as the figure was, at its
    precision: with its minus or plus sign (-4.0% → -5.0%); or with its rise or fall word
    when the sense holds, and a sign when it flips (下降40% → 下降50%, or +5% when the
    figures show a rise)."""
    if not q.direction:
        return q.written(x)
    if x < 0:
        return f"{'-' if q.direction > 0 else '+'}{q.written(-x)}"
    lead = _LEAD.match(q.text)
    return f"{lead.group()}{q.written(x)}" if lead else q.written(x)


# the words before the number: 下降, fell by (digits, or a Chinese numeral: 下降四成)
_LEAD = re.compile(rf"^\D*?(?=[\d０-９{CN_CHARS}])")


def _ceil(x: Fraction) -> int:
    return -((-x.numerator) // x.denominator)


def _floor(x: Fraction) -> int:
    return x.numerator // x.denominator


def compare(
    claim: Claim,
    stated: Value,
    computed: Interval,
    steps: Sequence[Step],
    what: str,
    stated_iv: Interval | None = None,
) -> Finding:
    """Consistent when the stated interval meets the computed one; otherwise the gap."""
    q = stated.quantity
    s = stated_iv if stated_iv is not None else signed(claim, stated)
    if _QUIET.get():
        verdict = Verdict.CONSISTENT if s.meets(computed) else Verdict.INCONSISTENT
        return finding(claim, verdict, "", stated=s, computed=computed)
    first = Step("stated", stated.name, stated.text, s, show(q, s))
    shown = show(q, computed)
    common: dict[str, Any] = dict(
        stated=s,
        computed=computed,
        stated_shown=stated.text,
        computed_shown=shown,
        steps=(first, *steps),
    )
    if s.meets(computed):
        return finding(
            claim,
            Verdict.CONSISTENT,
            f"{what} {stated.text} matches the computed {shown}",
            **common,
        )
    gap = gap_between(claim, stated, s, computed, -1 if q.direction < 0 else 1)
    near = f"; nearest consistent figure: {gap.nearest}" if gap.nearest else ""
    if gap.touching is not None:  # a zero gap, and still no value in common
        message = f"{what} {stated.text} lies just outside the computed {shown}: " + _touch_text(
            claim, stated, gap.touching
        )
    else:
        rel = f", {percent(gap.relative)} of it" if gap.relative is not None else ""
        message = f"{what} {stated.text} is {gap.shown} away from the computed {shown}{rel}"
    return finding(claim, Verdict.INCONSISTENT, message + near, gap=gap, **common)


def _touch_text(claim: Claim, stated: Value, touch: Touch) -> str:
    """Where the intervals touch and who excludes it: "they touch only at 12.5%, which 13%
    excludes under half_down rounding"."""
    q = stated.quantity
    at = f"they touch only at {q.show(touch.at)}, which"
    if touch.excluded_by == "computed":
        return f"{at} the computed value excludes"
    # a stated figure's open end is its rounding's, unless a qualifier replaced it (不到30%)
    rounding = q.step is not None and q.qualifier in (None, Qualifier.NEARLY, Qualifier.ABOUT)
    why = f" under {claim.rounding} rounding" if rounding else ""
    if touch.excluded_by == "both":
        return f"{at} both {stated.text} and the computed value exclude{why}"
    return f"{at} {stated.text} excludes{why}"


def step(label: str, formula: str, figures: str, result: Interval | None, q: Quantity) -> Step:
    """A step whose result is shown in the display unit of ``q``."""
    return Step(label, formula, figures, result, show(q, result))
