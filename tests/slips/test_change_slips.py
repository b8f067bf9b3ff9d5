"""Which change slips apply: a reading the wording allows is never named as a slip."""

from __future__ import annotations

from tests.checks.helpers import run
from tests.slips.helpers import slip_names

from factcheck.findings import Verdict


def change(frm: str, to: str, stated: str, reading: str = "") -> str:
    extra = f"  reading: {reading}\n" if reading else ""
    return f"""\
- id: c
  kind: change
  quote: 从{frm}到{to},{stated}
{extra}  values: {{from: "{frm}", to: "{to}", change: "{stated}"}}
"""


def test_bei_read_both_ways_is_a_reading_not_a_slip(write):
    r = run(write(change("200吨", "500吨", "增长2.5倍"), header=True))["c"]
    assert r.verdict is Verdict.AMBIGUOUS
    assert slip_names(r) == []
    r = run(write(change("200吨", "500吨", "增长2.5倍", "times_plus"), header=True))["c"]
    assert r.verdict is Verdict.INCONSISTENT
    assert slip_names(r) == ["ratio_for_change"]


def test_points_or_percent_of_a_rate_is_a_reading_not_a_slip(write):
    r = run(write(change("40.0%", "50.0%", "提高了10%"), header=True))["c"]
    assert (r.verdict, slip_names(r)) == (Verdict.AMBIGUOUS, [])
    r = run(write(change("40.0%", "50.0%", "提高了10%", "relative"), header=True))["c"]
    assert slip_names(r) == ["points_for_percent"]
    assert r.main.slips[0].computed_shown == "[9.9个百分点, 10.1个百分点]"


def test_percent_for_points_shows_the_relative_change_in_percent(write):
    r = run(write(change("40%", "50%", "提高了25个百分点"), header=True))["c"]
    assert slip_names(r) == ["percent_for_points"]
    assert r.main.slips[0].computed_shown == "[22.222222%, 27.848101%]"


def test_a_multiple_swapped(write):
    # 200 → 500 is 2.5 times; "是原来的0.4倍" is from ÷ to
    r = run(write(change("200吨", "500吨", "是原来的0.4倍"), header=True))["c"]
    assert r.verdict is Verdict.INCONSISTENT
    assert slip_names(r) == ["from_to_swapped"]
    assert r.main.slips[0].steps[1].formula == "from ÷ to"


def test_absolute_change_reversed(write):
    r = run(write(change("120起", "100起", "增加20起"), header=True))["c"]
    assert slip_names(r) == ["direction_reversed"]
    assert r.main.slips[0].steps[1].formula == "−(to − from)"


def test_a_change_no_slip_explains_says_so(write):
    r = run(write(change("200元", "500元", "上涨170%"), header=True))["c"]
    assert r.verdict is Verdict.INCONSISTENT
    assert r.main.slips == ()
