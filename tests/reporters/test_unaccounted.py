"""The article's figures no claim accounts for, in every machine format: a note (an error
with --strict, which then fails the run) at the figure's place in the article."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET

import pytest
from tests.conftest import GUILIN
from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()


@pytest.fixture
def no_unchecked(tmp_path, monkeypatch):
    """The Guilin claims without their `unchecked:` list: its 29 figures are unaccounted."""
    text = GUILIN.read_text(encoding="utf-8")
    start, end = text.index("\nunchecked:\n"), text.index("\nclaims:\n")
    (tmp_path / "sources").mkdir()
    shutil.copy(GUILIN.parent / "sources" / "guilin.txt", tmp_path / "sources" / "guilin.txt")
    (tmp_path / "g.yaml").write_text(text[:start] + text[end:], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return "g.yaml"


def _run(path, fmt, strict):
    return runner.invoke(app, ["verify", path, "-f", fmt, *(["--strict"] if strict else [])])


def _unaccounted(path):
    result = runner.invoke(app, ["verify", path, "-f", "json"])
    (file,) = json.loads(result.stdout)["files"]
    return file["coverage"]["unaccounted_figures"]


@pytest.mark.parametrize("strict", [False, True])
def test_github_annotates_each_figure_at_its_place(no_unchecked, strict):
    missing = _unaccounted(no_unchecked)
    assert len(missing) == 29
    result = _run(no_unchecked, "github", strict)
    assert result.exit_code == (1 if strict else 0)
    lines = [x for x in result.stdout.splitlines() if "title=unaccounted figure" in x]
    command = "::error" if strict else "::notice"
    assert [x.split(" ", 1)[0] for x in lines] == [command] * len(missing)
    first = missing[0]
    where = f"file=sources/guilin.txt,line={first['line']},col={first['column']},"
    assert lines[0].startswith(f"{command} {where}")
    assert f"::unaccounted figure {first['text'].replace('%', '%25')}: no claim" in lines[0]


@pytest.mark.parametrize("strict", [False, True])
def test_sarif_has_a_coverage_result_per_figure(no_unchecked, strict):
    missing = _unaccounted(no_unchecked)
    result = _run(no_unchecked, "sarif", strict)
    assert result.exit_code == (1 if strict else 0)
    (run,) = json.loads(result.stdout)["runs"]
    found = [r for r in run["results"] if r["ruleId"] == "coverage"]
    assert [r["properties"]["figure"] for r in found] == [m["text"] for m in missing]
    assert {r["level"] for r in found} == {"error" if strict else "note"}
    region = found[0]["locations"][0]["physicalLocation"]
    assert region["artifactLocation"]["uri"] == "sources/guilin.txt"
    assert region["region"] == {
        "startLine": missing[0]["line"],
        "startColumn": missing[0]["column"],
    }
    fingerprints = {r["partialFingerprints"]["factcheck/v1"] for r in found}
    assert len(fingerprints) == len(found)


@pytest.mark.parametrize("strict", [False, True])
def test_junit_lists_them_in_one_testcase_failing_only_when_strict(no_unchecked, strict):
    missing = _unaccounted(no_unchecked)
    result = _run(no_unchecked, "junit", strict)
    assert result.exit_code == (1 if strict else 0)
    suite = ET.fromstring(result.stdout).find("testsuite")
    assert suite is not None
    (case,) = [
        c for c in suite.iter("testcase") if c.get("name") == "coverage of sources/guilin.txt"
    ]
    failure, out = case.find("failure"), case.find("system-out")
    body = (failure if strict else out).text or ""
    assert (failure is not None) is strict and (out is None) is strict
    assert len(body.splitlines()) == len(missing)
    assert body.splitlines()[0].startswith(f"sources/guilin.txt:{missing[0]['line']}:")
    assert suite.get("failures") == ("2" if strict else "0")  # with the warning claim
    assert suite.get("tests") == str(82 + 1)


def test_csv_rows_stay_claims_and_the_figures_go_to_stderr(no_unchecked):
    missing = _unaccounted(no_unchecked)
    result = _run(no_unchecked, "csv", True)
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1 + 82
    said = [x for x in result.stderr.splitlines() if ": unaccounted figure " in x]
    assert len(said) == len(missing)
    m = missing[-1]
    assert (
        said[-1] == f"sources/guilin.txt:{m['line']}:{m['column']}: unaccounted figure {m['text']}"
    )


def test_the_guilin_claims_account_for_every_figure():
    for fmt in ("github", "sarif", "junit"):
        result = runner.invoke(app, ["verify", str(GUILIN), "-f", fmt, "--strict"])
        assert "unaccounted figure" not in result.stdout
        assert result.exit_code == 1  # the one warning claim, with --strict
