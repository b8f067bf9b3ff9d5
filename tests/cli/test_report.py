from __future__ import annotations

import os
import stat

import pytest
from tests.conftest import BAD_ORDER, GUILIN
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.cli.output import OutputError, write_atomic
from factcheck.engine import verify

runner = CliRunner()


def test_guilin_report_is_written(tmp_path):
    out = tmp_path / "audit.html"
    result = runner.invoke(app, ["report", str(GUILIN), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.count("<article ") == len(
        verify([GUILIN]).results
    )
    assert result.stdout == ""
    n = len(verify([GUILIN]).results)
    assert result.stderr.startswith(f"{out}: {n} claims in 1 file: 1 warning, {n - 1} consistent")
    assert [p.name for p in tmp_path.iterdir()] == ["audit.html"]  # no temporary file left


def test_lang_option_chooses_the_labels(tmp_path):
    out = tmp_path / "audit.html"
    result = runner.invoke(app, ["report", str(GUILIN), "-o", str(out), "--lang", "en"])
    assert result.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "Summary" in page and "概要" not in page
    bad = runner.invoke(app, ["report", str(GUILIN), "-o", str(out), "--lang", "fr"])
    assert bad.exit_code == 2


def test_inconsistent_claims_exit_1_and_are_still_reported(write, tmp_path):
    path = write(BAD_ORDER, header=True)
    out = tmp_path / "audit.html"
    result = runner.invoke(app, ["report", str(path), "-o", str(out)])
    assert result.exit_code == 1
    assert 'data-verdict="inconsistent"' in out.read_text(encoding="utf-8")
    assert "1 inconsistent" in result.stderr


def test_broken_file_exits_2_and_the_report_shows_the_problem(write, tmp_path):
    good = write(BAD_ORDER, name="a.yaml", header=True)
    broken = write("claims:\n  - id: [\n", name="b.yaml")
    out = tmp_path / "audit.html"
    result = runner.invoke(app, ["report", str(good), str(broken), "-o", str(out)])
    assert result.exit_code == 2
    assert f"{broken}:3:1: error: malformed YAML" in result.stderr
    page = out.read_text(encoding="utf-8")
    assert f"<code>{broken}:3:1</code>: malformed YAML" in page
    assert page.count("<article ") == 1  # the good file is not hidden
    assert "Traceback" not in result.output


def test_refuses_to_overwrite_an_input(write, tmp_path):
    path = write(BAD_ORDER, header=True)
    before = path.read_text(encoding="utf-8")
    result = runner.invoke(app, ["report", str(path), "-o", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{path}: error: refusing to overwrite an input claim file")
    assert "hint:" in result.stderr
    assert path.read_text(encoding="utf-8") == before
    via_dir = runner.invoke(app, ["report", str(tmp_path), "-o", str(path)])
    assert via_dir.exit_code == 2 and path.read_text(encoding="utf-8") == before


def test_refuses_to_overwrite_the_source_text(tmp_path):
    text = tmp_path / "article.txt"
    text.write_text("追回93万元,被骗169万元", encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "version: 1\nsource:\n  title: t\n  text: article.txt\nclaims:\n"
        + "".join("  " + line + "\n" for line in BAD_ORDER.splitlines()),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["report", str(claims), "-o", str(text)])
    assert result.exit_code == 2
    assert f"refusing to overwrite the source text of {claims}" in result.stderr
    assert text.read_text(encoding="utf-8") == "追回93万元,被骗169万元"


def test_output_in_a_missing_directory_or_a_directory(tmp_path):
    missing = runner.invoke(app, ["report", str(GUILIN), "-o", str(tmp_path / "no" / "a.html")])
    assert missing.exit_code == 2 and "directory does not exist" in missing.stderr
    folder = runner.invoke(app, ["report", str(GUILIN), "-o", str(tmp_path)])
    assert folder.exit_code == 2 and "is a directory" in folder.stderr


def test_dash_writes_to_standard_output():
    result = runner.invoke(app, ["report", str(GUILIN), "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout.startswith("<!DOCTYPE html>") and result.stdout.count("<article ") == len(
        verify([GUILIN]).results
    )


def test_write_atomic_replaces_whole_and_keeps_the_old_file_on_failure(tmp_path, monkeypatch):
    out = tmp_path / "a.html"
    out.write_text("old", encoding="utf-8")
    write_atomic(out, "新的")
    assert out.read_text(encoding="utf-8") == "新的"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask

    def broken(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OutputError, match="No space left on device"):
        write_atomic(out, "half")
    assert out.read_text(encoding="utf-8") == "新的"
    assert [p.name for p in tmp_path.iterdir()] == ["a.html"]


def test_write_failure_is_a_located_error(tmp_path, monkeypatch):
    def broken(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", broken)
    out = tmp_path / "a.html"
    result = runner.invoke(app, ["report", str(GUILIN), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{out}: error: cannot write: Permission denied")
