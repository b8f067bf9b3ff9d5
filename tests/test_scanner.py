"""scanner: every figure of free text, its span exactly as written, dates and labels left out."""

from __future__ import annotations

from fractions import Fraction as F
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.figure import parse
from factcheck.intervals import Interval
from factcheck.quantity import Qualifier, Quantity
from factcheck.scanner import scan

ARTICLE = (Path(__file__).resolve().parent.parent / "claims/sources/guilin.txt").read_text(
    encoding="utf-8"
)
Q = Qualifier


def found_texts(text: str) -> list[str]:
    return [f.quantity.text for f in scan(text)]


def test_scan_finds_the_articles_figures() -> None:
    found = {f.quantity.text: f.quantity for f in scan(ARTICLE)}
    for t in [
        "82.04%", "98.26%", "169万元", "162万余元", "93万元", "3956名", "4370个",
        "1273.15公斤", "20.36%", "不到30分钟", "100天左右", "10年以上", "24小时内", "3日内",
        "13000名", "3条", "64.5米", "2.24公斤", "70万元", "5233万元", "3882批次", "两个",
    ]:  # fmt: skip
        assert t in found, t
    assert found["不到30分钟"].qualifier is Q.LESS_THAN
    assert found["不到30分钟"].value == F(1, 48)
    assert found["162万余元"].interval() == Interval(F(1620000), F(1630000), True, False)
    assert found["下降60%以上"].qualifier is Q.AT_LEAST
    assert found["下降60%以上"].direction == -1
    assert found["下降10.79%"].direction == -1
    assert (found["提高到96.15%"].to_level, found["攀升至45.76%"].to_level) == (True, True)
    assert found["24小时内"].interval() == Interval(F(0), F(1))
    assert found["两个"].measure == "个"


def test_scan_leaves_out_dates_years_labels_and_idioms() -> None:
    texts = found_texts(ARTICLE)
    for t in texts:
        assert "年" not in t or t == "10年以上", t  # 2020年, 2015年, 2020年10月14日
        assert "月" not in t, t
        assert not t.startswith("一"), t  # 一网打尽, 一项项, 一致, 一把手, 一测一察一中心
    assert all(f.quantity.value not in (2020, 2021) for f in scan(ARTICLE))  # 亮剑2020
    assert "1" not in texts  # A1版
    for t in ["百日", "百吨", "两抢", "三维", "七星", "四级", "八里", "万元以上"]:
        assert not any(x.startswith(t) for x in texts), t


def test_scan_offsets_point_into_the_text_as_written() -> None:
    for f in scan(ARTICLE):
        assert ARTICLE[f.start : f.end] == f.quantity.text
    text = "共被骗１６９万元，追回９３万元。"
    fs = scan(text)
    assert [(f.start, f.end, f.quantity.text) for f in fs] == [
        (3, 8, "１６９万元"),
        (11, 15, "９３万元"),
    ]
    assert fs[0].quantity.value == 1690000


def test_scanned_figures_read_back_with_parse() -> None:
    for f in scan(ARTICLE):
        assert parse(f.quantity.text) == f.quantity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("群众安全感从2015年的82.04%提升到2020年第三季度的98.26%", ["82.04%", "98.26%"]),
        ("2020年10月14日、2020-10-14、2021-01-06 18:00、10时30分、本月5日起", []),
        ("October 14, 2020 and 14 Oct 2020", []),
        ("三成的人、两人、一千三百名、十余人、三十多万元、百分之五十",
         ["三成", "两人", "一千三百名", "十余人", "三十多万元", "百分之五十"]),
        ("四周、十分重要、三分之一、一项项、一致、一把手、第三、星期三、十三五、三四个", []),
        ("COVID-19, 5G, the 1990s, v1.2.3, 192.168.1.1, A1版, 3-5天, 3至5天", []),
        ("more than 1,400 people; prices rose 3.2% to 5.1 million yuan",
         ["more than 1,400", "rose 3.2%", "5.1 million yuan"]),
        ("about 100 days, nearly 60%, 45 percent, 16.22 pp",
         ["about 100 days", "nearly 60%", "45 percent", "16.22 pp"]),
        ("3条64.5米", ["3条", "64.5米"]),
        ("最近3天、签约3家、新增3例", ["3天", "3家", "3例"]),
        ("-5%与+3%", ["-5%", "+3%"]),
        ("3个多月、3年多来、6月份、6个月", ["3个多月", "3年多", "6个月"]),
    ],
)  # fmt: skip
def test_scan_examples(text: str, expected: list[str]) -> None:
    assert found_texts(text) == expected


