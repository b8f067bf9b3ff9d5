"""quantity: figures as written become intervals (scan: test_scanner.py, test_scan_shortcuts.py)."""

from __future__ import annotations

import re
from fractions import Fraction as F

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.figure import QuantityError, _noun, parse
from factcheck.intervals import Interval
from factcheck.quantity import DEFAULT_APPROX, Qualifier, same_quantity
from factcheck.rounding import Rounding
from factcheck.scanner import scan
from factcheck.units import TRAILING, alternation, is_ascii_word

INF = None
Q = Qualifier


def bounds(i: Interval) -> tuple[F | None, F | None, bool, bool]:
    return (i.lo, i.hi, i.lo_closed, i.hi_closed)


# text, value, step, (symbol, dimension, display), qualifier, (lo, hi, lo_closed, hi_closed)
CASES = [
    ("82.04%", F(8204, 10000), F(1, 10000), ("%", "ratio", "%"), None,
     (F(82035, 100000), F(82045, 100000), True, True)),
    ("98.26%", F(9826, 10000), F(1, 10000), ("%", "ratio", "%"), None,
     (F(98255, 100000), F(98265, 100000), True, True)),
    ("10.79%", F(1079, 10000), F(1, 10000), ("%", "ratio", "%"), None,
     (F(10785, 100000), F(10795, 100000), True, True)),
    ("169万元", F(1690000), F(10000), ("元", "money", "万元"), None,
     (F(1685000), F(1695000), True, True)),
    ("162万余元", F(1620000), F(10000), ("元", "money", "万元"), Q.PLUS,
     (F(1620000), F(1630000), True, False)),
    ("5233万元", F(52330000), F(10000), ("元", "money", "万元"), None,
     (F(52325000), F(52335000), True, True)),
    ("70万元", F(700000), F(10000), ("元", "money", "万元"), None,
     (F(695000), F(705000), True, True)),
    ("1273.15公斤", F(127315, 100), F(1, 100), ("kg", "mass", "公斤"), None,
     (F(1273145, 1000), F(1273155, 1000), True, True)),
    ("2.24公斤", F(224, 100), F(1, 100), ("kg", "mass", "公斤"), None,
     (F(2235, 1000), F(2245, 1000), True, True)),
    ("64.5米", F(645, 10), F(1, 10), ("m", "length", "米"), None,
     (F(6445, 100), F(6455, 100), True, True)),
    ("60%以上", F(6, 10), F(1, 100), ("%", "ratio", "%"), Q.AT_LEAST,
     (F(6, 10), INF, True, False)),
    ("不到30分钟", F(30, 1440), None, ("minute", "duration", "分钟"), Q.LESS_THAN,
     (F(0), F(1, 48), True, False)),
    ("100天左右", F(100), None, ("day", "duration", "天"), Q.ABOUT,
     (F(90), F(110), True, True)),
    ("10年以上", F(10), None, ("year", "years", "年"), Q.AT_LEAST, (F(10), INF, True, False)),
    ("24小时", F(1), None, ("hour", "duration", "小时"), None, (F(1), F(1), True, True)),
    ("24小时内", F(1), None, ("hour", "duration", "小时"), Q.AT_MOST,
     (F(0), F(1), True, True)),
    ("3日", F(3), None, ("day", "duration", "日"), None, (F(3), F(3), True, True)),
    ("13000名", F(13000), None, ("", "count", "名"), None, (F(13000), F(13000), True, True)),
    ("3956名", F(3956), None, ("", "count", "名"), None, (F(3956), F(3956), True, True)),
    ("3条", F(3), None, ("", "count", "条"), None, (F(3), F(3), True, True)),
    ("三", F(3), None, ("", "count", ""), None, (F(3), F(3), True, True)),
    ("四", F(4), None, ("", "count", ""), None, (F(4), F(4), True, True)),
    ("十二", F(12), None, ("", "count", ""), None, (F(12), F(12), True, True)),
    ("两", F(2), None, ("", "count", ""), None, (F(2), F(2), True, True)),
    ("一千三百", F(1300), None, ("", "count", ""), None, (F(1300), F(1300), True, True)),
    ("一千三百名", F(1300), None, ("", "count", "名"), None, (F(1300), F(1300), True, True)),
    ("百日", F(100), None, ("day", "duration", "日"), None, (F(100), F(100), True, True)),
    ("１６９", F(169), None, ("", "count", ""), None, (F(169), F(169), True, True)),
    ("1,234", F(1234), None, ("", "count", ""), None, (F(1234), F(1234), True, True)),
    ("1 234", F(1234), None, ("", "count", ""), None, (F(1234), F(1234), True, True)),
    ("3.2 million", F(3200000), F(100000), ("", "count", " million"), None,
     (F(3150000), F(3250000), True, True)),
    ("1.5bn", F(1500000000), F(10**8), ("", "count", "bn"), None,
     (F(1450000000), F(1550000000), True, True)),
    ("45 percent", F(45, 100), F(1, 100), ("%", "ratio", " percent"), None,
     (F(445, 1000), F(455, 1000), True, True)),
    ("16.22 pp", F(1622, 10000), F(1, 10000), ("pp", "points", " pp"), None,
     (F(16215, 100000), F(16225, 100000), True, True)),
    ("16.22个百分点", F(1622, 10000), F(1, 10000), ("pp", "points", "个百分点"), None,
     (F(16215, 100000), F(16225, 100000), True, True)),
    ("2倍", F(2), None, ("倍", "times", "倍"), None, (F(2), F(2), True, True)),
    ("三成", F(3, 10), F(1, 10), ("成", "ratio", "成"), None,
     (F(25, 100), F(35, 100), True, True)),
    ("8‰", F(8, 1000), F(1, 1000), ("‰", "ratio", "‰"), None,
     (F(75, 10000), F(85, 10000), True, True)),
    ("50%", F(1, 2), F(1, 100), ("%", "ratio", "%"), None,
     (F(495, 1000), F(505, 1000), True, True)),
    ("more than 1,400", F(1400), None, ("", "count", ""), Q.MORE_THAN,
     (F(1400), INF, False, False)),
    # NEARLY: the hull of [54%, 60%] and 60% rounded, [59.5%, 60.5%]
    ("nearly 60%", F(6, 10), F(1, 100), ("%", "ratio", "%"), Q.NEARLY,
     (F(54, 100), F(605, 1000), True, True)),
    ("about 100 days", F(100), None, ("day", "duration", " days"), Q.ABOUT,
     (F(90), F(110), True, True)),
    ("约169万元", F(1690000), F(10000), ("元", "money", "万元"), Q.ABOUT,
     (F(1521000), F(1859000), True, True)),
    ("10余", F(10), None, ("", "count", ""), Q.PLUS, (F(10), F(20), True, False)),
    ("10多", F(10), None, ("", "count", ""), Q.PLUS, (F(10), F(20), True, False)),
    ("10余万元", F(100000), F(10000), ("元", "money", "万元"), Q.PLUS,
     (F(100000), F(200000), True, False)),
    ("十余人", F(10), None, ("", "count", "人"), Q.PLUS, (F(10), F(20), True, False)),
    ("3个多月", F(3), None, ("month", "months", "个月"), Q.PLUS, (F(3), F(4), True, False)),
    ("up to 5%", F(5, 100), F(1, 100), ("%", "ratio", "%"), Q.AT_MOST,
     (F(0), F(5, 100), True, True)),
    ("less than -3", F(-3), None, ("", "count", ""), Q.LESS_THAN, (INF, F(-3), False, False)),
    ("百分之五十", F(1, 2), F(1, 100), ("%", "ratio", "%"), None,
     (F(495, 1000), F(505, 1000), True, True)),
    ("千分之八", F(8, 1000), F(1, 1000), ("‰", "ratio", "‰"), None,
     (F(75, 10000), F(85, 10000), True, True)),
    ("3个多", F(3), None, ("", "count", "个"), Q.PLUS, (F(3), F(4), True, False)),
    ("3.2 million yuan", F(3200000), F(100000), ("元", "money", " million yuan"), None,
     (F(3150000), F(3250000), True, True)),
    ("5千克", F(5), None, ("kg", "mass", "千克"), None, (F(5), F(5), True, True)),
    ("2吨", F(2000), None, ("t", "mass", "吨"), None, (F(2000), F(2000), True, True)),
    ("3.5公里", F(3500), F(100), ("km", "length", "公里"), None,
     (F(3450), F(3550), True, True)),
    ("3.2m", F(32, 10), F(1, 10), ("m", "length", "m"), None,
     (F(315, 100), F(325, 100), True, True)),
    ("2周", F(14), None, ("week", "duration", "周"), None, (F(14), F(14), True, True)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "step", "unit", "qualifier", "interval"), CASES, ids=[c[0] for c in CASES]
)
def test_figures_as_written(
    text: str,
    value: F,
    step: F | None,
    unit: tuple[str, str, str],
    qualifier: Qualifier | None,
    interval: tuple[F | None, F | None, bool, bool],
) -> None:
    q = parse(text)
    assert q.text == text
    assert q.value == value
    assert q.step == step
    assert (q.unit.symbol, q.unit.dimension, q.unit.display) == unit
    assert q.qualifier is qualifier
    assert bounds(q.interval()) == interval


