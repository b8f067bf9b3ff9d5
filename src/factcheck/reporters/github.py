"""GitHub Actions workflow commands: one annotation per finding, then the summary.

``::error file=F,line=L,col=C,title=ID::message`` for what fails the run, ``::warning`` for
ambiguous and warning claims, ``::notice`` for unverifiable ones; the message carries the
arithmetic on further lines. A figure of the article no claim accounts for is a ``::notice``
at its place in the article (``::error`` with ``strict``, as it then fails the run).
Escaping follows the runner's rules (actions/toolkit ``command.ts``): ``%``, CR and LF in the
message, and also ``:`` and ``,`` in properties.
"""

from __future__ import annotations

from typing import Any

from factcheck.report import Report
from factcheck.reporters.findings import (
    coverage_level,
    explain,
    explain_problem,
    explain_unaccounted,
    level,
    notable,
    one_based,
    unaccounted,
)
from factcheck.reporters.plain import summary

_COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command's property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, file: str, line: int, col: int, title: str, message: str) -> str:
    """One workflow command line."""
    props = ",".join(
        f"{k}={escape_property(str(v))}"
        for k, v in (
            ("file", file),
            ("line", one_based(line)),
            ("col", one_based(col)),
            ("title", title),
        )
    )
    return f"::{name} {props}::{escape_data(message)}"


def render(report: Report, strict: bool = False, **_: Any) -> str:
    """File by file, every load problem and every finding that is not consistent as an
    annotation; then the summary line."""
    lines: list[str] = []
    for file in report.files:
        lines.extend(
            command(
                "error",
                p.pos.path,
                p.pos.line,
                p.pos.column,
                p.key or "claim file",
                "\n".join(explain_problem(p)),
            )
            for p in file.problems
        )
        lines.extend(
            command(
                _COMMANDS[level(f.verdict, strict)],
                f.pos.path,
                f.pos.line,
                f.pos.column,
                f.claim_id,
                "\n".join(explain(f)),
            )
            for f in notable(file)
        )
        lines.extend(
            command(
                _COMMANDS[coverage_level(strict)],
                file.coverage.source if file.coverage else file.path,
                c.line,
                c.column,
                "unaccounted figure",
                explain_unaccounted(file, c),
            )
            for c in unaccounted(file)
        )
    lines.append(summary(report))
    return "\n".join(lines) + "\n"
