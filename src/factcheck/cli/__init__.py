"""The command line: a thin door onto the library. One module per command.

The typer application, ``app``, is in :mod:`factcheck.cli.group`, loaded when first named,
so that the console script can pause the cyclic collector before typer loads (see main).
"""

from __future__ import annotations

import gc
import os
import sys
from importlib import import_module
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from factcheck.cli.group import Commands, app

__all__ = ["COMMANDS", "Commands", "app", "main"]

# command -> (module, function). A command's module is imported only when that command runs
# (or --help lists them all), so `factcheck verify` does not load extract, report or grim.
COMMANDS: dict[str, tuple[str, str]] = {
    "verify": ("factcheck.cli.verify", "verify"),
    "check": ("factcheck.cli.verify", "check"),
    "grim": ("factcheck.cli.grim", "grim"),
    "schema": ("factcheck.cli.schema", "schema"),
    "extract": ("factcheck.cli.extract", "extract_command"),
    "report": ("factcheck.cli.report", "report"),
}


def __getattr__(name: str) -> Any:
    if name in ("app", "Commands"):
        return getattr(import_module("factcheck.cli.group"), name)
    raise AttributeError(f"module 'factcheck.cli' has no attribute {name!r}")


def main() -> None:
    """The console script."""
    for stream in (sys.stdout, sys.stderr):
        # a terminal or pipe that cannot show Chinese gets escapes, not a traceback
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    # typer, rich and the command's modules build objects that live as long as the process:
    # the collector is paused until the command is loaded, then they are frozen out of it
    # (group.Commands._load)
    collecting = gc.isenabled()
    gc.disable()
    group = import_module("factcheck.cli.group")
    group.Commands.script_collector = collecting
    from factcheck.cli.interrupt import EXIT_INTERRUPTED, interrupted

    try:
        sys.modules[__name__].app()  # as this module names it
    except KeyboardInterrupt:  # before any command runs, while the arguments are read
        interrupted()
        sys.exit(EXIT_INTERRUPTED)
    except SystemExit as done:
        _leave(done)


def _leave(done: SystemExit) -> NoReturn:
    """End the process with the command's exit code, its output flushed, without freeing
    what it built object by object: a report of 10,000 claims is millions of small objects,
    and the interpreter's clean-up of them at exit took a fifth of the whole command. A
    code that is a message, or output that cannot be flushed (a closed pipe), takes the
    usual way out."""
    code = 0 if done.code is None else done.code
    if not isinstance(code, int):
        raise done
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        raise done from None
    os._exit(code)
