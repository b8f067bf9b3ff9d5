"""The engine: load each file, run every claim's checks, and gather a Report."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from factcheck import provenance
from factcheck.checks import REGISTRY
from factcheck.checks.base import Context
from factcheck.intervals import MagnitudeError
from factcheck.loader import MAX_BYTES, iter_claim_files, load
from factcheck.models import Claim, ClaimFile, Finding, Pos, Problem, Source, Verdict
from factcheck.report import ClaimResult, FileReport, Report


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the claim files found under each directory."""
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        out.extend(iter_claim_files(path) if path.is_dir() else [path])
    return out


def check_claim(claim: Claim, ctx: Context, arithmetic: bool = True) -> ClaimResult:
    """Run a claim's kind (unless ``arithmetic`` is off) and its provenance checks."""
    findings = _bounded(claim, ctx) if arithmetic else []
    findings.extend(provenance.values_in_quotes(claim))
    return ClaimResult(claim, tuple(findings))


def _bounded(claim: Claim, ctx: Context) -> list[Finding]:
    """The kind's findings; numbers too large to come from written figures make the claim
    unverifiable instead of slow or unprintable."""
    try:
        return list(_arithmetic(claim, ctx))
    except MagnitudeError:
        return [
            Finding(
                claim.pos,
                claim.id,
                claim.kind,
                Verdict.UNVERIFIABLE,
                "the arithmetic reaches numbers of more than 1,800 digits",
                hint="no written figure is that large or that precise; look for stray digits",
            )
        ]


def _arithmetic(claim: Claim, ctx: Context) -> Iterator[Finding]:
    for f in REGISTRY[claim.kind].check(claim, ctx):
        if claim.severity == "warning" and f.verdict in (Verdict.INCONSISTENT, Verdict.AMBIGUOUS):
            why = f"{' '.join(claim.note.split())} — " if claim.note else ""
            f = replace(f, verdict=Verdict.WARNING, message=f"{why}{f.message}")
        yield f


def verify_file(cf: ClaimFile, arithmetic: bool = True) -> FileReport:
    """Check every claim of a loaded file."""
    ctx = Context(cf.path, cf.source)
    results = tuple(check_claim(c, ctx, arithmetic) for c in cf.claims)
    return FileReport(cf.path, cf.source, results, cf.problems)


def verify(
    paths: Iterable[str | Path], arithmetic: bool = True, max_bytes: int = MAX_BYTES
) -> Report:
    """Load and check every claim file; a file that fails never hides the others.

    A file over ``max_bytes`` is refused unread.
    """
    files = []
    for path in expand(paths):
        if not path.exists():
            files.append(
                FileReport(
                    str(path),
                    Source(),
                    (),
                    (Problem(Pos(str(path), 1, 1), "no such file", "check the path"),),
                )
            )
            continue
        cf = load(path, max_bytes)
        files.append(verify_file(cf, arithmetic))
    return Report(tuple(files))
