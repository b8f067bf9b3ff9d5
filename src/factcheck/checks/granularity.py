"""Granularity (GRIM): rounded percentages of one whole are k/N for whole numbers k and N.

Every value that is a percentage is a share of the same whole N, as rounded at its written
precision under the claim's rounding (``96.15%`` is 96.145 % to 96.155 %). The check finds the
smallest N for which whole counts reproduce all of them, and the counts. Named values:

- ``n``: the whole as stated (``786件``, or a range: ``800多``): consistent when some N in it
  works; otherwise the nearest percentages that N could give, either side;
- ``min_n``: the smallest whole, usually your own derivation (``derived: true``): it must be
  the smallest N found.

``constraints:`` adds linear relations between the counts, named like the percentages, and
``N`` the whole: ``within_24h <= within_3d``, ``a + b == N``; they are decided exactly, with
integer programming where the counts are free. ``max_n`` bounds the search (default
1,000,000); ``list_up_to: 300`` lists every consistent N up to 300 (constraints aside). From
N·step ≥ 1 (N ≥ 10,000 for a two-decimal percentage) every figure is reachable: the report
says the test has no power there. A value that is neither a percentage nor ``n`` or ``min_n``, a
claim with no percentage, and a constraint on a count no percentage has are mistakes in the
claim file, reported when the file is read.

Passes::

    - id: robbery-speed
      kind: granularity
      quote: 20.36%的盗抢案件24小时内破获,30.66%的案件3日内破获
      constraints: [within_24h <= within_3d]
      values:
        within_24h: 20.36%
        within_3d: 30.66%
        min_n: {value: "786", derived: true}

Fails::

    - id: clearance-of-30
      kind: granularity
      quote: 破案率提高到96.15%
      values:
        rate: 96.15%
        n: {value: 30件, derived: true}
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction
from typing import Any

from factcheck.checks.base import Context, Mistake, Option, compare, finding, show
from factcheck.findings import Finding, Step, Verdict
from factcheck.granularity import (
    MAX_N,
    Share,
    consistent_wholes,
    neighbours,
    reachable_everywhere,
    threshold,
    written,
)
from factcheck.intervals import Interval
from factcheck.linear import WHOLE, Linear, Solution, SolverError, linearize, solve
from factcheck.models import Claim, Value

KIND = "granularity"
VALUES: tuple[str, ...] = ()
STATED = ("n", "min_n")
OPTIONS: dict[str, Option] = {
    "constraints": Option(
        "exprs",
        "linear relations between the counts and N: [a <= b, a + b == N]",
        names=(WHOLE,),
        convert=linearize,
    ),
    "max_n": Option("int", "the largest whole searched (default 1000000)"),
    "list_up_to": Option("int", "list every consistent whole up to this bound"),
}


def _pct(x: Fraction, decimals: int = 4) -> str:
    return f"{float(x * 100):.{decimals}f}%"


def _witness(sol: Solution, names: list[str]) -> str:
    return ", ".join(
        f"{sol.counts[k]}/{sol.n} = {_pct(Fraction(sol.counts[k], sol.n))}" for k in names
    )


def _range_text(runs: list[tuple[int, int]], limit: int = 40) -> str:
    parts = [str(a) if a == b else f"{a}–{b}" for a, b in runs[:limit]]
    more = f", … ({len(runs) - limit} more runs)" if len(runs) > limit else ""
    return (", ".join(parts) or "none") + more


_PERCENTAGES = (
    "the values are percentages of one whole, besides `n` (the stated whole) and `min_n` "
    "(the smallest whole)"
)


def check_shape(values: list[Value], options: dict[str, Any]) -> list[Mistake]:
    """Load-time problems: a value that is no percentage, none at all, a constraint on a
    count no percentage has."""
    out = []
    pcts = set()
    for v in values:
        if v.name in STATED:
            continue
        if v.quantity.unit.dimension != "ratio":
            message = f"value '{v.name}' = {v.text} is not a percentage"
            out.append(Mistake(f"values.{v.name}", message, _PERCENTAGES))
        else:
            pcts.add(v.name)
    if out:
        return out
    if not pcts:
        hint = "name the percentages of one whole: `values: {within_24h: 20.36%, n: 786件}`"
        return [Mistake("values", "a granularity claim needs a percentage", hint)]
    constraints: list[Linear] = options.get("constraints", [])
    for i, c in enumerate(constraints):
        unknown = [n for n, _ in c.coeffs if n != WHOLE and n not in pcts]
        if unknown:
            out.append(
                Mistake(
                    f"constraints[{i}]",
                    f"constraint {c.text!r} uses '{unknown[0]}', which is not a percentage's count",
                    f"relate the counts of the percentages, named like them, and {WHOLE} the "
                    "whole: `a <= b`, `a + b == N`",
                )
            )
    return out


def check(claim: Claim, ctx: Context) -> Iterator[Finding]:
    """Find the smallest whole for the percentages; check a stated whole and smallest whole."""
    pcts = [v for v in claim.values if v.name not in STATED]
    shares: dict[str, Share] = {}
    steps: list[Step] = []
    for v in pcts:
        iv = claim.interval(v)
        share = Share.of(iv)
        if share is None:
            yield finding(
                claim,
                Verdict.INCONSISTENT,
                f"{v.text} cannot be a share of a whole: it lies outside 0%–100%",
                pos=v.pos,
            )
            return
        shares[v.name] = share
        steps.append(Step(v.name, "k / N within", v.text, share.interval, show(v.quantity, iv)))
    names = list(shares)
    constraints: list[Linear] = claim.options.get("constraints", [])
    max_n = claim.options.get("max_n", MAX_N)
    t = threshold(list(shares.values()))
    if t is not None:
        steps.append(
            Step(
                "no power from",
                "N · step ≥ 1",
                f"N ≥ {t}",
                Interval(Fraction(t), None),
                f"every N ≥ {t} gives these figures",
            )
        )
    if constraints:
        steps.append(
            Step("constraints", "; ".join(c.text for c in constraints), "", None, "required")
        )
    if (bound := claim.options.get("list_up_to")) is not None:
        runs = consistent_wholes(list(shares.values()), bound)
        label = "consistent N" + (" (constraints aside)" if constraints else "")
        steps.append(Step(label, f"N ≤ {bound}", "", None, _range_text(runs)))
    try:
        sol = solve(shares, constraints, 1, max_n)
    except SolverError as e:
        yield finding(claim, Verdict.UNVERIFIABLE, str(e), steps=tuple(steps))
        return
    figures = ", ".join(v.text for v in pcts)
    if sol is not None:
        steps.append(
            Step(
                "smallest whole",
                "least N with a whole k for each",
                _witness(sol, names),
                Interval.point(sol.n),
                str(sol.n),
            )
        )
    min_n, n = claim.value("min_n"), claim.value("n")
    if min_n is not None:
        if sol is None:
            yield _none(claim, figures, max_n, steps, min_n)
        else:
            found = compare(claim, min_n, Interval.point(sol.n), steps, "smallest whole")
            yield replace(found, message=f"{found.message} ({_witness(sol, names)})")
    elif n is None:
        if sol is None:
            yield _none(claim, figures, max_n, steps, None)
        else:
            yield finding(
                claim,
                Verdict.CONSISTENT,
                f"{figures}: smallest whole N = {sol.n} ({_witness(sol, names)})",
                computed=Interval.point(sol.n),
                computed_shown=str(sol.n),
                stated_shown=figures,
                steps=tuple(steps),
            )
    if n is not None:
        by_name = {v.name: v for v in pcts}
        yield _stated_whole(claim, n, by_name, shares, constraints, max_n, steps)


def _none(
    claim: Claim, figures: str, max_n: int, steps: list[Step], stated: Value | None
) -> Finding:
    return finding(
        claim,
        Verdict.INCONSISTENT,
        f"{figures}: no whole N up to {max_n:,} gives whole counts for all of them",
        stated=None if stated is None else claim.interval(stated),
        stated_shown=figures if stated is None else stated.text,
        computed_shown="none",
        steps=tuple(steps),
    )


def _bounds(iv: Interval | None, max_n: int) -> tuple[int, int] | None:
    """The whole numbers of a stated whole's interval (an open top ends at ``max_n``)."""
    if iv is None or iv.lo is None:
        return None
    lo = -((-iv.lo.numerator) // iv.lo.denominator)
    lo += 0 if iv.contains(lo) else 1
    if iv.hi is None:
        return lo, max(lo, max_n)
    hi = iv.hi.numerator // iv.hi.denominator
    hi -= 0 if iv.contains(hi) else 1
    return (lo, hi) if lo <= hi else None


def _stated_whole(
    claim: Claim,
    n: Value,
    pcts: dict[str, Value],
    shares: dict[str, Share],
    constraints: list[Linear],
    max_n: int,
    steps: list[Step],
) -> Finding:
    """Consistent when some whole within the stated ``n`` gives every percentage."""
    names = list(shares)
    figures = ", ".join(pcts[k].text for k in names)
    stated = claim.interval(n)
    bounds = _bounds(stated.intersect(Interval(Fraction(1), None)), max_n)
    if bounds is None:
        return finding(
            claim,
            Verdict.INCONSISTENT,
            f"the stated whole {n.text} holds no whole number of at least 1",
            pos=n.pos,
            steps=tuple(steps),
        )
    lo, hi = bounds
    try:
        sol = solve(shares, constraints, lo, hi)
    except SolverError as e:
        return finding(claim, Verdict.UNVERIFIABLE, str(e), pos=n.pos, steps=tuple(steps))
    if sol is not None:
        steps = [*steps, Step("stated whole", "k / N", _witness(sol, names), None, "fits")]
        blind = all(
            (step := pcts[k].quantity.step) is not None and reachable_everywhere(step, sol.n)
            for k in names
        )
        note = f"; no power: with N = {sol.n} every figure written like these is reachable"
        return finding(
            claim,
            Verdict.CONSISTENT,
            f"{figures} of N = {sol.n}: {_witness(sol, names)}{note if blind else ''}",
            pos=n.pos,
            stated=stated,
            computed=Interval.point(sol.n),
            stated_shown=n.text,
            computed_shown=str(sol.n),
            steps=tuple(steps),
        )
    if lo == hi:
        misses = [_miss(claim, pcts[k], lo) for k, s in shares.items() if not s.fits(lo)]
        why = "; ".join(misses) or "the constraints cannot all hold"
    else:
        why = "no N in that range gives whole counts for all of them" + (
            " under the constraints" if constraints else ""
        )
    return finding(
        claim,
        Verdict.INCONSISTENT,
        f"{figures} of the stated whole {n.text}: {why}",
        pos=n.pos,
        stated=stated,
        stated_shown=n.text,
        computed_shown="no whole count",
        steps=tuple(steps),
    )


def _miss(claim: Claim, v: Value, n: int) -> str:
    """Why a percentage is no k/n, with the nearest figures a count of n gives either side."""
    q = v.quantity
    if q.step is None:
        return f"{v.text} is no k/{n}"
    sides = [x for x in neighbours(q.value, q.step, claim.rounding, n) if x is not None]
    near = " and ".join(
        f"{written(w, q.step, q.unit.factor, q.unit.display)} ({c}/{n})" for w, c in sides
    )
    return f"{v.text} is no k/{n} (nearest: {near or 'none'})"
