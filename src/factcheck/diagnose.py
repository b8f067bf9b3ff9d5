"""Diagnosis: for a claim whose arithmetic does not add up, the known slips that reproduce its
stated figure (factcheck.slips), attached to the inconsistent findings.

A slip never changes a verdict: legitimate readings of ambiguous wording are the checks'
business; a slip is an error, named.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from factcheck.checks.base import Context
from factcheck.findings import Finding, Slip, Verdict
from factcheck.intervals import DivisionByZeroError, EmptyIntervalError
from factcheck.models import Claim

MAX_PER_SLIP = 3  # a figure read another way can match in several ways; show the first few


def applies(finding: Finding) -> bool:
    """Slips explain inconsistent arithmetic, nothing else."""
    return finding.check == "arithmetic" and finding.verdict is Verdict.INCONSISTENT


def slips_for(claim: Claim, ctx: Context) -> Iterator[Slip]:
    """Every slip that reproduces the claim's stated figure, most specific first."""
    # the catalogue is imported on the first inconsistent figure: a file whose claims all
    # hold (most of them) never loads its sixteen modules
    from factcheck.checks.average_growth import Unusable
    from factcheck.slips import REGISTRY

    for module in REGISTRY:
        if module.KINDS and claim.kind not in module.KINDS:
            continue
        found = 0
        try:
            for a in module.recompute(claim, ctx):
                if not a.holds:
                    continue
                yield Slip(
                    module.NAME,
                    module.EXPLAIN_EN,
                    module.EXPLAIN_ZH,
                    a.message,
                    a.steps,
                    a.computed,
                    a.computed_shown,
                )
                found += 1
                if found == MAX_PER_SLIP:
                    break
        except (DivisionByZeroError, EmptyIntervalError, Unusable):
            continue


def diagnose(claim: Claim, findings: Sequence[Finding], ctx: Context) -> list[Finding]:
    """The findings, each inconsistent arithmetic finding carrying the slips that explain it."""
    for f in findings:  # applies(f), written out: every claim of a file is asked, most hold
        if f.verdict is Verdict.INCONSISTENT and f.check == "arithmetic":
            break
    else:
        return list(findings)
    slips = tuple(slips_for(claim, ctx))
    return [replace(f, slips=slips) if applies(f) else f for f in findings]