def test_a_digit_written_after_the_point_is_precision() -> None:
    a, b = parse("5.20"), parse("5.2")
    assert a.value == b.value == F(26, 5)
    assert (a.step, b.step) == (F(1, 100), F(1, 10))
    assert a.interval().width == F(1, 100) and b.interval().width == F(1, 10)


def test_measure_words_and_exact_counts() -> None:
    q = parse("3956名")
    assert (q.measure, q.step, q.interval().is_point) == ("名", None, True)
    assert parse("3882批次").measure == "批次"
    assert parse("265起").measure == "起"  # 起 after a number is "cases"...
    assert parse("10元起").qualifier is Q.AT_LEAST  # ...and "from ... up" after a unit
    q = parse("128个村居")  # a claim may name what is counted
    assert (q.value, q.measure, q.unit.display) == (128, "个", "个村居")
    assert parse("13000名").place == 1000


def test_direction_words() -> None:
    q = parse("下降10.79%")
    assert (q.direction, q.to_level, q.value) == (-1, False, F(1079, 10000))
    assert q.interval().lo == F(10785, 100000)  # the direction does not change the sign
    q = parse("提高到96.15%")
    assert (q.direction, q.to_level) == (1, True)
    q = parse("增长2倍")
    assert (q.direction, q.to_level, q.unit.dimension, q.value) == (1, False, "times", 2)
    assert parse("增长了约10%").qualifier is Q.ABOUT
    assert parse("下降了10%").direction == -1
    assert (parse("降至5%").direction, parse("降至5%").to_level) == (-1, True)
    assert (parse("fell by 3%").direction, parse("fell by 3%").to_level) == (-1, False)
    assert (parse("rose to 5%").direction, parse("rose to 5%").to_level) == (1, True)
    assert parse("up 5%").direction == 1
    q = parse("是去年的2倍")
    assert (q.to_level, q.direction, q.value) == (True, 0, 2)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("至少3人", Q.AT_LEAST),
        ("3人及以上", Q.AT_LEAST),
        ("at least 3", Q.AT_LEAST),
        ("3 or more", Q.AT_LEAST),
        ("超过3人", Q.MORE_THAN),
        ("逾3万人", Q.MORE_THAN),
        ("over 3", Q.MORE_THAN),
        ("3人以内", Q.AT_MOST),
        ("3天之内", Q.AT_MOST),
        ("no more than 3", Q.AT_MOST),
        ("within 3 days", Q.AT_MOST),
        ("不超过3人", Q.AT_MOST),
        ("不足3人", Q.LESS_THAN),
        ("fewer than 3", Q.LESS_THAN),
        ("将近3万", Q.NEARLY),
        ("almost 3", Q.NEARLY),
        ("大约3天", Q.ABOUT),
        ("3天上下", Q.ABOUT),
        ("roughly 3", Q.ABOUT),
        ("超过60%以上", Q.MORE_THAN),  # two qualifiers: the first one written is kept
    ],
)
def test_qualifier_words(text: str, qualifier: Qualifier) -> None:
    assert parse(text).qualifier is qualifier


