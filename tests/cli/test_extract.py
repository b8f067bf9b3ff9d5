from __future__ import annotations

import json

from tests.conftest import GUILIN, ROOT
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.engine import verify
from factcheck.loader import load

runner = CliRunner()
ARTICLE = ROOT / "claims" / "sources" / "guilin.txt"


def test_json_is_a_list_whose_offsets_slice_the_text():
    result = runner.invoke(app, ["extract", str(ARTICLE), "--format", "json"])
    assert result.exit_code == 0, result.output
    text = ARTICLE.read_text(encoding="utf-8")
    items = json.loads(result.stdout)
    assert isinstance(items, list) and len(items) >= 100
    for d in items:
        assert text[d["start"] : d["end"]] == d["text"]
        keys = {"text", "start", "end", "value", "unit", "qualifier", "interval", "kind"}
        assert keys <= set(d)
        assert "coverage" not in d
    by_text = {d["text"]: d for d in items}
    q = by_text["162万余元"]
    assert (q["kind"], q["value"], q["unit"], q["qualifier"]) == ("quantity", "162", "万元", "plus")
    assert q["interval"] == {"lo": "162", "hi": "163", "lo_closed": True, "hi_closed": False}
    assert (q["line"], q["column"]) == (70, 61)
    d = by_text["2020年6月"]
    assert (d["kind"], d["value"], d["interval"]["lo"], d["interval"]["hi"]) == (
        "date",
        "2020-06",
        "2020-06-01",
        "2020-06-30",
    )
    assert by_text["A1版"]["kind"] == "name" and by_text["A1版"]["value"] is None


