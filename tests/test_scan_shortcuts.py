"""The shortcuts of scanner.scan against the straightforward reading they stand in for."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import figure, scanner
from factcheck.chinese_numerals import CN_CHARS
from factcheck.figure import QuantityError, direction_of, read_body
from factcheck.nfkc import normalize
from factcheck.numerals import NumeralError, read_number, read_scale
from factcheck.quantity import Qualifier, Quantity
from factcheck.scanner import _no_chinese_figure, _reject, scan
from factcheck.units import (
    _CN_DIR,
    _EN_DIR,
    _MAG,
    _TO,
    DIRECTION_FWD,
    DIRECTIONS,
    LEADING,
    LEADING_FWD,
    alternation,
    key,
)

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (ROOT / "claims/sources/guilin.txt").read_text(encoding="utf-8")

# Chinese numerals, and what may follow or precede one: units and measure words (and their
# first characters alone), 余 and 多, spaces, English units and scales, punctuation
PIECES = [
    *CN_CHARS, *"倍成个余多名位起步星期天米日月年级克公分百%‰-,.;、的下队色第初周礼拜",
    "百分之", "千分之", "个百分点", "个月", "四周", "九天", "三天两头", " ", "\u00a0", "\t",
    "kg", " kg", "m", "x", "-fold", " million", "bn", "5", "12", "3.5", "a",
]  # fmt: skip


def rejected(s: str, i: int) -> bool:
    """What scan decides of the candidate at ``i`` by reading it."""
    try:
        body = read_body(s, i, scan=True)
    except (NumeralError, QuantityError):
        return True
    return _reject(s, i, body)


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_a_chinese_numeral_skipped_unread_is_one_the_reading_rejects(parts: list[str]) -> None:
    s = normalize("".join(parts)).text
    for i, c in enumerate(s):
        if c in CN_CHARS and _no_chinese_figure(s, i):
            assert rejected(s, i), (s, i)


def test_the_shortcut_skips_the_articles_words_and_no_figure() -> None:
    s = normalize(ARTICLE).text
    skipped = [i for i, c in enumerate(s) if c in CN_CHARS and _no_chinese_figure(s, i)]
    assert len(skipped) > 40  # 一个, 一起, 百色: most Chinese numerals of an article
    assert all(rejected(s, i) for i in skipped)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(PIECES), max_size=20))
def test_scan_finds_what_it_finds_reading_every_candidate(parts: list[str]) -> None:
    text = "".join(parts)
    fast = scan(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(scanner, "_no_chinese_figure", lambda s, i: False)
        slow = scan(text)
    assert fast == slow


# the words before a number as searches anchored at its place: what scanner._ending_at finds
# with the forward patterns
LEADING_BACK = re.compile(rf"(?:{alternation(LEADING)})\s*\Z")
DIRECTION_BACK = re.compile(
    rf"(?:{_MAG}|(?P<v>{_CN_DIR})(?:了|(?P<lvl>到|至|为))?\s*"
    rf"|(?P<ve>{_EN_DIR})(?:\s+(?i:by)(?![A-Za-z])|\s+(?P<lvle>{_TO}))?\s+)\Z"
)


def look_back_plainly(s: str, start: int, floor: int) -> tuple[int, Qualifier | None, int, bool]:
    """scanner.look_back as first written: each search over the whole window."""
    lead: Qualifier | None = None
    lo = max(floor, start - 32)
    j = start - 1
    while j >= lo and s[j].isspace():
        j -= 1
    if j < lo or s[j] not in scanner.WORD_ENDS:
        return start, None, 0, False
    if q := LEADING_BACK.search(s, lo, start):
        lead = Qualifier(LEADING[key(q.group().strip())])
        start = q.start()
    direction, to_level = 0, False
    if d := DIRECTION_BACK.search(s, max(floor, start - 32), start):
        direction, to_level = direction_of(d)
        start = d.start()
    if scanner._IS_OF_BACK.search(s, max(floor, start - 32), start):
        to_level = True
    return start, lead, direction, to_level


BEFORE = [
    *LEADING, *DIRECTIONS, *"了到至为的是去年最附临新 \t\u3000,。", "是去年的", "提高到",
    "more than  ", "AT LEAST", "x", "约为", "下降了", "up to ", "近乎",
]  # fmt: skip


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(BEFORE), max_size=10), st.integers(0, 40))
def test_the_words_before_a_number_as_the_plain_searches_find_them(
    parts: list[str], floor: int
) -> None:
    s = normalize("".join(parts)).text + "5"
    start = len(s) - 1
    floor = min(floor, start)
    assert scanner.look_back(s, start, floor) == look_back_plainly(s, start, floor)


def test_the_units_made_before_are_the_units_made_afresh() -> None:
    text = ARTICLE + "".join(PIECES) + "".join(BEFORE) + "3.2万元、50%以上、3 km、百分之五、2倍"
    kept = scan(text)
    with pytest.MonkeyPatch.context() as mp:
        # full: nothing found in it, nothing added to it
        mp.setattr(figure, "_UNITS_MADE", {(str(i), "", 0): None for i in range(4096)})
        fresh = scan(text)
    assert kept == fresh
    assert [f.quantity.unit for f in kept] == [f.quantity.unit for f in fresh]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_plus_words_and_scales_as_the_patterns_read_them(parts: list[str]) -> None:
    s = normalize("".join(parts)).text
    for i in range(len(s) + 1):
        plus = re.compile("余|多").match(s, i)
        assert figure._plus(s, i) == (plus.end() if plus else None)
    for i, c in enumerate(s):
        if not c.isdigit():
            continue
        number = read_number(s, i, scale=False, space_groups=False)
        try:
            body = read_body(s, i, scan=True)
        except (NumeralError, QuantityError):
            continue
        if body.scale != number.scale:  # a scale after the number (and 余): spaced once
            start = number.end + (s[number.end] in "余多")
            scale = read_scale(s, start)
            assert scale is not None
            assert body.scale_text == re.sub(r"\s+", " ", s[start : scale[1]]), (s, i)


def test_a_quantity_made_by_scan_is_the_one_its_constructor_makes() -> None:
    found = scan(ARTICLE + "".join(PIECES) + "3.2万元、约50%以上、3 km、百分之五、下降2倍、10余天")
    assert len(found) > 50
    assert not hasattr(Quantity, "__post_init__")  # make would skip it
    names = [f.name for f in fields(Quantity)]
    for f in found:
        q = f.quantity
        assert list(q.__dict__) == names
        made = Quantity(**{n: getattr(q, n) for n in names})
        assert made == q
        assert made.__dict__ == q.__dict__
        assert hash(made) == hash(q)


@settings(max_examples=500)
@given(
    st.lists(
        st.sampled_from([*PIECES, "百分之5", "千分之三", "1,234", "1 234", "0.50"]), max_size=10
    )
)
def test_a_number_read_in_a_figure_is_the_number_read_number_reads(parts: list[str]) -> None:
    s = normalize("".join(parts)).text
    for i in range(len(s)):
        for in_scan in (True, False):
            try:
                body = read_body(s, i, scan=in_scan)
            except (NumeralError, QuantityError):
                continue
            at = i + 3 if s.startswith(("百分之", "千分之"), i) else i
            reading = read_number(s, at, scale=False, space_groups=not in_scan)
            assert body.numeral == s[reading.start : reading.end]
            assert body.chinese == reading.chinese
            if body.scale == reading.scale:  # no scale read after the number
                assert body.number == reading.number


ATOMS = [
    *LEADING, *DIRECTIONS, "了", "到", "至", "为", "by", "to", "BY", " ", "  ", "\u00a0", "a",
    "X", "5", "的", "\n", "rose", "more", "than", "ſ", "\u212a", "ſome", "-", "%", "moRE",
]  # fmt: skip


@settings(max_examples=500)
@given(st.lists(st.sampled_from(ATOMS), max_size=8), st.data())
def test_words_ending_at_a_place_are_what_the_anchored_searches_find(
    parts: list[str], data: st.DataObject
) -> None:
    s = "".join(parts)
    end = data.draw(st.integers(0, len(s)))
    lo = data.draw(st.integers(0, end))
    for fwd, back in ((LEADING_FWD, LEADING_BACK), (DIRECTION_FWD, DIRECTION_BACK)):
        a, b = scanner._ending_at(fwd, s, lo, end), back.search(s, lo, end)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (s, lo)
