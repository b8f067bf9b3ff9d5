"""A claim file to start from: one stub per sentence of an article that has figures.

Each stub holds the sentence as its quote and the sentence's quantities as values; its kind
is ``TODO``, which the loader reports as a draft to finish, so ``factcheck check`` lists every
stub still to be done. Dates are listed in a comment: a claim may use them, or the file may
declare them ``unchecked``.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter

from factcheck.claims import DRAFT_KIND
from factcheck.extract import DATE, QUANTITY, Figure, LineIndex

# a sentence ends at 。！？；, at ! ? ; and at a line break (. only before a space: 82.04)
_SENTENCE = re.compile(r"[^。！？；!?;\n]+(?:[。！？；!?;]+|$)", re.MULTILINE)
_NAMES = {
    "ratio": "rate",
    "points": "points",
    "times": "times",
    "money": "amount",
    "mass": "weight",
    "length": "length",
    "area": "area",
    "volume": "volume",
    "duration": "duration",
    "months": "months",
    "years": "years",
    "count": "count",
}


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def draft(text: str, figures: list[Figure], source: str, title: str = "") -> str:
    """The YAML skeleton of a claim file for ``text``; ``source`` is the article's path as
    the claim file will name it (relative to the claim file)."""
    lines = LineIndex(text)
    title = title or next((t.strip() for t in text.splitlines() if t.strip()), "")
    out = [
        f"# Draft claims for {source},",
        "# written by `factcheck extract --draft`: one stub per sentence with figures.",
        "# For each stub choose a kind (README, Kinds) and name the values",
        "# as the kind needs them, add figures of your own with `derived: true`, or delete the",
        "# stub and list its figures under `unchecked:` with a reason. `factcheck check` lists",
        "# every stub still to be done; `factcheck extract ARTICLE --claims FILE` the figures",
        "# no claim accounts for.",
        "version: 1",
        "source:",
        f"  title: {_q(title[:200])}",
        f"  text: {_q(source)}",
        "unchecked: []",
        "claims:",
    ]
    ids: Counter[str] = Counter()
    stubs = 0
    # the figures by where they start, to find a sentence's by bisection, not by a pass over
    # all of them for each sentence (a 1 MB article has 7,000 figures in 11,000 sentences)
    order = sorted(range(len(figures)), key=lambda k: figures[k].start)
    starts = [figures[k].start for k in order]
    for m in _SENTENCE.finditer(text):
        a, b = m.start(), m.end()
        near = order[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
        inside = [
            f for f in map(figures.__getitem__, sorted(near)) if f.end <= b and f.kind != "name"
        ]
        if not inside:
            continue
        quote = text[a:b].strip()
        line, _ = lines.at(a + len(text[a:b]) - len(text[a:b].lstrip()))
        base = f"line-{line}"
        ids[base] += 1
        cid = base if ids[base] == 1 else f"{base}-{ids[base]}"
        out += [f"  - id: {cid}", f"    kind: {DRAFT_KIND}", f"    quote: {_q(quote)}"]
        quantities = [f for f in inside if f.kind == QUANTITY and f.quantity is not None]
        if quantities:
            out.append("    values:")
            for name, f in zip(_value_names(quantities), quantities, strict=True):
                out.append(f"      {name}: {_q(f.text)}")
        else:
            out.append("    values: {}")
        dates = [f.text for f in inside if f.kind == DATE]
        if dates:
            out.append(f"    # dates: {', '.join(dates)}")
        stubs += 1
    if not stubs:
        out[-1] = "claims: []  # no sentence with figures found"
    return "\n".join(out) + "\n"


def _value_names(figures: list[Figure]) -> list[str]:
    """rate, amount, count…, numbered where a sentence has several of one dimension."""
    dims = [
        _NAMES.get(f.quantity.unit.dimension, "value") if f.quantity else "value" for f in figures
    ]
    seen: Counter[str] = Counter(dims)
    n: Counter[str] = Counter()
    out = []
    for d in dims:
        n[d] += 1
        out.append(d if seen[d] == 1 else f"{d}_{n[d]}")
    return out
