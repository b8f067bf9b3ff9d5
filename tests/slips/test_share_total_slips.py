from __future__ import annotations

from fractions import Fraction

from tests.checks.helpers import run
from tests.slips.helpers import slip_names

from factcheck.intervals import Interval
from factcheck.slips.rounded_parts import round_to

SURVEY = "受访的300人中,100人表示满意,占33.3%;100人表示一般,占33.3%;100人表示不满意,占33.4%"


def survey(last: str, extra: str = "") -> str:
    quote = SURVEY.replace("33.4%", last)
    return f"""\
- id: a
  kind: share
  quote: {quote}
  values: {{part: 100人, whole: 300人, share: 33.3%}}
- id: b
  kind: share
  quote: {quote}
  values: {{part: 100人, whole: 300人, share: 33.3%}}
- id: c
  kind: share
  quote: {quote}
  values: {{part: 100人, whole: 300人, share: {last}}}
{extra}"""


def test_forced_to_100_needs_the_shares_to_add_to_exactly_100(write):
    assert slip_names(run(write(survey("33.4%"), header=True))["c"]) == ["forced_to_100"]
    # 33.5%: the shares add to 100.1%, the telltale is missing
    assert "forced_to_100" not in slip_names(run(write(survey("33.5%"), header=True))["c"])


def test_forced_to_100_needs_other_shares_of_the_same_whole(write):
    lonely = """\
- id: c
  kind: share
  quote: 受访的300人中,100人表示不满意,占33.4%
  values: {part: 100人, whole: 300人, share: 33.4%}
"""
    r = run(write(lonely, header=True))["c"]
    assert (r.verdict.value, slip_names(r)) == ("inconsistent", [])


def test_forced_to_100_needs_the_parts_to_make_up_the_whole(write):
    # shares adding to 100% of parts adding to 290 of 300 are not forced: the parts are short
    short = (
        survey("33.4%")
        .replace("{part: 100人,", "{part: 90人,", 1)
        .replace("100人表示满意", "90人表示满意")
    )
    r = run(write(short, header=True))
    assert r["a"].verdict.value == "inconsistent"
    assert "forced_to_100" not in slip_names(r["c"])


def test_round_to_gives_every_multiple_a_value_can_round_to():
    p = Fraction(100)
    assert round_to(Interval.point(Fraction(1250)), p) == Interval(Fraction(1200), Fraction(1300))
    assert round_to(Interval.point(Fraction(1260)), p) == Interval.point(Fraction(1300))
    assert round_to(Interval(Fraction(1149), Fraction(1151)), p) == Interval(
        Fraction(1100), Fraction(1200)
    )
    assert round_to(Interval(Fraction(0), None), p) is None


def test_rounded_parts_only_for_an_equal_total_with_finer_parts(write):
    text = """\
- id: c
  kind: total
  quote: 三个区分别有1,260人、2,370人和3,480人,合计7,200人
  values: {east: "1,260人", west: "2,370人", north: "3,480人", total: "7,200人"}
"""
    r = run(write(text, header=True))["c"]
    assert slip_names(r) == ["rounded_parts"]
    assert r.main.slips[0].steps[1].figures == "round(1,260人) + round(2,370人) + round(3,480人)"
    at_most = text.replace("kind: total", "kind: total\n  relation: at_most")  # 7,200 ≤ 7,110
    r = run(write(at_most, header=True))["c"]
    assert (r.verdict.value, slip_names(r)) == ("inconsistent", [])


def test_wrong_base_of_a_share_counted_twice(write):
    text = """\
- id: c
  kind: share
  quote: 全校共有学生1,200名,其中女生400名,占25%
  values: {part: 400名, whole: "1,200名", share: 25%}
"""
    r = run(write(text, header=True))["c"]
    assert slip_names(r) == ["wrong_base"]
    assert r.main.slips[0].steps[1].formula == "part ÷ (whole + part)"
