"""What a card's number lines show: which intervals, named how, and in which unit.

A row is called "stated" or "computed" only where it is: for an order each value is named,
for an expression each side is written as in the claim (``rise`` and ``1``), for a
granularity the stated whole stands beside the smallest whole the percentages need. Each
reading of ambiguous wording is written in its own unit (a points reading in percentage
points); readings of different units get a line each, the stated figure read in that unit,
since one axis cannot carry two units. Only formatting: no check is run again here.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from factcheck.checks.base import plain
from factcheck.dates import day_text
from factcheck.findings import Finding, Reading, Step
from factcheck.models import Claim
from factcheck.numtext import decimal_text
from factcheck.quantity import Quantity
from factcheck.reporters.labels import LABELS, Lang, short, short_term
from factcheck.reporters.numberline import Item

Format = Callable[[Fraction], str]

# the step each reading of a change writes (checks/change.py), by the reading's name
CHANGE_STEPS = {
    "relative change": "relative",
    "change in percentage points": "points",
    "absolute change": "absolute",
    "multiple (to ÷ from)": "times",
    "increase as a multiple of from": "times_plus",
}
UNIT_OF_READING = {"relative": "%", "points": "pp", "times": "x", "times_plus": "x"}
STATED_UNIT = {"%": "%", "pp": "points", "x": "times"}  # a stated figure's unit of the same


def lines(claim: Claim, f: Finding, lang: Lang) -> list[list[Item]]:
    """The number lines of an arithmetic finding, each a list of rows (none: no line)."""
    kind = claim.kind
    if kind == "order":
        return [_order(claim)]
    if kind == "expression":
        return [_sides(claim, f)]
    if kind == "granularity":
        return _wholes(f, LABELS[lang])
    labels = LABELS[lang]
    fmt = _day_format(claim) if kind == "date" else _formatter(claim, f)
    stated: Item | None = None
    if f.stated is not None:
        first = f.steps[0] if f.steps and f.steps[0].label == "stated" else None
        shown = first.shown if first else f.stated_shown
        stated = (labels["stated"], "st", f.stated, shown, fmt)
    readings = [r for r in f.readings if r.computed is not None]
    if readings:
        return _readings(claim, f, readings, stated, fmt, lang)
    items = [stated] if stated else []
    if f.computed is not None:
        items.append((labels["computed"], "cp", f.computed, f.computed_shown, fmt))
    return [items]


def _day_format(claim: Claim) -> Format:
    """Dates for a date claim's line, or numbers of days where it weighs an elapsed time."""
    from factcheck.checks.date import weighed_in_days

    elapsed = weighed_in_days(claim)
    if elapsed is None:
        return day_text
    return elapsed.quantity.written


def _readings(
    claim: Claim,
    f: Finding,
    readings: list[Reading],
    stated: Item | None,
    fmt: Format,
    lang: Lang,
) -> list[list[Item]]:
    """One line for readings of one unit; a line per reading when their units differ."""
    formats = [reading_format(claim, r.name, fmt, lang) for r in readings]
    rows: list[Item] = []
    for r, rf in zip(readings, formats, strict=True):
        assert r.computed is not None
        cls = "rd ok" if r.holds else "rd no"
        rows.append((short_term(lang, r.name), cls, r.computed, r.computed.format(rf), rf))
    units = {_unit(claim, r.name) for r in readings}
    if len(units) == 1:
        if stated is not None and f.stated is not None:
            only = formats[0]
            stated = (stated[0], "st", f.stated, f.stated.format(only), only)
        return [[stated, *rows] if stated else rows]
    if stated is None or f.stated is None:
        return [[row] for row in rows]
    return [[(stated[0], "st", f.stated, f.stated.format(row[4]), row[4]), row] for row in rows]


def _unit(claim: Claim, name: str) -> str:
    return UNIT_OF_READING.get(name, "stated") if claim.kind == "change" else "stated"


def reading_format(claim: Claim, name: str, fmt: Format, lang: Lang) -> Format:
    """How a reading's values are written: a change's relative reading in %, its points
    reading in percentage points, a multiple in 倍, an absolute one in the unit of the levels;
    any other reading, or one in the stated figure's own unit, as the stated figure."""
    if claim.kind != "change":
        return fmt
    unit = UNIT_OF_READING.get(name)
    change = claim.value("change")
    if change is not None and isinstance(change.quantity, Quantity):
        own = change.quantity.unit
        if unit is not None and STATED_UNIT.get(unit) in (own.symbol, own.dimension):
            return fmt  # as the article wrote it: 个百分点, 倍
    if unit == "%":
        return _scaled(100, "%")
    if unit == "pp":
        return _scaled(100, LABELS[lang]["pp"])
    if unit == "x":
        return _scaled(1, LABELS[lang]["times"])
    if name == "absolute":
        level = claim.value("from")
        if level is not None and isinstance(level.quantity, Quantity):
            return level.quantity.show
    return fmt


def reading_text(claim: Claim, f: Finding, r: Reading, lang: Lang) -> str:
    """A reading's value in its own unit, as its row of the number line writes it."""
    if r.computed is None or claim.kind != "change":
        return r.shown
    return r.computed.format(reading_format(claim, r.name, _formatter(claim, f), lang))


def step_shown(claim: Claim, step: Step, lang: Lang) -> str:
    """A step's result as shown: a change's reading in its own unit, else as the check wrote it."""
    name = CHANGE_STEPS.get(step.label) if claim.kind == "change" else None
    if name is None or step.result is None or name == "absolute":
        return step.shown
    fmt = reading_format(claim, name, plain, lang)
    return step.shown if fmt is plain else step.result.format(fmt)  # plain: the stated unit


def _scaled(by: Fraction | int, unit: str) -> Format:
    return lambda x: decimal_text(x * by) + unit


def _order(claim: Claim) -> list[Item]:
    names = claim.options.get("order")
    chain = [claim.value(n) for n in names] if isinstance(names, list) else claim.values
    return [
        (short(v.name), "vl", claim.interval(v), v.text, v.quantity.show)
        for v in chain
        if v is not None
    ]


def _sides(claim: Claim, f: Finding) -> list[Item]:
    """Each side of the comparison, named as written in the claim (a value's name, or the
    arithmetic of the side): neither is a stated figure nor a computed one."""
    rows: list[Item] = []
    for s in f.steps:
        if s.label in ("left side", "right side") and s.result is not None:
            value = claim.value(s.formula)
            fmt = value.quantity.show if value and isinstance(value.quantity, Quantity) else plain
            rows.append((short(s.formula), "vl", s.result, s.result.format(fmt), fmt))
    return rows


def _wholes(f: Finding, labels: dict[str, str]) -> list[list[Item]]:
    """The stated whole N beside the smallest whole N the percentages need; nothing when the
    finding has not both (the divisibility itself cannot be drawn)."""
    least = next((s for s in f.steps if s.label == "smallest whole" and s.result), None)
    if f.stated is None or least is None or least.result is None:
        return []
    shown = f.stated_shown or f.stated.format(plain)
    return [
        [
            (labels["stated_n"], "st", f.stated, shown, plain),
            (labels["smallest_n"], "cp", least.result, least.shown, plain),
        ]
    ]


def _formatter(claim: Claim, f: Finding) -> Format:
    """Numbers on the axis in the unit of the stated figure."""
    value = None
    if f.steps and f.steps[0].label == "stated":
        value = claim.value(f.steps[0].formula)
    if value is not None and isinstance(value.quantity, Quantity):
        return value.quantity.show
    return plain
