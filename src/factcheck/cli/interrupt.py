"""Ctrl-C: one line on stderr and exit 130, wherever the run was.

Typer turns an interrupt into a bare exit (or, in older versions, "Aborted!" and exit 1); the
group below catches it first, so every command says what happened and exits as a shell
expects of an interrupted program (128 + SIGINT). Results are rendered whole before anything
is written, so an interrupted run writes nothing.
"""

from __future__ import annotations

import sys
from typing import Any

import typer
from typer.core import TyperGroup

EXIT_INTERRUPTED = 130
MESSAGE = "factcheck: interrupted"


def interrupted() -> None:
    """Say so on stderr, in one line."""
    print(MESSAGE, file=sys.stderr)


class Group(TyperGroup):
    """The command group of ``factcheck``: an interrupted command exits 130 with a message."""

    def invoke(self, ctx: Any) -> Any:
        """Run the command; Ctrl-C becomes exit 130."""
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            interrupted()
            raise typer.Exit(EXIT_INTERRUPTED) from None
