"""The exit code contract and the mixed-directory promise, for every format."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from tests.conftest import GUILIN
from tests.mixed import write_mixed
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.reporters import Format
from factcheck.reporters.sarif import uri

runner = CliRunner()
FORMATS = [f.value for f in Format]


def run(*args: str):
    return runner.invoke(app, ["verify", *args])


@pytest.mark.parametrize("fmt", FORMATS)
def test_exit_codes(fmt, tmp_path):
    p = write_mixed(tmp_path, notable=True)
    assert run(str(p["good"]), "-f", fmt).exit_code == 0
    assert run(str(p["notable"]), "-f", fmt).exit_code == 0
    assert run(str(p["notable"]), "-f", fmt, "--strict").exit_code == 1
    assert run(str(p["bad"]), "-f", fmt).exit_code == 1
    assert run(str(p["broken"]), "-f", fmt).exit_code == 2
    assert run(str(p["broken"]), str(p["good"]), "-f", fmt, "--strict").exit_code == 2


@pytest.mark.parametrize("fmt", FORMATS)
def test_guilin_exit_codes(fmt):
    assert run(str(GUILIN), "-f", fmt).exit_code == 0
    assert run(str(GUILIN), "-f", fmt, "--strict").exit_code == 1  # its one warning


# What shows, in each format, that a file's claims were checked.
def _shows_good_and_bad(fmt: str, out: str, p) -> None:
    if fmt == "github":
        assert f"::error file={p['bad']},line=5,col=5,title=amounts::" in out
        assert out.splitlines()[-1] == (
            "3 claims in 3 files: 2 inconsistent, 1 consistent, 1 problem reading input"
        )
    elif fmt == "sarif":
        run_ = json.loads(out)["runs"][0]
        assert [a["location"]["uri"] for a in run_["artifacts"]] == [
            uri(str(p[n])) for n in ("bad", "broken", "good")
        ]
        assert {r["properties"].get("claim") for r in run_["results"]} == {"amounts", "typo", None}
        assert run_["properties"]["summary"]["consistent"] == 1
    else:
        for claim in ("recovered-share", "amounts", "typo"):
            assert claim in out


@pytest.mark.parametrize("fmt", FORMATS)
def test_broken_file_never_hides_the_others(fmt, tmp_path):
    p = write_mixed(tmp_path)
    result = run(str(tmp_path), "-f", fmt)
    assert result.exit_code == 2
    _shows_good_and_bad(fmt, result.stdout, p)
    assert result.stderr.startswith(f"{p['broken']}:3:1: error: malformed YAML")
    assert "Traceback" not in result.output


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_is_deterministic_and_independent_of_jobs(fmt, tmp_path):
    write_mixed(tmp_path, notable=True)
    first = run(str(tmp_path), str(GUILIN), "-f", fmt).stdout
    again = run(str(tmp_path), str(GUILIN), "-f", fmt).stdout
    parallel = run(str(tmp_path), str(GUILIN), "-f", fmt, "--jobs", "2").stdout
    assert first == again == parallel
    assert len(first) > 100


def test_output_does_not_depend_on_hash_seeds(tmp_path):
    write_mixed(tmp_path, notable=True)
    code = (
        "import hashlib, sys; from factcheck.engine import verify;"
        "from factcheck.reporters import Format, render;"
        f"r = verify([{str(tmp_path)!r}, {str(GUILIN)!r}]);"
        "print(*(hashlib.sha256(render(r, f, color=False).encode()).hexdigest() for f in Format))"
    )
    outs = [
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    ]
    assert len(outs[0].split()) == len(Format)
    assert outs[0] == outs[1]
