"""The user documentation of the claim kinds, generated from their docstrings.

``python -m factcheck.kinds_doc README.md`` rewrites the part of README between the markers;
a test fails when README and the docstrings disagree.
"""

from __future__ import annotations

import inspect
import re
import sys
from pathlib import Path
from types import ModuleType

from factcheck.checks import REGISTRY

START, END = "<!-- kinds:start -->", "<!-- kinds:end -->"
_BLOCK = re.compile(r"^(Passes|Fails)::\n\n((?:    .*\n|\n)+)", re.MULTILINE)


def examples(module: ModuleType) -> dict[str, str]:
    """The passing and failing YAML examples of a kind, dedented."""
    doc = inspect.getdoc(module) or ""
    out = {}
    for m in _BLOCK.finditer(doc + "\n"):
        lines = [line[4:] for line in m.group(2).rstrip("\n").split("\n")]
        out[m.group(1).lower()] = "\n".join(lines) + "\n"
    return out


def kind_summary(module: ModuleType) -> str:
    """The first paragraph of a kind's docstring, on one line."""
    doc = inspect.getdoc(module) or ""
    return " ".join(doc.split("\n\n", 1)[0].split()).replace("``", "`")


def kind_markdown(module: ModuleType) -> str:
    """One kind's section: its docstring, examples as YAML blocks."""
    doc = inspect.getdoc(module) or ""
    body = _BLOCK.sub(
        lambda m: (
            f"{m.group(1)}:\n\n```yaml\n"
            + "\n".join(line[4:] for line in m.group(2).rstrip("\n").split("\n"))
            + "\n```\n"
        ),
        doc + "\n",
    )
    return f"#### `{module.KIND}`\n\n{body.strip()}\n"


def kinds_markdown() -> str:
    """Every kind's section, in registry order, between the markers."""
    sections = "\n".join(kind_markdown(m) for m in REGISTRY.values())
    return f"{START}\n{sections}{END}"


def replace_between(path: Path, start: str, end: str, generated: str) -> bool:
    """Put ``generated`` (markers included) in place of what stands between ``start`` and
    ``end`` in a Markdown file; True when the file changed."""
    text = path.read_text(encoding="utf-8")
    new = re.sub(
        re.escape(start) + r".*?" + re.escape(end), lambda _: generated, text, flags=re.DOTALL
    )
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


def rewrite(path: Path) -> bool:
    """Put the generated sections into a Markdown file; True when it changed."""
    return replace_between(path, START, END, kinds_markdown())


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {'updated' if rewrite(Path(name)) else 'up to date'}")