def test_scan_reads_qualifiers_and_directions_around_the_figure() -> None:
    (f,) = scan("刑事警情环比下降50%,")
    assert (f.quantity.text, f.quantity.direction, f.quantity.value) == ("下降50%", -1, F(1, 2))
    (f,) = scan("收入是去年的2倍。")
    assert (f.quantity.text, f.quantity.to_level) == ("2倍", True)  # 是…的 is not in the span
    (f,) = scan("新增3例")
    assert f.quantity.direction == 0  # 新增 is "newly added", not a rise
    (f,) = scan("最近3天")
    assert f.quantity.qualifier is None  # 最近 is "recently", not 近
    (f,) = scan("prices went up to 5%")
    assert (f.quantity.qualifier, f.quantity.direction) == (Q.AT_MOST, 0)


def test_scan_of_hostile_text_keeps_exact_spans() -> None:
    for text in [
        "1" + "0" * 100_000,
        "一" * 100_000,
        "亿" * 100_000,
        "1.1" * 30_000,
        "1,234" * 20_000,
        "约" * 100_000 + "3",
        "是" * 100_000 + "2倍",
        "１" * 100_000,
    ]:
        found = scan(text)
        for f in found:
            assert text[f.start : f.end] == f.quantity.text
    assert scan("1" + "0" * 100_000) == []


# ---- properties ------------------------------------------------------------------------

FRAGMENTS = [
    "82.04%", "169万元", "162万余元", "不到30分钟", "下降10.79%", "60%以上", "2020年",
    "2020年10月14日", "一网打尽", "两个", "三成", "百日", "，", "。", "、", " ", "的", "共",
    "被骗", "1,400", "more than 5", "约", "近", "3", "名", "-", "年", "月", "日", "号",
    "１６９", "A", "e", ".", "十", "余", "万", "以上", "左右", "提高到", "是", "倍",
]  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30))
def test_every_scan_span_slices_to_its_figure(parts: list[str]) -> None:
    text = "".join(parts)
    last = 0
    for f in scan(text):
        assert text[f.start : f.end] == f.quantity.text
        assert last <= f.start < f.end
        last = f.end
        q = parse(f.quantity.text)
        if not f.quantity.to_level or q.to_level:  # 是…的 is outside the span
            assert q == f.quantity


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["%", "万元", "名", "米"]))
def test_scan_finds_a_figure_between_chinese_words(n: int, unit: str) -> None:
    text = f"截至目前共有{n:,}{unit}，同比"
    (f,) = scan(text)
    assert isinstance(f.quantity, Quantity)
    assert f.quantity.text == f"{n:,}{unit}"
    assert f.quantity.value == parse(f"{n}{unit}").value


