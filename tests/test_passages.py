"""passages: the passage of an article most like a missing quote, and where they differ."""

from __future__ import annotations

import pytest

from factcheck.fold import fold, fold_map
from factcheck.passages import closest


def test_closest_finds_the_passage_in_a_large_article():
    filler = "".join(f"第{i}段落的文字没有数字可言。" for i in range(20000))
    text = filler + "共被骗169万元,为被害人追回被骗的93万元。" + filler
    src = fold_map(text)
    p = closest(fold("共被骗169万元,为被害人追回被骗的98万元。"), src)
    assert p.text == "共被骗169万元,为被害人追回被骗的93万元。"
    assert text[p.start : p.end] == p.text
    assert p.differences == "the quote has '8' where the article has '3'"


@pytest.mark.parametrize(
    ("quote", "said"),
    [
        # two digits swapped: one place, not a 5 added here and a 5 dropped there
        ("全市共有网格员3965名", "the quote has '65' where the article has '56'"),
        ("全市共有网格员395名", "the article has '6' that the quote lacks"),
        (
            "全市共有网格员3956人,划分网格4370块",
            "the quote has '人' where the article has '名'; "
            "the quote has '块' where the article has '个'",
        ),
    ],
)
def test_each_difference_is_said_once(quote, said):
    p = closest(fold(quote), fold_map("全市共有网格员3956名,划分网格4370个。"))
    assert p.differences == said


def test_nothing_alike():
    p = closest("完全不同", fold_map("abc"))
    assert p.ratio == 0.0 and "nothing" in p.differences
