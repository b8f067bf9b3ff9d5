from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from factcheck.dates import day_number, looks_like_date, parse_date, parse_figure_or_date
from factcheck.figure import QuantityError
from factcheck.intervals import Interval


def day(y: int, m: int, d: int) -> Fraction:
    return day_number(date(y, m, d))


@pytest.mark.parametrize(
    "text",
    ["2020年10月14日", "2020-10-14", "2020/10/14", "２０２０年１０月１４日", "2020年10月14号"],
)
def test_one_day(text):
    d = parse_date(text)
    assert d.interval() == Interval.point(day(2020, 10, 14))
    assert d.precision == "day" and d.text == text
    assert d.show(d.value) == "2020-10-14"


def test_a_month_and_a_year_are_intervals_of_days():
    assert parse_date("2020年6月").interval() == Interval(day(2020, 6, 1), day(2020, 6, 30))
    assert parse_date("2020-02").interval() == Interval(day(2020, 2, 1), day(2020, 2, 29))
    assert parse_date("2021年").interval() == Interval(day(2021, 1, 1), day(2021, 12, 31))


@pytest.mark.parametrize(
    ("text", "offset", "message"),
    [
        ("2021年2月29日", 7, "February 2021 has 28 days, not 29"),
        ("2020年2月30日", 7, "February 2020 has 29 days, not 30"),
        ("2020-13-01", 5, "there is no month 13"),
        ("10月14日", 0, "a date needs its year"),
        ("29 Feb 2021", 0, "February 2021 has 28 days, not 29"),
        ("March 32, 2020", 6, "March 2020 has 31 days, not 32"),
        ("2021-01-06 25:00", 11, "there is no time of day 25:00"),
        ("2021年1月6日 24:30", 10, "there is no time of day 24:30"),
        ("Marhc 5, 2020", 0, "cannot read"),
    ],
)
def test_impossible_dates_are_located(text, offset, message):
    with pytest.raises(QuantityError) as e:
        parse_date(text)
    assert e.value.offset == offset and message in e.value.message


def test_a_figure_or_a_date():
    assert parse_figure_or_date("169万元").unit.dimension == "money"
    assert parse_figure_or_date("2020年6月").unit.dimension == "date"
    assert parse_figure_or_date("2020年").unit.dimension == "years"  # a figure first
    assert looks_like_date("2021-01-06") and not looks_like_date("12.5%")
    with pytest.raises(QuantityError, match="31 days, not 32"):
        parse_figure_or_date("2020年1月32日")


def test_days_in_a_month_are_the_calendars():
    import calendar

    from factcheck.dates import days_in

    for year in (1, 1900, 2000, 2020, 2023, 9999):
        assert [days_in(year, m) for m in range(1, 13)] == [
            calendar.monthrange(year, m)[1] for m in range(1, 13)
        ]


@pytest.mark.parametrize("text", ["3月1日", "2月30日", " 10月1日 ", "１２月３１号"])
def test_a_day_without_its_year_is_asked_for_its_year(text):
    with pytest.raises(QuantityError) as e:
        parse_figure_or_date(text)
    assert e.value.message == "a date needs its year" and e.value.offset == 0
    assert "年" in e.value.hint


@pytest.mark.parametrize(
    ("text", "first", "last", "precision"),
    [
        ("5 March 2020", date(2020, 3, 5), date(2020, 3, 5), "day"),
        ("March 5, 2020", date(2020, 3, 5), date(2020, 3, 5), "day"),
        ("March 5,2020", date(2020, 3, 5), date(2020, 3, 5), "day"),
        ("5 Mar. 2020", date(2020, 3, 5), date(2020, 3, 5), "day"),
        ("5th March 2020", date(2020, 3, 5), date(2020, 3, 5), "day"),
        ("5th of March, 2020", date(2020, 3, 5), date(2020, 3, 5), "day"),
        ("SEPT 30 2020", date(2020, 9, 30), date(2020, 9, 30), "day"),
        ("March 2020", date(2020, 3, 1), date(2020, 3, 31), "month"),
        ("Feb. 2020", date(2020, 2, 1), date(2020, 2, 29), "month"),
        ("2020/3", date(2020, 3, 1), date(2020, 3, 31), "month"),
        ("2020年第三季度", date(2020, 7, 1), date(2020, 9, 30), "quarter"),
        ("2020年第4季度", date(2020, 10, 1), date(2020, 12, 31), "quarter"),
        ("2020年上半年", date(2020, 1, 1), date(2020, 6, 30), "half"),
        ("2020年下半年", date(2020, 7, 1), date(2020, 12, 31), "half"),
        ("2021-01-06 18:00", date(2021, 1, 6), date(2021, 1, 6), "day"),
        ("2021-01-06T18:00", date(2021, 1, 6), date(2021, 1, 6), "day"),
        ("2020年12月31日 24:00", date(2020, 12, 31), date(2020, 12, 31), "day"),
    ],
)
def test_every_written_form_extract_reads_with_a_year(text, first, last, precision):
    d = parse_date(text)
    assert (d.first_date, d.last_date, d.precision, d.text) == (first, last, precision, text)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("March 5", "March 5, 2020"),
        ("5 March", "5 March 2020"),
        ("the 5th of March", None),
        ("5th of March", "5th of March 2020"),
        ("3月份", "2020年3月份"),
    ],
)
def test_a_date_without_its_year_is_asked_for_it_in_every_kind(text, written):
    for read in (parse_date, parse_figure_or_date):
        with pytest.raises(QuantityError) as e:
            read(text)
        if written is None:  # not a date as a value is written: extract reads "5th of March"
            assert "a date needs its year" not in e.value.message
            continue
        assert e.value.message == "a date needs its year", (read, text)
        assert f"({written})" in e.value.hint


def test_a_month_alone_is_a_date_only_where_a_date_is_expected():
    with pytest.raises(QuantityError, match="a date needs its year"):
        parse_date("6月")
    assert parse_figure_or_date("6月").unit.dimension == "months"  # a figure first: 6 months


def test_an_english_date_is_a_date_in_other_kinds():
    assert parse_figure_or_date("14 Oct 2020").unit.dimension == "date"
    assert parse_figure_or_date("October 2020").interval() == Interval(
        day(2020, 10, 1), day(2020, 10, 31)
    )
    assert looks_like_date("5 March 2020") and looks_like_date("2020年第三季度")
    assert not looks_like_date("5 marchers") and not looks_like_date("Year 2020")
