"""article_index: an indexed article gives every start of a quote that str.find gives."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck import article_index
from factcheck.article_index import _GRAM, _PLAIN_ASKS, _STRIDE, Finder, occurrences

_REPEATED = st.text(alphabet="ab12万", max_size=200)


@given(_REPEATED, st.lists(st.text(alphabet="ab12万", min_size=1, max_size=30), max_size=8))
@example("ab" * 40, ["ab" * 12, "ba" * 12, "ab" * 20 + "a"])
@example("a" * 64, ["a" * 23, "a" * 64, "a" * 65])
@example(
    "bb" + "ab12万1a" * 5, [("ab12万1a" * 3)[:15]]
)  # at 2, 9, 16…: a set's order is not theirs
def test_an_indexed_article_gives_every_start_that_find_gives(text, quotes):
    # the index answers only after the first quotes: ask enough that it does, with pieces of
    # the article itself among the quotes so that most of them are found
    finder = Finder(text)
    pieces = [text[i : i + n] for i in range(0, len(text), 7) for n in (22, 23, 24, 31) if text]
    for q in [*(["x"] * _PLAIN_ASKS), *quotes, *pieces]:
        assert finder(q) == occurrences(q, text)
    indexed = any(len(q) >= _GRAM + _STRIDE - 1 for q in [*quotes, *pieces])
    assert (finder.index is not None) == indexed


def test_a_very_long_article_is_not_indexed(monkeypatch):
    # the index takes some 31 bytes a character: past the limit, str.find as before
    monkeypatch.setattr(article_index, "_INDEXED_MAX", 100)
    sentence = "全市共有网格员3956名,划分网格4370个。"  # 23 characters
    q = sentence + "全市"
    long, short = Finder(sentence * 10), Finder(sentence * 4)
    for _ in range(_PLAIN_ASKS + 2):
        assert long(q) == list(range(0, 23 * 9, 23))
        assert short(q) == [0, 23, 46]
    assert long.index is None and short.index is not None
