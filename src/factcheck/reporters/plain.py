"""Plain text: one line per claim, ``FILE:LINE:COL: verdict id (kind) message``, the steps of
every claim that is not consistent, and a summary. No colour, stable for diffs and grep."""

from __future__ import annotations

from typing import Any

from factcheck.findings import Finding, Verdict
from factcheck.report import Report


def render(report: Report, **_: Any) -> str:
    """The report as plain lines."""
    lines: list[str] = []
    for f in report.files:
        for r in f.results:
            c = r.claim
            head = r.headline
            msg = head.message if head else "no findings"
            lines.append(f"{c.pos}: {r.verdict.value} {c.id} ({c.kind}) {msg}")
            if r.verdict is not Verdict.CONSISTENT:
                for x in r.findings:
                    lines.extend(detail(x, "    ", with_message=x is not head))
    lines.extend(coverage_lines(report))
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def detail(f: Finding, indent: str, with_message: bool = False) -> list[str]:
    """The arithmetic of a finding, one step a line. Its message comes first when it is not
    arithmetic (with its own place), or when ``with_message`` (the line above does not say
    it): arithmetic that heads its claim's line is never said twice."""
    out = [f"{indent}{s}" for s in f.steps]
    if f.check != "arithmetic" or (not f.steps and with_message):
        out.insert(0, f"{indent}{f.pos}: {f.verdict.value}: {f.message}")
    elif with_message:
        out.insert(0, f"{indent}{f.message}")
    if f.gap is not None and f.gap.nearest:
        out.append(f"{indent}nearest consistent figure: {f.gap.nearest}")
    if f.hint:
        out.append(f"{indent}hint: {f.hint}")
    return out + slip_lines(f, indent)


NO_SLIP = "no known slip reproduces the stated figure"


def slip_lines(f: Finding, indent: str) -> list[str]:
    """Under an inconsistent figure: each slip that reproduces it, with its arithmetic."""
    if f.check != "arithmetic" or f.verdict is not Verdict.INCONSISTENT:
        return []
    if not f.slips:
        return [f"{indent}{NO_SLIP}"]
    out = []
    for s in f.slips:
        out.append(f"{indent}likely slip: {s.name}: {s.message}")
        out.append(f"{indent}  {s.explanation_en}")
        out.extend(f"{indent}  {x}" for x in s.steps)
    return out


def coverage_lines(report: Report) -> list[str]:
    """For each file whose article is known: its unaccounted figures and a coverage line."""
    return [
        line for f in report.files if (cov := f.coverage) is not None for line in cov.lines(f.path)
    ]


def summary(report: Report) -> str:
    """One line of counts."""
    counts = report.counts()
    parts = [f"{n} {v}" for v, n in counts.items() if n]
    files = report.claim_files
    probs = len(report.problems)
    tail = f", {probs} problem{'s' if probs != 1 else ''} reading input" if probs else ""
    claims = len(report.results)
    return (
        f"{claims} claim{'s' if claims != 1 else ''} in {files} file"
        f"{'s' if files != 1 else ''}: {', '.join(parts) or 'none'}{tail}"
    )
