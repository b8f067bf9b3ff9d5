"""What a card's number lines show: which intervals, named how, and in which unit.

A row is called "stated" or "computed" only where it is: for an order each value is named,
for an expression each side is written as in the claim (``rise`` and ``1``), for a
granularity the stated whole stands beside the smallest whole the percentages need; a date
is written as a date. Only formatting: no check is run again here.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from factcheck.checks.base import plain
from factcheck.dates import day_text
from factcheck.models import Claim, Finding, Reading
from factcheck.quantity import Quantity
from factcheck.reporters.labels import LABELS, Lang, short, short_term
from factcheck.reporters.numberline import Item

Format = Callable[[Fraction], str]


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
    fmt = day_text if kind == "date" else _formatter(claim, f)
    stated: Item | None = None
    if f.stated is not None:
        first = f.steps[0] if f.steps and f.steps[0].label == "stated" else None
        shown = first.shown if first else f.stated_shown
        stated = (labels["stated"], "st", f.stated, shown, fmt)
    readings = [r for r in f.readings if r.computed is not None]
    if readings:
        return _readings(readings, stated, fmt, lang)
    items = [stated] if stated else []
    if f.computed is not None:
        items.append((labels["computed"], "cp", f.computed, f.computed_shown, fmt))
    return [items]


def _readings(
    readings: list[Reading], stated: Item | None, fmt: Format, lang: Lang
) -> list[list[Item]]:
    rows: list[Item] = [stated] if stated else []
    for r in readings:
        assert r.computed is not None
        cls = "rd ok" if r.holds else "rd no"
        rows.append((short_term(lang, r.name), cls, r.computed, r.shown, fmt))
    return [rows]


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
