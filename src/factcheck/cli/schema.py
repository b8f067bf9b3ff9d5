"""``factcheck schema``: print the JSON Schema of claim files."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.common import EXIT_INPUT
from factcheck.cli.output import OutputError, write_output

Output = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write the schema to this file instead.", dir_okay=False),
]


def schema(output: Output = None) -> None:
    """Print the JSON Schema (draft 2020-12) of claim files, for editors.

    Put `# yaml-language-server: $schema=PATH` on the first line of a claim file to get
    completion and checking as you type.
    """
    from factcheck.schema import render

    text = render()
    if output is None:
        sys.stdout.write(text)
        return
    try:
        write_output(output, text)
    except OutputError as e:
        print(str(e), file=sys.stderr)
        raise typer.Exit(EXIT_INPUT) from None
