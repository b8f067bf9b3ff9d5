"""Where each value of a claim stands in its quotes: every figure of a claim must come from
its quote, unless the fact-checker marked it as derived, so a typo in the claim file is caught
like an error in the article.

Each value must be found at its own place in the quotes: two values cannot both stand on the
one ``2件`` of a quote, so ``6件`` mistyped as ``2件`` beside a real ``2件`` is still caught.
Quotes are compared folded (:mod:`factcheck.fold`). A value may not begin or end inside a
number of its quote (:func:`factcheck.cuts.splits`): ``9万元`` is not in ``169万元``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from factcheck.cuts import drops_words, figures_of, literal_places, misreads
from factcheck.findings import Finding, Verdict
from factcheck.fold import fold
from factcheck.models import Claim, Pos, Value
from factcheck.quantity import Quantity, same_quantity
from factcheck.scanner import Found

__all__ = [
    "Assignment",
    "assign",
    "placed_values",
    "provenance_finding",
    "same_figure",
    "values_in_quotes",
]

# kinds that read their figures as magnitudes: a granularity's 50% is k/N whether the article
# says it fell or rose by it, so its value may leave the fall word out
MAGNITUDE_KINDS = frozenset({"granularity"})

Place = tuple[int, int]  # (quote index, offset in the folded quote)
Span = tuple[int, int, int]  # (quote index, start, end in the folded quote)


def values_in_quotes(claim: Claim, a: Assignment | None = None) -> Iterator[Finding]:
    """A finding for each non-derived value that has no place of its own in the quotes
    (``a``: the claim's :func:`assign`, when already worked out)."""
    if a is None:
        a = assign(claim)
    places, owner = a.places, a.owner
    taken = {v: k for k, v in owner.items()}
    for value in a.wanted:
        if value.name in taken:
            continue
        if places[value.name]:
            others = sorted({owner[p] for p in places[value.name] if p in owner})
            why = (
                f"value '{value.name}' = {value.text} occurs in the quote only where "
                f"{', '.join(repr(o) for o in others)} already stands"
            )
        else:
            why = f"value '{value.name}' = {value.text} does not occur in the quote"
        q = value.quantity
        other = [  # the same quantity to another precision
            f.quantity.text
            for fs in a.found
            for f in fs
            if isinstance(q, Quantity)
            and same_quantity(q, f.quantity)
            and f.quantity.step != q.step
        ]
        worded = [
            f.quantity.text
            for fs in a.found
            for f in fs
            if isinstance(q, Quantity)
            and f.quantity.value == q.value
            and f.quantity.unit.dimension == q.unit.dimension
        ]
        if other:
            seen = f"the quote writes {other[0]}, to another precision than {value.text}"
        elif worded:
            seen = f"the quote writes {worded[0]}, with words that change what {value.text} means"
        else:
            figures = [f.quantity.text for fs in a.found for f in fs]
            seen = f"figures in the quote: {', '.join(figures[:8]) if figures else 'none'}"
        yield provenance_finding(
            claim,
            value.pos,
            why,
            f"{seen}; copy the figure as the article writes it, "
            "or mark the value `derived: true` if it is your own",
        )


def provenance_finding(claim: Claim, pos: Pos, message: str, hint: str) -> Finding:
    """An inconsistent provenance finding of ``claim`` at ``pos``: a value not in its quote,
    or a quote not in the article."""
    return Finding(
        pos=pos,
        claim_id=claim.id,
        kind=claim.kind,
        verdict=Verdict.INCONSISTENT,
        check="provenance",
        message=message,
        hint=hint,
    )


def placed_values(claim: Claim, a: Assignment | None = None) -> dict[str, Span]:
    """Where each non-derived value stands in the folded quotes, when it has a place (``a``:
    the claim's :func:`assign`, when already worked out)."""
    if a is None:
        a = assign(claim)
    return {name: (p[0], p[1], a.places[name][p]) for p, name in a.owner.items()}


class Assignment(NamedTuple):
    """Where a claim's values could stand in its quotes, and where each does."""

    found: list[list[Found]]  # the figures of each folded quote
    wanted: list[Value]  # the values that must stand in the quotes
    places: dict[str, dict[Place, int]]  # where each could stand, with the end of it
    owner: dict[Place, str]  # where each does stand


def assign(claim: Claim) -> Assignment:
    """Where the claim's values stand in its quotes. The engine works it out once per claim
    and hands it to the checks (:func:`values_in_quotes`) and to coverage
    (:func:`placed_values`), so a figure is claimed only through a place they accept."""
    quotes = [fold(q.text) for q in claim.quotes]
    wanted = [v for v in claim.values if not v.derived]
    # Most values stand in their quote as written: scan the quotes for figures written
    # another way (百分之六十 for 60%) only when that does not place every value.
    signless = claim.kind in MAGNITUDE_KINDS
    places = {v.name: _places(v, quotes, signless) for v in wanted}
    owner = _match(wanted, places)
    found = [list(figures_of(q)) for q in quotes] if len(owner) < len(wanted) else []
    if found:  # the places as text stay; the figures written another way join them
        places = {
            v.name: _written_otherwise(v, quotes, found, places[v.name], signless) for v in wanted
        }
        owner = _match(wanted, places)
    return Assignment(found, wanted, places, owner)


def same_figure(a: Quantity, b: Quantity) -> bool:
    """True when two figures are the same quantity written to the same precision: 60% is
    百分之六十 and 1.69 million yuan is 169万元, but 67.00% is not 67% (nor 1690000 yuan
    169万元): a value more precise than its quote would blame the article for a rounding
    the article never made."""
    return a.step == b.step and same_quantity(a, b)


def _places(value: Value, quotes: list[str], signless: bool = False) -> dict[Place, int]:
    """Where in the quotes a value stands as the same text, each place with its end."""
    text = fold(value.text)
    n = len(text)
    q = value.quantity
    return {
        (i, start): start + n
        for i, quote in enumerate(quotes)
        for start in literal_places(text, quote)
        if not (isinstance(q, Quantity) and misreads(q, quote, start, start + n, signless))
    }


def _written_otherwise(
    value: Value,
    quotes: list[str],
    found: list[list[Found]],
    literal: dict[Place, int],
    signless: bool = False,
) -> dict[Place, int]:
    """Where in the quotes a value stands: as the same text (``literal``, from
    :func:`_places`), or as the same figure written another way, each place with the end of
    what stands there."""
    out = dict(literal)
    if isinstance(value.quantity, Quantity):
        for i, fs in enumerate(found):
            for f in fs:
                if (
                    same_figure(value.quantity, f.quantity)
                    and not any((i, s) in out for s in range(f.start, f.end))
                    and not drops_words(value.quantity, quotes[i], f.start, f.end, signless)
                ):
                    out[(i, f.start)] = f.end
    return out


def _match(values: list[Value], places: dict[str, dict[Place, int]]) -> dict[Place, str]:
    """A largest assignment of values to distinct places (augmenting paths; claims are small)."""
    owner: dict[Place, str] = {}

    def assign(name: str, seen: set[Place]) -> bool:
        for p in sorted(places[name]):
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or assign(owner[p], seen):
                owner[p] = name
                return True
        return False

    for v in values:
        assign(v.name, set())
    return owner
