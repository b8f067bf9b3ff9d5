"""A fixed-seed sample of the fuzzing campaign (``make fuzz`` runs 10,000 cases).

Each case goes through the command line and must end with exit 0, 1 or 2, no traceback, no
hang, every error located inside the file; clean documents must never exit 2. A failure is
shrunk by Hypothesis to its smallest form.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.fuzz import strategies
from tests.fuzz.harness import FORMATS, GUILIN, run_case, workdir

SAMPLE = settings(
    max_examples=100,
    derandomize=True,  # the same sample on every run
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
commands = st.sampled_from(
    [("verify", f) for f in FORMATS] + [("check", "plain"), ("report", "html")]
)


@pytest.fixture(scope="module")
def where(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return workdir(tmp_path_factory.mktemp("fuzz"))


def holds(data: bytes, where: Path, command: tuple[str, str], readable: bool = False) -> None:
    outcome = run_case(data, where, *command, timeout=20.0, readable=readable)
    assert outcome.kind == "ok", f"{outcome.kind}: {outcome.failure}"


@SAMPLE
@given(data=strategies.claim_texts(clean=True), command=commands)
def test_clean_documents_load_and_are_checked(where, data, command):
    holds(data, where, command, readable=True)


@SAMPLE
@given(data=strategies.claim_texts(), command=commands)
def test_broken_documents_get_located_errors(where, data, command):
    holds(data, where, command)


@SAMPLE
@given(ops=strategies.mutations, command=commands)
def test_mutations_of_the_guilin_claims(where, ops, command):
    holds(strategies.apply(GUILIN.read_bytes(), ops), where, command)


@pytest.mark.parametrize("data", strategies.HOSTILE, ids=range(len(strategies.HOSTILE)))
def test_hostile_files(where, data):
    holds(data.encode(), where, ("verify", "plain"))


def test_the_harness_catches_a_traceback(where, monkeypatch):
    import factcheck.cli.verify as verify_cmd

    def crash(*args: object, **kwargs: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr(verify_cmd, "run", crash)
    outcome = run_case(b"claims: []\n", where)
    assert outcome.kind == "traceback" and "ValueError: boom" in outcome.failure


def test_the_harness_catches_a_hang(where, monkeypatch):
    import time

    import factcheck.cli.verify as verify_cmd

    monkeypatch.setattr(verify_cmd, "run", lambda *a, **k: time.sleep(5))
    outcome = run_case(b"claims: []\n", where, timeout=0.2)
    assert (outcome.kind, outcome.exit_code) == ("hang", None)


def test_the_harness_catches_an_error_outside_the_file(where, monkeypatch):
    import factcheck.cli.verify as verify_cmd
    from factcheck.models import Pos, Problem, Source
    from factcheck.report import FileReport, Report

    def misplaced(paths: list[Path], **kwargs: object) -> Report:
        p = Problem(Pos(str(paths[0]), 9, 1), "somewhere else")
        return Report((FileReport(str(paths[0]), Source(), (), (p,)),))

    monkeypatch.setattr(verify_cmd, "run", misplaced)
    outcome = run_case(b"claims: []\n", where)
    assert outcome.kind == "unlocated" and "outside the file (2 lines)" in outcome.failure
