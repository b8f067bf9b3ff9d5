"""Every slip module is complete: name, explanations, kinds, and a worked example that works."""

from __future__ import annotations

import re

import pytest
from tests.conftest import ROOT

from factcheck.checks import REGISTRY as KINDS
from factcheck.engine import verify
from factcheck.findings import Verdict
from factcheck.slips import BY_NAME, REGISTRY
from factcheck.slips.doc import example, slips_markdown

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_names_are_unique_and_match_the_modules():
    assert len(BY_NAME) == len(REGISTRY) >= 16
    for m in REGISTRY:
        assert m.__name__ == f"factcheck.slips.{m.NAME}"


@pytest.mark.parametrize("name", list(BY_NAME))
def test_slip_is_documented(name):
    m = BY_NAME[name]
    assert m.EXPLAIN_EN.strip() and "\n" not in m.EXPLAIN_EN
    assert CJK.search(m.EXPLAIN_ZH) and "\n" not in m.EXPLAIN_ZH
    assert set(m.KINDS) <= set(KINDS)
    assert callable(m.recompute)


@pytest.mark.parametrize("name", list(BY_NAME))
def test_worked_example_is_reproduced(name, write):
    yaml = example(BY_NAME[name])
    assert yaml, f"{name} has no Example:: block"
    report = verify([write(yaml, header=True)])
    assert report.problems == [], [str(p) for p in report.problems]
    named = [r for r in report.results if any(s.name == name for f in r.findings for s in f.slips)]
    assert named, f"the example of {name} does not reproduce it"
    assert all(r.verdict is Verdict.INCONSISTENT for r in named)


def test_readme_lists_the_catalogue():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert slips_markdown() in readme, "run `make docs` to regenerate README"
    assert readme.index("## Claim files") < readme.index("## Diagnosing the mistake: slips")
