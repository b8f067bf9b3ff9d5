"""What the machine formats (junit, github, sarif) share: which findings and unaccounted
figures they report, at what level, and the text that explains each one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from factcheck.findings import Finding, Verdict
from factcheck.models import Problem
from factcheck.report import FileReport

if TYPE_CHECKING:
    from factcheck.coverage import Covered

# The level of a finding that does not fail the run; a failing one is always "error".
_LEVELS = {
    Verdict.AMBIGUOUS: "warning",
    Verdict.WARNING: "warning",
    Verdict.UNVERIFIABLE: "note",
}


def fails(verdict: Verdict, strict: bool = False) -> bool:
    """Whether a verdict fails the run (exit 1), as ``Report.exit_code`` decides."""
    if verdict is Verdict.INCONSISTENT:
        return True
    return strict and verdict is not Verdict.CONSISTENT


def level(verdict: Verdict, strict: bool = False) -> str:
    """``error``, ``warning`` or ``note``: error exactly when the verdict fails the run."""
    return "error" if fails(verdict, strict) else _LEVELS.get(verdict, "note")


def notable(file: FileReport) -> Iterator[Finding]:
    """Every finding of a file that is not consistent, claim by claim."""
    for r in file.results:
        for f in r.findings:
            if f.verdict is not Verdict.CONSISTENT:
                yield f


def unaccounted(file: FileReport) -> list[Covered]:
    """The figures of a file's article that no claim accounts for (none without an article)."""
    return file.coverage.unaccounted if file.coverage is not None else []


def coverage_level(strict: bool = False) -> str:
    """An unaccounted figure fails the run only with ``strict``; else it is a note."""
    return "error" if strict else "note"


def explain_unaccounted(file: FileReport, c: Covered) -> str:
    """Why an article's figure is reported: no claim uses it and it is not listed unchecked."""
    return (
        f"unaccounted figure {c.figure.text}: no claim of {file.path} uses it, and its "
        "`unchecked:` list does not name it"
    )


def explain(f: Finding) -> list[str]:
    """A finding's message, then its arithmetic step by step, then its hint."""
    lines = [f.message, *(str(s) for s in f.steps)]
    if f.hint:
        lines.append(f"hint: {f.hint}")
    return lines


def explain_problem(p: Problem) -> list[str]:
    """A load problem's message (with its key path), then its hint."""
    where = f" [{p.key}]" if p.key else ""
    return [f"{p.message}{where}", *([f"hint: {p.hint}"] if p.hint else [])]


def one_based(n: int) -> int:
    """A 1-based line or column; a place unknown (0) is shown as the start of the file."""
    return max(n, 1)
