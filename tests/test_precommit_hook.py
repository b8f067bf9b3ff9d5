from __future__ import annotations

import re
import shlex
import subprocess
import sys

import yaml
from tests.conftest import GUILIN, ROOT
from tests.mixed import write_mixed


def hook():
    (h,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return h


def test_the_hook_is_declared():
    h = hook()
    assert h["id"] == "factcheck"
    assert h["language"] == "python"
    assert h["types"] == ["yaml"]
    assert shlex.split(h["entry"])[:2] == ["factcheck", "verify"]


def test_the_hook_takes_claim_files_only():
    files = re.compile(hook()["files"])
    for path in ("claims/guilin.yaml", "claims/2021/a.yml", "newsroom/claims/b.yaml"):
        assert files.search(path), path
    for path in (".pre-commit-config.yaml", ".github/workflows/ci.yml", "docs/x.yaml"):
        assert not files.search(path), path


def run_entry(*files):
    entry = shlex.split(hook()["entry"])
    cmd = [sys.executable, "-m", "factcheck", *entry[1:], *map(str, files)]
    return subprocess.run(cmd, capture_output=True, text=True)


def test_the_entry_passes_guilin_and_stops_a_bad_commit(tmp_path):
    assert run_entry(GUILIN).returncode == 0
    p = write_mixed(tmp_path)
    bad = run_entry(p["good"], p["bad"])
    assert bad.returncode == 1
    assert f"{p['bad']}:5:5: inconsistent amounts (order)" in bad.stdout
    assert run_entry(p["broken"]).returncode == 2
