from __future__ import annotations

import importlib.util
from pathlib import Path

from factcheck.engine import verify
from factcheck.report import ClaimResult

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
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


def generated(tmp: Path, claims: int, seed: int) -> Path:
    """A claim file written by the benchmark's generator (bench/generate.py) in ``tmp``."""
    spec = importlib.util.spec_from_file_location("generate", ROOT / "bench" / "generate.py")
    assert spec and spec.loader
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    path = tmp / "generated.yaml"
    generate.write(path, claims, seed=seed)
    return path
