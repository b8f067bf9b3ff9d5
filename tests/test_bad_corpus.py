"""The corpus of broken claim files: each file's errors, exactly as a user reads them.

``tests/data/bad/NAME.yaml`` is one problem; ``NAME.expected`` is what ``factcheck verify
NAME.yaml`` prints on stderr (run from that folder), byte for byte. The messages and hints are
product text: review a change to one like a change to the docs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

CORPUS = Path(__file__).parent / "data" / "bad"
CASES = sorted(p.stem for p in CORPUS.glob("*.yaml"))


@pytest.mark.parametrize("name", CASES)
def test_a_broken_file_exits_2_with_its_expected_errors(name, monkeypatch):
    monkeypatch.chdir(CORPUS)
    result = CliRunner().invoke(app, ["verify", f"{name}.yaml", "--format", "plain"])
    assert result.exit_code == 2
    assert result.stderr == (CORPUS / f"{name}.expected").read_text(encoding="utf-8")
    assert result.stdout.endswith("problem reading input\n") or "problems reading input" in (
        result.stdout
    )


def test_every_broken_file_has_its_expectation_and_one_problem_at_least():
    assert CASES and sorted(p.stem for p in CORPUS.glob("*.expected")) == CASES
    for name in CASES:
        assert (CORPUS / f"{name}.expected").read_text(encoding="utf-8").startswith(f"{name}.yaml:")
