"""Claim kinds: one module each, registered here by kind name.

A kind module has ``KIND`` (its name), ``VALUES`` (the value names it needs), ``OPTIONS``
(its own claim keys, as data), a docstring that is its user documentation with a passing and a
failing example, and ``check(claim, ctx) -> Iterator[Finding]``.
"""

from __future__ import annotations

from types import ModuleType

from factcheck.checks import (
    average_growth,
    change,
    count,
    date,
    expression,
    granularity,
    order,
    ratio,
    share,
    total,
)

REGISTRY: dict[str, ModuleType] = {
    m.KIND: m
    for m in (
        change,
        ratio,
        share,
        total,
        order,
        average_growth,
        granularity,
        date,
        count,
        expression,
    )
}
