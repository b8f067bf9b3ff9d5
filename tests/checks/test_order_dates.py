"""Dates as values of kinds that do not name them: the loader reads a value that is not a
figure but reads as a date with the date parser, so orders and expressions work on dates."""

from __future__ import annotations

from tests.checks.helpers import run

from factcheck.findings import Verdict
from factcheck.loader import load

ORDER = """\
- id: posted
  kind: order
  quote: ["2021-01-06 18:00", ▲2021年1月5日《广西法治日报》A1版]
  values:
    print: 2021年1月5日
    posted: "2021-01-06"
"""


def test_dates_in_an_order(write):
    r = run(write(ORDER, header=True))["posted"]
    assert r.verdict is Verdict.CONSISTENT
    swapped = run(
        write(ORDER.replace("  values:", "  order: [posted, print]\n  values:"), header=True)
    )
    f = swapped["posted"].main
    assert swapped["posted"].verdict is Verdict.INCONSISTENT
    assert "2021-01-06" in f.message and "2021-01-05" in f.message


def test_a_month_is_every_day_of_it(write):
    text = """\
- id: gang
  kind: order
  quote: [让我们把镜头拉回到2020年6月, 2020年11月17日,随着最后一名团伙成员欧某富在平乐县城落网]
  relation: "<"
  values:
    lead: 2020年6月
    arrest: 2020年11月17日
"""
    assert run(write(text, header=True))["gang"].verdict is Verdict.CONSISTENT
    late = text.replace('relation: "<"', 'relation: ">"')
    assert run(write(late, header=True))["gang"].verdict is Verdict.INCONSISTENT


def test_dates_subtract_to_days_in_an_expression(write):
    text = """\
- id: gap
  kind: expression
  quote: ["2021-01-06 18:00", ▲2021年1月5日《广西法治日报》A1版]
  expr: posted - print == 1
  values:
    print: 2021年1月5日
    posted: "2021-01-06"
"""
    assert run(write(text, header=True))["gap"].verdict is Verdict.CONSISTENT


def test_impossible_date_in_an_order_is_located(write):
    p = load(write(ORDER.replace("2021年1月5日\n", "2021年2月30日\n"), header=True)).problems
    assert [(x.pos.line, x.pos.column) for x in p] == [(9, 21)]  # at the day
    assert "February 2021 has 28 days, not 30" in p[0].message
