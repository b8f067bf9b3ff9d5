from __future__ import annotations

from tests.conftest import GUILIN

from factcheck.coverage import coverage
from factcheck.loader import load

ARTICLE = "全市共被骗169万元,为被害人追回被骗的93万元。破案率环比上升45%,另有7名嫌疑人在逃。"


def claims(write, body: str):
    return load(write(body, header=True)).claims


def test_figures_in_quoted_passages_are_covered_by_their_values(write):
    cs = claims(
        write,
        """\
        - id: share
          kind: share
          quote: 共被骗169万元……为被害人追回被骗的93万元
          values:
            part: 93万元
            whole: 169万元
            share: {value: 55%, derived: true}
        """,
    )
    cov = coverage(ARTICLE, cs)
    assert (cov.figures, cov.covered) == (4, 2)
    assert cov.uncovered == ("上升45%", "7名")


def test_a_direction_word_before_the_figure_does_not_matter(write):
    cs = claims(
        write,
        """\
        - id: rise
          kind: expression
          quote: 破案率环比上升45%
          expr: rise > 0
          values:
            rise: 45%
        """,
    )
    assert coverage(ARTICLE, cs).uncovered == ("169万元", "93万元", "7名")


def test_a_figure_outside_the_quoted_passage_is_not_covered(write):
    cs = claims(
        write,
        """\
        - id: fugitives
          kind: expression
          quote: 另有7名嫌疑人在逃
          expr: n >= 1
          values:
            n: 93名
        """,
    )
    cov = coverage(ARTICLE, cs)
    assert cov.covered == 0
    assert cov.share == 0


def test_an_article_without_figures_is_fully_covered():
    cov = coverage("没有数字的文章。", [])
    assert (cov.figures, cov.covered, cov.share) == (0, 0, 1.0)


def test_guilin_coverage():
    cf = load(GUILIN)
    assert cf.source.text is not None
    cov = coverage(cf.source.text, cf.claims)
    assert cov.figures == cov.covered + len(cov.uncovered)
    assert cov.covered >= 50
    assert "下降10.79%" in cov.uncovered  # quoted by no claim
    assert "169万元" not in cov.uncovered
