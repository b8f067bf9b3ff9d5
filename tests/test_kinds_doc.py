from __future__ import annotations

import pytest
from tests.conftest import ROOT

from factcheck.checks import REGISTRY
from factcheck.engine import verify
from factcheck.kinds_doc import examples, kinds_markdown


@pytest.mark.parametrize("kind", list(REGISTRY))
def test_every_kind_has_a_passing_and_a_failing_example(kind, write):
    ex = examples(REGISTRY[kind])
    assert set(ex) == {"passes", "fails"}
    for which, expected in (("passes", {"consistent"}), ("fails", {"inconsistent"})):
        path = write(ex[which], name=f"{which}.yaml", header=True)
        report = verify([path])
        assert report.problems == [], [str(p) for p in report.problems]
        assert {r.verdict.value for r in report.results} == expected, which


def test_readme_shows_the_generated_kind_documentation():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert kinds_markdown() in readme, "run `make docs` to regenerate README"
