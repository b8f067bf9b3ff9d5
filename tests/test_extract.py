from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.conftest import ROOT

from factcheck.extract import DATE, NAME, QUANTITY, LineIndex, extract, read_article
from factcheck.quantity import Qualifier

ARTICLE = ROOT / "claims" / "sources" / "guilin.txt"
FIGURES = ROOT / "tests" / "data" / "guilin_figures.txt"


def _kinds(text):
    return [(f.text, f.kind) for f in extract(text)]


def _hand_spans(text):
    """The hand-made figures of the article, located one after another in document order."""
    spans, cursor = [], 0
    for line in FIGURES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        at = text.find(line, cursor)
        assert at >= 0, f"{line!r} is not in the article after offset {cursor}"
        spans.append((at, at + len(line), line))
        cursor = at + len(line)
    return spans


def test_finds_at_least_95_percent_of_the_guilin_figures():
    text = ARTICLE.read_text(encoding="utf-8")
    hand = _hand_spans(text)
    figures = [f for f in extract(text) if f.kind != NAME]
    found = [h for h in hand if any(f.start < h[1] and h[0] < f.end for f in figures)]
    missed = [h[2] for h in hand if h not in found]
    assert len(hand) == 100
    assert len(found) / len(hand) >= 0.95, missed
    invented = [f.text for f in figures if not any(f.start < e and s < f.end for s, e, _ in hand)]
    assert len(invented) <= 0.05 * len(figures), invented


def test_offsets_slice_the_text_exactly():
    text = ARTICLE.read_text(encoding="utf-8")
    figures = extract(text)
    assert figures
    for f in figures:
        assert text[f.start : f.end] == f.text
    assert [f.start for f in figures] == sorted(f.start for f in figures)


def test_offsets_point_into_the_text_as_written_with_full_width_forms():
    text = "共被骗１６９万元，　追回９３万元。2020年１０月１４日"
    figures = extract(text)
    assert [(f.text, f.kind) for f in figures] == [
        ("１６９万元", QUANTITY),
        ("９３万元", QUANTITY),
        ("2020年１０月１４日", DATE),
    ]
    assert figures[2].when is not None and figures[2].when.iso == "2020-10-14"
    for f in figures:
        assert text[f.start : f.end] == f.text


