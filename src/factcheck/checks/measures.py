"""What a figure is an amount of — its measure — and the finding for a claim whose figures
have measures its kind does not allow.

A figure's measure is the dimension of its unit, as total and order compare them
(:func:`factcheck.checks.base.mixed_dimensions`): ``count`` (件, 名, 个…), ``money``,
``ratio`` (%, ‰, 成), ``points`` (个百分点), ``times`` (倍), ``mass``, ``length``,
``area``, ``volume``, ``duration`` (days, hours, weeks…), ``months``, ``years``… A bare number,
with neither unit nor measure word, has none: it may stand for any, so no rule of a kind
constrains it. Kinds test measures before any arithmetic, and the test is a comparison of
strings: it runs on every claim.
"""

from __future__ import annotations

from factcheck.checks.base import finding
from factcheck.findings import Finding, Verdict
from factcheck.models import Claim, Value
from factcheck.units import COUNT

NO_UNIT = frozenset({None, "ratio", "times"})  # a quotient of like figures: bare, %, ‰, 成, 倍


def measure(value: Value) -> str | None:
    """The measure of a value's figure: its unit's dimension, None for a bare number."""
    q = value.quantity
    dimension = q.unit.dimension
    return None if dimension == COUNT and q.measure is None else dimension


def misfit(claim: Claim, rule: str, value: Value, other: Value, hint: str) -> Finding:
    """An unverifiable finding: ``value`` has a measure the kind's ``rule`` does not allow
    beside ``other``; both named with their measures."""
    return finding(
        claim,
        Verdict.UNVERIFIABLE,
        f"{rule}: {_named(value)}, {_named(other)}",
        hint=hint,
    )


def _named(value: Value) -> str:
    return f"{value.name} {value.text} ({measure(value) or 'no unit'})"
