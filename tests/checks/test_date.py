from __future__ import annotations

from tests.checks.helpers import run

from factcheck.findings import Verdict
from factcheck.loader import load

LAUNCH = "2020年10月14日,在全市市域社会治理突出问题集中整治百日攻坚行动启动大会上"


def campaign(end: str, extra: str = "") -> str:
    return f"""\
- id: end
  kind: date
  quote: {LAUNCH}
{extra}  values:
    start: 2020年10月14日
    duration: 百日
    end: {{value: "{end}", derived: true}}
"""


def test_both_readings_of_the_first_day(write):
    r = run(write(campaign("2021-01-22"), header=True))["end"]
    # 2021-01-22 without counting the launch day; 2021-01-21 counting it: ambiguous
    assert r.verdict is Verdict.AMBIGUOUS
    assert (r.main.pos.line, r.main.pos.column) == (5, 5)
    assert {x.name: x.holds for x in r.main.readings} == {
        "first day not counted": True,
        "first day counted": False,
    }
    counted = run(write(campaign("2021-01-21"), header=True))["end"]
    assert counted.verdict is Verdict.AMBIGUOUS
    assert "first day counted" in counted.main.message


def test_a_pinned_reading(write):
    pinned = "  count_first_day: false\n"
    assert run(write(campaign("2021-01-22", pinned), header=True))["end"].verdict is (
        Verdict.CONSISTENT
    )
    r = run(write(campaign("2021-01-21", pinned), header=True))["end"]
    assert r.verdict is Verdict.INCONSISTENT
    assert r.main.gap.shown == "1 day" and r.main.gap.nearest == "2021-01-22"


def test_neither_reading(write):
    r = run(write(campaign("2021-01-25"), header=True))["end"]
    assert r.verdict is Verdict.INCONSISTENT
    assert "2021-01-22" in r.main.message and "2021-01-21" in r.main.message


def test_relative_phrase(write):
    text = """\
- id: bust
  kind: date
  quote:
    - 2020年10月9日,全州县公安局指挥中心接到全州县某公司财务人员小唐报警
    - 3天之后,一个盘踞在全国各地专门从事电信网络诈骗的团伙被打掉
  count_first_day: false
  values:
    start: 2020年10月9日
    duration: 3天之后
    end: {value: 2020-10-12, derived: true}
"""
    assert run(write(text, header=True))["bust"].verdict is Verdict.CONSISTENT
    # counting back: 3天之前 of 2020-10-09 is 2020-10-06
    before = text.replace("3天之后", "3天之前").replace("2020-10-12", "2020-10-06")
    r = run(write(before, header=True))["bust"]
    assert r.verdict is Verdict.CONSISTENT and "− 3天之前" in r.main.message


def test_inside_and_day_of_the_span(write):
    text = f"""\
- id: inside
  kind: date
  quote:
    - ▲2021年1月5日《广西法治日报》A1版
    - {LAUNCH}
  count_first_day: false
  values:
    start: 2020年10月14日
    duration: 百日
    within: 2021年1月5日
    elapsed: {{value: 83天, derived: true}}
"""
    r = run(write(text, header=True))["inside"]
    assert r.verdict is Verdict.CONSISTENT and "lies inside" in r.main.message
    late = run(write(text.replace("83天", "84天"), header=True))["inside"]
    assert late.verdict is Verdict.INCONSISTENT and "not 84天" in late.main.message


def test_outside_the_span(write):
    text = f"""\
- id: before
  kind: date
  quote:
    - 2020年10月9日,全州县公安局指挥中心接到全州县某公司财务人员小唐报警
    - {LAUNCH}
  values:
    start: 2020年10月14日
    duration: 百日
    outside: 2020年10月9日
"""
    assert run(write(text, header=True))["before"].verdict is Verdict.CONSISTENT
    inside = text.replace("outside:", "within:")
    assert run(write(inside, header=True))["before"].verdict is Verdict.INCONSISTENT


def test_month_precision(write):
    text = """\
- id: gang
  kind: date
  quote: [让我们把镜头拉回到2020年6月, 2020年11月17日,随着最后一名团伙成员欧某富在平乐县城落网]
  count_first_day: false
  values:
    start: 2020年6月
    end: 2020年11月17日
    duration: {value: 5个月, derived: true}
"""
    assert run(write(text, header=True))["gang"].verdict is Verdict.CONSISTENT
    r = run(write(text.replace("5个月", "6个月"), header=True))["gang"]
    assert r.verdict is Verdict.INCONSISTENT


