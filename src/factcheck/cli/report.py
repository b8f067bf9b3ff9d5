"""``factcheck report``: the HTML audit report, written to one file."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.common import EXIT_INPUT, print_problems
from factcheck.cli.output import OutputError, guard, write_atomic
from factcheck.engine import expand
from factcheck.engine import verify as run
from factcheck.report import FileReport
from factcheck.reporters.labels import Lang
from factcheck.reporters.plain import summary

Paths = Annotated[list[Path], typer.Argument(help="Claim files, or directories to search.")]
Output = Annotated[
    Path,
    typer.Option("--output", "-o", help="The HTML file to write ('-' for standard output)."),
]
LangOpt = Annotated[
    Lang | None,
    typer.Option(
        "--lang", help="Language of the report's labels (default: the source's, else en)."
    ),
]
Strict = Annotated[
    bool,
    typer.Option(
        "--strict", help="Exit 1 on ambiguous, warning and unverifiable claims too (as verify)."
    ),
]


def report(paths: Paths, output: Output, lang: LangOpt = None, strict: Strict = False) -> None:
    """Write the HTML audit report: one self-contained file that opens offline and prints.

    The file is written even when claims are inconsistent; the exit code is that of
    `factcheck verify` (0, 1 or 2). An output that is one of the inputs is refused (exit 2).
    """
    from factcheck.reporters import html

    result = run(paths)
    if str(output) != "-":
        refusal = _refuse(output, paths, result.files)
        if refusal:
            _fail(output, *refusal)
    page = html.render(result, lang=lang)
    if str(output) == "-":
        sys.stdout.write(page)
    else:
        try:
            write_atomic(output, page)
        except OutputError as e:
            _fail(output, e.message, e.hint)
        print(f"{output}: {summary(result)}", file=sys.stderr)
    print_problems(result)
    raise typer.Exit(result.exit_code(strict))


def _refuse(output: Path, paths: list[Path], files: Sequence[FileReport]) -> tuple[str, str] | None:
    """Why the output may not be written, if it may not: a missing directory, or what
    :func:`guard` refuses (a directory, an input, an existing YAML file)."""
    if not output.is_dir() and not output.parent.is_dir():
        return "its directory does not exist", "create the directory first"
    protected = [(p, "an input claim file") for p in expand(paths)]
    protected += [
        (Path(f.path).parent / f.source.text_path, f"the source text of {f.path}")
        for f in files
        if f.source.text_path
    ]
    try:
        guard(output, protected)
    except OutputError as e:
        return e.message, e.hint
    return None


def _fail(output: Path, message: str, hint: str) -> None:
    print(f"{output}: error: {message}\n  hint: {hint}", file=sys.stderr)
    raise typer.Exit(EXIT_INPUT)
