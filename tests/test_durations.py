"""durations: durations as written, and a date moved by one along the calendar."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from factcheck.dates import day_number, parse_date
from factcheck.durations import parse_duration, shift
from factcheck.figure import QuantityError, parse
from factcheck.intervals import Interval


def day(y: int, m: int, d: int) -> Fraction:
    return day_number(date(y, m, d))


@pytest.mark.parametrize(
    ("text", "days", "direction"),
    [
        ("3天之后", 3, 1),
        ("3天后", 3, 1),
        ("3 days later", 3, 1),
        ("3天前", 3, -1),
        ("百日", 100, 0),
    ],
)
def test_durations_and_relative_phrases(text, days, direction):
    q = parse_duration(text)
    assert (q.value, q.direction, q.text) == (days, direction, text)


def test_about_before_or_after_is_about():
    q = parse_duration("3天前后")  # 前后 after a figure: about 3 days, not "3 days before"
    assert q.direction == 0 and q.qualifier is not None


def test_not_a_duration():
    with pytest.raises(QuantityError, match="not a duration"):
        parse_duration("5元")


def test_shift_days_both_readings():
    start = Interval.point(day(2020, 10, 14))
    q = parse("百日")
    assert shift(start, q, q.interval(), 1, False) == Interval.point(day(2021, 1, 22))
    assert shift(start, q, q.interval(), 1, True) == Interval.point(day(2021, 1, 21))
    assert shift(start, q, q.interval(), -1, False) == Interval.point(day(2020, 7, 6))


def test_shift_calendar_months_and_years():
    jan31 = Interval.point(day(2020, 1, 31))
    month = parse("1个月")
    assert shift(jan31, month, month.interval(), 1, False) == Interval.point(day(2020, 2, 29))
    year = parse("1年")
    leap = Interval.point(day(2020, 2, 29))
    assert shift(leap, year, year.interval(), 1, False) == Interval.point(day(2021, 2, 28))
    june = parse_date("2020年6月").interval()
    five = parse("5个月")
    assert shift(june, five, five.interval(), 1, False) == Interval(
        day(2020, 11, 1), day(2020, 11, 30)
    )
    # 3个多月 is [3, 4) months: the fraction widens to whole months
    more = parse("3个多月")
    reach = shift(Interval.point(day(2020, 1, 15)), more, more.interval(), 1, False)
    assert reach == Interval(day(2020, 4, 15), day(2020, 5, 15))
