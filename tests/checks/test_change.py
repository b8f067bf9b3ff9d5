import pytest
from tests.checks.helpers import run

from factcheck.findings import Verdict

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


# ---- the measures of from, to and change ----------------------------------------------------


def written(change, frm, to, reading=None):
    """A change claim of derived figures, so that any figures may be tried."""
    extra = f"  reading: {reading}\n" if reading else ""
    return f"""\
- id: c
  kind: change
  quote: q
{extra}  values:
    from: {{value: "{frm}", derived: true}}
    to: {{value: "{to}", derived: true}}
    change: {{value: "{change}", derived: true}}
"""


@pytest.mark.parametrize(
    ("change", "frm", "to", "reading", "message"),
    [
        (
            "增长2个百分点",
            "100件",
            "102件",
            None,
            "percentage points measure a change between two rates: "
            "change 增长2个百分点 (points), from 100件 (count)",
        ),
        (
            "增加10元",
            "10%",
            "20%",
            None,
            "an absolute change has the measure of from and to: "
            "change 增加10元 (money), from 10% (ratio)",
        ),
        (
            "10%",
            "100件",
            "2万元",
            None,
            "values of different kinds cannot be compared: from 100件 (count), to 2万元 (money)",
        ),
        (
            "2%",
            "100件",
            "102件",
            "points",
            "percentage points measure a change between two rates: "
            "change 2% (ratio), from 100件 (count)",
        ),
        (
            "2件",
            "100件",
            "102件",
            "relative",
            "a relative change or a multiple has no unit: change 2件 (count), from 100件 (count)",
        ),
        (
            "2件",
            "10%",
            "12%",
            "points",
            "a change in percentage points is stated in points or %: "
            "change 2件 (count), from 10% (ratio)",
        ),
        (
            "增加2个百分点",
            "2",
            "102件",
            None,
            "percentage points measure a change between two rates: "
            "change 增加2个百分点 (points), to 102件 (count)",
        ),
    ],
)
def test_a_change_in_a_measure_its_values_do_not_allow_is_unverifiable(
    write, change, frm, to, reading, message
):
    r = run(write(written(change, frm, to, reading), header=True))["c"]
    assert r.verdict is Verdict.UNVERIFIABLE
    assert [f.message for f in r.findings] == [message]
    assert (r.main.pos.line, r.main.pos.column, r.main.claim_id) == (5, 5, "c")
    assert r.main.steps == ()  # refused before any arithmetic is written out


@pytest.mark.parametrize(
    ("change", "frm", "to", "reading"),
    [
        ("增长2%", "100件", "102件", None),  # relative
        ("增加2件", "100件", "102件", None),  # absolute, in the unit of the counts
        ("增加2起", "100件", "102件", None),  # counts of another measure word are counts
        ("增长3成", "100件", "130件", None),
        ("增长到3倍", "100件", "300件", None),
        ("2", "100件", "102件", None),  # a bare number: no unit, no constraint
        ("增加2件", "100", "102", None),  # bare levels: no constraint either
        ("增长2个百分点", "0.1", "12%", None),
        ("下降0.2个百分点", "5‰", "3‰", None),  # points between two rates in ‰
        ("增加2个百分点", "3个百分点", "5个百分点", None),  # a gap in points, widened
        ("16.2个百分点", "82.04%", "98.26%", "absolute"),
        ("增加50万元", "100万元", "150万元", None),
        ("增加5000元", "1万元", "1.5万元", None),
        ("增加12小时", "1天", "1.5天", None),
        ("150%", "100万元", "150万元", "times"),
    ],
)
def test_a_change_in_a_measure_its_values_allow_is_checked(write, change, frm, to, reading):
    r = run(write(written(change, frm, to, reading), header=True))["c"]
    assert r.verdict is Verdict.CONSISTENT, [f.message for f in r.findings]
    assert r.main.steps  # the arithmetic is written out


def test_a_percent_rise_of_a_rate_stays_ambiguous_between_relative_and_points(write):
    r = run(write(written("上升45%", "20%", "29%"), header=True))["c"]
    assert r.verdict is Verdict.AMBIGUOUS
    assert [(x.name, x.holds) for x in r.main.readings] == [("relative", True), ("points", False)]
