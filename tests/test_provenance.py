from __future__ import annotations

import pytest
from tests.conftest import GUILIN

from factcheck import quote_places, value_places
from factcheck.cuts import literal_places
from factcheck.engine import verify
from factcheck.extract import extract
from factcheck.figure import parse
from factcheck.fold import fold
from factcheck.loader import load
from factcheck.quote_places import quotes_in_source
from factcheck.value_places import placed_values

ARTICLE = """\
桂林市全州县

警情第一时间反馈到县、市公安部门。3天之后,7名犯罪嫌疑人被抓获,
止付冻结涉案银行账号38个，涉案资金１６２万余元,为被害人追回被骗的93万元。
"""

CLAIMS = """\
version: 1
source:
  title: test
  text: article.txt
claims:
  - id: frozen-recovered
    kind: order
    quote: 涉案资金162万余元,为被害人追回被骗的{recovered}
    order: [recovered, frozen]
    values:
      frozen: 162万余元
      recovered: 93万元
"""


def _file(tmp_path, write, claims=CLAIMS, recovered="93万元"):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return write(claims.replace("{recovered}", recovered))


def test_a_quote_found_after_folding_passes(tmp_path, write):
    # the article has full-width digits and a line break before the quote: both fold away
    path = _file(tmp_path, write)
    report = verify([path])
    assert report.problems == []
    (r,) = report.results
    assert [f.check for f in r.findings] == ["arithmetic"]
    assert report.exit_code() == 0


def test_a_quote_not_in_the_source_is_inconsistent_with_the_closest_passage(tmp_path, write):
    claims = CLAIMS.replace("recovered: 93万元", "recovered: 98万元")
    path = _file(tmp_path, write, claims, recovered="98万元")
    report = verify([path])
    (r,) = report.results
    prov = [f for f in r.findings if f.check == "provenance"]
    assert len(prov) == 1
    f = prov[0]
    assert (f.pos.line, f.pos.column, f.claim_id) == (8, 12, "frozen-recovered")
    assert f.verdict.value == "inconsistent"
    assert "quote does not occur in article.txt" in f.message
    assert "closest passage (line 4" in f.message
    assert "the quote has '8' where the article has '3'" in f.message
    assert "为被害人追回被骗的93万元" in f.hint
    assert report.exit_code() == 1


def test_every_quote_of_a_list_is_looked_for(tmp_path, write):
    claims = CLAIMS.replace(
        "    quote: 涉案资金162万余元,为被害人追回被骗的{recovered}\n",
        "    quote:\n      - 涉案资金162万余元\n      - 为受害人追回被骗的93万元\n",
    )
    path = _file(tmp_path, write, claims)
    (r,) = verify([path]).results
    (f,) = [f for f in r.findings if f.check == "provenance"]
    assert (f.pos.line, f.pos.column) == (10, 9)
    assert "the quote has '受' where the article has '被'" in f.message


def test_without_source_text_quotes_are_not_looked_for(write):
    path = write(
        """\
        - id: a
          kind: order
          quote: 追回93万元,被骗169万元
          values: {recovered: 93万元, lost: 169万元}
        """,
        header=True,
    )
    (r,) = verify([path]).results
    assert [f.check for f in r.findings] == ["arithmetic"]


def test_placed_values_give_each_value_its_own_place(tmp_path, write):
    path = _file(tmp_path, write)
    (claim,) = load(path).claims
    placed = placed_values(claim)
    quote = "涉案资金162万余元,为被害人追回被骗的93万元"
    assert {k: quote[a:b] for k, (_, a, b) in placed.items()} == {
        "frozen": "162万余元",
        "recovered": "93万元",
    }
    assert list(quotes_in_source(claim, ARTICLE)) == []


def test_a_short_figure_is_not_found_inside_a_longer_one() -> None:
    assert list(literal_places("1件", "共131件,其中1件")) == [8]
    assert list(literal_places("3.5", "13.5 2,3.5 3.5%")) == [11]
    assert list(literal_places("40.52%", "24小时内破获,40.52%的案件")) == [8]


def test_each_claims_values_are_placed_once_for_the_checks_and_coverage(monkeypatch):
    placed: list[str] = []
    real = value_places.assign

    def counting(claim):
        placed.append(claim.id)
        return real(claim)

    monkeypatch.setattr(value_places, "assign", counting)
    report = verify([GUILIN])
    ids = [r.claim.id for f in report.files for r in f.results]
    assert report.files[0].coverage is not None  # coverage placed the values again
    assert sorted(placed) == sorted(ids)  # once each, not twice


