"""The report of a run: per file, per claim, the findings, and their summaries. The report as
data for other programs (JSON, pandas) is :mod:`factcheck.exports`'s."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from factcheck.findings import Finding, Verdict
from factcheck.models import Claim, Problem, Source
from factcheck.record import Record, init_field

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.coverage import Coverage


@dataclass(slots=True, init=False, repr=False, eq=False)
class ClaimResult(Record):
    """A claim and everything its checks found; its verdict is the worst of them."""

    claim: Claim
    findings: tuple[Finding, ...]

    def __init__(self, claim: Claim, findings: tuple[Finding, ...]) -> None:
        init_field(self, "claim", claim)
        init_field(self, "findings", findings)

    @property
    def verdict(self) -> Verdict:
        """The worst verdict among the findings."""
        if not self.findings:
            return Verdict.CONSISTENT
        return min((f.verdict for f in self.findings), key=lambda v: v.rank)

    @property
    def main(self) -> Finding | None:
        """The arithmetic finding, when there is one."""
        return next((f for f in self.findings if f.check == "arithmetic"), None)

    @property
    def headline(self) -> Finding | None:
        """The finding that gives the claim its verdict: the arithmetic one when it does, else
        the first that does (a quote not in the article, under arithmetic that holds)."""
        main, verdict = self.main, self.verdict
        if main is not None and main.verdict is verdict:
            return main
        return next((f for f in self.findings if f.verdict is verdict), main)


@dataclass(init=False, repr=False, eq=False)
class FileReport(Record):
    """One claim file: its source, its claims' results and the problems reading it."""

    path: str
    source: Source
    results: tuple[ClaimResult, ...]
    problems: tuple[Problem, ...]
    coverage: Coverage | None = None  # when the article's text is known
    # False for a path that names no claim file: missing, or a directory without one
    is_file: bool = True

    def __init__(
        self,
        path: str,
        source: Source,
        results: tuple[ClaimResult, ...],
        problems: tuple[Problem, ...],
        coverage: Coverage | None = None,
        is_file: bool = True,
    ) -> None:
        init_field(self, "path", path)
        init_field(self, "source", source)
        init_field(self, "results", results)
        init_field(self, "problems", problems)
        init_field(self, "coverage", coverage)
        init_field(self, "is_file", is_file)


@dataclass(init=False, repr=False, eq=False)
class Report(Record):
    """Everything a run found, over every file."""

    files: tuple[FileReport, ...]

    def __init__(self, files: tuple[FileReport, ...]) -> None:
        init_field(self, "files", files)

    @property
    def results(self) -> list[ClaimResult]:
        """Every claim result, file by file."""
        return [r for f in self.files for r in f.results]

    @property
    def claim_files(self) -> int:
        """How many claim files were named (a missing path or an empty directory is none)."""
        return sum(f.is_file for f in self.files)

    @property
    def problems(self) -> list[Problem]:
        """Every load problem, file by file."""
        return [p for f in self.files for p in f.problems]

    def counts(self) -> dict[str, int]:
        """The number of claims of each verdict, every verdict present."""
        c = Counter(r.verdict.value for r in self.results)
        return {v.value: c.get(v.value, 0) for v in Verdict}

    def exit_code(self, strict: bool = False) -> int:
        """2 when an input could not be read, 1 when a claim is inconsistent (or, strict,
        anything short of consistent, or a figure of an article unaccounted for), else 0."""
        if self.problems:
            return 2
        bad = {Verdict.INCONSISTENT}
        if strict:
            bad |= {Verdict.AMBIGUOUS, Verdict.WARNING, Verdict.UNVERIFIABLE}
            if any(f.coverage and f.coverage.unaccounted for f in self.files):
                return 1
        return 1 if any(r.verdict in bad for r in self.results) else 0

    def to_dict(self) -> dict[str, Any]:
        """A plain, JSON-ready document; intervals as exact strings."""
        from factcheck.exports import report_dict

        return report_dict(self)

    def to_frame(self) -> pd.DataFrame:
        """One row per claim (pandas is imported only when asked for)."""
        from factcheck.exports import report_frame

        return report_frame(self)
