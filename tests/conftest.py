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

# an order the figures contradict: 169万元 lost is not at most 93万元 recovered
BAD_ORDER = """\
- id: amounts
  kind: order
  quote: 追回93万元,被骗169万元
  order: [lost, recovered]
  values:
    recovered: 93万元
    lost: 169万元
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
