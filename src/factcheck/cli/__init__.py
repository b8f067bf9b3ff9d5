"""The command line: a thin door onto the library. One module per command."""

from __future__ import annotations

import sys

import typer

from factcheck.cli import extract as _extract
from factcheck.cli import grim as _grim
from factcheck.cli import report as _report
from factcheck.cli import schema as _schema
from factcheck.cli import verify as _verify
from factcheck.cli.interrupt import EXIT_INTERRUPTED, Group, interrupted

app = typer.Typer(
    cls=Group,
    name="factcheck",
    help="Check the arithmetic of news articles: figures as exact intervals, claims in YAML.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("verify")(_verify.verify)
app.command("check")(_verify.check)
app.command("grim")(_grim.grim)
app.command("schema")(_schema.schema)
app.command("extract")(_extract.extract_command)
app.command("report")(_report.report)


def main() -> None:
    """The console script."""
    for stream in (sys.stdout, sys.stderr):
        # a terminal or pipe that cannot show Chinese gets escapes, not a traceback
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        app()
    except KeyboardInterrupt:  # before any command runs, while the arguments are read
        interrupted()
        sys.exit(EXIT_INTERRUPTED)