def test_each_claims_quotes_are_placed_in_the_article_once_for_the_checks_and_coverage(
    monkeypatch,
):
    placed: list[str] = []
    real = quote_places._standing

    def counting(q, src):
        placed.append(q)
        return real(q, src)

    monkeypatch.setattr(quote_places, "_standing", counting)
    report = verify([GUILIN])
    quotes = [fold(q.text) for f in report.files for r in f.results for q in r.claim.quotes]
    assert report.files[0].coverage is not None  # coverage placed the quotes again
    assert sorted(placed) == sorted(quotes)  # once each, not twice


EN_ARTICLE = "Of 1,000, 560 said yes, nearly 60%. The fund held 3 200 yuan.\n"


def _en_file(tmp_path, write, quote, values):
    (tmp_path / "en.txt").write_text(EN_ARTICLE, encoding="utf-8")
    return write(
        f"""\
        version: 1
        source: {{title: t, text: en.txt}}
        claims:
          - id: yes
            kind: share
            quote: {quote}
            values: {values}
        """
    )


def test_folding_keeps_two_english_figures_apart(tmp_path, write):
    # "1,000, 560" is two figures: the quote's figures are read as extract reads the article
    path = _en_file(
        tmp_path,
        write,
        "Of 1,000, 560 said yes, nearly 60%",
        '{part: "570", whole: "1,000", share: nearly 60%}',
    )
    (r,) = verify([path]).results
    (f,) = [f for f in r.findings if f.check == "provenance"]
    assert (f.pos.line, f.pos.column) == (7, 20)
    assert f.message == "value 'part' = 570 does not occur in the quote"
    assert f.hint.startswith("figures in the quote: 1,000, 560, nearly 60%;")
    assert [x.text for x in extract(EN_ARTICLE)][:3] == ["1,000", "560", "nearly 60%"]


def test_the_part_of_1000_comma_space_560_is_found(tmp_path, write):
    path = _en_file(
        tmp_path,
        write,
        "Of 1,000, 560 said yes, nearly 60%",
        '{part: "560", whole: "1,000", share: nearly 60%}',
    )
    (r,) = verify([path]).results
    assert [f.check for f in r.findings] == ["arithmetic"]
    assert r.verdict.value == "consistent"


def test_a_quote_that_joins_two_english_figures_is_not_in_the_article(tmp_path, write):
    path = _en_file(
        tmp_path,
        write,
        "Of 1,000,560 said yes",
        '{part: "1,000,560", whole: "1,000", share: nearly 60%}',
    )
    (r,) = verify([path]).results
    (f,) = [f for f in r.findings if f.check == "provenance" and f.message.startswith("quote")]
    assert (f.pos.line, f.pos.column) == (6, 12)
    assert f.message.startswith("quote does not occur in en.txt")
    assert "the article has ' ' that the quote lacks" in f.message


def _share(write, quote, share):
    return write(
        f"""\
        - id: two-of-three
          kind: share
          quote: {quote}
          values: {{part: 2人, whole: 3人, share: "{share}"}}
        """,
        header=True,
    )


def test_a_value_written_more_precisely_than_its_quote_does_not_occur_in_it(write):
    for share in ("67.00%", "67.0%"):
        (r,) = verify([_share(write, "3人中2人,占67%", share)]).results
        (f,) = [f for f in r.findings if f.check == "provenance"]
        assert (f.pos.line, f.pos.column, f.claim_id) == (8, 42, "two-of-three")
        assert f.message == f"value 'share' = {share} does not occur in the quote"
        assert f.hint.startswith(f"the quote writes 67%, to another precision than {share};")


def test_a_value_written_less_precisely_than_its_quote_does_not_occur_in_it(write):
    (r,) = verify([_share(write, "3人中2人,占67.0%", "67%")]).results
    (f,) = [f for f in r.findings if f.check == "provenance"]
    assert f.hint.startswith("the quote writes 67.0%, to another precision than 67%;")


def test_a_figure_written_another_way_to_the_same_precision_is_found(write):
    path = write(
        """\
        - id: chinese
          kind: share
          quote: 三人中两人,占百分之六十七
          values: {part: 2人, whole: 3人, share: 67%}
        - id: full-width
          kind: share
          quote: ３人中２人，占６７％
          values: {part: 2人, whole: 3人, share: 67%}
        - id: scale
          kind: order
          quote: 追回0.93 million yuan,被骗169万元
          order: [recovered, lost]
          values: {recovered: 93万元, lost: 1.69 million yuan}
        """,
        header=True,
    )
    report = verify([path])
    assert [f.message for r in report.results for f in r.findings if f.check == "provenance"] == []
    assert [r.verdict.value for r in report.results] == ["consistent"] * 3