@pytest.mark.parametrize(
    ("text", "iso", "first", "last"),
    [
        ("2020年10月14日", "2020-10-14", date(2020, 10, 14), date(2020, 10, 14)),
        ("2020年6月", "2020-06", date(2020, 6, 1), date(2020, 6, 30)),
        ("2020年2月", "2020-02", date(2020, 2, 1), date(2020, 2, 29)),
        ("2020年", "2020", date(2020, 1, 1), date(2020, 12, 31)),
        ("2020年第三季度", "2020-Q3", date(2020, 7, 1), date(2020, 9, 30)),
        ("2020年下半年", "2020-H2", date(2020, 7, 1), date(2020, 12, 31)),
        ("2021-01-06", "2021-01-06", date(2021, 1, 6), date(2021, 1, 6)),
        ("2021-01-06 18:00", "2021-01-06T18:00", date(2021, 1, 6), date(2021, 1, 6)),
        ("2021/1/6", "2021-01-06", date(2021, 1, 6), date(2021, 1, 6)),
        ("October 14, 2020", "2020-10-14", date(2020, 10, 14), date(2020, 10, 14)),
        ("14 Oct 2020", "2020-10-14", date(2020, 10, 14), date(2020, 10, 14)),
        ("5 March 2020", "2020-03-05", date(2020, 3, 5), date(2020, 3, 5)),
        ("March 5, 2020", "2020-03-05", date(2020, 3, 5), date(2020, 3, 5)),
        ("March 5,2020", "2020-03-05", date(2020, 3, 5), date(2020, 3, 5)),
        ("5 Mar. 2020", "2020-03-05", date(2020, 3, 5), date(2020, 3, 5)),
        ("5th March 2020", "2020-03-05", date(2020, 3, 5), date(2020, 3, 5)),
        ("5th of March, 2020", "2020-03-05", date(2020, 3, 5), date(2020, 3, 5)),
        ("March 2020", "2020-03", date(2020, 3, 1), date(2020, 3, 31)),
        ("Sept. 2020", "2020-09", date(2020, 9, 1), date(2020, 9, 30)),
        ("2020/3", "2020-03", date(2020, 3, 1), date(2020, 3, 31)),
        ("10月9日", "--10-09", None, None),
        ("5 March", "--03-05", None, None),
        ("March 5", "--03-05", None, None),
        ("March 5th", "--03-05", None, None),
        ("5th of March", "--03-05", None, None),
        ("3月份", "--03", None, None),
        ("6月", "--06", None, None),
        ("18:00", "18:00", None, None),
        ("10时30分20秒", "10:30", None, None),
        ("24时", "24", None, None),
    ],
)
def test_dates(text, iso, first, last):
    (f,) = extract(f"在{text}。")
    assert (f.kind, f.text, f.start) == (DATE, text, 1)
    assert f.when is not None
    assert (f.when.iso, f.when.first, f.when.last) == (iso, first, last)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a day of the month alone, where scan passes over it for a date
        ("自本月5日起施行", [("5日", "---05")]),
        ("5日上午", [("5日", "---05")]),
        ("今年3月5日，去年6月，明年1月1日起", [("3月5日", "--03-05"), ("6月", "--06"),
                                            ("1月1日", "--01-01")]),
        ("截至12月31日24时", [("12月31日", "--12-31"), ("24时", "24")]),
        ("3月3日至5日，10月9日-12日", [("3月3日", "--03-03"), ("5日", "---05"),
                                     ("10月9日", "--10-09"), ("12日", "---12")]),
        # no date: a duration, the end of a range of months, the month of an impossible date
        ("3日内破获", [("3日内", None)]),
        ("1-6月", []),
        ("1至6月", []),
        ("2021年2月29日", [("2021", "2021")]),
        # a month's name written as scan reads a word, not a date, with no year
        ("may 5 people, MARCH 5, 5 Mayors", [("5", None), ("5", None), ("5", None)]),
    ],
)  # fmt: skip
def test_dates_without_a_year(text, found):
    figures = extract(text)
    assert [(f.text, f.when.iso if f.when else None) for f in figures] == found
    assert all(f.when is None or f.when.first is None for f in figures if f.text != "2021")


def test_an_english_article_has_its_dates_found():
    text = (
        "The plant opened on 5 March 2020 and had hired 1,200 workers by 5 March, 2021. "
        "Output fell 3.5% in March 2021; on March 5th the firm said it would close on "
        "the 5th of May. Sales rose 12% from 5 Mar. 2020 to Sept. 2020."
    )
    figures = extract(text)
    assert [(f.text, f.kind, f.when.iso if f.when else None) for f in figures] == [
        ("5 March 2020", DATE, "2020-03-05"),
        ("1,200", QUANTITY, None),
        ("5 March, 2021", DATE, "2021-03-05"),
        ("fell 3.5%", QUANTITY, None),
        ("March 2021", DATE, "2021-03"),
        ("March 5th", DATE, "--03-05"),
        ("5th of May", DATE, "--05-05"),
        ("rose 12%", QUANTITY, None),
        ("5 Mar. 2020", DATE, "2020-03-05"),
        ("Sept. 2020", DATE, "2020-09"),
    ]
    for f in figures:
        assert text[f.start : f.end] == f.text


def test_a_chinese_article_has_its_dates_found():
    text = (
        "今年3月5日起，全市开展专项行动，截至12月31日24时，共破获案件1273起；"
        "去年6月份以来，本月10日上午，2020年第三季度群众安全感达98.26%。"
    )
    figures = extract(text)
    assert [(f.text, f.when.iso if f.when else None) for f in figures] == [
        ("3月5日", "--03-05"),
        ("12月31日", "--12-31"),
        ("24时", "24"),
        ("1273起", None),
        ("6月份", "--06"),
        ("10日", "---10"),
        ("2020年第三季度", "2020-Q3"),
        ("98.26%", None),
    ]
    for f in figures:
        assert text[f.start : f.end] == f.text


