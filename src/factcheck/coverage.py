"""Coverage: every figure of the article is used by a claim, declared unchecked, or reported.

A figure of the article (:func:`factcheck.extract.extract`) is

- ``claimed`` when a claim's quote holds it at that place in the article, at a place where
  the quote cuts no figure of the article (the places provenance accepts), and one of the
  claim's values (not a derived one) stands on it;
- ``unchecked`` when the claim file lists it under ``unchecked:`` with a reason;
- ``unaccounted`` otherwise: a figure nobody checked.

Names that merely contain numerals (“亮剑2020”, A1版) are listed but not counted.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from factcheck.article_index import occurrences
from factcheck.chinese_numerals import CN_CHARS
from factcheck.extract import NAME, Figure, LineIndex, extract
from factcheck.fold import fold, fold_source
from factcheck.models import Claim, Problem, Unchecked
from factcheck.quote_places import Placement, placed_quotes
from factcheck.record import Record, init_field
from factcheck.value_places import placed_values

CLAIMED, UNCHECKED, UNACCOUNTED = "claimed", "unchecked", "unaccounted"
SHOWN = 20  # unaccounted figures listed in a report; extract --claims lists them all


class Covered(NamedTuple):
    """A figure of the article, where it is, and what accounts for it."""

    figure: Figure
    line: int
    column: int
    status: str | None  # claimed | unchecked | unaccounted; None for a name
    by: tuple[str, ...] = ()  # the ids of the claims using it, or the reason it is unchecked


@dataclass(init=False, repr=False, eq=False)
class Coverage(Record):
    """The figures of one article against one claim file."""

    source: str  # the article's path as shown
    figures: tuple[Covered, ...]
    problems: tuple[Problem, ...] = ()  # unchecked entries that match nothing

    def __init__(
        self,
        source: str,
        figures: tuple[Covered, ...],
        problems: tuple[Problem, ...] = (),
    ) -> None:
        init_field(self, "source", source)
        init_field(self, "figures", figures)
        init_field(self, "problems", problems)

    def count(self, status: str) -> int:
        """How many figures have that status."""
        return sum(1 for c in self.figures if c.status == status)

    @property
    def unaccounted(self) -> list[Covered]:
        """The figures nobody accounted for, in document order."""
        return [c for c in self.figures if c.status == UNACCOUNTED]

    def counts(self) -> dict[str, int]:
        """Figures, claimed, unchecked, unaccounted, and names (not counted as figures)."""
        names = sum(1 for c in self.figures if c.status is None)
        return {
            "figures": len(self.figures) - names,
            CLAIMED: self.count(CLAIMED),
            UNCHECKED: self.count(UNCHECKED),
            UNACCOUNTED: self.count(UNACCOUNTED),
            "names": names,
        }

    def summary(self, claims: str = "") -> str:
        """One line: ``coverage of X by Y: 112 figures: 80 claimed, 32 unchecked, 0
        unaccounted``."""
        c = self.counts()
        names = f" ({c['names']} name{'s' if c['names'] != 1 else ''} not counted)"
        by = f" by {claims}" if claims else ""
        return (
            f"coverage of {self.source}{by}: {c['figures']} figures: {c[CLAIMED]} claimed, "
            f"{c[UNCHECKED]} unchecked, {c[UNACCOUNTED]} unaccounted"
            + (names if c["names"] else "")
        )

    def lines(self, claims: str, limit: int | None = SHOWN) -> list[str]:
        """``SOURCE:LINE:COL: unaccounted figure TEXT`` for each (up to ``limit``), then
        the summary."""
        missing = self.unaccounted
        shown = missing if limit is None else missing[:limit]
        out = [
            f"{self.source}:{c.line}:{c.column}: unaccounted figure {c.figure.text}" for c in shown
        ]
        if len(missing) > len(shown):
            out.append(
                f"{self.source}: {len(missing) - len(shown)} more unaccounted figures "
                f"(`factcheck extract {self.source} --claims {claims}` lists them all)"
            )
        return [*out, self.summary(claims)]

    def to_dict(self) -> dict[str, Any]:
        """The counts, and every unaccounted figure with its place."""
        return {
            "text": self.source,
            **self.counts(),
            "unaccounted_figures": [
                {
                    "text": c.figure.text,
                    "start": c.figure.start,
                    "end": c.figure.end,
                    "line": c.line,
                    "column": c.column,
                }
                for c in self.unaccounted
            ],
        }


def compute(
    claims: Iterable[Claim],
    unchecked: Iterable[Unchecked],
    text: str,
    source: str,
    figures: list[Figure] | None = None,
    placed: Sequence[Placement] | None = None,
) -> Coverage:
    """The coverage of the article ``text`` (shown as ``source``) by a file's claims and its
    ``unchecked:`` list; ``placed``: where the checks placed each claim in ``text``, in the
    order of ``claims`` (placed here when not given)."""
    figs = extract(text) if figures is None else figures
    lines = LineIndex(text)
    users = sorted(_claimed_by(claims, text, placed))
    starts = [u[0] for u in users]
    longest = max((b - a for a, b, _ in users), default=0)
    reasons, problems = _declared(unchecked, figs, text, source)
    out = []
    for i, f in enumerate(figs):
        line, col = lines.at(f.start)
        if f.kind == NAME:
            out.append(Covered(f, line, col, None))
        elif ids := _users(users, starts, longest, f):
            out.append(Covered(f, line, col, CLAIMED, ids))
        elif i in reasons:
            out.append(Covered(f, line, col, UNCHECKED, (reasons[i],)))
        else:
            out.append(Covered(f, line, col, UNACCOUNTED))
    return Coverage(source, tuple(out), tuple(problems))


def _users(
    users: list[tuple[int, int, str]], starts: list[int], longest: int, f: Figure
) -> tuple[str, ...]:
    """The ids of the claims whose values overlap the figure (``users`` sorted by start)."""
    lo = bisect.bisect_left(starts, f.start - longest)
    hi = bisect.bisect_left(starts, f.end)
    return tuple(sorted({cid for a, b, cid in users[lo:hi] if a < f.end and f.start < b}))


def _claimed_by(
    claims: Iterable[Claim], text: str, placed: Sequence[Placement] | None
) -> list[tuple[int, int, str]]:
    """Where in the article each claim's values stand: (start, end, claim id).

    A value's place in its folded quote is carried to every place where that quote stands
    whole in the folded article (one that cuts a figure claims none), and from there back to
    the article as written.
    """
    src = fold_source(text)
    out = []
    pairs: Iterable[tuple[Claim, Placement | None]] = (
        ((c, None) for c in claims) if placed is None else zip(claims, placed, strict=True)
    )
    for claim, p in pairs:
        values = placed_values(claim) if p is None else p.values
        if not values:
            continue
        starts = placed_quotes(claim, text) if p is None else p.quotes
        for qi, a, b in values.values():
            for at in starts[qi]:
                s, e = src.span(at + a, at + b)
                out.append((s, e, claim.id))
    return out


def _declared(
    entries: Iterable[Unchecked], figs: list[Figure], text: str, source: str
) -> tuple[dict[int, str], list[Problem]]:
    """The figures each ``unchecked:`` entry names (index → reason), and the entries that
    name nothing in the article."""
    src = fold_source(text)
    folded = [fold(f.text) if f.kind != NAME else "" for f in figs]
    reasons: dict[int, str] = {}
    problems = []
    for entry in entries:
        want = fold(entry.figure)
        where: list[tuple[int, int]] | None = None
        if entry.quote is not None:
            q = fold(entry.quote.text)
            where = [src.span(at, at + len(q)) for at in occurrences(q, src.text)]
            if not where:
                problems.append(
                    Problem(
                        entry.quote.pos,
                        f"the quote of unchecked figure {entry.figure!r} does not occur in "
                        f"{source}",
                        "copy the passage from the article as written",
                        "unchecked",
                    )
                )
                continue
        hits = [
            i
            for i, f in enumerate(figs)
            if folded[i]
            and _names_figure(want, folded[i])
            and (where is None or any(a <= f.start and f.end <= b for a, b in where))
        ]
        if not hits:
            problems.append(
                Problem(
                    entry.pos,
                    f"unchecked figure {entry.figure!r} is not a figure of {source}",
                    "write it as `factcheck extract` shows it, or remove the entry",
                    "unchecked",
                )
            )
        for i in hits:
            reasons.setdefault(i, entry.reason)
    return reasons, problems


def _names_figure(want: str, figure: str) -> bool:
    """True when an entry names a figure: the same text, or the figure without the words
    before its number (``50%`` names ``下降50%``)."""
    if want == figure:
        return True
    if not want or not figure.endswith(want) or not (want[0].isdigit() or want[0] in CN_CHARS):
        return False
    before = figure[: -len(want)]
    return not any(c.isdigit() or c in CN_CHARS or c == "." for c in before)
