"""``factcheck verify`` and ``factcheck check``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.common import EXIT_INPUT, auto_format, format_for, print_problems, use_color
from factcheck.cli.output import OutputError, write_output
from factcheck.engine import verify as run
from factcheck.loader import MAX_BYTES
from factcheck.reporters import Format, render
from factcheck.reporters.plain import coverage_lines

Paths = Annotated[list[Path], typer.Argument(help="Claim files, or directories to search.")]
FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format", "-f", help="Output format (default: rich on a terminal, plain when piped)."
    ),
]
Output = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write the report to this file (atomically) instead of standard output; "
        "without --format, the format follows its suffix (.json, .sarif, .csv, .xml: junit).",
        dir_okay=False,
    ),
]
Jobs = Annotated[
    int,
    typer.Option(
        "--jobs", "-j", min=0, help="Check files in this many processes (0: one per core)."
    ),
]
Strict = Annotated[
    bool,
    typer.Option(
        "--strict",
        help="Fail (exit 1) on ambiguous, warning and unverifiable claims too, and on figures "
        "of the article that no claim accounts for.",
    ),
]

MaxBytes = Annotated[
    int,
    typer.Option(
        "--max-bytes",
        min=1,
        metavar="BYTES",
        help="Refuse (exit 2) any claim file larger than this, unread.",
    ),
]


def verify(
    paths: Paths,
    fmt: FormatOpt = None,
    strict: Strict = False,
    output: Output = None,
    jobs: Jobs = 1,
    max_bytes: MaxBytes = MAX_BYTES,
) -> None:
    """Load, validate and recompute every claim; print the report.

    Exit 0 when every claim is consistent, 1 when one is inconsistent, 2 when an input
    could not be read (or the output could not be written).
    """
    report = run(paths, jobs=jobs, max_bytes=max_bytes)
    if output is None:
        chosen = auto_format(fmt)
        sys.stdout.write(render(report, chosen, color=use_color(), strict=strict))
    else:
        chosen = fmt or format_for(output)
        try:
            write_output(output, render(report, chosen, color=False, strict=strict), report)
        except OutputError as e:
            print_problems(report)
            print(str(e), file=sys.stderr)
            raise typer.Exit(EXIT_INPUT) from None
    print_problems(report)
    if chosen is Format.csv:  # a row is a claim: the article's unaccounted figures go here
        for f in report.files:
            if f.coverage is not None and f.coverage.unaccounted:
                print(*f.coverage.lines(f.path, limit=None)[:-1], sep="\n", file=sys.stderr)
    raise typer.Exit(report.exit_code(strict))


def check(paths: Paths, strict: Strict = False, max_bytes: MaxBytes = MAX_BYTES) -> None:
    """Validate claim files only (structure, ids, names, figures, values against quotes),
    no arithmetic."""
    report = run(paths, arithmetic=False, max_bytes=max_bytes)
    print_problems(report)
    bad = [f for r in report.results for f in r.findings]
    for f in bad:
        print(f"{f.pos}: {f.verdict.value}: {f.message} ({f.claim_id})")
        if f.hint:
            print(f"  hint: {f.hint}")
    for line in coverage_lines(report):
        print(line)
    counts = (len(report.results), report.claim_files, len(report.problems), len(bad))
    claims, files, problems, findings = (
        f"{n} {word}{'s' if n != 1 else ''}"
        for n, word in zip(counts, ("claim", "file", "problem", "provenance finding"), strict=True)
    )
    print(f"{claims} in {files} checked: {problems}, {findings}")
    raise typer.Exit(report.exit_code(strict))
