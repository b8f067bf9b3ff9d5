"""The typer application of ``factcheck``: a group that builds each command on first use."""

from __future__ import annotations

import gc
from importlib import import_module
from typing import Any

import typer
from typer.main import get_command_from_info
from typer.models import CommandInfo

from factcheck.cli import COMMANDS
from factcheck.cli.interrupt import Group


class Commands(Group):
    """The group of ``factcheck``, building each command from its module on first use."""

    # set by main(): whether the console script's collector was on before it paused it
    # (see _load); None in a program that imports the CLI
    script_collector: bool | None = None

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
        script, which paused it before loading typer, what is loaded by then is frozen
        (``gc.freeze``), so that the command's own collections do not walk it either, and
        the collector is turned back on; a program that imports the CLI keeps its collector
        as it was."""
        script = self.script_collector
        enabled = gc.isenabled() if script is None else script
        gc.disable()
        try:
            return import_module(module)
        finally:
            if script is not None:
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
