from __future__ import annotations

import json
import os

import pytest
from tests.conftest import GUILIN
from tests.mixed import write_mixed
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.cli.output import OutputError, write_atomic
from factcheck.engine import verify
from factcheck.reporters import Format, render

runner = CliRunner()


def test_o_writes_the_file_and_nothing_to_stdout(tmp_path):
    out = tmp_path / "report.txt"
    result = runner.invoke(app, ["verify", str(GUILIN), "-o", str(out)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8") == render(verify([GUILIN]), Format.plain)
    assert sorted(x.name for x in tmp_path.iterdir()) == ["report.txt"]  # no temporary left


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("r.json", "json"), ("r.sarif", "sarif"), ("r.csv", "csv"), ("r.xml", "junit")],
)
def test_o_suffix_chooses_the_format(tmp_path, name, fmt):
    out = tmp_path / name
    assert runner.invoke(app, ["verify", str(GUILIN), "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8") == render(verify([GUILIN]), Format(fmt))


def test_format_wins_over_the_suffix(tmp_path):
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["verify", str(GUILIN), "-o", str(out), "-f", "github"])
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("::warning file=")


def test_o_replaces_an_existing_file_keeping_its_mode(tmp_path):
    out = tmp_path / "r.json"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    path = write_mixed(tmp_path)["bad"]
    result = runner.invoke(app, ["verify", str(path), "-o", str(out)])
    assert result.exit_code == 1  # the exit code still tells the verdict
    assert json.loads(out.read_text(encoding="utf-8")) == verify([path]).to_dict()
    assert out.stat().st_mode & 0o777 == 0o640


def test_o_refuses_to_overwrite_a_claim_file(tmp_path):
    p = write_mixed(tmp_path)
    before = p["good"].read_bytes()
    result = runner.invoke(app, ["verify", str(tmp_path), "-o", str(p["good"])])
    assert result.exit_code == 2
    assert f"{p['good']}: error: refusing to overwrite an input claim file" in result.stderr
    assert p["good"].read_bytes() == before


def test_o_refuses_to_overwrite_a_claim_file_by_another_name(tmp_path):
    p = write_mixed(tmp_path)
    link = tmp_path / "link.txt"
    link.symlink_to(p["good"])
    result = runner.invoke(app, ["verify", str(p["good"]), "-o", str(link)])
    assert result.exit_code == 2
    assert "refusing to overwrite an input claim file" in result.stderr
    assert link.is_symlink()


@pytest.mark.parametrize(
    "args",
    [
        ["verify", "{a}", "-o", "{b}"],
        ["verify", "{a}", "-o", "{b}", "-f", "json"],
        ["report", "{a}", "-o", "{b}"],
        ["schema", "-o", "{b}"],
    ],
)
def test_no_command_writes_over_a_claim_file_it_was_not_given(tmp_path, args):
    p = write_mixed(tmp_path)
    other = tmp_path / "other.YML"  # a claim file not among the inputs, any case of suffix
    other.write_bytes(p["good"].read_bytes())
    before = other.read_bytes()
    argv = [x.format(a=p["good"], b=other) for x in args]
    result = runner.invoke(app, argv)
    assert result.exit_code == 2
    assert f"{other}: error: refusing to overwrite a YAML file" in result.stderr
    assert "hint: name the output for its format" in result.stderr
    assert other.read_bytes() == before
    assert sorted(x.name for x in tmp_path.iterdir()) == sorted(["other.YML", *p_names(p)])


def p_names(p):
    return [v.name for v in p.values()]


def test_o_may_write_a_new_yaml_name(tmp_path):
    out = tmp_path / "r.yaml"  # nothing there to lose
    assert runner.invoke(app, ["verify", str(GUILIN), "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8") == render(verify([GUILIN]), Format.plain)


def test_o_refuses_to_overwrite_the_source_text(tmp_path):
    text = tmp_path / "article.txt"
    text.write_text("追回93万元,被骗169万元", encoding="utf-8")
    claims = tmp_path / "c.yaml"
    claims.write_text("version: 1\nsource:\n  text: article.txt\nclaims: []\n", encoding="utf-8")
    result = runner.invoke(app, ["verify", str(claims), "-o", str(text)])
    assert result.exit_code == 2
    assert f"{text}: error: refusing to overwrite a source text" in result.stderr
    assert text.read_text(encoding="utf-8") == "追回93万元,被骗169万元"


@pytest.mark.parametrize("command", ["verify", "report"])
def test_a_source_text_no_file_can_be_named_is_a_problem_not_a_traceback(tmp_path, command):
    # a NUL cannot stand in a file name: the path is reported where it is written, and the
    # output is still written (os.stat raises ValueError, not OSError, for such a name)
    claims = tmp_path / "c.yaml"
    claims.write_text('version: 1\nsource:\n  text: "a\\0b.txt"\nclaims: []\n', encoding="utf-8")
    out = tmp_path / "out.html"
    result = runner.invoke(app, [command, str(claims), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"{claims}:3:9: error: cannot read the source text 'a\\x00b.txt'" in result.stderr
    assert out.exists()


@pytest.mark.parametrize("command", ["verify", "report"])
def test_a_source_text_in_a_loop_of_links_is_a_problem_not_a_traceback(tmp_path, command):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    claims = tmp_path / "c.yaml"
    claims.write_text("version: 1\nsource:\n  text: a.txt\nclaims: []\n", encoding="utf-8")
    out = tmp_path / "out.html"
    result = runner.invoke(app, [command, str(claims), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    expected = f"{claims}:3:9: error: cannot read the source text 'a.txt': its symbolic links"
    assert expected in result.stderr
    assert out.exists()


def test_o_into_a_missing_directory_is_an_input_error(tmp_path):
    out = tmp_path / "nope" / "r.json"
    result = runner.invoke(app, ["verify", str(GUILIN), "-o", str(out)])
    assert result.exit_code == 2
    assert f"{out}: error: cannot write: No such file or directory" in result.stderr
    assert "Traceback" not in result.output


def test_write_atomic_leaves_the_old_file_when_it_fails(tmp_path, monkeypatch):
    out = tmp_path / "r.txt"
    out.write_text("old", encoding="utf-8")

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OutputError, match="No space left on device"):
        write_atomic(out, "new")
    assert out.read_text(encoding="utf-8") == "old"
    assert [x.name for x in tmp_path.iterdir()] == ["r.txt"]
