"""The user documentation of the catalogue of slips, generated from the slip modules.

``python -m factcheck.slips.doc README.md`` rewrites the part of README between the markers;
a test fails when README and the modules disagree.
"""

from __future__ import annotations

import inspect
import re
import sys
from pathlib import Path
from types import ModuleType

from factcheck.kinds_doc import replace_between
from factcheck.slips import REGISTRY

START, END = "<!-- slips:start -->", "<!-- slips:end -->"
_BLOCK = re.compile(r"^Example::\n\n((?:    .*\n|\n)+)", re.MULTILINE)


def example(module: ModuleType) -> str:
    """A slip's worked example: the YAML claims, dedented."""
    m = _BLOCK.search((inspect.getdoc(module) or "") + "\n")
    if m is None:
        return ""
    return "\n".join(line[4:] for line in m.group(1).rstrip("\n").split("\n")) + "\n"


def slip_markdown(module: ModuleType) -> str:
    """One slip's section: its docstring, the example as a YAML block."""
    doc = inspect.getdoc(module) or ""
    body = _BLOCK.sub(lambda _: f"Example:\n\n```yaml\n{example(module)}```\n", doc + "\n")
    return f"#### `{module.NAME}`\n\n{body.strip()}\n"


def table() -> str:
    """The catalogue at a glance, in the order slips are listed (most specific first)."""
    rows = [
        f"| `{m.NAME}` | {', '.join(m.KINDS) or 'any'} | {m.EXPLAIN_EN} | {m.EXPLAIN_ZH} |"
        for m in REGISTRY
    ]
    head = "| slip | kinds | explanation | 说明 |\n| --- | --- | --- | --- |"
    return head + "\n" + "\n".join(rows) + "\n"


def slips_markdown() -> str:
    """The table and every slip's section, between the markers."""
    sections = "\n".join(slip_markdown(m) for m in REGISTRY)
    return f"{START}\n{table()}\n{sections}{END}"


def rewrite(path: Path) -> bool:
    """Put the generated catalogue into a Markdown file; True when it changed."""
    return replace_between(path, START, END, slips_markdown())


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {'updated' if rewrite(Path(name)) else 'up to date'}")
