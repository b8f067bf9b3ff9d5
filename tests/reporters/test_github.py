from __future__ import annotations

from tests.conftest import GUILIN
from tests.mixed import write_mixed

from factcheck.engine import verify
from factcheck.findings import Verdict
from factcheck.reporters import Format, render
from factcheck.reporters.github import command, escape_data, escape_property


def test_escaping_follows_the_runner():
    assert escape_data("50% of\r\nall") == "50%25 of%0D%0Aall"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    assert command("error", "x,y.yaml", 0, 0, "t:1", "m") == (
        "::error file=x%2Cy.yaml,line=1,col=1,title=t%3A1::m"
    )


def test_mixed_files_give_exact_lines(tmp_path):
    p = write_mixed(tmp_path)
    report = verify([tmp_path])
    lines = render(report, Format.github).splitlines()
    bad, broken = p["bad"], p["broken"]
    assert lines == [
        f"::error file={bad},line=5,col=5,title=amounts::"
        "lost 169万元 <= recovered 93万元 fails: [168.5万元, 169.5万元] against "
        "[92.5万元, 93.5万元]%0A"
        "lost <= recovered: lost <= recovered = 169万元 <= 93万元 = fails",
        f"::error file={bad},line=16,col=13,title=typo::"
        "value 'part' = 94万元 does not occur in the quote%0A"
        "hint: figures in the quote: 169万元, 93万元; copy the figure as the article writes "
        "it, or mark the value `derived: true` if it is your own",
        f"::error file={broken},line=3,col=1,title=claim file::"
        "malformed YAML: did not find expected node content%0A"
        "hint: check the indentation and the quoting around this place",
        "3 claims in 3 files: 2 inconsistent, 1 consistent, 1 problem reading input",
    ]


def test_levels_follow_the_verdicts_and_strict(tmp_path):
    p = write_mixed(tmp_path, notable=True)
    report = verify([p["notable"]])
    heads = [line.split(" ", 1)[0] for line in render(report, Format.github).splitlines()[:-1]]
    assert heads == ["::warning", "::notice", "::warning"]
    strict = render(report, Format.github, strict=True).splitlines()[:-1]
    assert [line.split(" ", 1)[0] for line in strict] == ["::error"] * 3
    assert strict[1] == (
        f"::error file={p['notable']},line=12,col=5,title=per-grid::the denominator 0个 can be zero"
    )


def test_guilin_annotates_exactly_its_notable_findings():
    report = verify([GUILIN])
    lines = render(report, Format.github).splitlines()
    notable = [f for r in report.results for f in r.findings if f.verdict is not Verdict.CONSISTENT]
    assert notable  # the grid-worker expectation is a warning
    assert len(lines) == len(notable) + 1
    for line, f in zip(lines, notable, strict=False):
        level = "::error" if f.verdict is Verdict.INCONSISTENT else "::warning"
        assert line.startswith(
            f"{level} file={GUILIN},line={f.pos.line},col={f.pos.column},title={f.claim_id}::"
        )
    assert lines[-1] == f"{len(report.results)} claims in 1 file: " + ", ".join(
        f"{n} {v}" for v, n in report.counts().items() if n
    )
