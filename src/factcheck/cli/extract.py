"""``factcheck extract``: every figure of an article; coverage by a claim file; a draft."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from factcheck.cli.common import EXIT_INCONSISTENT, EXIT_INPUT, EXIT_OK, use_color
from factcheck.coverage import compute
from factcheck.extract import DATE, NAME, QUANTITY, Figure, extract, read_article
from factcheck.gcpause import paused
from factcheck.loader import load


class ExtractFormat(StrEnum):
    """The output formats of ``factcheck extract``."""

    rich = "rich"
    json = "json"


Article = Annotated[Path, typer.Argument(help="The article: a UTF-8 text file.")]
ClaimsOpt = Annotated[
    Path | None,
    typer.Option(
        "--claims", help="A claim file: say which figures it claims, declares unchecked, or misses."
    ),
]
FormatOpt = Annotated[
    ExtractFormat, typer.Option("--format", "-f", help="A table, or a JSON list of figures.")
]
StrictOpt = Annotated[
    bool, typer.Option("--strict", help="With --claims: fail (exit 1) on unaccounted figures.")
]
DraftOpt = Annotated[
    bool,
    typer.Option("--draft", help="Write a YAML skeleton of claims: one stub per sentence."),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this new file (never overwritten)."),
]


def extract_command(
    article: Article,
    claims: ClaimsOpt = None,
    fmt: FormatOpt = ExtractFormat.rich,
    strict: StrictOpt = False,
    draft: DraftOpt = False,
    output: OutputOpt = None,
) -> None:
    """Every figure of a text, in document order: quantities, dates, and names that merely
    contain numerals (flagged). With --claims, which figures the claim file accounts for.

    Exit 0, or 1 with --strict when a figure is unaccounted for, or 2 when an input cannot be
    read or the output file exists.
    """
    if output is not None and output.exists():
        _fail(f"{output}:1:1: error: file exists", "choose a new name; factcheck never overwrites")
    text, problem = read_article(article)
    if text is None:
        print(str(problem), file=sys.stderr)
        raise typer.Exit(EXIT_INPUT)
    # figures, quantities, dicts and rows: many small objects and no cycles among them
    with paused():
        figures = extract(text)
        if draft:
            from factcheck.draft import draft as make_draft

            where = output.parent if output is not None else Path()
            _write(make_draft(text, figures, os.path.relpath(article, where)), output)
            raise typer.Exit(EXIT_OK)
        code = EXIT_OK
        cov = None
        if claims is not None:
            cf = load(claims)
            for p in cf.problems:
                print(str(p), file=sys.stderr)
            if cf.source.text_path and not _same_file(claims.parent / cf.source.text_path, article):
                print(
                    f"{claims}: warning: its article is {cf.source.text_path}, not {article}; "
                    f"the coverage below is of {article}",
                    file=sys.stderr,
                )
            cov = compute(cf.claims, cf.unchecked, text, str(article), figures)
            for p in cov.problems:
                print(str(p), file=sys.stderr)
            if cf.problems or cov.problems:
                code = EXIT_INPUT
            elif strict and cov.unaccounted:
                code = EXIT_INCONSISTENT
        from factcheck.reporters.figures import figure_dicts, render_json, render_table

        items = figure_dicts(text, figures, cov)
        if fmt is ExtractFormat.json:
            rendered = render_json(items)
        else:
            footer = [_counts(figures)]
            if cov is not None:
                footer.append(cov.summary(str(claims)))
            rendered = render_table(items, str(article), footer, color=use_color() and not output)
    _write(rendered, output)
    raise typer.Exit(code)


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (a missing one is the same only by its path)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _counts(figures: list[Figure]) -> str:
    kinds = [f.kind for f in figures]
    n = {k: kinds.count(k) for k in (QUANTITY, DATE, NAME)}
    return (
        f"{n[QUANTITY] + n[DATE]} figures: {n[QUANTITY]} quantities, {n[DATE]} dates; "
        f"{n[NAME]} names with numerals (not figures)"
    )


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        with output.open("x", encoding="utf-8") as fh:  # "x": never overwrite, even racing
            fh.write(text)
    except FileExistsError:
        _fail(f"{output}:1:1: error: file exists", "choose a new name; factcheck never overwrites")
    except OSError as e:
        _fail(f"{output}:1:1: error: cannot write: {e.strerror}", "check the directory exists")


def _fail(message: str, hint: str) -> NoReturn:
    print(message, file=sys.stderr)
    if hint:
        print(f"  hint: {hint}", file=sys.stderr)
    raise typer.Exit(EXIT_INPUT)
