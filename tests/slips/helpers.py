from __future__ import annotations

from pathlib import Path

from factcheck.engine import verify
from factcheck.report import ClaimResult

HERE = Path(__file__).resolve().parent
INVENTED = HERE / "invented.yaml"
CONTROL = HERE / "control.yaml"


def results(path: Path) -> dict[str, ClaimResult]:
    """The claim results of a file by id, failing on load problems."""
    report = verify([path])
    assert report.problems == [], [str(p) for p in report.problems]
    return {r.claim.id: r for r in report.results}


def line_of(path: Path, claim_id: str) -> int:
    """The line of ``- id: claim_id`` in a claim file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, text in enumerate(lines, 1) if text.strip() == f"- id: {claim_id}")


def slip_names(r: ClaimResult) -> list[str]:
    """The names of the slips on a claim's arithmetic findings, in order."""
    return [s.name for f in r.findings for s in f.slips]
