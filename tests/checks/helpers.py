from __future__ import annotations

from factcheck.engine import verify


def run(path):
    """The claim results of a file, by id, failing on load problems."""
    report = verify([path])
    assert report.problems == [], [str(p) for p in report.problems]
    return {r.claim.id: r for r in report.results}
