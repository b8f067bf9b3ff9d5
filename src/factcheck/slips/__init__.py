"""The catalogue of slips: the well-known mistakes that turn a right figure into a wrong one.

Each slip is a module with ``NAME``, ``EXPLAIN_EN`` and ``EXPLAIN_ZH`` (one line each),
``KINDS`` (the claim kinds it applies to; empty for every kind), a docstring that is its user
documentation with a worked ``Example::``, and ``recompute(claim, ctx) -> Iterator[Attempt]``:
the claim recomputed the mistaken way, with its arithmetic and whether it gives back the
stated figure. The registry is ordered most specific first: a wrong formula over the claim's
own figures before a figure read another way (a scale, then a typing slip), since a typing
slip has many more ways of matching by chance.
"""

from __future__ import annotations

from types import ModuleType

from factcheck.slips import (
    arithmetic_mean,
    change_for_ratio,
    complement,
    digits,
    direction_reversed,
    fencepost,
    forced_to_100,
    from_to_swapped,
    geometric_mean,
    inverted,
    percent_for_points,
    points_for_percent,
    ratio_for_change,
    rounded_parts,
    scale,
    wrong_base,
)

REGISTRY: tuple[ModuleType, ...] = (
    ratio_for_change,
    change_for_ratio,
    points_for_percent,
    percent_for_points,
    wrong_base,
    from_to_swapped,
    direction_reversed,
    inverted,
    complement,
    forced_to_100,
    rounded_parts,
    arithmetic_mean,
    geometric_mean,
    fencepost,
    scale,
    digits,
)
BY_NAME: dict[str, ModuleType] = {m.NAME: m for m in REGISTRY}