def test_with_claims_every_figure_has_its_coverage():
    result = runner.invoke(
        app, ["extract", str(ARTICLE), "--claims", str(GUILIN), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    figures = [d for d in items if d["kind"] != "name"]
    assert {d["coverage"] for d in figures} <= {"claimed", "unchecked", "unaccounted"}
    assert all(d["coverage"] is None for d in items if d["kind"] == "name")
    by_text = {d["text"]: d for d in items}
    assert by_text["64.5米"]["coverage"] == "claimed"
    assert by_text["64.5米"]["by"] == ["gongcheng-net-length"]
    assert by_text["2.24公斤"]["coverage"] == "unchecked"
    # the same counts as verify reports
    cov = verify([GUILIN]).files[0].coverage
    assert cov is not None
    for status in ("claimed", "unchecked", "unaccounted"):
        assert sum(1 for d in figures if d["coverage"] == status) == cov.count(status)


def test_table_and_summary():
    result = runner.invoke(app, ["extract", str(ARTICLE), "--claims", str(GUILIN)])
    assert result.exit_code == 0
    assert "82.04%" in result.stdout and "162万余元" in result.stdout
    assert "100 figures: 84 quantities, 16 dates; 10 names with numerals" in result.stdout
    # the line wraps at the console's width, and where depends on the checkout's path (a long
    # path is even folded inside itself): compared with all white space taken out
    line = f"coverage of {ARTICLE} by {GUILIN}: 100 figures"
    assert "".join(line.split()) in "".join(result.stdout.split())
    assert "\x1b[" not in result.stdout


def test_strict_fails_on_unaccounted(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("共被骗169万元,追回93万元。", encoding="utf-8")
    claims = tmp_path / "c.yaml"
    claims.write_text(
        "version: 1\nsource: {text: a.txt}\nclaims:\n"
        "  - id: x\n    kind: expression\n    quote: 追回93万元\n    expr: a > 0\n"
        "    values: {a: 93万元}\n",
        encoding="utf-8",
    )
    args = ["extract", str(article), "--claims", str(claims), "-f", "json"]
    assert runner.invoke(app, args).exit_code == 0
    result = runner.invoke(app, [*args, "--strict"])
    assert result.exit_code == 1
    assert [d["coverage"] for d in json.loads(result.stdout)] == ["unaccounted", "claimed"]


def test_draft_writes_a_new_file_and_never_overwrites(tmp_path):
    out = tmp_path / "draft.yaml"
    result = runner.invoke(app, ["extract", "--draft", str(ARTICLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert "kind: TODO" in text
    cf = load(out)
    assert cf.source.text == ARTICLE.read_text(encoding="utf-8")  # the relative path resolves
    assert cf.problems and all(p.message == "draft claim: choose its kind" for p in cf.problems)
    again = runner.invoke(app, ["extract", "--draft", str(ARTICLE), "-o", str(out)])
    assert again.exit_code == 2
    assert again.stderr.startswith(f"{out}:1:1: error: file exists")
    assert out.read_text(encoding="utf-8") == text


def test_draft_then_check_lists_the_stubs(tmp_path):
    out = tmp_path / "draft.yaml"
    runner.invoke(app, ["extract", "--draft", str(ARTICLE), "-o", str(out)])
    result = runner.invoke(app, ["check", str(out)])
    assert result.exit_code == 2
    assert f"{out}:" in result.stderr and "draft claim: choose its kind" in result.stderr
    assert "Traceback" not in result.output


def test_unreadable_article_exits_2(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{tmp_path / 'missing.txt'}:1:1: error: cannot read file")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok\n\xff")
    result = runner.invoke(app, ["extract", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{bad}:2:1: error: byte 0xff is not UTF-8")


def test_broken_claim_file_exits_2_but_still_lists_figures(tmp_path):
    claims = tmp_path / "c.yaml"
    claims.write_text("claims:\n  - id: [\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(ARTICLE), "--claims", str(claims), "-f", "json"])
    assert result.exit_code == 2
    assert "malformed YAML" in result.stderr
    assert len(json.loads(result.stdout)) >= 100


def test_claims_naming_another_article_are_warned_of(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("共被骗169万元。", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(other), "--claims", str(GUILIN)])
    first = result.stderr.splitlines()[0]
    assert first == (
        f"{GUILIN}: warning: its article is sources/guilin.txt, not {other}; "
        f"the coverage below is of {other}"
    )
    same = runner.invoke(app, ["extract", str(ARTICLE), "--claims", str(GUILIN)])
    assert same.exit_code == 0 and "warning" not in same.stderr


ENGLISH = (
    "Reservoir works\n\n"
    "The dam was closed on 5 March 2020 and the lake held 1.2 million m³ by 5 March.\n"
    "It reopened 100 days later, on 13 June 2020, over a basin of 3.5 km².\n"
)


def _drafted(tmp_path, text):
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "draft.yaml"
    result = runner.invoke(app, ["extract", "--draft", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def _verified(tmp_path, draft, claims):
    """The draft with its stubs replaced by ``claims``: the verdicts and the coverage."""
    path = tmp_path / "claims.yaml"
    path.write_text(draft[: draft.index("claims:\n")] + "claims:\n" + claims, encoding="utf-8")
    report = verify([path])
    (fr,) = report.files
    assert not fr.problems, fr.problems
    assert fr.coverage is not None
    return {r.claim.id: r.verdict.value for r in fr.results}, fr.coverage


def test_a_drafted_english_date_and_cubic_metres_verify(tmp_path):
    draft = _drafted(tmp_path, ENGLISH)
    assert '      volume: "1.2 million m³"\n    # dates: 5 March 2020, 5 March\n' in draft
    assert '      area: "3.5 km²"\n    # dates: 13 June 2020\n' in draft
    verdicts, coverage = _verified(
        tmp_path,
        draft,
        "  - id: reopened\n"
        "    kind: date\n"
        "    quote: [The dam was closed on 5 March 2020, It reopened 100 days later, "
        "on 13 June 2020]\n"
        "    count_first_day: false\n"
        "    values: {start: 5 March 2020, duration: 100 days later, end: 13 June 2020}\n"
        "  - id: lake-over-basin\n"
        "    kind: order\n"
        "    quote: [the lake held 1.2 million m³, over a basin of 3.5 km²]\n"
        "    values: {lake: 1.2 million m³, basin: 3.5 km²}\n"
        "    order: [lake, basin]\n",
    )
    assert verdicts["reopened"] == "consistent"
    # cubic metres and square kilometres are different measures: nothing to order
    assert verdicts["lake-over-basin"] == "unverifiable"
    # 5 March (no year) is a figure of the article: unaccounted, not lost
    assert [c.figure.text for c in coverage.unaccounted] == ["5 March"]
