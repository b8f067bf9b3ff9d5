from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUILIN = ROOT / "claims" / "guilin.yaml"

HEADER = """\
version: 1
source:
  title: test
claims:
"""


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """Write a claim file (dedented) and return its path."""

    def _write(text: str, name: str = "claims.yaml", header: bool = False) -> Path:
        body = textwrap.dedent(text)
        if header:
            body = HEADER + textwrap.indent(body, "  ")
        p = tmp_path / name
        p.write_text(body, encoding="utf-8")
        return p

    return _write
