"""A quote must not begin or end inside a figure of the article, nor a value inside a figure
of its quote: 9万元 cut from 169万元 is a typo that would otherwise pass."""

from __future__ import annotations

import re
import shutil

from hypothesis import assume, given
from hypothesis import strategies as st
from tests.conftest import GUILIN

from factcheck.chinese_numerals import CN_CHARS
from factcheck.cuts import literal_places, splits
from factcheck.engine import verify

SOURCE = GUILIN.parent / "sources" / "guilin.txt"


def _claims(tmp_path, write, quote, values, article=None):
    if article is None:
        shutil.copy(SOURCE, tmp_path / "article.txt")
    else:
        (tmp_path / "article.txt").write_text(article, encoding="utf-8")
    return write(
        f"""\
        version: 1
        source: {{title: t, text: article.txt}}
        claims:
          - id: cut
            kind: order
            quote: {quote}
            values: {values}
            order: [a, b]
        """
    )


def _provenance(path):
    report = verify([path])
    assert report.problems == []
    (r,) = report.results
    return r, [f for f in r.findings if f.check == "provenance" and f.message.startswith("quote")]


def test_a_quote_that_begins_inside_a_figure_names_the_whole_figure(tmp_path, write):
    # the article has 82.04%: a quote from its "2" makes a 2.04% the article never wrote
    path = _claims(tmp_path, write, "2.04%提升到2020年第三季度的98.26%", "{a: 2.04%, b: 98.26%}")
    r, (f,) = _provenance(path)
    assert r.verdict.value == "inconsistent"
    assert (f.pos.line, f.pos.column, f.claim_id) == (6, 12, "cut")
    assert f.message == (
        "quote begins inside the figure 82.04% of article.txt (line 30), "
        "so a figure of the quote is not the article's"
    )
    assert f.hint.startswith("the article has: '82.04%提升到2020年第三季度的98.26%'; begin ")


def test_a_quote_that_ends_inside_a_figure_names_the_whole_figure(tmp_path, write):
    path = _claims(tmp_path, write, "配备手持终端403", "{a: 403, b: 3956名}")
    _, (f,) = _provenance(path)
    assert f.message.startswith("quote ends inside the figure 4030部 of article.txt (line 62)")
    assert f.hint.startswith("the article has: '配备手持终端4030部'; end ")


def test_a_quote_cut_from_a_full_width_figure_names_it_as_written(tmp_path, write):
    article = "共被骗１６９万元，为被害人追回被骗的93万元。\n"
    quote = "9万元,为被害人追回被骗的93万元"
    path = _claims(tmp_path, write, quote, "{a: 9万元, b: 93万元}", article)
    r, (f,) = _provenance(path)
    assert r.verdict.value == "inconsistent"
    assert f.message.startswith("quote begins inside the figure １６９万元 of article.txt (line 1)")


def test_cuts_at_a_separator_and_in_chinese_numerals(tmp_path, write):
    article = "Of 1,000, 560 said yes. 共一千三百人参加,其中九百人。\n"
    for quote, figure in [
        ("000, 560 said yes", "1,000"),
        ("',000, 560 said yes'", "1,000"),
        ("三百人参加,其中九百人", "一千三百人"),
    ]:
        path = _claims(tmp_path, write, quote, "{a: 560, b: 1300}", article)
        _, found = _provenance(path)
        assert [f.message.split(" of ")[0] for f in found] == [
            f"quote begins inside the figure {figure}"
        ], quote


def test_a_quote_found_cut_in_one_place_and_whole_in_another_passes(tmp_path, write):
    article = "共被骗169万元。其中9万元已追回。\n"
    path = _claims(tmp_path, write, "9万元", "{a: 9万元, b: 9万元}", article)
    _, found = _provenance(path)
    assert found == []
    path = _claims(tmp_path, write, "9万元", "{a: 9万元, b: 9万元}", "共被骗169万元。\n")
    _, found = _provenance(path)
    assert [f.message for f in found][:1] == [
        "quote begins inside the figure 169万元 of article.txt (line 1), "
        "so a figure of the quote is not the article's"
    ]


def test_a_value_is_not_found_inside_a_longer_figure_of_its_quote() -> None:
    assert list(literal_places("9万元", "共被骗169万元,其中9万元")) == [11]
    assert list(literal_places("40", "破获40.52%,40件")) == [9]
    assert list(literal_places("三百人", "共一千三百人")) == []
    assert list(literal_places("1,000", "Of 1,000, 560")) == [3]
    assert splits("169万", 2) and splits("169万", 3) and splits("1,000", 2)
    assert not splits("破获,40.52%", 3) and not splits("Of 1,000, 560", 9)


_N = "[\\d" + CN_CHARS + "]"
_FIGURE_TEXT = st.text(alphabet="0123.,件%万１٣ ", min_size=1, max_size=5)