def test_the_six_roundings_of_82_04_percent() -> None:
    q = parse("82.04%")
    lo, hi = F(82035, 100000), F(82045, 100000)
    step = F(1, 10000)
    v = F(8204, 10000)
    expected = {
        Rounding.UP_OR_DOWN: (lo, hi, True, True),
        Rounding.HALF_UP: (lo, hi, True, False),
        Rounding.HALF_DOWN: (lo, hi, False, True),
        Rounding.HALF_EVEN: (lo, hi, True, True),  # 4 is even: both halves round to it
        Rounding.TRUNCATE: (v, v + step, True, False),
        Rounding.CEILING: (v - step, v, False, True),
    }
    for r, b in expected.items():
        assert bounds(q.interval(r)) == b, r


def test_approx_width_is_the_callers() -> None:
    q = parse("约100天")
    assert bounds(q.interval(approx=F(1, 20))) == (F(95), F(105), True, True)
    assert bounds(q.interval(approx=F(0))) == (F(100), F(100), True, True)
    assert q.interval() == q.interval(approx=DEFAULT_APPROX) == Interval(F(90), F(110))
    # the rounding interval still counts: 约1.5万 is never narrower than 1.45万..1.55万
    assert bounds(parse("约1.5万").interval(approx=F(0))) == (F(14500), F(15500), True, True)
    with pytest.raises(ValueError):
        q.interval(approx=F(-1, 10))