def test_a_date_extract_finds_with_its_year_reads_as_the_same_days_in_a_date_claim():
    """What extract --draft lists under `# dates:` is a value a `date` claim can use."""
    from factcheck.dates import parse_date

    text = (
        "2020年10月14日、2020年6月、2020年、2020年第三季度、2020年下半年、2021-01-06 18:00、"
        "2021/1/6、2021.1.6、2020-06、2020/3; October 14, 2020; 14 Oct 2020; 5 March 2020; "
        "March 5, 2020; 5 Mar. 2020; 5th March 2020; 5th of March, 2020; March 2020; Sept. 2020"
    )
    dates = [f for f in extract(text) if f.kind == DATE]
    assert len(dates) == 19
    for f in dates:
        assert f.when is not None and f.when.first is not None
        d = parse_date(f.text)
        assert (d.first_date, d.last_date) == (f.when.first, f.when.last), f.text


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("2020年13月", ["2020"]),
        ("2021年2月29日", ["2021"]),
        ("2020-13-01", ["2020"]),
        ("25:61", []),
    ],
)
def test_impossible_dates_are_not_dates(text, dates):
    """Only the year of an impossible date is read, never the date itself."""
    found = extract(text)
    assert [f.when.iso for f in found if f.when is not None] == dates
    assert all(f.kind == DATE and f.text in dates for f in found)


@pytest.mark.parametrize(
    ("text", "name", "note"),
    [
        ("▲2021年1月5日《广西法治日报》A1版", "A1版", "a label"),
        ("发起“亮剑2020”严打整治", "亮剑2020", "a quoted name"),
        ("为护航桂林“两个建成”战略目标", "两个建成", "a quoted name"),
        ("“百吨王”超载10起", "百吨王", "a quoted name"),
        ("新冠COVID-19疫情", "COVID-19", "a label"),
        ("建成5G基站", "5G", "a label"),
        ("发起亮剑2020严打", "2020", "a year in a name"),
        ("解读了《2020年工作方案》", "2020年工作方案", "a title"),
    ],
)
def test_names_with_numerals_are_flagged_not_counted(text, name, note):
    figures = extract(text)
    names = [f for f in figures if f.kind == NAME]
    assert [(f.text, f.note) for f in names] == [(name, note)]
    n = names[0]
    assert all(not (f.start < n.end and n.start < f.end) for f in figures if f is not n)


def test_a_quoted_figure_or_saying_is_not_a_name():
    assert _kinds("“100%”") == [("100%", QUANTITY)]
    # a quoted sentence with punctuation is speech, not a name; its figures stay figures
    assert _kinds("他说:“追回了93万元,很好。”") == [("93万元", QUANTITY)]


def test_a_year_after_a_preposition_is_a_date():
    assert _kinds("截至2020,共") == [("2020", DATE)]


def test_thresholds_and_enumerated_levels():
    (f,) = extract("万元以上入室盗窃案件")
    assert (f.kind, f.text) == (QUANTITY, "万元以上")
    assert f.quantity is not None and f.quantity.qualifier is Qualifier.AT_LEAST
    assert f.quantity.value == 10000
    figures = extract("推动市、县、乡、村四级综治中心建设")
    assert [(f.text, f.start) for f in figures] == [("四级", 9)]
    assert figures[0].quantity is not None and figures[0].quantity.value == 4
    assert extract("一级响应") == []  # 级 without a list of levels is a grade


