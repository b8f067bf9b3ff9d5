"""The examples of docs/ci.md parse, and their factcheck commands run as written."""

from __future__ import annotations

import re
import shlex

import yaml
from tests.conftest import ROOT
from tests.mixed import GOOD
from typer.testing import CliRunner

from factcheck.cli import app

DOC = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```yaml\n(.*?)```", DOC, re.S)


def commands():
    """Every `factcheck ...` command line in the YAML examples."""
    out = []
    for block in BLOCKS:
        for line in block.splitlines():
            m = re.search(r"(?:run:|-)\s+(factcheck \S.*)$", line)
            if m:
                out.append(shlex.split(m.group(1).split(" #")[0]))
    return out


def test_every_example_is_yaml():
    examples = [b for b in BLOCKS if not b.lstrip().startswith("# yaml-language-server:")]
    assert len(examples) == 4  # GitHub annotations, code scanning, GitLab, pre-commit
    for block in examples:
        assert isinstance(yaml.safe_load(block), dict)


def test_each_pipeline_uses_its_format():
    cmds = [" ".join(c) for c in commands()]
    assert "factcheck verify claims/ --format github" in cmds
    assert "factcheck verify claims/ -o factcheck.sarif" in cmds
    assert "factcheck verify claims/ --format junit -o factcheck-junit.xml" in cmds


def test_the_commands_run(tmp_path, monkeypatch):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    for cmd in commands():
        result = runner.invoke(app, cmd[1:])
        assert result.exit_code == 0, (cmd, result.output)
    assert (tmp_path / "factcheck.sarif").read_text(encoding="utf-8").startswith("{")
    assert (tmp_path / "factcheck-junit.xml").read_text(encoding="utf-8").startswith("<?xml")
