"""The engine: load each file, run every claim's checks, and gather a Report."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from factcheck import quote_places, value_places
from factcheck.checks import REGISTRY
from factcheck.checks.base import Context
from factcheck.diagnose import diagnose
from factcheck.durations import OutsideCalendar
from factcheck.findings import Finding, Verdict
from factcheck.gcpause import paused
from factcheck.intervals import MagnitudeError
from factcheck.loader import MAX_BYTES, iter_claim_files, load
from factcheck.models import Claim, ClaimFile, Pos, Problem, Source
from factcheck.report import ClaimResult, FileReport, Report


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the claim files found under each directory, each file once (the
    first time it is named). A directory that holds no claim file stays in the list, to be
    reported: a CI job pointed at the wrong folder must not pass on nothing."""
    out: list[Path] = []
    seen: set[Path] = set()
    for p in paths:
        path = Path(p)
        found = list(iter_claim_files(path)) if path.is_dir() else [path]
        for f in found or [path]:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def check_claim(
    claim: Claim, ctx: Context, arithmetic: bool = True, slips: bool = True
) -> ClaimResult:
    """Run a claim's kind (unless ``arithmetic`` is off), name the slips that explain an
    inconsistent figure (unless ``slips`` is off), and run its provenance checks."""
    return _checked(claim, ctx, arithmetic, slips)[0]


def _checked(
    claim: Claim, ctx: Context, arithmetic: bool = True, slips: bool = True
) -> tuple[ClaimResult, quote_places.Placement | None]:
    """:func:`check_claim`, and where its provenance checks placed the claim in the article
    (None without one): coverage claims a figure only through that placement."""
    findings = _bounded(claim, ctx) if arithmetic else []
    if slips:
        findings = diagnose(claim, findings, ctx)
    values = value_places.assign(claim)
    findings.extend(value_places.values_in_quotes(claim, values))
    placed = None
    if ctx.source.text is not None:
        name = ctx.source.text_path or "the source text"
        quotes = quote_places.place(claim, ctx.source.text)
        findings.extend(quote_places.quotes_in_source(claim, ctx.source.text, name, quotes))
        where = [q.whole for q in quotes]
        placed = quote_places.Placement(value_places.placed_values(claim, values), where)
    return ClaimResult(claim, tuple(findings)), placed


def _bounded(claim: Claim, ctx: Context) -> list[Finding]:
    """The kind's findings; numbers too large to come from written figures, or dates past the
    calendar, make the claim unverifiable instead of slow, unprintable or a traceback."""
    try:
        return list(_arithmetic(claim, ctx))
    except OutsideCalendar:
        message = "a date falls outside the calendar (years 1 to 9999)"
        hint = "no article counts that far; look for stray digits in a duration"
    except MagnitudeError:
        message = "the arithmetic reaches numbers of more than 1,800 digits"
        hint = "no written figure is that large or that precise; look for stray digits"
    return [Finding(claim.pos, claim.id, claim.kind, Verdict.UNVERIFIABLE, message, hint=hint)]


def _arithmetic(claim: Claim, ctx: Context) -> Iterator[Finding]:
    for f in REGISTRY[claim.kind].check(claim, ctx):
        if claim.severity == "warning" and f.verdict in (Verdict.INCONSISTENT, Verdict.AMBIGUOUS):
            why = f"{' '.join(claim.note.split())} — " if claim.note else ""
            f = replace(f, verdict=Verdict.WARNING, message=f"{why}{f.message}")
        yield f


def verify_file(cf: ClaimFile, arithmetic: bool = True) -> FileReport:
    """Check every claim of a loaded file."""
    ctx = Context(cf.path, cf.source, cf.claims)
    # the checks, and the coverage of the article, make many small objects and free none of
    # them cyclically
    with paused():
        checked = [_checked(c, ctx, arithmetic) for c in cf.claims]
        results = tuple(r for r, _ in checked)
        if cf.source.text is None:
            return FileReport(cf.path, cf.source, results, cf.problems)
        from factcheck import coverage  # with extract: only for a file that names its article

        shown = os.path.normpath(os.path.join(os.path.dirname(cf.path), cf.source.text_path))
        placed = [p for _, p in checked if p is not None]
        cov = coverage.compute(cf.claims, cf.unchecked, cf.source.text, shown, placed=placed)
    # the article's problems (unchecked entries it does not hold) join the file's, in line order
    problems = tuple(sorted(cf.problems + cov.problems, key=lambda p: (p.pos.line, p.pos.column)))
    return FileReport(cf.path, cf.source, results, problems, cov)


def verify_path(path: Path, arithmetic: bool = True, max_bytes: int = MAX_BYTES) -> FileReport:
    """Load and check one claim file; a missing file, or a directory without claim files, is a
    problem, never an exception."""
    problem = None
    if not path.exists():
        problem = Problem(Pos(str(path), 1, 1), "no such file", "check the path")
    elif path.is_dir():  # expand() keeps only a directory that holds no claim file
        hint = (
            "name a claim file, or a directory holding *.yaml or *.yml files (hidden ones skipped)"
        )
        problem = Problem(Pos(str(path), 1, 1), "no claim files in this directory", hint)
    if problem is not None:
        return FileReport(str(path), Source(), (), (problem,), is_file=False)
    return verify_file(load(path, max_bytes), arithmetic)


def verify(
    paths: Iterable[str | Path], arithmetic: bool = True, jobs: int = 1, max_bytes: int = MAX_BYTES
) -> Report:
    """Load and check every claim file; a file that fails never hides the others.

    ``jobs`` > 1 spreads the files over that many processes (0: one per core); the report
    keeps the order of the files as given, so the output does not depend on it. A file over
    ``max_bytes`` is refused unread.
    """
    files = expand(paths)
    workers = min(jobs if jobs > 0 else os.cpu_count() or 1, len(files))
    if workers <= 1:
        return Report(tuple(verify_path(p, arithmetic, max_bytes) for p in files))
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunk = max(1, len(files) // (workers * 4))
        reports = pool.map(
            verify_path, files, [arithmetic] * len(files), [max_bytes] * len(files), chunksize=chunk
        )
        return Report(tuple(reports))
