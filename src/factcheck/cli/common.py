"""What the commands share: output streams, the choice of format, and exit codes."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from factcheck.report import Report
from factcheck.reporters import Format

EXIT_OK, EXIT_INCONSISTENT, EXIT_INPUT = 0, 1, 2


def auto_format(fmt: Format | None) -> Format:
    """Rich on a terminal, plain when piped."""
    if fmt is not None:
        return fmt
    return Format.rich if sys.stdout.isatty() else Format.plain


SUFFIX_FORMATS = {
    ".json": Format.json,
    ".sarif": Format.sarif,
    ".csv": Format.csv,
    ".xml": Format.junit,
}


def format_for(path: Path) -> Format:
    """The format an output file's suffix names (``.sarif``, ``.json``…), plain otherwise."""
    return SUFFIX_FORMATS.get(path.suffix.lower(), Format.plain)


def use_color() -> bool:
    """Colour only on a terminal, and never with NO_COLOR set (https://no-color.org)."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def print_problems(report: Report) -> None:
    """Every load problem on stderr, as FILE:LINE:COL: message with its hint."""
    for p in report.problems:
        print(str(p), file=sys.stderr)