def test_impossible_date_is_a_located_load_error(write):
    p = load(write(campaign("2021-02-30"), header=True)).problems
    assert [(x.pos.line, x.pos.column) for x in p] == [(11, 29)]  # at the day
    assert "February 2021 has 28 days, not 30" in p[0].message


def elapsed(figure: str, counted: str = "false") -> str:
    """A claim that ``figure`` passed from the launch to 2021-01-05 (83 days, or 84
    counting the launch day)."""
    return f"""\
- id: e
  kind: date
  count_first_day: {counted}
  quote: [{LAUNCH}, 2021年1月5日]
  values:
    start: 2020年10月14日
    within: 2021年1月5日
    elapsed: {{value: {figure}, derived: true}}
"""


def test_a_wrong_elapsed_time_is_weighed_as_a_time(write):
    # the elapsed figure is what is off, so the gap and the nearest figure are in days,
    # written as it is
    r = run(write(elapsed("84天"), header=True))["e"]
    assert r.verdict is Verdict.INCONSISTENT
    assert (r.main.stated_shown, r.main.computed_shown) == ("84天", "83天")
    assert r.main.gap.shown == "1 day" and r.main.gap.nearest == "83天"
    counted = run(write(elapsed("84天", counted="true"), header=True))["e"]
    assert counted.verdict is Verdict.CONSISTENT


def test_the_nearest_date_is_a_day_of_a_month_wide_result(write):
    # 2020年6月 + 7个月 is a day of 2021-01-01 – 2021-01-30: the nearest to 2020-11-17 is
    # the first of them, a figure, not the range
    text = """\
- id: m
  kind: date
  count_first_day: false
  quote: 2020年6月起,历时7个月,至2020年11月17日
  values:
    start: 2020年6月
    duration: 7个月
    end: 2020年11月17日
"""
    r = run(write(text, header=True))["m"]
    assert r.verdict is Verdict.INCONSISTENT
    assert r.main.computed_shown == "[2021-01-01, 2021-01-30]"
    assert r.main.gap.nearest == "2021-01-01"


def test_a_wrong_elapsed_time_in_months_is_answered_in_months(write):
    # 2020-10-14 to 2021-01-05 is under three months: 3个月 (2.5 to 3.5 months) reaches it
    r = run(write(elapsed("5个月"), header=True))["e"]
    assert r.verdict is Verdict.INCONSISTENT
    assert r.main.gap.nearest == "3个月"


def years_later(end: str, duration: str) -> str:
    return f"""\
- id: y
  kind: date
  count_first_day: false
  quote: 2019年3月1日开工,{duration}后完工
  values:
    start: 2019年3月1日
    duration: {duration}
    end: {{value: "{end}", derived: true}}
"""


def test_a_duration_in_years_moves_along_the_calendar_in_twelves_of_months(write):
    # a year is twelve months: 2019-03-01 + 2年 is 2021-03-01, as + 24个月 is
    for duration in ("2年", "24个月", "两年"):
        r = run(write(years_later("2021-03-01", duration), header=True))["y"]
        assert r.verdict is Verdict.CONSISTENT, (duration, r.main.message)
    # a year and a half is eighteen months, not 2020-03-01 + 182 days
    assert run(write(years_later("2020-09-01", "1.5年"), header=True))["y"].verdict is (
        Verdict.CONSISTENT
    )
    assert run(write(years_later("2022-03-01", "2年"), header=True))["y"].verdict is (
        Verdict.INCONSISTENT
    )


def test_a_wrong_elapsed_time_in_years_is_answered_in_years(write):
    # 2020-10-14 to 2021-01-05 is under three months: no whole number of years but 0 reaches
    # it under up_or_down rounding (0年 stands for up to half a year)
    r = run(write(elapsed("2年"), header=True))["e"]
    assert r.verdict is Verdict.INCONSISTENT
    assert r.main.gap.nearest == "0年"


def test_a_date_past_the_calendar_is_unverifiable_not_a_traceback(write):
    # 2015 + 10000 years is past 9999: no date to compare, and no crash
    r = run(write(years_later("2026-01-01", "10000年"), header=True))["y"]
    assert r.verdict is Verdict.UNVERIFIABLE
    assert r.main.message == "a date falls outside the calendar (years 1 to 9999)"


def test_a_slip_that_moves_a_date_past_the_calendar_is_passed_over(write):
    # the scale slip reads 10年 as 10000年 too: that reading is no candidate, and the claim
    # is still checked and diagnosed
    r = run(write(years_later("2030-03-01", "10年"), header=True))["y"]
    assert r.verdict is Verdict.INCONSISTENT
    assert r.main.gap is not None and r.main.gap.nearest == "2029-03-01"
