from __future__ import annotations

import pytest
from tests.checks.helpers import run

from factcheck.checks.measures import measure

CLAIM = """\
- id: m
  kind: total
  quote: q
  values:
    total: {{value: "{figure}", derived: true}}
    part: {{value: "{figure}", derived: true}}
"""


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ("102件", "count"),
        ("3条", "count"),
        ("2万元", "money"),
        ("10%", "ratio"),
        ("5‰", "ratio"),
        ("3成", "ratio"),
        ("2个百分点", "points"),
        ("2倍", "times"),
        ("21.5公斤", "mass"),
        ("64.5米", "length"),
        ("12小时", "duration"),
        ("102", None),
        ("93万", None),
    ],
)
def test_a_figure_s_measure_is_its_dimension_and_a_bare_number_has_none(write, figure, expected):
    value = run(write(CLAIM.format(figure=figure), header=True))["m"].claim.value("part")
    assert value is not None
    assert measure(value) == expected


TIMES = """\
- id: t
  kind: {kind}
  quote: 刑期从{low}到{high}不等
  values:
    low: "{low}"
    high: "{high}"
{rest}"""


@pytest.mark.parametrize(
    ("kind", "low", "high", "rest", "verdict"),
    [
        # a figure in years is that many years against a plain number: 20岁 < 30, never
        # 240 months < 30 (expressions compute in each measure's base unit)
        ("expression", "20岁", "22岁", '  expr: "low + 2 == high"\n', "consistent"),
        ("expression", "20岁", "22岁", '  expr: "low < 30"\n', "consistent"),
        ("expression", "100周年", "101周年", '  expr: "low == 100"\n', "consistent"),
        ("order", "1年", "18个月", "  order: [low, high]\n", "unverifiable"),
        # years and months stay two measures: a shared base would make 20岁 240 of something
        ("order", "3个月", "5年", "  order: [low, high]\n", "unverifiable"),
        ("order", "3天", "5年", "  order: [low, high]\n", "unverifiable"),
    ],
)
def test_years_months_and_plain_numbers(write, kind, low, high, rest, verdict):
    text = TIMES.format(kind=kind, low=low, high=high, rest=rest)
    r = run(write(text, header=True))["t"]
    assert r.verdict.value == verdict, r.main.message