def test_show_writes_back_in_the_unit_as_written() -> None:
    assert parse("82.04%").show(F(8204, 10000)) == "82.04%"
    assert parse("82.04%").show(F(82035, 100000)) == "82.035%"
    assert parse("169万元").show(F(1690000)) == "169万元"
    assert parse("169万元").show(F(1685000)) == "168.5万元"
    assert parse("1690000 yuan").show(F(1690000)) == "1690000 yuan"
    assert parse("3日").show(F(3)) == "3日"
    assert parse("不到30分钟").show(F(1, 48)) == "30分钟"
    assert parse("16.22个百分点").show(F(1621, 10000)) == "16.21个百分点"
    assert parse("3.2 million").show(F(3250000)) == "3.25 million"
    assert parse("50%").show(F(1, 3)) == "33.333333%"
    assert parse("三成").show(F(3, 10)) == "3成"
    assert parse("3956名").show(F(3956)) == "3956名"


def test_same_quantity() -> None:
    assert same_quantity(parse("169万元"), parse("1690000 yuan"))
    assert same_quantity(parse("169万元"), parse("1,690,000元"))
    assert same_quantity(parse("24小时"), parse("1天"))
    assert same_quantity(parse("60%"), parse("百分之六十"))
    assert not same_quantity(parse("82.04%"), parse("0.8204"))  # ratio vs count
    assert not same_quantity(parse("16.22个百分点"), parse("16.22%"))  # points vs ratio
    assert not same_quantity(parse("169万元"), parse("170万元"))
    # counts: the measure word is the unit of a count when both have one
    assert same_quantity(parse("3956名"), parse("3956"))
    assert same_quantity(parse("128个村居"), parse("128个"))
    assert not same_quantity(parse("2项"), parse("2家"))


@pytest.mark.parametrize(
    ("text", "offset", "words"),
    [
        ("abc", 0, "expected a number"),
        ("12..3", 3, "decimal point"),
        ("1e309", 1, "exponent"),
        ("NaN", 0, "NaN"),
        ("inf", 0, "infinity"),
        ("", 0, "empty"),
        ("   ", 0, "empty"),
        ("%", 0, "expected a number"),
        ("more than", 9, "expected a number"),
        ("5 ripe bananas", 7, "cannot read"),  # one English noun names what is counted
        ("169万元x", 5, "cannot read"),
        ("1,23%", 1, "separator"),
        ("约１２..３%", 4, "decimal point"),  # offsets into the text as written
        ("1" + "0" * 5000 + "%", 0, "limit"),
    ],
)
def test_errors_say_where_and_what_is_accepted(text: str, offset: int, words: str) -> None:
    with pytest.raises(QuantityError) as e:
        parse(text)
    assert e.value.offset == offset
    assert words in e.value.message
    # the hint shows what a figure looks like, or says exactly what to write instead
    assert "82.04%" in e.value.hint or len(e.value.hint) < 100


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("1,23%", "write 1,234 or 1234"),
        ("1e309", "write the digits out (1500000, not 1.5e6)"),
        ("1e5", "write the digits out: 100000"),
        ("1.5e6人", "write the digits out: 1500000"),
        ("3.2E-2%", "write the digits out: 0.032"),
        (
            "1" + "0" * 5000,
            "no real figure has that many digits; this looks like damaged or hostile input",
        ),
    ],
)
def test_a_specific_hint_stands_alone(text: str, hint: str) -> None:
    with pytest.raises(QuantityError) as e:
        parse(text)
    assert e.value.hint == hint


