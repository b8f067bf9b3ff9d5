"""Claim kinds: one module each, registered here by kind name.

A kind module has ``KIND`` (its name), ``VALUES`` (the value names it needs), ``OPTIONS``
(its own claim keys, as data), a docstring that is its user documentation with a passing and a
failing example, and ``check(claim, ctx) -> Iterator[Finding]``. A kind whose claims can be
written wrong in ways of its own (an order of one value, a count listing an item twice) has
``check_shape(values, options) -> list[Mistake]``: the loader reports each as a problem of the
file, where it is written, so that a mistake in the claim file never becomes a verdict on the
article.
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
