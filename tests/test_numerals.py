"""numerals: exact values and precisions of written numbers, and the errors for the rest."""

from __future__ import annotations

import unicodedata
from fractions import Fraction as F

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.nfkc import _nfkc, _unstable, normalize
from factcheck.numerals import (
    _DIGIT_RUN,
    _SEPARATORS,
    _STRICT_SEPARATORS,
    MAX_DIGITS,
    Number,
    NumeralError,
    _read_grouped,
    _tenth_power,
    parse_number,
    read_digits,
    read_number,
)
from factcheck.numtext import decimal_text


@pytest.mark.parametrize(
    ("text", "value", "step", "place"),
    [
        ("162", F(162), None, F(1)),
        ("10", F(10), None, F(10)),
        ("13000", F(13000), None, F(1000)),
        ("1.5", F(3, 2), F(1, 10), F(1, 10)),
        ("64.5", F(129, 2), F(1, 10), F(1, 10)),
        ("2.24", F(56, 25), F(1, 100), F(1, 100)),
        ("5.20", F(26, 5), F(1, 100), F(1, 10)),
        ("5.2", F(26, 5), F(1, 10), F(1, 10)),
        ("82.04", F(8204, 100), F(1, 100), F(1, 100)),
        ("0", F(0), None, F(1)),
        ("0.00", F(0), F(1, 100), F(1, 100)),
        ("007", F(7), None, F(1)),
        ("-5", F(-5), None, F(1)),
        ("−2.5", F(-5, 2), F(1, 10), F(1, 10)),  # U+2212 minus
        ("+3", F(3), None, F(1)),
        ("１６９", F(169), None, F(1)),  # full-width digits
        ("１６９．５", F(3390, 20), F(1, 10), F(1, 10)),
        ("1,234", F(1234), None, F(1)),
        ("1，234", F(1234), None, F(1)),  # full-width comma, after NFKC
        ("1 234", F(1234), None, F(1)),
        ("1\u2009234", F(1234), None, F(1)),  # thin space
        ("1\u00a0234\u00a0567", F(1234567), None, F(1)),  # no-break spaces
        ("12,345,678.9", F(123456789, 10), F(1, 10), F(1, 10)),
        ("  42  ", F(42), None, F(1)),
    ],
)
def test_digits(text: str, value: F, step: F | None, place: F) -> None:
    assert parse_number(text) == Number(value, step, place)


@pytest.mark.parametrize(
    ("text", "value", "step", "place"),
    [
        ("169万", F(1690000), F(10000), F(10000)),
        ("1.5万", F(15000), F(1000), F(1000)),
        ("3千", F(3000), F(1000), F(1000)),
        ("5百", F(500), F(100), F(100)),
        ("10万亿", F(10**13), F(10**12), F(10**13)),
        ("5千万", F(5 * 10**7), F(10**7), F(10**7)),
        ("2.5亿", F(25 * 10**7), F(10**7), F(10**7)),
        ("3.2 million", F(3200000), F(100000), F(100000)),
        ("3 million", F(3000000), F(1000000), F(1000000)),
        ("1.5bn", F(1500000000), F(10**8), F(10**8)),
        ("1.5 billion", F(1500000000), F(10**8), F(10**8)),
        ("2.40mn", F(2400000), F(10000), F(100000)),
        ("7 thousand", F(7000), F(1000), F(1000)),
        ("1.2 Trillion", F(12 * 10**11), F(10**11), F(10**11)),
    ],
)
def test_scales_round_at_the_last_digit_times_the_scale(
    text: str, value: F, step: F, place: F
) -> None:
    assert parse_number(text) == Number(value, step, place)


@pytest.mark.parametrize(
    ("text", "value", "step", "place"),
    [
        ("三", 3, None, 1),
        ("四", 4, None, 1),
        ("两", 2, None, 1),
        ("十", 10, None, 10),
        ("十二", 12, None, 1),
        ("二十", 20, None, 10),
        ("百", 100, None, 100),
        ("千", 1000, None, 1000),
        ("一千三百", 1300, None, 100),
        ("一百零五", 105, None, 1),
        ("一千零五十", 1050, None, 10),
        ("三万五千", 35000, None, 1000),
        ("三万零五", 30005, None, 1),
        ("一千三", 1300, None, 100),  # a digit after a unit is the next place down
        ("三万五", 35000, None, 1000),
        ("两百五", 250, None, 10),
        ("三万", 30000, 10000, 10000),  # ends in a scale: rounded like 3万
        ("十万", 100000, 10000, 100000),
        ("两百万", 2000000, 10000, 1000000),
        ("三亿五千万", 350000000, 10000, 10**7),
        ("三万亿", 3 * 10**12, 10**12, 10**12),
        ("壹佰贰拾叁", 123, None, 1),
        ("叁仟", 3000, None, 1000),
        ("〇", 0, None, 1),
        ("零", 0, None, 1),
    ],
)
def test_chinese_numerals(text: str, value: int, step: int | None, place: int) -> None:
    n = parse_number(text)
    assert n.value == value
    assert n.step == (None if step is None else F(step))
    assert n.last_nonzero_place == place


