from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.coverage import CLAIMED, UNACCOUNTED, UNCHECKED
from factcheck.engine import verify
from factcheck.loader import load

runner = CliRunner()

ARTICLE = """\
2021-01-06 18:00
▲2021年1月5日《广西法治日报》A1版
2020年10月9日,共被骗169万元。
3天之后,7名犯罪嫌疑人被抓获,涉案资金162万余元,为被害人追回被骗的93万元。
"""

CLAIMS = """\
version: 1
source:
  title: test
  text: article.txt
unchecked:
  - figure: 2021-01-06 18:00
    reason: the time of posting
  - figure: 3天
    quote: 3天之后,7名犯罪嫌疑人被抓获
    reason: nothing to check it against
claims:
  - id: amounts
    kind: order
    quote:
      - 共被骗169万元
      - 涉案资金162万余元,为被害人追回被骗的93万元
    values:
      recovered: 93万元
      frozen: 162万余元
      lost: 169万元
"""


def _write(tmp_path, write, claims=CLAIMS):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return write(claims)


def _status(report):
    cov = report.files[0].coverage
    return {c.figure.text: c.status for c in cov.figures}


def test_each_figure_is_claimed_unchecked_or_unaccounted(tmp_path, write):
    report = verify([_write(tmp_path, write)])
    assert report.problems == []
    assert _status(report) == {
        "2021-01-06 18:00": UNCHECKED,
        "2021年1月5日": UNACCOUNTED,
        "A1版": None,  # a name: listed, not counted
        "2020年10月9日": UNACCOUNTED,
        "169万元": CLAIMED,
        "3天": UNCHECKED,
        "7名": UNACCOUNTED,
        "162万余元": CLAIMED,
        "93万元": CLAIMED,
    }
    cov = report.files[0].coverage
    assert cov.counts() == {
        "figures": 8,
        "claimed": 3,
        "unchecked": 2,
        "unaccounted": 3,
        "names": 1,
    }
    claimed = {c.figure.text: c.by for c in cov.figures if c.status == CLAIMED}
    assert claimed["169万元"] == ("amounts",)
    unchecked = {c.figure.text: c.by for c in cov.figures if c.status == UNCHECKED}
    assert unchecked["3天"] == ("nothing to check it against",)
    place = {c.figure.text: (c.line, c.column) for c in cov.figures}
    assert place["7名"] == (4, 6)


def test_a_figure_in_a_quote_but_used_by_no_value_is_not_claimed(tmp_path, write):
    claims = CLAIMS.replace("      lost: 169万元\n", "").replace(
        "      - 共被骗169万元\n", "      - 2020年10月9日,共被骗169万元\n"
    )
    report = verify([_write(tmp_path, write, claims)])
    assert report.problems == []
    status = _status(report)
    assert status["169万元"] == UNACCOUNTED
    assert status["2020年10月9日"] == UNACCOUNTED


def test_strict_fails_on_unaccounted_figures(tmp_path, write):
    path = _write(tmp_path, write)
    assert verify([path]).exit_code() == 0
    assert verify([path]).exit_code(strict=True) == 1
    full = CLAIMS.replace(
        "unchecked:\n",
        "unchecked:\n"
        "  - {figure: 2021年1月5日, reason: date of the print edition}\n"
        "  - {figure: 2020年10月9日, reason: date of the report to the police}\n"
        "  - {figure: 7名, reason: nothing to check it against}\n",
    )
    assert verify([_write(tmp_path, write, full)]).exit_code(strict=True) == 0


def test_an_entry_naming_no_figure_is_a_problem(tmp_path, write):
    claims = CLAIMS.replace("  - figure: 3天\n", "  - figure: 4天\n")
    report = verify([_write(tmp_path, write, claims)])
    (p,) = report.problems
    assert (p.pos.line, p.pos.column) == (8, 13)
    assert "unchecked figure '4天' is not a figure of" in p.message
    assert report.exit_code() == 2


