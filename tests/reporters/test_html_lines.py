"""html_lines: what a card's number lines draw, named and written as an editor reads them."""

from __future__ import annotations

import re

import pytest
from tests.conftest import GUILIN
from tests.reporters.test_html import VERDICTS, _card

from factcheck.engine import verify
from factcheck.reporters import html

DATES = """\
- id: campaign-end-wrong
  kind: date
  quote: 2020年10月14日启动百日攻坚行动,预计2021年1月30日结束
  values: {start: 2020年10月14日, duration: 百日, end: 2021年1月30日}
- id: campaign-end-either
  kind: date
  quote: 2020年10月14日启动百日攻坚
  values:
    start: 2020年10月14日
    duration: 百日
    end: {value: 2021-01-22, derived: true}
"""

GRANULARITY = """\
- id: share-of-three
  kind: granularity
  quote: 追回被骗资金93万元,占被骗资金169万元的65%
  values: {share: 65%, n: {value: 3件, derived: true}}
- id: share-alone
  kind: granularity
  quote: 追回被骗资金93万元,占被骗资金169万元的65%
  values: {share: 65%}
"""

RISE = """\
- id: rise-ambiguous
  kind: change
  quote: 群众安全感从2015年的82.04%提升到2020年的98.26%
  values: {from: 82.04%, to: 98.26%, change: {value: 上升16.22%, derived: true}}
"""


def rows(card: str) -> list[str]:
    """The row labels of a card's number lines, in order."""
    return re.findall(r'<text x="0" y="\d+">([^<]*)</text>', card)


def ticks(svg: str) -> list[str]:
    return re.findall(r'<text class="tk[^"]*"[^>]*>([^<]*)</text>', svg)


def svgs(card: str) -> list[str]:
    return re.findall(r'<svg class="nl".*?</svg>', card, flags=re.S)


def test_a_date_line_is_labelled_in_dates_and_its_readings_apart(write):
    report = verify([write(DATES, header=True)])
    en, zh = html.render(report, lang="en"), html.render(report, lang="zh")
    card = _card(en, "campaign-end-wrong")
    assert ticks(card) == ["2021-01-21", "2021-01-30"]  # not the day numbers 18648, 18657
    assert rows(card) == ["stated", "1st day out", "1st day in"]
    assert "<b>Gap</b>: 8 days" in card
    card = _card(zh, "campaign-end-wrong")
    assert rows(card) == ["陈述值", "不计首日", "计入首日"]
    assert "<b>不计首日</b>: 2021-01-22" in card and "<b>计入首日</b>: 2021-01-21" in card
    assert "<b>差距</b>: 8天" in card and "days" not in card.split("<b>差距</b>")[1]
    assert "<b>结束日期</b>" in card  # the step label "end"
    assert "first day" not in "".join(rows(card))
    assert rows(_card(zh, "campaign-end-either")) == ["陈述值", "不计首日", "计入首日"]


def test_an_expression_names_its_sides_as_written():
    page = html.render(verify([GUILIN]), lang="zh")
    card = _card(page, "baliji-clearance-rise")  # rise <= 1, rise = 45%
    assert rows(card) == ["rise", "1"]
    assert "<title>rise: [44.5%, 45.5%]</title>" in card and "<title>1: 1</title>" in card
    assert "陈述值" not in card and "计算值" not in card


def test_an_expression_side_of_arithmetic_is_named_by_it(write):
    report = verify(
        [
            write(
                """\
                - id: teachers
                  kind: expression
                  quote: 配备专职心理老师73名、兼职心理老师13000名
                  expr: part_time / full_time > 100
                  values: {full_time: 73名, part_time: 13000名}
                """,
                header=True,
            )
        ]
    )
    card = _card(html.render(report, lang="en"), "teachers")
    assert rows(card) == ["part_time …", "100"]
    assert "stated" not in rows(card) and "computed" not in rows(card)


def test_granularity_draws_the_stated_whole_beside_the_smallest(write):
    report = verify([write(GRANULARITY, header=True)])
    en, zh = html.render(report, lang="en"), html.render(report, lang="zh")
    card = _card(en, "share-of-three")
    assert rows(card) == ["stated N", "smallest N"]
    assert "<title>stated N: 3件</title>" in card and "<title>smallest N: 17</title>" in card
    assert ticks(card) == ["3", "17"]
    card = _card(zh, "share-of-three")
    assert rows(card) == ["陈述的N", "最小的N"]
    assert "<b>检验失效起点</b>" in card and "<b>最小总数</b>" in card
    assert "no power from" not in card and "smallest whole</b>" not in card
    # the smallest N alone says nothing a line could show: the steps, no line
    alone = _card(en, "share-alone")
    assert svgs(alone) == [] and "<b>smallest whole</b>" in alone


def test_guilin_granularity_names_both_wholes():
    card = _card(html.render(verify([GUILIN]), lang="zh"), "safety-2015-granularity")
    assert rows(card) == ["陈述的N", "最小的N"]


@pytest.mark.parametrize(("lang", "pp"), [("en", " pp"), ("zh", "个百分点")])
def test_a_points_reading_is_written_in_points_on_its_own_line(write, lang, pp):
    card = _card(html.render(verify([write(RISE, header=True)]), lang=lang), "rise-ambiguous")
    relative, points = svgs(card)  # % and percentage points do not share an axis
    assert ticks(relative) == ["16.215%", "19.784238%"]
    assert ticks(points) == [f"16.21{pp}", f"16.23{pp}"]
    assert f"[16.21{pp}, 16.23{pp}]" in card.split('<ul class="rd">')[1]  # the readings list
    assert f'= <span class="r">[16.21{pp}, 16.23{pp}]</span>' in card  # its step
    assert "[16.21%, 16.23%]</span>" not in card
    assert '= <span class="r">[19.757450%, 19.784238%]</span>' in card  # relative: as written


def test_a_reading_in_the_stated_unit_is_written_as_the_check_wrote_it(write):
    card = _card(html.render(verify([write(VERDICTS, header=True)])), "rate-rise")
    assert '= <span class="r">[41.975309%, 48.101266%]</span>' in card  # relative, as 上升45%
    assert '= <span class="r">[17 pp, 19 pp]</span>' in card


def test_other_kinds_keep_stated_and_computed(write):
    page = html.render(verify([write(VERDICTS, header=True)]), lang="en")
    card = _card(page, "rate-rise")  # 40% to 58%, 上升45%: relative holds, points fails
    assert len(svgs(card)) == 2 and rows(card) == ["stated", "relative", "stated", "points"]
    card = _card(page, "bad-share")
    assert len(svgs(card)) == 1 and rows(card) == ["stated", "computed"]


def test_a_multiple_is_written_as_the_article_wrote_it(write):
    report = verify(
        [
            write(
                """\
                - id: doubled
                  kind: change
                  quote: 从100件增长到300件,增长2倍
                  values: {from: 100件, to: 300件, change: 增长2倍}
                """,
                header=True,
            )
        ]
    )
    card = _card(html.render(report, lang="en"), "doubled")
    assert len(svgs(card)) == 1  # both readings are multiples: one axis
    assert ticks(card) == ["2倍", "3倍"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_elapsed_time_is_drawn_in_days_not_dates(lang):
    # publication-within-campaign weighs 83天 from the launch to the day of publication: a
    # number of days, which drawn as a date would be a day of 1970
    page = html.render(verify([GUILIN]), lang=lang)
    assert "1970-" not in page
    card = _card(page, "publication-within-campaign")
    assert "83天" in card
