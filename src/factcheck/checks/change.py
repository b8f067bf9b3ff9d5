"""A change: ``from → to``, stated as a relative change, percentage points, an absolute
difference or a multiple (倍).

The unit of the value ``change`` says how it is meant:

- ``个百分点`` / ``pp``: points, ``to − from``;
- ``%``: relative, ``(to − from) ÷ from`` — but when ``from`` and ``to`` are themselves
  percentages (a rate rising 45%), the wording also allows points, and both readings are
  evaluated;
- ``倍``: a multiple, ``to ÷ from`` (增长到2倍, 是…的2倍); with a bare rise word (增长2倍) also
  ``(to − from) ÷ from``, the two readings evaluated;
- any other unit (元, 件, 名…): absolute, ``to − from``.

The measures must fit (a bare number, with no unit, fits any): ``from`` and ``to`` are of one
measure; percentage points are a change between two rates (%, ‰) — or between two figures in
points; an absolute change is in the measure of ``from`` and ``to`` (增加2件 between counts,
增加50万元 between sums of money); a relative change or a multiple is a percentage, 成 or 倍.
A change of counts stated in points (从100件增长到102件,增长2个百分点), or a change of rates
in yuan, is unverifiable, named with the figures' measures, before any arithmetic.

A fall word in the change (下降, 减少, fell) makes it negative; without one it is a rise.
A relative change or a multiple of a starting value that can be zero or negative is
undefined: such a claim is unverifiable.
``reading:`` forces one reading (``relative``, ``points``, ``absolute``, ``times``,
``times_plus``). All readings hold: consistent; some: ambiguous, naming them; none:
inconsistent.

Passes::

    - id: safety-points
      kind: change
      quote: 群众安全感从2015年的82.04%提升到2020年第三季度的98.26%
      values:
        from: 82.04%
        to: 98.26%
        change: {value: 16.2个百分点, derived: true}

Fails::

    - id: safety-relative
      kind: change
      quote: 群众安全感从2015年的82.04%提升到2020年第三季度的98.26%
      reading: relative
      values:
        from: 82.04%
        to: 98.26%
        change: {value: 16.2%, derived: true}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from factcheck.checks.base import (
    Context,
    Option,
    compare,
    finding,
    mixed_dimensions,
    show,
    signed,
    step,
)
from factcheck.checks.measures import NO_UNIT, measure, misfit
from factcheck.findings import Finding, Reading, Step, Verdict
from factcheck.intervals import DivisionByZeroError, Interval
from factcheck.models import Claim, Value
from factcheck.numtext import decimal_text

KIND = "change"
VALUES = ("from", "to", "change")
SIGNED = ("change",)  # the one value that may be a negative count: a fall written -3件
READINGS = ("relative", "points", "absolute", "times", "times_plus")
OPTIONS: dict[str, Option] = {
    "reading": Option("choice", "force one reading: " + ", ".join(READINGS), READINGS),
}

_WORDS = re.compile(r"\b(?:to|from)\b")
Formula = Callable[[Interval, Interval], Interval]
_FORMULAS: dict[str, tuple[str, Formula]] = {
    "relative": ("(to − from) ÷ from", lambda f, t: (t - f) / f),
    "points": ("to − from", lambda f, t: t - f),
    "absolute": ("to − from", lambda f, t: t - f),
    "times": ("to ÷ from", lambda f, t: t / f),
    "times_plus": ("(to − from) ÷ from", lambda f, t: (t - f) / f),
}
_RELATIVE = ("relative", "times", "times_plus")  # the readings that divide by from
_LABELS = {
    "relative": "relative change",
    "points": "change in percentage points",
    "absolute": "absolute change",
    "times": "multiple (to ÷ from)",
    "times_plus": "increase as a multiple of from",
}


def readings_for(claim: Claim, frm: Value, to: Value, change: Value) -> tuple[str, ...]:
    """The readings the wording allows, most literal first."""
    forced = claim.options.get("reading")
    if forced:
        return (forced,)
    q = change.quantity
    dim = q.unit.dimension
    rates = frm.quantity.unit.dimension == "ratio" and to.quantity.unit.dimension == "ratio"
    if dim == "points":
        return ("points",)
    if dim == "ratio":
        return ("relative", "points") if rates else ("relative",)
    if dim == "times":
        if q.direction > 0 and not q.to_level:
            return ("times", "times_plus")
        return ("times",)
    return ("absolute",)


# the measures of two rates, and of a change in points between them (a bare number is any)
_RATES = frozenset({None, "ratio", "points"})
_HINT = "a change is a relative % or 倍, or in the measure of from and to (points between rates)"


def misfit_measures(
    claim: Claim, frm: Value, to: Value, change: Value, names: tuple[str, ...]
) -> Finding | None:
    """The unverifiable finding when the measures of from, to and change do not fit every
    reading in ``names``, else None."""
    mf, mt = measure(frm), measure(to)
    if mf is not None and mt is not None and mf != mt:
        return mixed_dimensions(claim, [frm, to])
    level, mc = mf or mt, measure(change)
    for name in names:
        if rule := _unfit(name, level, mc):
            return misfit(claim, rule, change, frm if mf is not None else to, _HINT)
    return None


def _unfit(reading: str, level: str | None, mc: str | None) -> str | None:
    """The rule a change of measure ``mc`` between levels of measure ``level`` breaks under
    ``reading``, or None when it fits."""
    if reading in _RELATIVE:
        return None if mc in NO_UNIT else "a relative change or a multiple has no unit"
    if reading == "points":
        if level not in _RATES:
            return "percentage points measure a change between two rates"
        return None if mc in _RATES else "a change in percentage points is stated in points or %"
    if mc is None or level is None or mc == level or (level == "ratio" and mc == "points"):
        return None
    return "an absolute change has the measure of from and to"


def _in_points(iv: Interval, claim: Claim, change: Value) -> str:
    """A difference of two rates in percentage points, in the language of the claim (its
    change, else its quote: a bare 10% in a Chinese sentence is 个百分点)."""
    texts = (change.text, *(q.text for q in claim.quotes))
    chinese = any("\u4e00" <= c <= "\u9fff" for t in texts for c in t)
    unit = "个百分点" if chinese else " pp"
    return iv.format(lambda x: decimal_text(x * 100) + unit)


def check(claim: Claim, ctx: Context) -> Iterator[Finding]:
    """Evaluate every reading the wording allows and combine them into one verdict."""
    frm, to, change = (claim.value(n) for n in VALUES)
    assert frm and to and change
    names = readings_for(claim, frm, to, change)
    if unfit := misfit_measures(claim, frm, to, change, names):
        yield unfit
        return
    f, t = claim.interval(frm), claim.interval(to)
    stated = signed(claim, change)
    # a change relative to a negative level has no direction a reader could check
    negative = f.lo is None or f.lo < 0
    results: list[tuple[str, Finding | None, list[Step]]] = []
    shown_as: dict[str, str] = {}  # a reading written in another unit than the stated figure
    for name in names:
        formula, fn = _FORMULAS[name]
        figures = _WORDS.sub(lambda m: {"to": to.text, "from": frm.text}[m[0]], formula)
        if negative and name in _RELATIVE:
            results.append((name, None, []))
            continue
        try:
            computed = fn(f, t)
        except DivisionByZeroError:
            results.append((name, None, []))
            continue
        steps = [step(_LABELS[name], formula, figures, computed, change.quantity)]
        if name == "points" and change.quantity.unit.dimension != "points":
            # a 45% read as points is 45 points: the reading is written in points
            steps = [
                Step(_LABELS[name], formula, figures, computed, _in_points(computed, claim, change))
            ]
            shown_as[name] = steps[0].shown
        results.append(
            (
                name,
                compare(claim, change, computed, steps, f"{name} change", stated_iv=stated),
                steps,
            )
        )
    if all(r[1] is None for r in results):
        if f.contains(0):
            yield finding(
                claim,
                Verdict.UNVERIFIABLE,
                f"the starting value {frm.text} can be zero",
                hint="a change relative to zero is undefined",
            )
        else:
            yield finding(
                claim,
                Verdict.UNVERIFIABLE,
                f"the starting value {frm.text} can be negative",
                hint="a change relative to a negative value is undefined; compare the levels "
                "with `reading: absolute`",
            )
        return
    if len(results) == 1:
        only = results[0][1]
        assert only is not None
        yield only
        return
    readings = tuple(
        Reading(
            n,
            fd is not None and fd.verdict is Verdict.CONSISTENT,
            fd.computed if fd else None,
            shown_as.get(n, fd.computed_shown) if fd else "undefined",
            tuple(st),
        )
        for n, fd, st in results
    )
    held = [r.name for r in readings if r.holds]
    first = Step("stated", "change", change.text, stated, show(change.quantity, stated))
    common: dict[str, Any] = dict(
        stated=stated,
        stated_shown=change.text,
        steps=(first, *(s for r in readings for s in r.steps)),
        readings=readings,
    )
    listing = "; ".join(
        f"{r.name}: {r.shown} ({'holds' if r.holds else 'fails'})" for r in readings
    )
    if len(held) == len(readings):
        yield finding(
            claim,
            Verdict.CONSISTENT,
            f"change {change.text} holds under every reading ({listing})",
            **common,
        )
    elif held:
        yield finding(
            claim,
            Verdict.AMBIGUOUS,
            f"change {change.text} holds only as {' or '.join(held)} ({listing})",
            hint="set `reading:` once you know what the article meant",
            **common,
        )
    else:
        best = min(
            (fd for _, fd, _ in results if fd is not None),  # every one inconsistent
            key=lambda fd: fd.gap.absolute if fd.gap else 0,
        )
        yield finding(
            claim,
            Verdict.INCONSISTENT,
            f"change {change.text} fails under every reading ({listing})",
            computed=best.computed,
            computed_shown=best.computed_shown,
            gap=best.gap,
            **common,
        )