def test_an_entry_whose_quote_is_not_in_the_article_is_a_problem(tmp_path, write):
    claims = CLAIMS.replace("quote: 3天之后,7名", "quote: 3天以后,7名")
    report = verify([_write(tmp_path, write, claims)])
    (p,) = report.problems
    assert (p.pos.line, p.pos.column) == (9, 12)
    assert "the quote of unchecked figure '3天' does not occur" in p.message


def test_an_entry_names_a_figure_without_its_leading_words(tmp_path, write):
    article = "八里街区域刑事警情环比下降50%,用时不到30分钟。"
    (tmp_path / "article.txt").write_text(article, encoding="utf-8")
    path = write(
        "version: 1\nsource: {text: article.txt}\nunchecked:\n"
        "  - {figure: 50%, reason: no counts}\n  - {figure: 30分钟, reason: no times}\n"
        "claims: []\n"
    )
    report = verify([path])
    assert report.problems == []
    assert _status(report) == {"下降50%": UNCHECKED, "不到30分钟": UNCHECKED}


def test_plain_and_json_report_coverage(tmp_path, write):
    path = _write(tmp_path, write)
    result = runner.invoke(app, ["verify", str(path), "--format", "plain"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    source = f"{tmp_path}/article.txt"
    assert f"{source}:2:2: unaccounted figure 2021年1月5日" in lines
    assert f"{source}:4:6: unaccounted figure 7名" in lines
    assert lines[-2] == (
        f"coverage of {source} by {path}: 8 figures: 3 claimed, 2 unchecked, "
        "3 unaccounted (1 name not counted)"
    )
    assert lines[-1].startswith("1 claim in 1 file")
    strict = runner.invoke(app, ["verify", str(path), "--format", "plain", "--strict"])
    assert strict.exit_code == 1
    doc = json.loads(runner.invoke(app, ["verify", str(path), "--format", "json"]).stdout)
    cov = doc["files"][0]["coverage"]
    assert cov["unaccounted"] == 3 and cov["claimed"] == 3 and cov["figures"] == 8
    assert [f["text"] for f in cov["unaccounted_figures"]] == [
        "2021年1月5日",
        "2020年10月9日",
        "7名",
    ]
    first = cov["unaccounted_figures"][0]
    assert ARTICLE[first["start"] : first["end"]] == "2021年1月5日"
    rich = runner.invoke(app, ["verify", str(path), "--format", "rich"])
    assert f"coverage of {source} by {path}: 8 figures" in rich.stdout


def test_no_coverage_without_source_text(write):
    path = write(
        "- id: a\n  kind: order\n  quote: 1件,2件\n  values: {a: 1件, b: 2件}\n", header=True
    )
    report = verify([path])
    assert report.files[0].coverage is None
    assert report.to_dict()["files"][0]["coverage"] is None
    result = runner.invoke(app, ["verify", str(path), "--format", "plain"])
    assert "coverage of" not in result.stdout


def test_long_lists_of_unaccounted_figures_are_cut_short(tmp_path, write):
    (tmp_path / "article.txt").write_text(
        "".join(f"第{i}项有{i + 1}件。" for i in range(30)), encoding="utf-8"
    )
    path = write("version: 1\nsource: {text: article.txt}\nclaims: []\n")
    result = runner.invoke(app, ["verify", str(path), "--format", "plain"])
    lines = result.stdout.splitlines()
    assert sum(1 for line in lines if ": unaccounted figure " in line) == 20
    assert any("10 more unaccounted figures" in line for line in lines)


def test_loader_reads_the_unchecked_list(tmp_path, write):
    cf = load(_write(tmp_path, write))
    assert [(u.figure, u.reason, u.pos.line) for u in cf.unchecked] == [
        ("2021-01-06 18:00", "the time of posting", 6),
        ("3天", "nothing to check it against", 8),
    ]
    assert cf.unchecked[1].quote is not None
    assert cf.unchecked[1].quote.text == "3天之后,7名犯罪嫌疑人被抓获"


def test_loader_reports_bad_unchecked_entries(write):
    path = write(
        """\
        version: 1
        unchecked:
          - figure: 2020年
          - {figure: 3天, reason: x, why: y}
          - just text
        claims: []
        """
    )
    problems = [(p.pos.line, p.message) for p in load(path).problems]
    assert problems == [
        (3, "unchecked figure has no `reason`"),
        (4, "unknown key 'why' in an unchecked figure"),
        (5, "an unchecked figure must be a mapping, not the text 'just text'"),
    ]
    bad = write("version: 1\nunchecked: 2020年\nclaims: []\n", name="b.yaml")
    assert [p.message for p in load(bad).problems] == [
        "`unchecked` must be a list, not the text '2020年'"
    ]


def test_the_article_s_problems_and_the_file_s_come_in_line_order(tmp_path, write):
    # line 6: an entry the article does not hold (found against the article, after loading);
    # line 8: an entry without a reason (found while loading)
    claims = CLAIMS.replace("  - figure: 2021-01-06 18:00\n", "  - figure: 2021-01-07 18:00\n")
    claims = claims.replace("    reason: nothing to check it against\n", "")
    report = verify([_write(tmp_path, write, claims)])
    lines = [p.pos.line for p in report.problems]
    assert len(lines) == 2 and lines == sorted(lines)
    assert "is not a figure of" in report.problems[0].message


GUILIN_TEXT = Path(__file__).parent.parent / "claims" / "sources" / "guilin.txt"


def _guilin(tmp_path, write, body):
    shutil.copy(GUILIN_TEXT, tmp_path / "article.txt")
    return write("version: 1\nsource: {title: t, text: article.txt}\nclaims:\n" + body)


def _at(report):
    cov = report.files[0].coverage
    return {(c.line, c.figure.text): (c.status, c.by) for c in cov.figures}


def test_a_figure_cut_by_the_only_quote_reaching_it_is_not_claimed(tmp_path, write):
    # 9万元 cut from the article's 169万元: provenance refuses the quote, so the value
    # standing on it claims no figure of the article; 93万元, quoted whole, is claimed
    body = """\
  - id: lost-and-recovered
    kind: order
    quote: [9万元。, 为被害人追回被骗的93万元]
    values: {lost: 9万元, recovered: 93万元}
    order: [lost, recovered]
"""
    report = verify([_guilin(tmp_path, write, body)])
    (f,) = [f for r in report.results for f in r.findings if f.check == "provenance"]
    assert f.message.startswith("quote begins inside the figure 169万元 of")
    at = _at(report)
    assert at[(66, "169万元")] == (UNACCOUNTED, ())
    assert at[(70, "93万元")] == (CLAIMED, ("lost-and-recovered",))
    whole = body.replace("[9万元。,", "[共被骗169万元,").replace("lost: 9万元", "lost: 169万元")
    report = verify(
        [_guilin(tmp_path, write, whole.replace("[lost, recovered]", "[recovered, lost]"))]
    )
    assert [f for r in report.results for f in r.findings if f.check == "provenance"] == []
    assert _at(report)[(66, "169万元")] == (CLAIMED, ("lost-and-recovered",))


def test_a_quote_claims_only_where_it_stands_whole(tmp_path, write):
    # "1家," stands in the article at 停业整顿1家, and inside 企业11家,: provenance accepts
    # the quote for its whole place, and coverage claims the figure there alone
    body = """\
  - id: closed
    kind: expression
    quote: 1家,
    expr: closed >= 1
    values: {closed: 1家}
"""
    report = verify([_guilin(tmp_path, write, body)])
    assert [f for r in report.results for f in r.findings if f.check == "provenance"] == []
    at = _at(report)
    assert at[(106, "1家")] == (CLAIMED, ("closed",))
    assert at[(106, "11家")] == (UNACCOUNTED, ())
