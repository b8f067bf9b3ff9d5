from __future__ import annotations

from tests.checks.helpers import run

from factcheck.findings import Verdict
from factcheck.loader import load

ROBBERY = """\
- id: speed
  kind: granularity
  quote: 20.36%的盗抢案件24小时内破获,30.66%的案件3日内破获
  values:
    within_24h: 20.36%
    within_3d: 30.66%
    min_n: {value: "786", derived: true}
"""

CLEARANCE = """\
- id: rate
  kind: granularity
  quote: 破案率提高到96.15%
  values:
    rate: 96.15%
    n: {value: "N", derived: true}
"""


def test_joint_smallest_whole_matches(write):
    r = run(write(ROBBERY, header=True))["speed"]
    assert r.verdict is Verdict.CONSISTENT
    assert (r.main.pos.line, r.main.pos.column) == (5, 5)
    assert "160/786" in r.main.message and "241/786" in r.main.message


def test_wrong_smallest_whole_names_the_right_one(write):
    r = run(write(ROBBERY.replace('"786"', '"785"'), header=True))["speed"]
    assert r.verdict is Verdict.INCONSISTENT
    assert r.main.gap.nearest == "786"


def test_a_constraint_between_counts(write):
    ordered = ROBBERY.replace("  values:", "  constraints: [within_24h <= within_3d]\n  values:")
    assert run(write(ordered, header=True))["speed"].verdict is Verdict.CONSISTENT
    reversed_ = ordered.replace("within_24h <= within_3d", "within_24h >= within_3d")
    r = run(write(reversed_, header=True))["speed"]
    # 20.36 % of N can never be at least 30.66 % of N
    assert r.verdict is Verdict.INCONSISTENT
    assert "no whole N up to 1,000,000" in r.main.message


def test_stated_whole_and_nearest_figures(write):
    good = run(write(CLEARANCE.replace('"N"', "26件"), header=True))["rate"]
    assert good.verdict is Verdict.CONSISTENT and "25/26" in good.main.message
    bad = run(write(CLEARANCE.replace('"N"', "30件"), header=True))["rate"]
    assert bad.verdict is Verdict.INCONSISTENT
    (f,) = [f for f in bad.findings if f.verdict is Verdict.INCONSISTENT]
    assert (f.pos.line, f.pos.column) == (10, 18)  # at the stated whole
    assert "nearest: 93.33% (28/30) and 96.67% (29/30)" in f.message


def test_stated_range_of_wholes(write):
    # 800多: N from 800 to 899; the least that works is 805 (774/805 = 96.149 %)
    r = run(write(CLEARANCE.replace('"N"', "800多"), header=True))["rate"]
    assert r.verdict is Verdict.CONSISTENT and "N = 805: 774/805" in r.main.message
    r = run(write(CLEARANCE.replace('"N"', "不到26"), header=True))["rate"]
    assert r.verdict is Verdict.INCONSISTENT and "no N in that range" in r.main.message


def test_no_power_is_said(write):
    r = run(write(CLEARANCE.replace('"N"', "20000"), header=True))["rate"]
    assert r.verdict is Verdict.CONSISTENT
    assert "no power" in r.main.message


def test_listing_consistent_wholes(write):
    text = ROBBERY.replace("  values:", "  list_up_to: 2000\n  values:")
    r = run(write(text, header=True))["speed"]
    listed = next(s for s in r.main.steps if s.label.startswith("consistent N"))
    assert listed.shown.startswith("786, ")


def test_not_a_percentage_is_a_load_problem_at_the_value(write):
    text = CLEARANCE.replace("rate: 96.15%", "rate: 5元").replace(
        "quote: 破案率提高到96.15%", "quote: 5元"
    )
    (p,) = load(write(text.replace('"N"', "26"), header=True)).problems
    assert (p.pos.line, p.pos.column, p.key) == (9, 13, "claims[0].values.rate")
    assert p.message == "value 'rate' = 5元 is not a percentage" and p.hint


def test_constraint_errors_are_located_at_load(write):
    bad = ROBBERY.replace("  values:", "  constraints: [within_24h * within_3d <= N]\n  values:")
    problems = load(write(bad, header=True)).problems
    assert [(p.pos.line, p.pos.column) for p in problems] == [(8, 19)]
    assert "not linear" in problems[0].message and problems[0].hint
    undefined = ROBBERY.replace("  values:", "  constraints: [within_2h <= N]\n  values:")
    (p,) = load(write(undefined, header=True)).problems
    assert p.message == "undefined name 'within_2h'" and "within_24h" in p.hint