def test_same_figure_asks_the_same_precision():
    assert value_places.same_figure(parse("60%"), parse("百分之六十"))
    assert value_places.same_figure(parse("169万元"), parse("1.69 million yuan"))
    assert not value_places.same_figure(parse("67.00%"), parse("67%"))
    assert not value_places.same_figure(parse("1690000 yuan"), parse("169万元"))


def _prov(write, kind, quote, values, extra=""):
    vals = ", ".join(f'{k}: "{v}"' for k, v in values.items())
    text = f"- id: c\n  kind: {kind}\n  quote: {quote}\n{extra}  values: {{{vals}}}\n"
    (result,) = verify([write(text, header=True)]).results
    return [f for f in result.findings if f.check == "provenance"]


@pytest.mark.parametrize(
    ("quote", "value", "written"),
    [
        ("用时不到30分钟", "30分钟", "不到30分钟"),  # a leading qualifier left out
        ("冻结162万余元", "162万元", "162万余元"),  # 余
        ("占比60%以上", "60%", "60%以上"),  # a trailing qualifier left out
        ("警情环比下降50%", "50%", "下降50%"),  # a fall word: as a change it would be a rise
        ("同比降幅为10.79%", "10.79%", "降幅为10.79%"),  # a fall named by its size
    ],
)
def test_a_value_may_not_leave_out_words_that_change_its_figure(write, quote, value, written):
    (f,) = _prov(write, "expression", quote, {"a": value}, extra="  expr: a > 0\n")
    assert f.message == f"value 'a' = {value} does not occur in the quote"
    assert f.hint.startswith(f"the quote writes {written}, with words that change what {value}")


@pytest.mark.parametrize(
    ("kind", "quote", "values", "extra"),
    [
        # a level after a fall-to word is a level: 降至50% and 50% say the same
        ("expression", "发案率降至50%", {"a": "50%"}, "  expr: a > 0\n"),
        # the qualifier written with the value
        ("expression", "用时不到30分钟", {"a": "不到30分钟"}, "  expr: a > 0\n"),
        # a granularity reads a magnitude: the fall word may go
        ("granularity", "56起警情下降50%", {"p": "50%"}, ""),
    ],
)
def test_a_value_with_every_word_that_matters_is_found(write, kind, quote, values, extra):
    assert _prov(write, kind, quote, values, extra) == []


def test_the_guilin_values_carry_their_qualifiers():
    (file,) = verify([GUILIN]).files
    assert [f for r in file.results for f in r.findings if f.check == "provenance"] == []
    windows = next(r for r in file.results if r.claim.id == "robbery-windows-order")
    assert [v.text for v in windows.claim.values] == ["24小时内", "3日内"]


@pytest.mark.parametrize(
    ("quote", "value"),
    [
        ("从100件降至95件,-5.0%", "5.0%"),  # a minus sign left out
        ("同比增长1.5%", "1.5"),  # a unit left out
        ("有3 million people", "3"),  # a scale
        ("缴获15公斤", "15"),
        ("占5‰", "5"),
        ("约5-6万人参加", "6万人"),  # the upper end of a range
        ("2020年11月17日落网", "2020年11月"),  # part of a longer date
        ("131 cases or more", "131 cases"),  # a qualifier after what is counted
        ("1,500 people or more", "1,500"),
    ],
)
def test_a_value_must_be_the_quote_s_figure_not_part_of_it(write, quote, value):
    kind, extra = ("order", "") if "年" in value else ("expression", "  expr: a > 0\n")
    values = {"a": value, "b": "2021年1月1日"} if kind == "order" else {"a": value}
    findings = _prov(
        write, kind, quote + (",2021年1月1日" if kind == "order" else ""), values, extra
    )
    assert [f.message for f in findings] == [f"value 'a' = {value} does not occur in the quote"]


@pytest.mark.parametrize(
    ("quote", "value"),
    [
        ("同比增长1.5%", "1.5%"),  # a rise word may be left out: a rise either way
        ("提高到96.15%", "96.15%"),  # a level word
        ("从100件降至95件,-5.0%", "-5.0%"),
        ("约5-6万人参加,共7万人", "7万人"),
    ],
)
def test_the_quote_s_figure_as_written_is_found(write, quote, value):
    assert _prov(write, "expression", quote, {"a": value}, "  expr: a > 0\n") == []


def test_a_value_before_a_full_stop_and_a_year_is_found(write):
    # the article's 第3。2020年 is a rank and a year, not 3.2020
    quote = "该市排名全省第3。2020年全市破案131起"
    assert _prov(write, "expression", quote, {"a": "3", "b": "131起"}, "  expr: a < b\n") == []
