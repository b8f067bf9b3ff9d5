from __future__ import annotations

from tests.checks.helpers import run

from factcheck.engine import verify
from factcheck.findings import Verdict

GDP = """\
- id: g
  kind: average_growth
  quote:
    - 2020年一季度国内生产总值同比下降6.8%
    - 2021年一季度国内生产总值同比增长18.3%,两年平均增长{rate}
  values:
    rate_1: 下降6.8%
    rate_2: 18.3%
    rate: {rate}
"""

CAGR = """\
- id: c
  kind: average_growth
  quote: 财政收入从2015年的100亿元增长到2020年的150亿元,年均增长{rate}
  values:
    from: 100亿元
    to: 150亿元
    years: {{value: {years}, derived: true}}
    rate: {rate}
"""


def test_two_year_average_from_yearly_rates(write):
    r = run(write(GDP.format(rate="5.0%"), header=True))["g"]
    assert r.verdict is Verdict.CONSISTENT
    assert [s.label for s in r.main.steps] == ["stated", "growth factor", "compound annual rate"]
    assert r.main.steps[1].figures == "(1 + −6.8%) × (1 + 18.3%)"
    assert r.main.computed_shown == "[4.952311%, 5.053022%]"


def test_arithmetic_mean_is_inconsistent_and_named(write):
    r = run(write(GDP.format(rate="5.8%"), header=True))["g"]
    assert r.verdict is Verdict.INCONSISTENT
    assert (r.main.pos.line, r.main.pos.column, r.main.claim_id) == (5, 5, "g")
    assert [s.name for s in r.main.slips] == ["arithmetic_mean"]


def test_compound_growth_from_endpoints(write):
    r = run(write(CAGR.format(rate="8.4%", years="5年"), header=True))["c"]
    assert r.verdict is Verdict.CONSISTENT
    assert r.main.steps[2].formula == "(growth factor)^(1/5) − 1"
    r = run(write(CAGR.format(rate="7.0%", years="5年"), header=True))["c"]
    assert r.verdict is Verdict.INCONSISTENT
    assert [s.name for s in r.main.slips] == ["fencepost"]


def test_the_root_is_rounded_outward_never_inward(write):
    # 121 ÷ 100 = 1.21 exactly, whose square root is 1.1 exactly: 10% holds, 10.0001% does not
    text = """\
- id: c
  kind: average_growth
  quote: 从100元增长到121元,两年年均增长{rate}
  values: {{from: 100元, to: 121元, years: 两年, rate: {rate}}}
"""
    r = run(write(text.format(rate="10%"), header=True))["c"]
    assert r.verdict is Verdict.CONSISTENT
    assert r.main.computed_shown == "10%"
    r = run(write(text.format(rate="10.0001%"), header=True))["c"]
    assert r.verdict is Verdict.INCONSISTENT


def test_mean_arithmetic(write):
    text = """\
- id: m
  kind: average_growth
  mean: arithmetic
  quote: 两年增速分别为-20%和40%,两年增速的算术平均为{rate}
  values: {{rate_1: "-20%", rate_2: 40%, rate: {rate}}}
"""
    assert run(write(text.format(rate="10%"), header=True))["m"].verdict is Verdict.CONSISTENT
    r = run(write(text.format(rate="5.8%"), header=True))["m"]
    assert r.main.steps[1].formula == "(rate_1 + rate_2) ÷ 2"
    assert [s.name for s in r.main.slips] == ["geometric_mean"]


def test_a_fall_to_zero_is_unverifiable(write):
    text = """\
- id: z
  kind: average_growth
  quote: 先下降100%,后增长10%,平均增长5%
  values: {rate_1: 下降100%, rate_2: 增长10%, rate: 增长5%}
"""
    r = run(write(text, header=True))["z"]
    assert r.verdict is Verdict.UNVERIFIABLE
    assert "zero or negative" in r.main.message


def test_values_must_be_endpoints_or_rates(write):
    text = """\
- id: bad
  kind: average_growth
  quote: 从100元增长到121元,增长10%,年均增长{rate}
  values: {{from: 100元, to: 121元, rate_1: 10%, rate: 10%}}
"""
    report = verify([write(text.format(rate="10%"), header=True)])
    assert [(p.pos.line, p.pos.column, p.message) for p in report.problems] == [
        (8, 13, "an average_growth claim takes endpoints or yearly rates, not both")
    ]
    assert report.exit_code() == 2
    missing = text.replace("rate_1: 10%, ", "")
    report = verify([write(missing.format(rate="10%"), header=True)])
    assert [p.message for p in report.problems] == ["an average_growth claim needs 'years'"]


def test_years_must_be_a_whole_number_written_exactly(write):
    text = """\
- id: bad
  kind: average_growth
  quote: 从100元增长到121元,约2年,年均增长10%
  values: {from: 100元, to: 121元, years: 约2年, rate: 10%}
"""
    report = verify([write(text, header=True)])
    assert [(p.pos.line, p.pos.column) for p in report.problems] == [(8, 43)]
    assert "whole number of years" in report.problems[0].message


def test_years_may_be_written_in_months_or_bare_but_not_in_another_measure(write):
    # a year is twelve months: 60个月 is the same five yearly steps as 5年 and as 5
    for years in ("5年", "60个月", "5"):
        r = run(write(CAGR.format(rate="8.4%", years=years), header=True))["c"]
        assert r.verdict is Verdict.CONSISTENT, years
        assert r.main.steps[2].formula == "(growth factor)^(1/5) − 1"
    for years in ("18个月", "5天", "5元"):  # a year and a half; days; money
        report = verify([write(CAGR.format(rate="8.4%", years=years), header=True)])
        assert len(report.problems) == 1, years
        assert "whole number of years" in report.problems[0].message
