"""The passes of extract over a whole text against the plainer patterns they stand in for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import extract, textdates
from factcheck.chinese_numerals import CN_CHARS
from factcheck.nfkc import normalize
from factcheck.units import names_a_month

# the patterns as first written: an alternation of branches, each with its lookbehind first
LABEL = re.compile(
    r"[A-Za-z](?<![A-Za-z0-9_][A-Za-z])[A-Za-z]{0,9}-?[0-9]+[A-Za-z0-9]*(?:-[0-9]+)?(?:[版号型])?"
    r"|[0-9](?<![A-Za-z0-9_.][0-9])[0-9]*[A-Za-z]+[A-Za-z0-9]*(?![A-Za-z0-9])"
    r"|[0-9](?<![0-9.][0-9])[0-9]*(?:\.[0-9]+){2,}(?![0-9])"
)
EXTRA = re.compile(
    rf"[万千亿](?<![0-9{CN_CHARS}][万千亿])元(?:以上|以下|以内)"
    r"|(?<=、)[\u4e00-\u9fff]{1,4}?(?P<lv>[两二三四五六七八九十]{1,3}级)"
)

PIECES = [
    *"Aa5_.-版号型、市县乡村级元万千亿两三四十一年月日号时点分:/ ,的第",
    "COVID-19", "A1版", "5G", "1990s", "192.168.1.1", "3.2m", "万元以上", "千元以下", "亿元以内",
    "市、县、乡、村四级", "、两级", "2020", "2020年", "10月9日", "18:00", "10时30分", "Oct",
    "October 14, 2020", "14 Oct 2020", "sept", "2021-01-06", "2021/1/6", "2021.1.6",
    "第三季度", "下半年", "ſep", "Ｍay", "2021-1", "-1-5", "/12/3", ".1.2", "1.5", "3点", "时 5 分",
    "点05分", "9时", "Dec", "桂", "\u00a0", "起", "上午", "至", "-", "号", "日内", "5日", " ",
    "3日-", "至5日",
]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=16).map(lambda p: normalize("".join(p)).text)


@settings(max_examples=500)
@given(TEXTS)
def test_labels_and_extra_quantities_as_the_plain_patterns_find_them(s: str) -> None:
    assert [m.span() for m in extract._LABEL.finditer(s)] == [m.span() for m in LABEL.finditer(s)]
    assert extract._extra_quantities(s) == [
        m.span("lv") if m.group("lv") else m.span() for m in EXTRA.finditer(s)
    ]


@settings(max_examples=500)
@given(TEXTS)
def test_a_date_pattern_skipped_for_a_text_finds_nothing_in_it(s: str) -> None:
    for needs, pattern in zip(textdates._DATE_NEEDS, textdates._DATE_PATTERNS, strict=True):
        if not needs(s):
            found = pattern.finditer(s)
            if pattern is textdates._CN_DAY:
                found = (m for m in found if textdates._cn_day(s, m))
            assert next(found, None) is None, (pattern.pattern, s)
    if not names_a_month(s):
        for source in textdates._ENGLISH_DATES:
            assert re.search(source, s) is None, (source, s)


@settings(max_examples=300)
@given(st.sampled_from(sorted(textdates.MONTH_NAMES)), st.sampled_from(["lower", "upper", "title"]))
def test_an_english_date_is_looked_for_where_a_month_is_named(name: str, case: str) -> None:
    month = getattr(name, case)()
    for text in (f"桂林{month} 5, 2020市", f"于5 {month} 2020年", f"{month}"):
        assert names_a_month(text)
    assert names_a_month("ſep") and names_a_month("\u0130")  # (?i:) reads


def test_a_chinese_article_names_no_month() -> None:
    assert not names_a_month("桂林市2020年10月, 18:00 … A级 QQ https://thepaper.cn")


DATE_PIECES = [
    "5 March", "March 5", "5th of March", "March 5th", "5 Mar.", "Sept 30", "30 Sept", "2020",
    ", 2020", " 2020", "3月5日", "6月", "3月份", "本月5日", "5日起", "12月31日24时", "10时30分",
    "18:00", "2020年6月", "2020/3", "2021-01-06", "今年", "去年", "May", "5", "may 5", " ", "，",
    "。", "the ", "1-", "至", "of ", "th",
]  # fmt: skip


@settings(max_examples=500)
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=10))
def test_every_date_scan_passes_over_is_a_figure_of_extract(pieces: list[str]) -> None:
    """scan leaves dates to extract: a date it passes over and extract misses would be
    neither claimed nor unaccounted."""
    from factcheck.units import blocked_for

    s = " ".join(pieces)  # a space apart: digits run together make days no month has
    figures = extract.extract(s)
    for m in blocked_for(s).finditer(s):
        a, b = m.span()
        assert any(f.start < b and a < f.end for f in figures), (m.group(), s)


def test_a_year_followed_by_nian_is_the_chinese_date_s_not_the_english_one_s() -> None:
    s = "5 March 2020年6月 5日起"
    figures = [s[f.start : f.end] for f in extract.extract(s)]
    assert figures == ["5 March", "2020年6月 5日"]
    t = "March 5, 2020年"
    assert [t[f.start : f.end] for f in extract.extract(t)] == ["March 5", "2020年"]


def test_a_time_after_a_month_is_a_time_not_its_day() -> None:
    s = "May 18:00 May , 2020"
    assert [s[f.start : f.end] for f in extract.extract(s)] == ["18:00", "2020"]


def test_an_english_date_before_a_colon_is_a_date() -> None:
    s = "Timeline. Jan. 20: the first case. March 5: cases reached 80, up 25% from March 4."
    found = [s[f.start : f.end] for f in extract.extract(s)]
    assert found == ["Jan. 20", "March 5", "80", "up 25%", "March 4"]
