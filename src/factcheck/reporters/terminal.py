"""The terminal table (Rich): one row per claim, then the arithmetic of every claim that is
not consistent, then the summary."""

from __future__ import annotations

import io
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.findings import Verdict
from factcheck.report import Report
from factcheck.reporters.plain import coverage_lines, detail, summary

STYLES = {
    Verdict.CONSISTENT: "green",
    Verdict.INCONSISTENT: "bold red",
    Verdict.AMBIGUOUS: "yellow",
    Verdict.WARNING: "magenta",
    Verdict.UNVERIFIABLE: "cyan",
}


def text_console(out: io.StringIO, color: bool, width: int | None) -> Console:
    """A Rich console writing to ``out``: 16 colours or none, 120 columns unless told,
    nothing highlighted or wrapped that was not asked for."""
    return Console(
        file=out,
        force_terminal=color,
        no_color=not color,
        width=width or 120,
        color_system="standard" if color else None,
        highlight=False,
        soft_wrap=False,
    )


def render(report: Report, color: bool = True, width: int | None = None, **_: Any) -> str:
    """The report as a Rich table, with or without colour codes."""
    out = io.StringIO()
    console = text_console(out, color, width)
    for f in report.files:
        if not f.results:
            continue
        # what comes from a claim file is text, never Rich markup: a title or path with
        # "[/]" in it is shown as written, not read as a tag
        table = Table(
            title=Text(f.source.title or f.path, style="table.title"),
            caption=Text(f.path, style="table.caption"),
            box=box.SIMPLE_HEAD,
            show_lines=False,
            expand=False,
        )
        table.add_column("id", overflow="fold")
        table.add_column("kind")
        table.add_column("verdict")
        table.add_column("stated", overflow="fold")
        table.add_column("computed", overflow="fold")
        table.add_column("line", justify="right")
        for r in f.results:
            m = r.main
            table.add_row(
                Text(r.claim.id),
                r.claim.kind,
                Text(r.verdict.value, style=STYLES[r.verdict]),
                Text(m.stated_shown if m else ""),
                Text(m.computed_shown if m else ""),
                str(r.claim.pos.line),
            )
        console.print(table)
        for r in f.results:
            if r.verdict is Verdict.CONSISTENT:
                continue
            console.print(
                Text(f"{r.claim.pos}: {r.verdict.value} {r.claim.id}", style=STYLES[r.verdict])
            )
            for x in r.findings:
                if x.check == "arithmetic":
                    console.print(Text(f"    {x.message}"))
                for line in detail(x, "    "):
                    slip = line.lstrip().startswith("likely slip:")
                    console.print(Text(line, style="bold" if slip else ""))
    for line in coverage_lines(report):
        style = "bold" if line.startswith("coverage of ") else "yellow"
        console.print(Text(line, style=style), soft_wrap=True)  # paths stay whole
    console.print(Text(summary(report), style="bold"))
    return out.getvalue()
