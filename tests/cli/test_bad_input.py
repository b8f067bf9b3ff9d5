"""Every kind of broken claim file exits 2 with FILE:LINE:COL and a hint, never a traceback."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()

GOOD = """\
version: 1
claims:
  - id: fraud
    kind: order
    quote: 追回93万元,被骗169万元
    values:
      recovered: 93万元
      lost: 169万元
"""

CASES = {
    "malformed": (GOOD.replace("kind: order", "kind: [order"), 5, "malformed YAML"),
    "unknown-key": (GOOD.replace("quote:", "qoute:"), 5, "unknown key 'qoute'"),
    "wrong-type": (
        GOOD.replace("quote: 追回93万元,被骗169万元", "quote: {a: 1}"),
        5,
        "a quote must be text",
    ),
    "values-not-mapping": (
        GOOD.replace(
            "    values:\n      recovered: 93万元\n      lost: 169万元\n", "    values: [1, 2]\n"
        ),
        6,
        "values must be a mapping",
    ),
    "bad-figure": (
        GOOD.replace("recovered: 93万元", "recovered: 9x3万元"),
        7,
        "cannot read figure",
    ),
    "duplicate-key": (GOOD + "      lost: 1万元\n", 9, "duplicate key 'lost'"),
    "duplicate-id": (GOOD + GOOD.split("claims:\n")[1], 9, "duplicate id 'fraud'"),
    "undefined-name": (
        GOOD.replace("    values:", "    order: [lost, lsot]\n    values:"),
        6,
        "undefined name 'lsot'",
    ),
    "alias": (
        GOOD.replace("recovered: 93万元", "recovered: &a 93万元").replace(
            "lost: 169万元", "lost: *a"
        ),
        7,
        "anchor 'a' is not allowed",
    ),
    "empty": ("", 1, "file is empty"),
    "unknown-kind": (GOOD.replace("kind: order", "kind: totl"), 4, "unknown kind 'totl'"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_broken_file_exits_2_located(name, tmp_path):
    text, line, message = CASES[name]
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["verify", str(path), "--format", "plain"])
    assert result.exit_code == 2, result.output
    first = result.stderr.splitlines()[0]
    m = re.match(rf"{re.escape(str(path))}:(\d+):(\d+): error: (.*)", first)
    assert m, first
    assert int(m.group(1)) == line
    assert message in m.group(3)
    assert "hint:" in result.stderr
    assert "Traceback" not in result.output


def test_non_utf8_exits_2_located(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(GOOD.replace("追回", "caf\u00e9 ").encode("latin-1", "replace"))
    result = runner.invoke(app, ["verify", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{path}:5:")
    assert "not UTF-8" in result.stderr
