"""Provenance: every figure of a claim must come from its quote (unless the fact-checker
marked it as derived), so a typo in the claim file is caught like an error in the article."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from factcheck.models import Claim, Finding, Value, Verdict
from factcheck.quantity import Quantity, same_quantity, scan

_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """NFKC normalisation and whitespace folding: the form in which texts are compared."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def values_in_quotes(claim: Claim) -> Iterator[Finding]:
    """A finding for each non-derived value that does not occur in the claim's quotes."""
    quotes = [fold(q.text) for q in claim.quotes]
    found: list[Quantity] | None = None
    for value in claim.values:
        if value.derived or _literal(value, quotes):
            continue
        if found is None:
            found = [m.quantity for q in quotes for m in scan(q)]
        if isinstance(value.quantity, Quantity) and any(
                same_quantity(value.quantity, f) for f in found):
            continue
        listed = ", ".join(f.text for f in found[:8]) if found else "none"
        yield Finding(
            pos=value.pos, claim_id=claim.id, kind=claim.kind, verdict=Verdict.INCONSISTENT,
            check="provenance",
            message=f"value '{value.name}' = {value.text} does not occur in the quote",
            hint=f"figures in the quote: {listed}; copy the figure as the article writes it, "
                 "or mark the value `derived: true` if it is your own",
        )


def _literal(value: Value, quotes: list[str]) -> bool:
    text = fold(value.text)
    return any(text in q for q in quotes)
