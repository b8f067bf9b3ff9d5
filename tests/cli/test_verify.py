from __future__ import annotations

import json
import subprocess
import sys

import pytest
from tests.conftest import BAD_ORDER, GUILIN
from typer.testing import CliRunner

from factcheck.cli import COMMANDS, app
from factcheck.engine import verify

runner = CliRunner()


def test_guilin_passes_in_plain():
    result = runner.invoke(app, ["verify", str(GUILIN), "--format", "plain"])
    assert result.exit_code == 0, result.output
    report = verify([GUILIN])
    claim_lines = [line for line in result.stdout.splitlines() if line.startswith(f"{GUILIN}:")]
    assert len(claim_lines) == len(report.results)
    assert result.stdout.splitlines()[-1].startswith(f"{len(report.results)} claims in 1 file")
    assert "\x1b[" not in result.stdout


def test_inconsistent_exits_1_and_names_claim(write):
    path = write(BAD_ORDER, header=True)
    result = runner.invoke(app, ["verify", str(path), "--format", "plain"])
    assert result.exit_code == 1
    assert f"{path}:5:5: inconsistent amounts (order)" in result.stdout


def test_broken_file_exits_2_with_location_on_stderr(write):
    good = write(BAD_ORDER, name="a.yaml", header=True)
    broken = write("claims:\n  - id: [\n", name="b.yaml")
    result = runner.invoke(app, ["verify", str(good), str(broken), "--format", "plain"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{broken}:3:1: error: malformed YAML")
    assert "hint:" in result.stderr
    assert "inconsistent amounts" in result.stdout  # the good file is not hidden
    assert "Traceback" not in result.output


def test_strict_fails_on_warning(write):
    text = """\
- id: grid
  kind: order
  severity: warning
  quote: 划分网格4370个,配备网格员3956名
  values: {grids: 4370个, workers: 3956名}
"""
    path = write(text, header=True)
    assert runner.invoke(app, ["verify", str(path)]).exit_code == 0
    assert runner.invoke(app, ["verify", str(path), "--strict"]).exit_code == 1


def test_json_equals_report_to_dict(write):
    path = write(BAD_ORDER, header=True)
    result = runner.invoke(app, ["verify", str(path), "--format", "json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == verify([path]).to_dict()


def test_rich_table_has_every_claim():
    result = runner.invoke(app, ["verify", str(GUILIN), "--format", "rich"])
    assert result.exit_code == 0
    for r in verify([GUILIN]).results:
        assert r.claim.id[:10] in result.stdout


def test_check_does_no_arithmetic(write):
    path = write(BAD_ORDER, header=True)
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 0
    assert "1 claim in 1 file checked: 0 problems, 0 provenance findings" in result.stdout


def test_check_finds_provenance(write):
    path = write(BAD_ORDER.replace("recovered: 93万元", "recovered: 94万元"), header=True)
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    assert f"{path}:10:18: inconsistent: value 'recovered' = 94万元" in result.stdout


def test_missing_file_exits_2(tmp_path):
    result = runner.invoke(app, ["verify", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert "nope.yaml:1:1: error: no such file" in result.stderr


@pytest.mark.parametrize("command", ["verify", "check"])
def test_a_directory_without_claim_files_exits_2(tmp_path, command):
    (tmp_path / "notes.txt").write_text("no claims here", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.yaml").write_text("version: 1\n", encoding="utf-8")
    result = runner.invoke(app, [command, str(tmp_path)])
    assert result.exit_code == 2
    assert f"{tmp_path}:1:1: error: no claim files in this directory" in result.stderr
    assert "1 problem" in result.stdout and "1 problems" not in result.stdout
    assert "0 claims in 0 files" in result.stdout  # the directory is not counted as a file


def test_a_missing_path_is_not_counted_as_a_file(tmp_path):
    result = runner.invoke(app, ["verify", str(tmp_path / "nope.yaml"), str(GUILIN), "-f", "plain"])
    assert result.exit_code == 2
    assert result.stdout.splitlines()[-1].startswith("82 claims in 1 file: ")


def test_a_file_named_twice_is_checked_once(monkeypatch):
    monkeypatch.chdir(GUILIN.parent)
    names = [GUILIN.name, f"./{GUILIN.name}", str(GUILIN), "."]
    result = runner.invoke(app, ["verify", *names, "-f", "json"])
    assert result.exit_code == 0
    files = json.loads(result.stdout)["files"]
    assert [f["path"] for f in files] == [GUILIN.name]


# the heavy libraries, the modules of the other commands (the CLI loads them on demand), and
# the catalogue of slips (loaded on the first inconsistent claim; the Guilin file has none)
HEAVY = (
    "print(sorted(m for m in ('pandas', 'scipy', 'jinja2', 'factcheck.cli.extract',"
    " 'factcheck.cli.report', 'factcheck.cli.grim', 'factcheck.cli.schema', 'factcheck.slips')"
    " if m in sys.modules))"
)


@pytest.mark.parametrize(
    "code",
    [
        # the command, in plain format
        "import sys; from factcheck.cli import app; from typer.testing import CliRunner;"
        f"r = CliRunner().invoke(app, ['verify', {str(GUILIN)!r}, '--format', 'plain']);"
        "assert r.exit_code == 0, r.output;",
        # the library, and its plain reporter
        "import sys, factcheck; from factcheck.reporters import Format, render;"
        f"r = factcheck.verify({str(GUILIN)!r}); assert r.exit_code() == 0;"
        "assert render(r, Format.plain).count('consistent') >= len(r.results);",
    ],
    ids=["cli", "library"],
)
def test_verify_does_not_import_heavy_libraries(code: str) -> None:
    out = subprocess.run(
        [sys.executable, "-c", code + HEAVY], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_the_guard_would_see_a_heavy_import() -> None:
    code = "import sys, factcheck; factcheck.verify(" + repr(str(GUILIN)) + ").to_frame();"
    out = subprocess.run(
        [sys.executable, "-c", code + HEAVY], capture_output=True, text=True, check=True
    )
    assert "pandas" in out.stdout


def test_the_guard_would_see_the_slips_loaded(write) -> None:
    bad = write(BAD_ORDER, header=True)
    code = f"import sys, factcheck; assert factcheck.verify({str(bad)!r}).exit_code() == 1;"
    out = subprocess.run(
        [sys.executable, "-c", code + HEAVY], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "['factcheck.slips']"


def test_a_file_without_its_article_does_not_load_extract(write) -> None:
    path = write(BAD_ORDER, header=True)  # no source text: no coverage to compute
    code = (
        f"import sys, factcheck; factcheck.verify({str(path)!r});"
        "print([m for m in ('factcheck.coverage', 'factcheck.extract') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_program_running_the_cli_keeps_its_collector() -> None:
    # the console script freezes what the command's import built; a program importing the
    # CLI does not have its collector changed
    code = (
        "import gc; from factcheck.cli import app; from typer.testing import CliRunner;"
        f"r = CliRunner().invoke(app, ['verify', {str(GUILIN)!r}, '--format', 'plain']);"
        "assert r.exit_code == 0, r.output; print(gc.isenabled(), gc.get_freeze_count())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "0"]


def test_the_cli_package_loads_typer_when_its_app_is_named() -> None:
    # main() pauses the collector before typer loads, so importing the package must not
    code = (
        "import sys, factcheck.cli; print('typer' in sys.modules);"
        "from factcheck.cli import app, Commands; print('typer' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def test_python_m_factcheck_runs():
    out = subprocess.run(
        [sys.executable, "-m", "factcheck", "verify", str(GUILIN), "-f", "plain"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert "claims in 1 file" in out.stdout


def test_help_lists_every_command_with_its_help() -> None:
    result = CliRunner().invoke(app, ["--help"], terminal_width=200)
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.stdout
    assert "Load, validate and recompute every claim" in result.stdout
    assert "Every figure of a text, in document order" in result.stdout


def test_an_unknown_command_gets_a_suggestion() -> None:
    result = CliRunner().invoke(app, ["verfy"])
    assert result.exit_code == 2
    assert "Did you mean 'verify'?" in result.stderr
