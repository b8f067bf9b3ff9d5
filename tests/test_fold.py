from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.fold import fold, fold_map


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("共被骗１６９万元，追回９３万元", "共被骗169万元,追回93万元"),
        ("桂林\n市", "桂林市"),  # a line break inside a Chinese sentence
        ("桂林 市　公安局", "桂林市公安局"),  # ideographic space too
        ("more  than\n1,400 yuan", "more than 1,400 yuan"),
        ("  padded  ", "padded"),
        ("“零发案”", '"零发案"'),
        ("‘a’", "'a'"),
        ("完成。", "完成."),
        ("市、县", "市,县"),
        ("平安——桂林", "平安--桂林"),
        ("（小区）", "(小区)"),
        # a space after a separator that follows a digit, before a digit, keeps two figures
        ("Of 1,000, 560 said yes.", "Of 1,000, 560 said yes."),
        ("Of １，０００，　５６０ said yes.", "Of 1,000, 560 said yes."),
        ("增长3.\n2020年", "增长3. 2020年"),
        ("Of 1,000,560 said yes.", "Of 1,000,560 said yes."),
        ("破获, 40.52%", "破获,40.52%"),  # after a word, a comma is punctuation
        ("共169万元， 为", "共169万元,为"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_map_points_back_at_what_was_written():
    text = "群众  安全感\n从８２．０４％"
    f = fold_map(text)
    assert f.text == "群众安全感从82.04%"
    at = f.text.index("82.04%")
    start, end = f.span(at, at + len("82.04%"))
    assert text[start:end] == "８２．０４％"
    assert text[f.start(f.text.index("安"))] == "安"


def test_unchanged_text_maps_to_itself():
    f = fold_map("abc")
    assert f.origin is None and f.span(1, 2) == (1, 2)


@given(st.text(alphabet="桂林 １２3a,，\n“”。.…¨\x00\u3000\t ǅ、､", max_size=40))
@example("3。3")
@example("１､２")
def test_every_folded_character_comes_from_the_original(text):
    f = fold_map(text)
    assert f.text == fold(text)
    for i, c in enumerate(f.text):
        o = text[f.start(i)]
        # a list mark between digits is kept as NFKC writes it (3。3 is two figures)
        kept = c == unicodedata.normalize("NFKC", o)
        assert (c == " " and o.isspace()) or kept or c in fold(o)


def test_cjk_ideographs_fold_to_themselves():
    # fold() leaves the block U+4E00..U+9FFF out of its table: nothing in it changes
    from factcheck.fold import _fold_char

    block = [chr(c) for c in range(0x4E00, 0xA000)]
    assert [c for c in block if _fold_char(c) != c] == []


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("两地分别有12、345人参加", "两地分别有12、345人参加"),  # a list of figures, not 12,345
        ("１２、３４５人", "12、345人"),
        ("市、县、乡、村", "市,县,乡,村"),  # between words, a comma as before
        ("12、a", "12,a"),
    ],
)
def test_a_list_mark_between_digits_is_kept(text, folded):
    assert fold(text) == fold_map(text).text == folded


def test_a_full_stop_between_digits_is_kept():
    # 第3。2020年: the end of a sentence, not 3.2020
    assert fold("该市排名全省第3。2020年") == fold_map("该市排名全省第3。2020年").text
    assert fold("该市排名全省第3。2020年") == "该市排名全省第3。2020年"
    assert fold("好。2020年") == "好.2020年"


def test_the_characters_fold_passes_over_fold_to_themselves():
    # fold() looks only at the characters its pattern _ODD finds: every other one must fold
    # to itself, and none may be whitespace or a stand-in
    from factcheck.fold import _ODD, _fold_char

    passed = [chr(c) for c in range(0x110000) if not _ODD.match(chr(c))]
    assert len(passed) == 0x7E - 0x21 + 1 + 0x9FFF - 0x4E00 + 1
    assert [c for c in passed if _fold_char(c) != c or c.isspace()] == []


_MIXED = st.text(
    alphabet=st.one_of(
        st.sampled_from("桂林市 12,.3a%，。、､｡“”（）：；！\n\t\u3000\u00a0\x00\x01\x02¨ǅ①²…"),
        st.characters(),
    ),
    max_size=40,
)


@given(_MIXED)
@example("3，4。5、6 7")
@example("“零发案”（小区）：1、2")
def test_fold_is_fold_map_without_the_offsets(text):
    # fold() skips the characters that fold to themselves and replaces a few others one by
    # one: the character-by-character fold_map is the oracle
    assert fold.__wrapped__(text) == fold_map(text).text


def _fold_map_by_character(text: str) -> tuple[str, list[int]]:
    """The rule of fold_map, one character at a time: the oracle of its runs."""
    from factcheck.fold import _LIST_MARKS, _between_digits, _fold_char, _kept

    parts: list[str] = []
    origin: list[int] = []
    space_at = -1
    for j, c in enumerate(text):
        f = _LIST_MARKS[c] if c in _LIST_MARKS and _between_digits(text, j) else _fold_char(c)
        if not f or f.isspace():
            if space_at < 0:
                space_at = j
            continue
        if space_at >= 0:
            if parts and _kept(parts[-2] if len(parts) > 1 else "", parts[-1], f[0]):
                parts.append(" ")
                origin.append(space_at)
            space_at = -1
        for ch in f:
            if not ch.isspace():
                parts.append(ch)
                origin.append(j)
    return "".join(parts), origin


@given(_MIXED)
@example("3，4。5、6 7")
@example("“零发案”（小区）：1、2")
@example("a  b\n\n，c¨d")
@example("Of 1,000, 560 people")
def test_fold_map_folds_runs_as_it_would_fold_each_character(text):
    folded = fold_map(text)
    expected, origin = _fold_map_by_character(text)
    assert folded.text == expected
    assert [folded.start(i) for i in range(len(expected))] == origin


def test_fold_map_of_the_guilin_article_is_the_character_rule():
    from tests.conftest import GUILIN

    text = (GUILIN.parent / "sources" / "guilin.txt").read_text(encoding="utf-8")
    folded = fold_map(text)
    expected, origin = _fold_map_by_character(text)
    assert (folded.text, list(folded.origin or range(len(text)))) == (expected, origin)
    assert folded.text != text  # the article has what folds: the test reads runs
