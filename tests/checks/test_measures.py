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
        # a year is twelve months, whatever its days: months and years compare, and add
        ("order", "3个月", "5年", "  order: [low, high]\n", "consistent"),
        ("order", "18个月", "1年", "  order: [low, high]\n", "inconsistent"),
        ("expression", "3个月", "5年", '  expr: "low * 20 == high"\n', "consistent"),
        ("expression", "3个月", "5年", '  expr: "low * 21 == high"\n', "inconsistent"),
        # days are not a whole number of months: still different measures
        ("order", "3天", "5年", "  order: [low, high]\n", "unverifiable"),
    ],
)
def test_months_and_years_are_one_measure(write, kind, low, high, rest, verdict):
    text = TIMES.format(kind=kind, low=low, high=high, rest=rest)
    r = run(write(text, header=True))["t"]
    assert r.verdict.value == verdict, r.main.message
