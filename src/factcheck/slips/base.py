"""What every slip shares: the mistaken recomputation it returns, and the two ways of making
one — a wrong formula over the claim's own figures, or one figure read another way and the
claim's kind run again."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import TypeVar

from factcheck.checks import REGISTRY
from factcheck.checks.base import Context, quiet, show, signed
from factcheck.durations import OutsideCalendar
from factcheck.findings import Finding, Step, Verdict
from factcheck.intervals import DivisionByZeroError, EmptyIntervalError, Interval
from factcheck.models import Claim, Value
from factcheck.numtext import decimal_text
from factcheck.quantity import Quantity

R = TypeVar("R")


@dataclass(frozen=True)
class Attempt:
    """One mistaken recomputation of a claim: its arithmetic, and whether it gives back the
    stated figure at the precision it was written with (``holds``)."""

    message: str
    steps: tuple[Step, ...]
    computed: Interval | None
    computed_shown: str
    holds: bool


def by_formula(
    stated: Value,
    stated_iv: Interval,
    label: str,
    formula: str,
    figures: str,
    compute: Callable[[], Interval],
    message: str,
    fmt: Callable[[Fraction], str] | None = None,
) -> Attempt | None:
    """The stated figure against a wrong formula; ``None`` when the formula is undefined.

    ``{shown}`` in ``message`` becomes the wrong formula's result, written by ``fmt`` (by
    default in the stated figure's unit).
    """
    try:
        computed = compute()
    except (DivisionByZeroError, EmptyIntervalError, OutsideCalendar):
        return None
    if not stated_iv.meets(computed):
        return Attempt("", (), computed, "", False)  # not this slip: nothing to write out
    shown = computed.format(fmt) if fmt else show(stated.quantity, computed)
    s = Step(label, formula, figures, computed, shown)
    first = Step("stated", stated.name, stated.text, stated_iv, show(stated.quantity, stated_iv))
    return Attempt(message.replace("{shown}", shown), (first, s), computed, shown, True)


def holds(findings: Iterable[Finding]) -> bool:
    """True when a re-run claim adds up: every finding consistent, or holding under a reading."""
    fs = list(findings)
    return bool(fs) and all(f.verdict in (Verdict.CONSISTENT, Verdict.AMBIGUOUS) for f in fs)


def rerun(claim: Claim, value: Value, text: str, quantity: Quantity, ctx: Context) -> list[Finding]:
    """The claim's kind run again with one value read as ``text`` (``quantity``)."""
    values = tuple([_reread(v, text, quantity) if v is value else v for v in claim.values])
    try:
        return list(REGISTRY[claim.kind].check(_with_values(claim, values), ctx))
    except (DivisionByZeroError, EmptyIntervalError, OutsideCalendar):
        return []


def _reread(v: Value, text: str, quantity: Quantity) -> Value:
    """``v`` written as ``text``: built directly when it is exactly a Value, as
    ``dataclasses.replace`` costs several times more (and a slip reruns claims by the
    thousand)."""
    if type(v) is Value:
        return Value(v.name, text, quantity, v.pos, v.derived, v.note)
    return replace(v, text=text, quantity=quantity)


def _with_values(claim: Claim, values: tuple[Value, ...]) -> Claim:
    """``claim`` with other values, built directly as :func:`_reread` is."""
    if type(claim) is Claim:
        c = claim
        return Claim(
            c.id,
            c.kind,
            c.quotes,
            values,
            c.pos,
            c.rounding,
            c.approx,
            c.severity,
            c.note,
            c.options,
            c.option_pos,
        )
    return replace(claim, values=values)


def by_reading(
    claim: Claim, value: Value, text: str, quantity: Quantity, ctx: Context, how: str
) -> Attempt:
    """The claim with ``value`` read as ``text``: the misreading, then the kind's arithmetic.

    The claim is first run again for its verdicts alone; only a reading under which it holds
    is run once more with its arithmetic written out."""
    if not holds_as(claim, value, text, quantity, ctx):
        return Attempt("", (), None, "", False)
    return written_out(claim, value, text, quantity, ctx, how)


def holds_as(claim: Claim, value: Value, text: str, quantity: Quantity, ctx: Context) -> bool:
    """Whether the claim adds up with ``value`` read as ``text``: its verdicts alone, nothing
    written out (the first half of :func:`by_reading`)."""
    with quiet():
        return holds(rerun(claim, value, text, quantity, ctx))


def written_out(
    claim: Claim, value: Value, text: str, quantity: Quantity, ctx: Context, how: str
) -> Attempt:
    """The claim run with ``value`` read as ``text``, its arithmetic written out (the second
    half of :func:`by_reading`, for a reading under which it holds)."""
    found = rerun(claim, value, text, quantity, ctx)
    iv = quantity.interval(claim.rounding, claim.approx)
    read = Step("read as", value.name, f"{value.text} → {text}", iv, show(quantity, iv))
    main = next((f for f in found if f.steps), found[0] if found else None)
    steps = (read, *(main.steps if main else ()))
    computed = main.computed if main else None
    ok = holds(found)
    message = f"{value.name} {value.text} would hold as {text} ({how})"
    return Attempt(message, steps, computed, main.computed_shown if main else "", ok)


def the_one(
    claim: Claim,
    value: Value,
    readings: Iterable[tuple[str, Quantity, str]],
    ctx: Context,
) -> Attempt | None:
    """The reading under which the claim holds, written out, when it is the only one: where
    several hold, the claim does not pin the figure down and none of them says anything, so
    the search stops at the second (and nothing is written out for either)."""
    held: list[tuple[str, Quantity, str]] = []
    for text, q, how in readings:
        if holds_as(claim, value, text, q, ctx):
            held.append((text, q, how))
            if len(held) > 1:
                return None
    if not held:
        return None
    text, q, how = held[0]
    return written_out(claim, value, text, q, ctx, how)


def change_values(claim: Claim) -> tuple[Value, Value, Value, Interval, Interval, Interval]:
    """A change claim's from, to and change, their intervals, the change signed."""
    frm, to, change = claim.value("from"), claim.value("to"), claim.value("change")
    assert frm and to and change
    return frm, to, change, claim.interval(frm), claim.interval(to), signed(claim, change)


def present(attempts: Iterable[Attempt | None]) -> Iterator[Attempt]:
    """The attempts that exist (a formula may be undefined), in order."""
    return (a for a in attempts if a is not None)


def percent(x: Fraction) -> str:
    """A fraction written as percent: 0.25 → 25%."""
    return decimal_text(x * 100) + "%"


def points_of(value: Value) -> Callable[[Fraction], str]:
    """A difference of rates written in percentage points, in the language of ``value``."""
    unit = "个百分点" if any("\u4e00" <= c <= "\u9fff" for c in value.text) else " points"
    return lambda x: decimal_text(x * 100) + unit
