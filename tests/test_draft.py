from __future__ import annotations

from tests.conftest import ROOT

from factcheck.draft import draft
from factcheck.engine import verify
from factcheck.extract import extract
from factcheck.loader import load

ARTICLE = (
    "标题\n\n2020年10月9日,共被骗169万元。3天之后,7名嫌疑人被抓获,追回93万元、93万元。\n无数字。\n"
)


def _draft(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "claims.yaml"
    out.write_text(draft(ARTICLE, extract(ARTICLE), "a.txt"), encoding="utf-8")
    return out


def test_one_stub_per_sentence_with_figures(tmp_path):
    text = _draft(tmp_path).read_text(encoding="utf-8")
    assert '  title: "标题"\n  text: "a.txt"\nunchecked: []\nclaims:\n' in text
    assert (
        "  - id: line-3\n"
        "    kind: TODO\n"
        '    quote: "2020年10月9日,共被骗169万元。"\n'
        "    values:\n"
        '      amount: "169万元"\n'
        "    # dates: 2020年10月9日\n"
        "  - id: line-3-2\n"
        "    kind: TODO\n"
        '    quote: "3天之后,7名嫌疑人被抓获,追回93万元、93万元。"\n'
        "    values:\n"
        '      duration: "3天"\n'
        '      count: "7名"\n'
        '      amount_1: "93万元"\n'
        '      amount_2: "93万元"\n'
    ) in text
    assert "无数字" not in text


def test_the_loader_reports_every_stub_as_a_draft(tmp_path):
    cf = load(_draft(tmp_path))
    assert [(p.pos.line, p.message) for p in cf.problems] == [
        (15, "draft claim: choose its kind"),
        (21, "draft claim: choose its kind"),
    ]
    assert "one of: change, ratio" in cf.problems[0].hint


def test_a_stub_given_a_kind_loads_and_its_quote_and_values_are_found(tmp_path):
    path = _draft(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("kind: TODO", "kind: order"), "utf-8")
    report = verify([path])
    # the stub of one figure is no order: a mistake in the claim file, said where it is
    assert [(p.pos.line, p.message) for p in report.problems] == [
        (18, "an order needs at least two values")
    ]
    assert [f.check for r in report.results for f in r.findings] == ["arithmetic"]


def test_the_guilin_draft_loads_once_kinds_are_chosen(tmp_path):
    text = (ROOT / "claims" / "sources" / "guilin.txt").read_text(encoding="utf-8")
    (tmp_path / "guilin.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "draft.yaml"
    skeleton = draft(text, extract(text), "guilin.txt")
    path.write_text(skeleton.replace("kind: TODO", "kind: order"), encoding="utf-8")
    report = verify([path])
    # the stubs of fewer than two figures are no order; every other stub loads
    assert {p.message for p in report.problems} == {"an order needs at least two values"}
    assert len(report.results) >= 15
    assert not [f.message for r in report.results for f in r.findings if f.check == "provenance"]
    ids = [r.claim.id for r in report.results]
    assert len(ids) == len(set(ids))


def test_no_figures_no_stubs(tmp_path):
    text = draft("没有数字。", [], "a.txt")
    assert text.endswith("claims: []  # no sentence with figures found\n")
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "a.txt").write_text("没有数字。", encoding="utf-8")
    assert load(path).problems == ()


def test_a_sentence_keeps_its_figures_in_the_order_given():
    figures = extract(ARTICLE)
    forwards = draft(ARTICLE, figures, "a.txt")
    assert forwards.index('duration: "3天"') < forwards.index('count: "7名"')
    backwards = draft(ARTICLE, figures[::-1], "a.txt")
    assert backwards.index('count: "7名"') < backwards.index('duration: "3天"')