def test_a_long_leftover_is_cut_in_the_message() -> None:
    with pytest.raises(QuantityError) as e:
        parse("5 " + "bananas" * 1000)
    assert e.value.message == f"cannot read {'bananas' * 5 + 'banan' + '…'!r} after the figure"


# ---- properties ------------------------------------------------------------------------

decimals = st.builds(
    lambda whole, frac: f"{whole}.{frac}" if frac else str(whole),
    st.integers(min_value=0, max_value=10**9),
    st.text(alphabet="0123456789", max_size=8),
)


@given(decimals, st.sampled_from(list(Rounding)), st.booleans())
def test_a_written_percentage_holds_its_own_value(d: str, r: Rounding, negative: bool) -> None:
    d = ("-" if negative else "") + d
    q = parse(d + "%")
    assert q.value == F(d) / 100
    assert q.interval(r).contains(F(d) / 100)
    assert q.step is not None
    # truncation cuts toward zero from both sides: a written 0% stands for (−1%, 1%)
    cut_from_both_sides = r is Rounding.TRUNCATE and q.value == 0
    assert q.interval(r).width == q.step * (2 if cut_from_both_sides else 1)
    assert parse(d).step is None or parse(d).step == q.step * 100


@given(decimals, st.sampled_from(["万元", "%", "公斤", "名", "天", "个百分点", "倍", ""]))
def test_a_figure_shows_as_written(d: str, unit: str) -> None:
    q = parse(d + unit)
    if "." not in d or len(d.split(".")[1]) <= 6:
        assert F(q.show(q.value).removesuffix(q.unit.display)) == F(d)
    assert q.show(q.value).endswith(q.unit.display)


def test_each_distinct_figure_is_read_once() -> None:
    first = parse("162万余元")
    assert parse("162万余元") is first  # shared: a Quantity is frozen
    assert first.interval() == Interval(F(1620000), F(1630000), True, False)
    for _ in range(2):  # an unreadable figure is not remembered: it fails every time
        with pytest.raises(QuantityError):
            parse("9.3.4万元")


# the pattern figure._noun stands for (compiling it cost a millisecond of every start)
NOUN = re.compile(
    rf"(?:(?!{alternation(w for w in TRAILING if not is_ascii_word(w))})"
    r"[\u3400-\u4dbf\u4e00-\u9fff])+"
)
# Han characters at the ends of the ranges and just outside them, and the trailing words
NOUN_TEXT = st.text(
    alphabet=st.sampled_from(
        [
            *"\u33ff\u3400\u4dbf\u4dc0\u4dff\u4e00\u9fff\ua000",
            *"村居领域以上下内部左右前后端简称之余多 x1",
        ]
    ),
    max_size=12,
)


@given(NOUN_TEXT, st.integers(0, 4))
def test_noun_reads_as_the_pattern(text: str, pos: int) -> None:
    m = NOUN.match(text, pos)
    assert _noun(text, pos) == (m.group() if m else "")


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("at\u00a0least 5 days", "at least 5 days"),  # a no-break space inside the words
        ("more\u2009than 1,400 yuan", "more than 1,400 yuan"),  # a thin space
        ("up\u202fto 3 days", "up to 3 days"),
        ("5 per\u00a0cent", "5 per cent"),
    ],
)
def test_english_words_spaced_by_a_no_break_or_thin_space_read_as_spaced(text, same_as):
    q, plain = parse(text), parse(same_as)
    assert (q.interval(), q.qualifier, q.unit) == (plain.interval(), plain.qualifier, plain.unit)
    assert [f.quantity.text for f in scan(text)] == [text]


# a fall word and the words of "about" in its language
FALLS = [
    ("下降", "约"),
    ("减少", "约"),
    ("下跌", "约"),
    ("fell ", "about "),
    ("fell by ", "about "),
]
SIGNED_UNITS = ["%", "元", "万元", "个百分点", "公斤", " million", ""]


