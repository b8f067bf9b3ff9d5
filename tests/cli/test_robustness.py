"""The command line under interruption and at its limits."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from tests.conftest import GUILIN
from typer.testing import CliRunner

import factcheck.cli as cli
from factcheck.cli import app
from factcheck.cli import verify as verify_cmd

runner = CliRunner()


def interrupt(*args: object, **kwargs: object) -> None:
    raise KeyboardInterrupt


@pytest.mark.parametrize("command", ["verify", "check"])
def test_ctrl_c_while_checking_exits_130_with_one_line(monkeypatch, command):
    monkeypatch.setattr(verify_cmd, "run", interrupt)
    result = runner.invoke(app, [command, str(GUILIN)])
    assert result.exit_code == 130
    assert result.stderr == "factcheck: interrupted\n"
    assert result.stdout == ""


def test_ctrl_c_while_rendering_writes_nothing(monkeypatch):
    monkeypatch.setattr(verify_cmd, "render", interrupt)
    result = runner.invoke(app, ["verify", str(GUILIN), "--format", "plain"])
    assert (result.exit_code, result.stdout) == (130, "")
    assert result.stderr == "factcheck: interrupted\n"


def test_ctrl_c_before_any_command_runs(monkeypatch, capsys):
    monkeypatch.setattr(cli, "app", interrupt)
    monkeypatch.setattr(sys, "argv", ["factcheck", "verify", str(GUILIN)])
    with pytest.raises(SystemExit) as e:
        cli.main()
    assert e.value.code == 130
    assert capsys.readouterr().err == "factcheck: interrupted\n"


@pytest.mark.parametrize("command", ["verify", "check"])
def test_max_bytes_refuses_a_larger_file(command):
    result = runner.invoke(app, [command, str(GUILIN), "--max-bytes", "1000"])
    assert result.exit_code == 2
    size = GUILIN.stat().st_size
    assert result.stderr == (
        f"{GUILIN}:1:1: error: file is {size:,} bytes, over the limit of 1,000 bytes\n"
        "  hint: split the claims into several files, or raise --max-bytes\n"
    )


def test_max_bytes_must_be_positive():
    result = runner.invoke(app, ["verify", str(GUILIN), "--max-bytes", "0"])
    assert result.exit_code == 2
    assert "--max-bytes" in result.stderr


def test_a_60_mb_file_exits_2_unread(tmp_path):
    big = tmp_path / "big.yaml"
    with big.open("wb") as fh:
        fh.truncate(60 * 1024 * 1024)
    result = runner.invoke(app, ["verify", str(big), "--format", "plain"])
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"{big}:1:1: error: file is 62,914,560 bytes, over the limit of 52,428,800 bytes\n"
    )
    assert result.stdout == "0 claims in 1 file: none, 1 problem reading input\n"


def test_an_ascii_only_output_gets_escapes_not_a_traceback():
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    out = subprocess.run(
        [sys.executable, "-m", "factcheck", "verify", str(GUILIN), "-f", "plain"],
        capture_output=True,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    assert b"\\u" in out.stdout and out.stdout.isascii()
    assert b"Traceback" not in out.stderr


def _run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True)


def test_the_process_ends_with_its_output_whole_and_its_exit_code(tmp_path):
    # the console script leaves without freeing the report; its output is flushed first
    out = _run("verify", str(GUILIN), "-f", "json")
    assert out.returncode == 0, out.stderr
    assert len(json.loads(out.stdout)["files"][0]["claims"]) == 82
    page = _run("report", str(GUILIN), "-o", "-")
    assert page.returncode == 0 and page.stdout.rstrip().endswith(b"</html>")
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nclaims: [\n", encoding="utf-8")
    refused = _run("verify", str(bad))
    assert refused.returncode == 2 and f"{bad}:".encode() in refused.stderr


def test_a_closed_pipe_is_not_a_traceback():
    # `factcheck verify … | head -1`: the reader leaves before the output is written out
    shell = subprocess.run(
        f"'{sys.executable}' -m factcheck report '{GUILIN}' -o - | head -c 10",
        shell=True,
        capture_output=True,
    )
    assert shell.stdout == b"<!DOCTYPE "
    assert b"Traceback" not in shell.stderr


MARKUP = "t [/] [bold]x[/bold] :100:"


def test_rich_markup_in_a_claim_file_is_shown_as_written(tmp_path):
    # a title, note or unchecked reason is text: "[/]" is not a Rich tag, ":100:" no emoji
    (tmp_path / "art.txt").write_text("共有123件,增长5%,另有7起。\n", encoding="utf-8")
    claims = tmp_path / "c[1].yaml"
    claims.write_text(
        f'version: 1\nsource:\n  title: "{MARKUP}"\n  text: art.txt\nclaims:\n'
        "  - id: a\n    kind: order\n    quote: 共有123件,增长5%\n"
        "    values: {a: 123件, b: 5%}\n"
        f'unchecked:\n  - figure: 7起\n    reason: "{MARKUP}"\n',
        encoding="utf-8",
    )
    out = runner.invoke(app, ["verify", str(claims), "--format", "rich"])
    assert (out.exit_code, out.exception) == (0, None), out.stderr
    assert MARKUP in out.stdout and f"{claims}" in out.stdout
    ex = runner.invoke(app, ["extract", str(tmp_path / "art.txt"), "--claims", str(claims)])
    assert (ex.exit_code, ex.exception) == (0, None), ex.stderr
    assert MARKUP in ex.stdout
