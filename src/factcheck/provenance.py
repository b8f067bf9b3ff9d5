"""Provenance: every figure of a claim must come from its quote (unless the fact-checker
marked it as derived), so a typo in the claim file is caught like an error in the article.

Each value must be found at its own place in the quotes: two values cannot both stand on the
one ``2件`` of a quote, so ``6件`` mistyped as ``2件`` beside a real ``2件`` is still caught.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from factcheck.models import Claim, Finding, Value, Verdict
from factcheck.quantity import Found, Quantity, same_quantity, scan

_SPACE = re.compile(r"\s+")

Place = tuple[int, int]  # (quote index, offset in the folded quote)


def fold(text: str) -> str:
    """NFKC normalisation and whitespace folding: the form in which texts are compared."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def values_in_quotes(claim: Claim) -> Iterator[Finding]:
    """A finding for each non-derived value that has no place of its own in the quotes."""
    quotes = [fold(q.text) for q in claim.quotes]
    found = [[f for f in scan(q)] for q in quotes]
    wanted = [v for v in claim.values if not v.derived]
    places = {v.name: _places(v, quotes, found) for v in wanted}
    owner = _match(wanted, places)
    taken = {v: k for k, v in owner.items()}
    for value in wanted:
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
        figures = [f.quantity.text for fs in found for f in fs]
        listed = ", ".join(figures[:8]) if figures else "none"
        yield Finding(
            pos=value.pos,
            claim_id=claim.id,
            kind=claim.kind,
            verdict=Verdict.INCONSISTENT,
            check="provenance",
            message=why,
            hint=f"figures in the quote: {listed}; copy the figure as the article writes it, "
            "or mark the value `derived: true` if it is your own",
        )


def _places(value: Value, quotes: list[str], found: list[list[Found]]) -> set[Place]:
    """Where in the quotes a value stands: as the same text, or as the same quantity."""
    text = fold(value.text)
    pattern = re.compile(  # not as part of a longer number: 1件 is not in 131件
        (r"(?<![\d.,])" if text[:1].isdigit() else "")
        + re.escape(text)
        + (r"(?![\d])" if text[-1:].isdigit() else "")
    )
    out = {(i, m.start()) for i, q in enumerate(quotes) for m in pattern.finditer(q)}
    if isinstance(value.quantity, Quantity):
        for i, fs in enumerate(found):
            for f in fs:
                if same_quantity(value.quantity, f.quantity) and not any(
                    (i, s) in out for s in range(f.start, f.end)
                ):
                    out.add((i, f.start))
    return out


def _match(values: list[Value], places: dict[str, set[Place]]) -> dict[Place, str]:
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
