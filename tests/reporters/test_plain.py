"""The plain format's line for a claim names what gives the claim its verdict."""

from __future__ import annotations

import shutil

from tests.conftest import GUILIN

from factcheck.engine import verify
from factcheck.findings import Step
from factcheck.intervals import Interval
from factcheck.reporters import Format, render

QUOTE = "共被骗169万元"


def _guilin_with(tmp_path, old: str, new: str):
    (tmp_path / "sources").mkdir()
    shutil.copy(GUILIN.parent / "sources" / "guilin.txt", tmp_path / "sources" / "guilin.txt")
    text = GUILIN.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "g.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return verify([path])


def test_a_quote_not_in_the_article_heads_the_line_over_arithmetic_that_holds(tmp_path):
    # the quote mistyped, its figure not: the arithmetic holds, provenance does not
    report = _guilin_with(tmp_path, QUOTE, "共计被骗169万元")
    (bad,) = [r for r in report.results if r.verdict.value == "inconsistent"]
    assert bad.main is not None and bad.main.verdict.value == "consistent"
    assert bad.headline is not None and bad.headline.check != "arithmetic"
    lines = render(report, Format.plain).splitlines()
    (head,) = [x for x in lines if f" inconsistent {bad.claim.id} " in x]
    assert head.endswith(f"({bad.claim.kind}) {bad.headline.message}")
    assert "does not occur in" in head
    at = lines.index(head)
    assert lines[at + 1] == f"    {bad.main.message}"  # the arithmetic, said under it


def test_where_the_arithmetic_gives_the_verdict_it_heads_the_line():
    report = verify([GUILIN])
    assert {r.verdict.value for r in report.results} == {"consistent", "warning"}
    assert all(r.headline is r.main and r.main is not None for r in report.results)


def test_arithmetic_without_steps_is_said_once(write):
    text = (
        "- id: d\n  kind: expression\n  quote: 共3起,其中0起\n  expr: a / b > 1\n"
        "  values: {a: 3起, b: 0起}\n"
    )
    report = verify([write(text, header=True)])
    (r,) = report.results
    assert r.verdict.value == "unverifiable" and r.headline is r.main and not r.main.steps
    for fmt in (Format.plain, Format.rich):
        out = render(report, fmt)
        assert out.count(r.main.message) == 1, fmt


def test_a_step_says_each_part_once():
    iv = Interval.point(247)
    assert str(Step("share", "part ÷ whole", "93万元 ÷ 169万元", iv, "55%")) == (
        "share: part ÷ whole = 93万元 ÷ 169万元 = 55%"
    )
    assert str(Step("right side", "247", "247", iv, "247")) == "right side: 247"
    assert str(Step("stated", "total", "1148个", iv, "1148个")) == "stated: total = 1148个"
    assert str(Step("constraints", "a + b == N", "", None, "required")) == (
        "constraints: a + b == N = required"
    )