@given(
    decimals,
    st.sampled_from(FALLS),
    st.booleans(),
    st.sampled_from(SIGNED_UNITS),
    st.sampled_from(list(Rounding)),
)
def test_a_fall_word_and_a_minus_sign_stand_for_the_same_values(
    d: str, fall: tuple[str, str], about: bool, unit: str, r: Rounding
) -> None:
    # 下降3.1% is -3.1% however the author rounded: a rounding toward +∞ acts on the signed
    # value, not on the magnitude written after the fall word
    word, approx = fall
    qual = approx if about else ""
    worded = parse(f"{word}{qual}{d}{unit}")
    minus = parse(f"{qual}-{d}{unit}")
    assert worded.direction == -1 and minus.direction == 0
    assert -worded.interval(r) == minus.interval(r)


def test_a_fall_rounded_up_is_a_smaller_fall() -> None:
    # ceiling rounds toward +∞: a fall written 下降3.1% was a fall of 3.1% to 3.2%
    q = parse("下降3.1%")
    assert bounds(q.interval(Rounding.CEILING)) == (F(31, 1000), F(32, 1000), True, False)
    assert bounds(parse("-3.1%").interval(Rounding.CEILING)) == (
        F(-32, 1000), F(-31, 1000), False, True
    )  # fmt: skip


def test_written_keeps_the_figures_decimals_and_sign() -> None:
    assert parse("-4.0%").written(F(-5, 100)) == "-5.0%"
    assert parse("4.0%").written(F(5, 100)) == "5.0%"
    assert parse("+4.0%").written(F(5, 100)) == "+5.0%"
    assert parse("+4.0%").written(F(-5, 100)) == "-5.0%"
    assert parse("1.50万元").written(F(12000)) == "1.20万元"
    assert parse("3.2 million").written(F(3000000)) == "3.0 million"
    assert parse("-20元").written(F(-10)) == "-10元"  # an exact figure: as show writes it
    assert parse("下降4.0%").written(F(5, 100)) == "5.0%"  # the word is the caller's


@pytest.mark.parametrize(
    ("text", "noun", "low", "high"),
    [
        ("1,500 people", " people", 1500, 1500),
        ("about 1,500 people", " people", 1350, 1650),
        ("131 cases or more", " cases", 131, None),
        ("1.5 million people", " people", 1_450_000, 1_550_000),
        ("2 self-employed", " self-employed", 2, 2),
    ],
)
def test_an_english_count_names_what_it_counts(text, noun, low, high):
    q = parse(text)
    assert q.measure == noun and q.unit.dimension == "count"
    iv = q.interval()
    assert (iv.lo, iv.hi) == (low, high)
    assert not same_quantity(q, parse(text.replace(noun, " nets")))  # as 2项 is not 2家


@pytest.mark.parametrize("text", ["10 percent", "5 times", "2 km", "10 yuan", "3 days"])
def test_an_english_unit_stays_a_unit_not_a_noun(text):
    q = parse(text)
    assert q.measure is None and q.unit.dimension != "count"


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("5-6万人", "-6万人"),
        ("3至5年", "至5年"),
        ("10~20%", "~20%"),
        ("5 to 6 million", "to 6 million"),
    ],
)
def test_a_range_written_as_one_figure_is_named(text, rest):
    with pytest.raises(QuantityError) as e:
        parse(text)
    assert e.value.message.startswith("a range is two figures, not one")
    assert repr(rest) in e.value.message and "derived: true" in e.value.hint


@pytest.mark.parametrize("text", ["5 to", "5 of 10", "3 per day", "2 and"])
def test_a_word_that_goes_on_is_not_what_is_counted(text):
    with pytest.raises(QuantityError) as e:
        parse(text)
    assert e.value.offset == 2


@pytest.mark.parametrize(
    ("text", "direction"),
    [("降幅为10.79%", -1), ("跌幅达到3.5%", -1), ("减幅5%", -1), ("增幅是12%", 1), ("涨幅12%", 1)],
)
def test_a_change_named_by_its_size_is_a_rise_or_a_fall_not_a_level(text, direction):
    q = parse(text)
    assert (q.direction, q.to_level) == (direction, False)  # 为 after 降幅 names no level
    (found,) = scan("同比" + text + "。")
    assert found.quantity.direction == direction and found.quantity.text == text
