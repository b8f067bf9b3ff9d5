"""The report of a run: per file, per claim, the findings; summaries and exports."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from factcheck.findings import Finding, Slip, Step, Verdict
from factcheck.intervals import Interval
from factcheck.models import Claim, Problem, Source
from factcheck.record import Record, init_field

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.coverage import Coverage

SCHEMA_VERSION = 1


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
        return {
            "version": SCHEMA_VERSION,
            "files": [_file_dict(f) for f in self.files],
            "summary": {
                "claims": len(self.results),
                "problems": len(self.problems),
                **self.counts(),
            },
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per claim (pandas is imported here, only when asked for)."""
        import pandas as pd

        rows = []
        for f in self.files:
            for r in f.results:
                m = r.main
                rows.append(
                    {
                        "file": f.path,
                        "id": r.claim.id,
                        "kind": r.claim.kind,
                        "verdict": r.verdict.value,
                        "line": r.claim.pos.line,
                        "column": r.claim.pos.column,
                        "stated": m.stated_shown if m else "",
                        "computed": m.computed_shown if m else "",
                        "message": "; ".join(x.message for x in r.findings),
                        "slips": ", ".join(
                            dict.fromkeys(s.name for x in r.findings for s in x.slips)
                        ),
                    }
                )
        columns = [
            "file",
            "id",
            "kind",
            "verdict",
            "line",
            "column",
            "stated",
            "computed",
            "message",
            "slips",
        ]
        return pd.DataFrame(rows, columns=columns)


def exact(x: Fraction | None) -> str | None:
    """A rational as exact text: a terminating decimal when short, else ``p/q``."""
    return None if x is None else exact_ratio(x.numerator, x.denominator)


def exact_ratio(n: int, d: int) -> str:
    """:func:`exact` of ``n / d`` in lowest terms (``d`` > 0), worked out in integers."""
    rest, twos, fives = d, 0, 0
    while rest % 2 == 0:
        rest //= 2
        twos += 1
    while rest % 5 == 0:
        rest //= 5
        fives += 1
    places = max(twos, fives)
    if rest == 1 and places <= 30:
        scaled = n * (10**places // d)  # the denominator divides 10^places
        sign = "-" if scaled < 0 else ""
        digits = str(abs(scaled)).rjust(places + 1, "0")
        return sign + (digits[:-places] + "." + digits[-places:] if places else digits)
    return f"{n}/{d}"


def interval_dict(iv: Interval | None) -> dict[str, Any] | None:
    """An interval as a JSON object with exact bounds (null is infinite)."""
    if iv is None:
        return None
    return {
        "lo": exact(iv.lo),
        "hi": exact(iv.hi),
        "lo_closed": iv.lo_closed,
        "hi_closed": iv.hi_closed,
    }


def _step_dict(s: Step) -> dict[str, Any]:
    return {
        "label": s.label,
        "formula": s.formula,
        "figures": s.figures,
        "result": interval_dict(s.result),
        "shown": s.shown,
    }


def slip_dict(s: Slip) -> dict[str, Any]:
    """A slip as a JSON object: which, why in English and Chinese, and its arithmetic."""
    return {
        "name": s.name,
        "explanation_en": s.explanation_en,
        "explanation_zh": s.explanation_zh,
        "message": s.message,
        "computed": interval_dict(s.computed),
        "computed_shown": s.computed_shown,
        "steps": [_step_dict(x) for x in s.steps],
    }


def finding_dict(f: Finding) -> dict[str, Any]:
    """A finding as a JSON object."""
    return {
        "check": f.check,
        "verdict": f.verdict.value,
        "message": f.message,
        "line": f.pos.line,
        "column": f.pos.column,
        "hint": f.hint,
        "stated": interval_dict(f.stated),
        "computed": interval_dict(f.computed),
        "stated_shown": f.stated_shown,
        "computed_shown": f.computed_shown,
        "steps": [_step_dict(s) for s in f.steps],
        "readings": [
            {
                "name": r.name,
                "holds": r.holds,
                "computed": interval_dict(r.computed),
                "shown": r.shown,
            }
            for r in f.readings
        ],
        "gap": None
        if f.gap is None
        else {
            "absolute": exact(f.gap.absolute),
            "relative": exact(f.gap.relative),
            "shown": f.gap.shown,
            "nearest": f.gap.nearest,
            "touching": None
            if f.gap.touching is None
            else {"at": exact(f.gap.touching.at), "excluded_by": f.gap.touching.excluded_by},
        },
        "slips": [slip_dict(x) for x in f.slips],
    }


def _file_dict(f: FileReport) -> dict[str, Any]:
    return {
        "path": f.path,
        "source": {
            "title": f.source.title,
            "outlet": f.source.outlet,
            "date": f.source.date,
            "url": f.source.url,
            "text": f.source.text_path,
        },
        "problems": [
            {
                "line": p.pos.line,
                "column": p.pos.column,
                "message": p.message,
                "hint": p.hint,
                "key": p.key,
            }
            for p in f.problems
        ],
        "claims": [
            {
                "id": r.claim.id,
                "kind": r.claim.kind,
                "verdict": r.verdict.value,
                "line": r.claim.pos.line,
                "column": r.claim.pos.column,
                "quotes": [q.text for q in r.claim.quotes],
                "values": {
                    v.name: {
                        "text": v.text,
                        "derived": v.derived,
                        "line": v.pos.line,
                        "column": v.pos.column,
                    }
                    for v in r.claim.values
                },
                "note": r.claim.note,
                "findings": [finding_dict(x) for x in r.findings],
            }
            for r in f.results
        ],
        "coverage": f.coverage.to_dict() if f.coverage else None,
    }