@given(_FIGURE_TEXT, st.text(alphabet="0123.,件%万十１٣ ", max_size=30))
def test_a_value_stands_where_the_pattern_of_a_whole_number_finds_it(text: str, quote: str) -> None:
    # the places are those of this regular expression: the text, not preceded by a numeral
    # (nor by a point or comma after a digit) when it starts with one, nor followed by a
    # numeral (nor by a point or comma before a digit) when it ends with one
    assume(text[0] not in ".," and text[-1] not in ".,")

    def lead(c: str) -> str:
        return f"(?<!{_N})" + (r"(?<!\d[.,])" if c.isdecimal() else "") if re.match(_N, c) else ""

    def trail(c: str) -> str:
        return f"(?!{_N})" + (r"(?![.,]\d)" if c.isdecimal() else "") if re.match(_N, c) else ""

    pattern = re.compile(lead(text[0]) + re.escape(text) + trail(text[-1]))
    assert list(literal_places(text, quote)) == [m.start() for m in pattern.finditer(quote)]


def test_the_figure_named_is_the_number_with_its_unit_not_the_words_before_it(tmp_path, write):
    article = "安全感从82.04%提升到98.26%,其中百分之六十五来自农村,超过162万余元。\n"
    for quote, figure in [
        ("安全感从82.04%提升到98.2", "98.26%"),
        ("十五来自农村", "百分之六十五"),
        ("62万余元", "162万余元"),
    ]:
        path = _claims(tmp_path, write, quote, "{a: 1, b: 2}", article)
        _, (f,) = _provenance(path)
        assert f.message.split(" of article.txt")[0].endswith(f" the figure {figure}"), quote


def test_a_chinese_list_mark_between_digits_separates_figures(tmp_path, write):
    # 、 and 。 fold to , and . but no number is written with them: 2019、2020年 is two years
    article = "2019、2020年全市发案分别下降3%。2020年全年破案率为86.5%,1，000人参与。\n"
    for quote in ("2020年全市发案分别下降3%", "2020年全年破案率为86.5%", "全市发案分别下降3"):
        path = _claims(tmp_path, write, quote, "{a: 1, b: 2}", article)
        assert [f.message for f in _provenance(path)[1]] == [], quote
    path = _claims(tmp_path, write, "000人参与", "{a: 1, b: 2}", article)
    assert [f.message.split(" of ")[0] for f in _provenance(path)[1]] == [
        "quote begins inside the figure 1，000人"
    ]


def test_a_quote_may_not_cut_a_figure_off_from_its_words(tmp_path, write):
    # what the article writes around a number is part of its figure: 余, 以上, a fall word
    for quote, values, figure, where in [
        ("涉案资金162万", "{a: 162万, b: 169万元}", "162万余元", "ends"),
        ("货车超载30%", "{a: 30%, b: 40%}", "30%以上", "ends"),
        ("50%,破案率环比上升45%", "{a: 45%, b: 50%}", "下降50%", "begins"),
    ]:
        path = _claims(tmp_path, write, quote, values)
        _, (f,) = _provenance(path)
        assert f.message.startswith(f"quote {where} inside the figure {figure} of article.txt")
        (file,) = verify([path]).files
        assert file.coverage is not None
        assert figure in [c.figure.text for c in file.coverage.unaccounted]


def test_a_quote_may_leave_out_a_rise_or_level_word(tmp_path, write):
    # 提升到98.26%: the level is 98.26% with or without the word
    path = _claims(tmp_path, write, "98.26%", "{a: 82.04%, b: 98.26%}")
    _, cuts = _provenance(path)
    assert not [f for f in cuts if "inside the figure" in f.message]


def test_a_quote_may_not_begin_after_a_sign_a_range_mark_or_a_prefix(tmp_path, write):
    article = "增长率为-5.0%。今年有5-6万人参加,百分之六十的群众满意,去年有4万人。\n"
    for quote, values, figure, where in [
        ("5.0%。今年", "{a: 5.0%, b: 5.0%}", "-5.0%", "begins"),
        ("6万人参加", "{a: 6万人, b: 6万人}", "5-6万人", "begins"),
        ("六十的群众满意,去年有4万人", "{a: 六十, b: 4万人}", "百分之六十", "begins"),
        ("今年有5", "{a: 5, b: 5}", "5-6万人", "ends"),
    ]:
        path = _claims(tmp_path, write, quote, values, article)
        _, cuts = _provenance(path)
        assert [f.message.split(" of ")[0] for f in cuts] == [
            f"quote {where} inside the figure {figure}"
        ], quote


def test_a_quote_may_not_end_before_an_english_qualifier(tmp_path, write):
    article = "The agency opened 131 cases or more, and closed 6 cases.\n"
    for quote in ("The agency opened 131 cases", "The agency opened 131"):
        value = "131 cases" if quote.endswith("cases") else "131"
        path = _claims(tmp_path, write, quote, f"{{a: {value}, b: {value}}}", article)
        _, cuts = _provenance(path)
        assert [f.message.split(" of ")[0] for f in cuts] == [
            "quote ends inside the figure 131 cases or more"
        ], quote