@pytest.mark.parametrize(
    ("text", "offset", "words"),
    [
        ("", 0, "empty"),
        ("   ", 0, "empty"),
        ("abc", 0, "expected a number"),
        ("%", 0, "expected a number"),
        ("12..3", 3, "decimal point"),
        ("12.", 3, "decimal point"),
        (".5", 0, "expected a number"),
        ("1e309", 1, "exponent"),
        ("2E-5", 1, "exponent"),
        ("NaN", 0, "NaN"),
        ("inf", 0, "infinity"),
        ("-Infinity", 1, "infinity"),
        ("1,23", 1, "separator"),
        ("1,2345", 1, "separator"),
        ("12 3", 2, "separator"),
        ("三四", 1, "Chinese numeral"),  # a range (three or four), not 34
        ("一亿亿", 2, "Chinese numeral"),
        ("十三五", 2, "Chinese numeral"),
        ("12abc", 2, "unexpected 'a'"),
        ("１２．．３", 3, "decimal point"),  # offsets point into the text as written
    ],
)
def test_errors_say_where(text: str, offset: int, words: str) -> None:
    with pytest.raises(NumeralError) as e:
        parse_number(text)
    assert e.value.offset == offset
    assert words in e.value.message
    assert e.value.hint


def test_a_hostile_figure_is_refused() -> None:
    text = "1" + "0" * 100_000
    with pytest.raises(NumeralError) as e:
        parse_number(text)
    assert e.value.offset == 0
    assert str(MAX_DIGITS) in e.value.message


def test_the_longest_figure_is_exact() -> None:
    n = parse_number("1" + "0" * (MAX_DIGITS - 1))
    assert n.value == 10 ** (MAX_DIGITS - 1)
    assert n.last_nonzero_place == 10 ** (MAX_DIGITS - 1)
    assert parse_number("0." + "0" * (MAX_DIGITS - 3) + "1").value == F(1, 10 ** (MAX_DIGITS - 2))
    with pytest.raises(NumeralError):
        parse_number("1" + "0" * MAX_DIGITS)


def test_hostile_separator_chains_are_refused() -> None:
    with pytest.raises(NumeralError):
        parse_number("1" + ",000" * 50_000)


def test_read_number_says_where_it_ends() -> None:
    r = read_number("共169万元", 1)
    assert (r.start, r.end, r.scale, r.scale_text, r.chinese) == (1, 5, 10000, "万", False)
    r = read_number("3.2 million yuan")
    assert (r.end, r.scale_text) == (11, " million")
    r = read_number("169万元", scale=False)
    assert (r.end, r.number.value, r.number.step) == (3, 169, None)
    r = read_number("一千三百名")
    assert (r.end, r.chinese, r.number.value) == (4, True, 1300)
    r = read_number("三万元")
    assert (r.end, r.scale, r.scale_text) == (2, 10000, "万")
    # a plain space groups thousands only when asked
    assert read_number("1 234", space_groups=False).end == 1
    assert read_number("1\u2009234", space_groups=False).end == 5
    # "m" is metres, not million
    assert read_number("3.2m").end == 3


def test_normalize_maps_offsets_back() -> None:
    n = normalize("约１６９㎏")
    assert n.text == "约169kg"
    assert [n.start(i) for i in range(len(n.text) + 1)] == [0, 1, 2, 3, 4, 4, 5]
    assert n.end(6) == 5 and n.end(5) == 5 and n.end(4) == 4
    # superscripts and circled numbers are not digits: m² must not become m2
    assert normalize("5m²①").text == "5m²①"
    assert normalize("plain").at is None
    assert normalize("１６９％").at is None  # each character became one: offsets unmoved


@given(st.text(alphabet="约１６９㎏…，,a 5²①\u00a0ﬁ万", max_size=30))
def test_normalize_is_character_by_character(text: str) -> None:
    n = normalize(text)
    parts = [_nfkc(c) for c in text]
    assert n.text == "".join(parts)
    origin = [j for j, p in enumerate(parts) for _ in p]  # of each normalised character
    assert [n.start(i) for i in range(len(n.text))] == origin
    assert [n.end(i) for i in range(1, len(n.text) + 1)] == [j + 1 for j in origin]
    assert n.start(len(n.text)) == len(text) and n.end(0) == 0


@given(st.integers(min_value=0, max_value=10**30), st.sampled_from([",", "\u2009", " ", ""]))
def test_grouped_integers_read_back(n: int, sep: str) -> None:
    grouped = f"{n:,}".replace(",", sep)
    assert parse_number(grouped) == Number(F(n), None, parse_number(str(n)).last_nonzero_place)
    assert parse_number(grouped).value == n