@pytest.mark.parametrize(
    ("text", "figure", "value", "dimension"),
    [
        ("水箱容积5m³。", "5m³", F(5), "volume"),
        ("a 5 m³ tank", "5 m³", F(5), "volume"),
        ("库容1200万立方米,", "1200万立方米", F(12_000_000), "volume"),
        ("8㎥的", "8㎥", F(8), "volume"),
        ("a 5m3 skip", "5m3", F(5), "volume"),
        ("3 cubic meters of sand", "3 cubic meters", F(3), "volume"),
        ("一套120m²的住房", "120m²", F(120), "area"),
        ("a 40m2 flat", "40m2", F(40), "area"),
        ("12㎡的商铺", "12㎡", F(12), "area"),
        ("占地面积3.5万平方米,", "3.5万平方米", F(35_000), "area"),
        ("辖区面积52平方公里。", "52平方公里", F(52_000_000), "area"),
        ("覆盖3.5万km²。", "3.5万km²", F(35_000_000_000), "area"),
        ("a park of 3km² and", "3km²", F(3_000_000), "area"),
        ("over 40 sq km of forest", "over 40 sq km", F(40_000_000), "area"),
        ("5 square metres each", "5 square metres", F(5), "area"),
        ("种植水稻10亩,", "10亩", F(20_000, 3), "area"),
        ("三亩地", "三亩", F(2000), "area"),
        ("造林3公顷", "3公顷", F(30_000), "area"),
        ("3 hectares", "3 hectares", F(30_000), "area"),
        ("a 3m wall", "3m", F(3), "length"),
    ],
)
def test_square_and_cubic_units_are_read_whole(
    text: str, figure: str, value: F, dimension: str
) -> None:
    (f,) = scan(text)
    assert (text[f.start : f.end], f.quantity.text) == (figure, figure)
    assert (f.quantity.value, f.quantity.unit.dimension) == (value, dimension)
    assert parse(figure) == f.quantity  # a claim value reads as the article's figure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 40 m2 flat", ["40"]),  # m2 only right after the digits
        ("the 5 M2 chips", ["5"]),
        ("一亩三分地、万亩良田、四平市", []),
    ],
)
def test_what_is_no_square_unit(text: str, expected: list[str]) -> None:
    assert found_texts(text) == expected


def test_cubic_square_and_plain_metres_are_different_measures() -> None:
    from factcheck.quantity import same_quantity

    assert not same_quantity(parse("5m³"), parse("5m"))
    assert not same_quantity(parse("5m²"), parse("5m"))
    assert not same_quantity(parse("5m²"), parse("5m³"))
    assert same_quantity(parse("5m³"), parse("5立方米"))
    assert same_quantity(parse("3.5万平方米"), parse("35000m²"))
    assert same_quantity(parse("1平方公里"), parse("1,000,000 square metres"))
    assert parse("5m³以上").interval() == Interval(F(5), None)


UNIT_PIECES = [
    "m", "m²", "m2", "km", "KM²", "㎡", "㎥", "sq", " ", "\u00a0", "square", "Square", "metres",
    "cubic", "meters", "x", "-fold", "kg", "5", "ſq", "\u212am", "per cent", "PP", "hours", "y",
    "s", "万", "元", "\t", "a",
]  # fmt: skip


@settings(max_examples=500)
@given(st.lists(st.sampled_from(UNIT_PIECES), max_size=8))
def test_english_units_match_as_their_plain_alternation(pieces: list[str]) -> None:
    """ascii_unit tries the pattern only where a letter follows, and the pattern its words
    only where one can begin: the same matches as the plain alternation, at every place."""
    import re

    from factcheck import units

    plain = re.compile(
        rf"(?:{units.HS}*(?P<w>{units.alternation(units._WORDS)})|(?P<l>{units._LETTERS}))"
        r"(?![A-Za-z0-9])"
    )
    s = "".join(pieces)
    for pos in range(len(s) + 1):
        fast, slow = units.ascii_unit(s, pos), plain.match(s, pos)
        assert (fast and (fast.span(), fast.groupdict())) == (
            slow and (slow.span(), slow.groupdict())
        ), (s, pos)


def test_the_odd_cases_are_every_other_character_ignorecase_reads_as_a_letter() -> None:
    """units._ODD_CASES, which the unit lookahead and ascii_unit's first test add to a word's
    first letter, is every non-ASCII character that (?i:) matches to an ASCII letter."""
    import re

    from factcheck import units

    letter = re.compile(r"(?i:[a-z])")
    found = {chr(c) for c in range(0x80, 0x110000) if letter.fullmatch(chr(c))}
    assert found == {x for xs in units._ODD_CASES.values() for x in xs}
    for key, xs in units._ODD_CASES.items():
        assert all(re.fullmatch(f"(?i:{key})", x) for x in xs)