def test_quantities_keep_their_words():
    figures = extract("下降60%以上,用时不到30分钟,涉案资金162万余元")
    assert [f.text for f in figures] == ["下降60%以上", "不到30分钟", "162万余元"]
    q = [f.quantity for f in figures]
    assert q[0] is not None and q[0].direction == -1 and q[0].qualifier is Qualifier.AT_LEAST
    assert q[2] is not None and q[2].qualifier is Qualifier.PLUS


def test_line_index():
    lines = LineIndex("ab\ncd\n\nef")
    assert [lines.at(i) for i in (0, 1, 3, 4, 6, 7)] == [
        (1, 1),
        (1, 2),
        (2, 1),
        (2, 2),
        (3, 1),
        (4, 1),
    ]


def test_read_article_reports_bad_bytes_with_place(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("第一行\n共被".encode() + b"\xff")
    text, problem = read_article(p)
    assert text is None and problem is not None
    assert (problem.pos.line, problem.pos.column) == (2, 3)  # characters, not bytes
    assert "not UTF-8" in problem.message
    p.write_bytes(b"\xef\xbb\xbf" + "共被".encode() + b"\xb9")  # the byte-order mark is not counted
    text, problem = read_article(p)
    assert problem is not None and (problem.pos.line, problem.pos.column) == (1, 3)
    p.write_bytes("共3人".encode("utf-16"))
    text, problem = read_article(p)
    assert problem is not None and "UTF-16" in problem.message
    text, problem = read_article(tmp_path / "missing.txt")
    assert text is None and problem is not None and "cannot read" in problem.message


def test_read_article_reads_a_device_no_further_than_the_limit():
    text, problem = read_article(Path("/dev/zero"), max_bytes=1000)
    assert text is None and problem is not None
    assert "over the limit of 1,000 bytes" in problem.message and problem.hint


def test_an_address_holds_no_figures():
    text = "见 https://example.com/2020/10/A1-story.html 与 www.x.cn/a5g 。共3人"
    assert _kinds(text) == [("3人", QUANTITY)]


# What the patterns run over the whole text see just before a match (they test it after their
# first character, for speed): the start of the text, a digit, a letter, a point.
@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("2020年起", [(0, 5, "date")]),
        ("12020年", [(0, 6, "quantity")]),
        ("Sept. 5, 2020", [(0, 13, "date")]),
        ("SEPT 5 2020", [(0, 11, "date")]),
        ("xMay 5 2020", [(5, 6, "quantity"), (7, 11, "date")]),
        ("5 sept 2020", [(0, 11, "date")]),
        ("A1版", [(0, 3, "name")]),
        ("bA1版", [(0, 4, "name")]),
        ("x2020", [(0, 5, "name")]),
        ("于2020", [(1, 5, "date")]),
        (".2020", []),
        ("1.2.3", [(0, 5, "name")]),
        ("3万元以上", [(0, 5, "quantity")]),
        ("万元以上", [(0, 4, "quantity")]),
        ("10:30", [(0, 5, "date")]),
        ("1:30", [(0, 4, "date")]),
        ("110:30", [(0, 3, "quantity"), (4, 6, "quantity")]),
        ("3月5日", [(0, 4, "date")]),
        ("年3月5日", [(1, 5, "date")]),  # 今年3月5日
        ("1年3月5日", [(0, 2, "quantity")]),  # a year's digits: 2021年2月29日 is no date
        ("2020-10-14", [(0, 10, "date")]),
        (".2020-10-14", []),
        ("5G", [(0, 2, "name")]),
        ("a5G", [(0, 3, "name")]),
        ("市、县、乡、村四级", [(7, 9, "quantity")]),
    ],
)
def test_what_comes_before_a_figure(text: str, spans: list[tuple[int, int, str]]) -> None:
    assert [(f.start, f.end, f.kind) for f in extract(text)] == spans


def test_a_no_break_space_inside_an_english_qualifier_is_read():
    (figure,) = extract("Police said at\u00a0least 5 people were hurt.")
    assert figure.text == "at\u00a0least 5"
    assert figure.quantity is not None and figure.quantity.qualifier is Qualifier.AT_LEAST