@given(
    st.integers(min_value=0, max_value=10**12),
    st.text(alphabet="0123456789", min_size=1, max_size=12),
    st.booleans(),
)
def test_decimals_are_exact_with_the_step_of_their_last_digit(
    whole: int, frac: str, negative: bool
) -> None:
    text = ("-" if negative else "") + f"{whole}.{frac}"
    n = parse_number(text)
    assert n.value == F(text)  # Fraction parses decimal strings exactly
    assert n.step == F(1, 10 ** len(frac))
    assert n.step <= n.last_nonzero_place
    if len(frac) <= 6:  # written back exactly
        assert F(decimal_text(n.value)) == n.value


def test_normalize_by_replacing_and_by_translating_agree():
    few = "共１６９万元，追回９３万元（约…）"  # a few characters change: a replace each
    many = "".join(chr(0xFF21 + i) for i in range(26)) + few  # full-width A-Z: one translate
    for text in (few, many):
        assert normalize(text).text == "".join(_nfkc(c) for c in text)


_AFTER = [
    "",
    ".",
    ".5",
    ",",
    ",000",
    ",00",
    " ",
    " 000",
    "\u00a0000",
    "\u2009123,4",
    "e5",
    "%",
    "万",
]


@given(
    st.sampled_from(["", "-", "a"]),
    st.from_regex(r"[0-9]{1,8}", fullmatch=True),
    st.lists(st.sampled_from(_AFTER), max_size=3),
    st.booleans(),
)
def test_digits_read_by_the_shortcut_as_the_long_way_reads_them(before, digits, after, spaces):
    text = before + digits + "".join(after)
    pos = len(before)
    m = _DIGIT_RUN.match(text, pos)
    assert m is not None
    seps = _SEPARATORS if spaces else _STRICT_SEPARATORS
    for _ in range(2):  # made, then kept
        assert read_digits(text, pos, spaces) == _read_grouped(text, pos, m, seps)


def test_a_run_of_digits_past_the_limit_takes_the_long_way_to_its_error():
    with pytest.raises(NumeralError, match="limit"):
        read_digits("9" * (MAX_DIGITS + 1) + "%", 0, False)


@given(
    st.one_of(st.integers(-(10**12), 10**12).map(F), st.fractions(-(10**12), 10**12)),
    st.one_of(st.none(), st.sampled_from([F(1), F(1, 10), F(100), F(1, 3)])),
    st.sampled_from([F(1), F(10), F(1000), F(1, 100)]),
    st.sampled_from([10, 100, 10**4, 10**8, 10**12, F(1000), F(1, 2)]),
)
def test_a_number_scaled_is_each_part_times_the_scale(value, step, place, factor):
    f = F(factor)
    expected = (value * f, (step or F(1)) * f, place * f)
    got = Number(value, step, place).scaled(factor)
    assert tuple(got) == expected
    assert all(type(x) is F for x in got)


def test_a_character_nfkc_changes_on_its_own_leaves_no_text_holding_it_normalized():
    # what numerals._unstable rests on, for every code point
    for o in range(0x110000):
        c = chr(o)
        if 0xD800 <= o < 0xE000 or unicodedata.normalize("NFKC", c) == c:
            continue
        assert not unicodedata.is_normalized("NFKC", "桂" + c + "a"), hex(o)
        assert not unicodedata.is_normalized("NFKC", "e" + c), hex(o)


_PIECES = [
    "桂" * 300, "a" * 200, "，", "（", "Ａ", "１", "…", "ﬁ", "²", "½", "①", "\u00a0", "\u2009",
    "\u0301", "e", "\u1100", "\u1161", "\u11a8", "가", "\u0344", "\u3099", "か", "ｶ", "ﾞ",
    "。", "“", "\U0001d400", "\U0002f800", "\u2126", "Å", "\u212b", "\u0958",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_the_characters_found_unstable_are_those_nfkc_changes(parts):
    text = "".join(parts)
    expected = {c for c in set(text) if unicodedata.normalize("NFKC", c) != c}
    assert _unstable(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "桂" * 499 + "e\u0301" + "桂" * 499,  # composes only across the cut
        "桂" * 499 + "e\u0301" + "桂" * 499 + "，",
        "".join(
            "桂" * 300 + c for c in "ＡＢＣＤＥＦＧＨＩＪＫＬ，（）１２"
        ),  # more than eight rounds
        "".join("桂" * 300 + c for c in "ＡＢ"),
    ],
)
def test_the_characters_found_unstable_in_long_texts(text):
    expected = {c for c in set(text) if unicodedata.normalize("NFKC", c) != c}
    assert _unstable(text) == expected
    assert normalize(text).text == "".join(_nfkc(c) for c in text)


def test_the_powers_of_ten_kept_are_the_powers_made():
    assert [_tenth_power(k) for k in range(40)] == [F(1, 10**k) for k in range(40)]


@given(
    st.lists(st.sampled_from(["桂", "a", "…", "㎏", "ﬁ", "，", "①", "½"]), max_size=30),
    st.lists(st.integers(0, 80), max_size=30),
    st.booleans(),
)
def test_places_asked_forward_are_the_places_start_gives(parts, places, in_order):
    norm = normalize("".join(parts))
    if in_order:
        places = sorted(places)
    original = norm.forward()
    assert [original(i) for i in places] == [norm.start(i) for i in places]
