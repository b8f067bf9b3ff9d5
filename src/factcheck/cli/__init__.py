"""The command line: a thin door onto the library. One module per command."""

from __future__ import annotations

import gc
import os
import sys
from importlib import import_module
from typing import Any, NoReturn

import typer
from typer.main import get_command_from_info
from typer.models import CommandInfo

from factcheck.cli.interrupt import EXIT_INTERRUPTED, Group, interrupted

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


class Commands(Group):
    """The group of ``factcheck``, building each command from its module on first use."""

    # set by main(): the process is this command's alone (see _load)
    freeze_after_load = False

    def list_commands(self, ctx: Any) -> list[str]:
        """Every command, in the order of :data:`COMMANDS`."""
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """The command ``cmd_name``, its module imported now; None for an unknown name."""
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, function = COMMANDS[cmd_name]
            info = CommandInfo(name=cmd_name, callback=getattr(self._load(module), function))
            self.commands[cmd_name] = get_command_from_info(
                info,
                pretty_exceptions_short=app.pretty_exceptions_short,
                rich_markup_mode=self.rich_markup_mode,
            )
        return self.commands.get(cmd_name)

    def _load(self, module: str) -> Any:
        """Import a command's module with the cyclic collector paused: an import builds
        thousands of objects that live as long as the process (classes, functions, compiled
        patterns), and the collector would only walk them again and again. In the console
        script, what is loaded by then is frozen (``gc.freeze``), so that the command's own
        collections do not walk it either; a program that imports the CLI keeps its
        collector as it was."""
        enabled = gc.isenabled()
        gc.disable()
        try:
            return import_module(module)
        finally:
            if self.freeze_after_load:
                gc.freeze()
            if enabled:
                gc.enable()

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """As typer does; an unknown name first loads every command, so that typer's
        did-you-mean can see them."""
        if args and args[0] not in COMMANDS:
            for name in COMMANDS:
                self.get_command(ctx, name)
        return super().resolve_command(ctx, args)


app = typer.Typer(
    cls=Commands,
    name="factcheck",
    help="Check the arithmetic of news articles: figures as exact intervals, claims in YAML.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    # the commands are not registered with typer (see Commands); a callback makes it a group
    pass


def main() -> None:
    """The console script."""
    for stream in (sys.stdout, sys.stderr):
        # a terminal or pipe that cannot show Chinese gets escapes, not a traceback
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    Commands.freeze_after_load = True
    try:
        app()
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
