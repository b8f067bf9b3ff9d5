"""The shortcuts of provenance give the answers of the full reading: bare() rules out only
places where drops_words and may_go_on find nothing, so misreads skips them safely (the
article's index: test_article_index.py)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.cuts import PREFIXES, bare, drops_words, literal_places, may_go_on, misreads
from factcheck.dates import parse_figure_or_date
from factcheck.units import DIRECTIONS, LEADING, TRAILING, UNITS

VALUES = [
    parse_figure_or_date(t)
    for t in (
        "50%",
        "下降50%",
        "增长1.5%",
        "不到30分钟",
        "30分钟",
        "162万元",
        "162万余元",
        "2020年",
        "2020年11月",
        "2020-10-14",
        "约3万",
        "-5.0%",
        "131 cases",
        "5",
        "60%",
    )
]

# pieces of quotes: numbers, the words before and after figures that the full reading looks
# for, and plain words that it does not
_PIECES = st.sampled_from(
    [
        *"0123456789.,%‰万亿千百余多 -~～至到之年月日件名个元起的是为了达由和在\t\u3000",
        *PREFIXES,
        *(w for w in LEADING if len(w) < 8),
        *(w for w in DIRECTIONS if len(w) < 8),
        *TRAILING,
        *(u for u in UNITS if len(u) < 6),
        " cases",
        " cases or more",
        "群众安全感",
        "网格",
        "百分之六十",
    ]
)
_QUOTES = st.lists(_PIECES, max_size=12).map("".join)


@given(_QUOTES, st.data())
@example("百分之六十", None)
@example("下降50%", None)
@example("2020年11月", None)
@example("下降\t50%,不到\u300030分钟,131 cases or more", None)
@example("5-6万人,-5.0%,162万余元,3.2 million", None)
def test_bare_places_are_those_the_full_reading_finds_nothing_around(quote, data):
    n = len(quote)
    spans = (
        [(a, b) for a in range(n + 1) for b in range(a, n + 1)]
        if data is None
        else [data.draw(st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted))]
    )
    for a, b in spans:
        if not bare(quote, a, b):
            continue
        assert not may_go_on(quote, a, b), (quote, a, b)
        for q in VALUES:
            for signless in (False, True):
                assert not drops_words(q, quote, a, b, signless), (quote, a, b, q.text)
                assert not misreads(q, quote, a, b, signless)


@given(_QUOTES, st.sampled_from(VALUES))
def test_a_value_found_as_text_is_misread_only_where_it_is_not_bare(quote, q):
    # the places where the value's own text stands: the shortcut answers for most of them
    for start in literal_places(q.text, quote):
        end = start + len(q.text)
        if bare(quote, start, end):
            assert not drops_words(q, quote, start, end)
            assert not may_go_on(quote, start, end)


def test_a_value_between_plain_words_is_bare_and_one_beside_words_that_change_it_is_not():
    quote = "全市共有网格员3956名,划分网格4370个。由35.2%上升到41.1%,下降50%,不到30分钟,162万余元"

    def at(text, length=None):
        i = quote.index(text)
        return bare(quote, i, i + (len(text) if length is None else length))

    assert at("3956名") and at("4370个")
    assert not at("35.2%")  # 由, a word of change, before it
    assert not at("41.1%")  # 到
    assert not at("50%")  # 下降
    assert not at("30分钟")  # 不到
    assert not at("162万", 4)  # 余 after it
    assert not at("3956", 4)  # 名 after it: a measure word
    assert not bare("百分之六十", 1, 3) and not bare("百分之六十", 3, 5)  # 百分之 before it
