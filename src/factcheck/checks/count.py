"""A count: a stated number of things against the things the article lists.

``items`` are the things named, each as written in the quote; ``count`` is the figure
(``9个方面``, ``四级``). A listing that ends with 等 ("and others") names only some of them: the
count must be at least the number listed, and a listing longer than its count is
inconsistent; otherwise the count must equal it. ``open: true`` or ``false`` says which; by
default the quote decides, by a 等 right after the last item. Every other value is a count of
the same things stated again (``9个领域``): all of them must agree. Each item must occur in
the quote. A listing with no items, an empty item or an item listed twice is a mistake in the
claim file, reported when the file is read.

Passes::

    - id: centre-levels
      kind: count
      quote: 全力推动市、县、乡、村四级综治中心建设
      items: [市, 县, 乡, 村]
      values:
        count: 四级

Fails::

    - id: centre-levels
      kind: count
      quote: 全力推动市、县、乡、村四级综治中心建设
      items: [市, 县, 乡]
      values:
        count: 四级
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from typing import Any

from factcheck.checks.base import Context, Mistake, Option, finding
from factcheck.expr import possible
from factcheck.findings import Finding, Gap, Step, Verdict
from factcheck.fold import fold
from factcheck.intervals import Interval
from factcheck.models import Claim, Value

KIND = "count"
VALUES = ("count",)
OPTIONS: dict[str, Option] = {
    "items": Option("texts", "the things listed, each as written in the quote", required=True),
    "open": Option("bool", "true: the listing ends with 等 and is a lower bound"),
}
OPEN_MARKS = ("等", "等等", "and others", "etc")


def check_shape(values: list[Value], options: dict[str, Any]) -> list[Mistake]:
    """Load-time problems: a listing of no items, an empty item, an item listed twice."""
    items: list[str] = options.get("items", [])
    if not items:
        return [
            Mistake(
                "items",
                "a count claim lists no items",
                "list the things counted, each as the quote writes it: `items: [市, 县, 乡, 村]`",
            )
        ]
    out = []
    first: dict[str, int] = {}  # by the folded item, as items are found in the quote
    for i, item in enumerate(items):
        folded = fold(item)
        if not folded.strip():
            out.append(Mistake(f"items[{i}]", "item is empty", "write each item as the quote does"))
        elif folded in first:
            out.append(
                Mistake(
                    f"items[{i}]",
                    f"item {item!r} is listed twice (first as items[{first[folded]}])",
                    "list each thing once; a count counts different things",
                )
            )
        else:
            first[folded] = i
    return out


def _is_open(claim: Claim, items: list[str]) -> bool:
    """Whether the listing is a lower bound: as stated, else a 等 after the last item."""
    stated = claim.options.get("open")
    if stated is not None:
        return bool(stated)
    last = fold(items[-1]) if items else ""
    for q in claim.quotes:
        text = fold(q.text)
        at = text.find(last)
        while last and at >= 0:
            if text[at + len(last) :].lstrip(" ,.").startswith(OPEN_MARKS):
                return True
            at = text.find(last, at + 1)
    return False


def check(claim: Claim, ctx: Context) -> Iterator[Finding]:
    """Compare every stated count with the number of items listed."""
    items: list[str] = claim.options.get("items", [])
    where = claim.option_pos.get("items", claim.pos)
    quotes = [fold(q.text) for q in claim.quotes]
    missing = [i for i in items if not any(fold(i) in q for q in quotes)]
    for item in missing:
        yield finding(
            claim,
            Verdict.INCONSISTENT,
            f"item {item!r} does not occur in the quote",
            check="provenance",
            pos=where,
            hint="list each item as the article writes it",
        )
    counts = list(claim.values)
    for v in counts:
        if v.quantity.unit.dimension != "count":
            yield finding(claim, Verdict.UNVERIFIABLE, f"{v.text} is not a count", pos=v.pos)
            return
    n = len(items)
    is_open = _is_open(claim, items)
    listed = "、".join(items) + ("等" if is_open else "")
    target = Interval(Fraction(n), None) if is_open else Interval.point(n)
    steps = [Step("listed", "number of items", listed, Interval.point(n), str(n))]
    common = Interval(None, None)
    for v in counts:
        iv = claim.interval(v)
        steps.append(Step(v.name, "stated count", v.text, iv, str(iv)))
        met = common.intersect(iv)
        if met is None:
            first = counts[0]
            yield finding(
                claim,
                Verdict.INCONSISTENT,
                f"{v.text} does not agree with {first.text}: they count the same things",
                pos=v.pos,
                stated=iv,
                computed=claim.interval(first),
                stated_shown=v.text,
                computed_shown=first.text,
                steps=tuple(steps),
            )
            return
        common = met
    word = "at least" if is_open else "exactly"
    shown = ", ".join(v.text for v in counts)
    if (is_open and possible(common, ">=", target)) or (not is_open and common.contains(n)):
        yield finding(
            claim,
            Verdict.CONSISTENT,
            f"{shown} {'counts' if len(counts) == 1 else 'count'} {word} the {n} items listed "
            f"({listed})",
            stated=common,
            computed=target,
            stated_shown=shown,
            computed_shown=f"{word} {n}",
            steps=tuple(steps),
        )
        return
    gap = common.gap(Interval.point(n))
    longer = " — the listing is longer than its count" if is_open else ""
    yield finding(
        claim,
        Verdict.INCONSISTENT,
        f"{shown} but {n} items are listed ({listed}){longer}",
        stated=common,
        computed=target,
        stated_shown=shown,
        computed_shown=f"{word} {n}",
        steps=tuple(steps),
        gap=Gap(gap, gap / n if n else None, str(gap), str(n)),
    )
