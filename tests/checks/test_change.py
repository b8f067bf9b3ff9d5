from tests.checks.helpers import run

from factcheck.models import Verdict

SAFETY = "群众安全感从2015年的82.04%提升到2020年第三季度的98.26%"


def claim(change, reading=None, frm="82.04%", to="98.26%"):
    extra = f"  reading: {reading}\n" if reading else ""
    return f"""\
- id: c
  kind: change
  quote: {SAFETY}
{extra}  values:
    from: "{frm}"
    to: "{to}"
    change: {{value: "{change}", derived: true}}
"""


def test_points_hold(write):
    r = run(write(claim("16.2个百分点"), header=True))["c"]
    assert r.verdict is Verdict.CONSISTENT
    assert r.main.computed_shown == "[16.21个百分点, 16.23个百分点]"


def test_points_off_by_a_digit_give_gap_and_nearest(write):
    r = run(write(claim("16.3个百分点"), header=True))["c"]
    assert r.verdict is Verdict.INCONSISTENT
    assert r.main.gap.nearest == "16.2个百分点"
    assert r.main.gap.absolute > 0
    assert (r.main.pos.line, r.main.claim_id) == (5, "c")


def test_percent_of_a_rate_is_ambiguous_when_one_reading_holds(write):
    r = run(write(claim("16.2%"), header=True))["c"]
    assert r.verdict is Verdict.AMBIGUOUS
    assert [(x.name, x.holds) for x in r.main.readings] == [("relative", False), ("points", True)]


def test_relative_reading_of_a_rate(write):
    r = run(write(claim("19.8%"), header=True))["c"]
    assert r.verdict is Verdict.AMBIGUOUS
    assert [x.name for x in r.main.readings if x.holds] == ["relative"]


def test_forced_reading(write):
    r = run(write(claim("16.2%", reading="relative"), header=True))["c"]
    assert r.verdict is Verdict.INCONSISTENT
    assert [s.label for s in r.main.steps] == ["stated", "relative change"]
    assert r.main.steps[1].formula == "(to − from) ÷ from"
    assert r.main.steps[1].figures == "(98.26% − 82.04%) ÷ 82.04%"


def test_fall_word_makes_the_change_negative(write):
    text = claim("下降50%", frm="10起", to="5起").replace(SAFETY, "10起 5起 下降50%")
    r = run(write(text, header=True))["c"]
    assert r.verdict is Verdict.CONSISTENT
    bad = run(
        write(
            claim("上升50%", frm="10起", to="5起").replace(SAFETY, "10起 5起 上升50%"), header=True
        )
    )["c"]
    assert bad.verdict is Verdict.INCONSISTENT


def test_times_with_a_rise_word_has_two_readings(write):
    text = claim("增长2倍", frm="100件", to="300件").replace(SAFETY, "从100件到300件")
    r = run(write(text, header=True))["c"]
    assert r.verdict is Verdict.AMBIGUOUS
    assert [x.name for x in r.main.readings if x.holds] == ["times_plus"]


def test_times_to_level_is_one_reading(write):
    text = claim("增长到3倍", frm="100件", to="300件").replace(SAFETY, "从100件到300件")
    r = run(write(text, header=True))["c"]
    assert r.verdict is Verdict.CONSISTENT
    assert r.main.readings == ()


def test_absolute_change_in_counts(write):
    text = claim("减少5起", frm="12起", to="7起").replace(SAFETY, "从12起到7起")
    assert run(write(text, header=True))["c"].verdict is Verdict.CONSISTENT


def test_zero_base_is_unverifiable(write):
    text = claim("50%", frm="0起", to="7起").replace(SAFETY, "从0起到7起")
    assert run(write(text, header=True))["c"].verdict is Verdict.UNVERIFIABLE
