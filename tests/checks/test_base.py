from __future__ import annotations

import random
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st
from tests.checks.helpers import run

from factcheck.checks import base
from factcheck.checks.base import quiet, show
from factcheck.dates import parse_date
from factcheck.figure import parse
from factcheck.findings import Touch, Verdict
from factcheck.intervals import Interval
from factcheck.models import Claim, Pos, Value
from factcheck.quantity import DEFAULT_APPROX
from factcheck.rounding import Rounding


def test_an_interval_is_written_as_its_figures_unit_writes_it_however_often_asked():
    # show keeps the text of the intervals it last wrote, by identity and unit: checked
    # against writing each afresh, with intervals repeated, rebuilt equal, shared between
    # units, and more of them than are kept
    rng = random.Random(7)
    figures = [parse(t) for t in ("12.5%", "3万元", "40个百分点", "7件", "1.5 million yuan")]
    intervals = [
        Interval(Fraction(rng.randint(-50, 50), d), Fraction(rng.randint(51, 99), d))
        for d in (1, 3, 100)
        for _ in range(base.SHOWN_KEPT // 2)
    ]
    for _ in range(5000):
        q = rng.choice(figures)
        iv = rng.choice(intervals)
        if rng.random() < 0.2:
            iv = Interval(iv.lo, iv.hi, iv.lo_closed, iv.hi_closed)  # equal, not the same
        assert show(q, iv) == iv.format(q.show)
    with quiet():
        assert show(figures[0], intervals[0]) == ""
    assert show(figures[0], None) == "—"


def test_a_figure_of_its_own_kind_writes_its_values_itself():
    day = parse_date("2020年5月3日")
    iv = Interval(day.value, day.value + 2)
    assert show(day, iv) == iv.format(day.show) == show(day, iv)
    assert show(parse("7件"), iv) != show(day, iv)  # the same interval, another unit's text


CEILING_FALL = """\
version: 1
source: {title: t}
rounding: ceiling
claims:
  - id: fall-31
    kind: change
    quote: 从2000件减少到1937件,下降3.1%
    values: {from: 2000件, to: 1937件, change: 下降3.1%}
  - id: fall-32
    kind: change
    quote: 从2000件减少到1937件,下降3.2%
    values: {from: 2000件, to: 1937件, change: 下降3.2%}
  - id: signed-31
    kind: change
    quote: 从2000件减少到1937件,变化-3.1%
    values: {from: 2000件, to: 1937件, change: "-3.1%"}
  - id: signed-32
    kind: change
    quote: 从2000件减少到1937件,变化-3.2%
    values: {from: 2000件, to: 1937件, change: "-3.2%"}
"""


def test_a_fall_word_and_a_minus_sign_get_one_verdict_under_ceiling(write):
    # 2000 → 1937 is −3.15%; rounded up (toward +∞) that is −3.1%, however the fall is written
    r = run(write(CEILING_FALL))
    assert {k: v.verdict for k, v in r.items()} == {
        "fall-31": Verdict.CONSISTENT,
        "signed-31": Verdict.CONSISTENT,
        "fall-32": Verdict.INCONSISTENT,
        "signed-32": Verdict.INCONSISTENT,
    }
    assert r["fall-31"].main.stated == r["signed-31"].main.stated
    assert r["fall-31"].main.steps[0].shown == "(-3.2%, -3.1%]"
    assert r["fall-32"].main.gap.nearest == "下降3.1%"
    assert (r["fall-32"].main.pos.line, r["fall-32"].main.claim_id) == (9, "fall-32")


NEGATIVE_NEAREST = """\
version: 1
source: {title: t}
claims:
  - id: signed
    kind: change
    quote: 从2000件减少到1900件,变化-4%
    values: {from: 2000件, to: 1900件, change: "-4%"}
  - id: signed2
    kind: change
    quote: 从2000件减少到1900件,变化-4.0%
    values: {from: 2000件, to: 1900件, change: "-4.0%"}
  - id: abs
    kind: change
    quote: 从100元到90元,变化-20元
    values: {from: 100元, to: 90元, change: "-20元"}
  - id: worded
    kind: change
    quote: 从2000件减少到1900件,下降4.0%
    values: {from: 2000件, to: 1900件, change: 下降4.0%}
  - id: worded-abs
    kind: change
    quote: 从100元到90元,减少20元
    values: {from: 100元, to: 90元, change: 减少20元}
  - id: chinese
    kind: change
    quote: 从2000件减少到1400件,下降四成
    values: {from: 2000件, to: 1400件, change: 下降四成}
  - id: plus
    kind: change
    quote: 从2000件增加到2100件,变化+4.0%
    values: {from: 2000件, to: 2100件, change: "+4.0%"}
"""


def test_the_nearest_figure_is_written_as_the_stated_one(write):
    # a minus sign or a fall word, the decimals and the unit of the stated figure
    r = run(write(NEGATIVE_NEAREST))
    nearest = {k: v.main.gap.nearest for k, v in r.items()}
    assert nearest == {
        "signed": "-5%",
        "signed2": "-5.0%",
        "abs": "-10元",
        "worded": "下降5.0%",
        "worded-abs": "减少10元",
        "chinese": "下降3成",
        "plus": "+5.0%",
    }
    assert r["signed2"].main.message == (
        "relative change -4.0% is 0.95% away from the computed -5%, 19.0% of it; "
        "nearest consistent figure: -5.0%"
    )
    assert (r["abs"].main.pos.line, r["abs"].main.claim_id) == (12, "abs")


def _claim(value: Value, rounding: Rounding) -> Claim:
    pos = Pos("claims.yaml", 4, 5)
    return Claim("c", "change", (), (value,), pos, rounding, DEFAULT_APPROX)


SIGNS = ["", "-", "+", "下降", "减少", "fell ", "上升", "rose "]


@given(
    st.sampled_from(SIGNS),
    st.integers(0, 999),
    st.integers(0, 3),
    st.sampled_from(["%", "元", "万元", "个百分点", " million", "公斤"]),
    st.sampled_from(list(Rounding)),
    st.integers(-2000, 2000),
    st.integers(0, 3),
)
def test_the_nearest_figure_parsed_back_holds_with_the_stated_precision_and_sign(
    sign: str, n: int, places: int, unit: str, rounding: Rounding, at: int, width: int
) -> None:
    digits = str(n).rjust(places + 1, "0")
    number = f"{digits[:-places]}.{digits[-places:]}" if places else digits
    q = parse(f"{sign}{number}{unit}")
    if q.step is None:  # an exact integer: a point, written without decimals
        return
    # a computed interval on the grid of the stated figure, up to three steps wide
    lo = Fraction(at) * q.step / 2
    computed = Interval(lo, lo + width * q.step / 2)
    value = Value("change", q.text, q, Pos("claims.yaml", 8, 13))
    claim = _claim(value, rounding)
    f = base.compare(claim, value, computed, (), "change")
    if f.verdict is Verdict.CONSISTENT:
        return
    assert f.gap is not None and f.gap.nearest is not None
    near = parse(f.gap.nearest)
    near_signed = near.interval(rounding)
    if near.direction < 0:
        near_signed = -near_signed
    assert near_signed.meets(computed), (f.gap.nearest, computed)
    assert (near.step, near.unit.display) == (q.step, q.unit.display)
    # the same sign convention: the stated figure's word or sign while the sense holds
    stated_sense = -1 if sign in ("-", "下降", "减少", "fell ") else 1
    mid = computed.mid
    assert mid is not None
    if mid * stated_sense > 0 and sign:
        assert f.gap.nearest.startswith(sign), f.gap.nearest


TOUCHING = """\
version: 1
source: {title: t}
claims:
  - id: hd
    kind: share
    rounding: half_down
    quote: 8人中有1人,占13%
    values: {part: 1人, whole: 8人, share: 13%}
  - id: under
    kind: share
    quote: less than 30% of 1,000, 300
    values: {part: {value: "300", derived: true}, whole: "1,000", share: less than 30%}
  - id: sum
    kind: total
    rounding: ceiling
    quote: 1.1万元和1.9万元,共2.8万元
    values: {a: 1.1万元, b: 1.9万元, total: 2.8万元}
  - id: apart
    kind: share
    quote: 8人中有1人,占14%
    values: {part: 1人, whole: 8人, share: 14%}
"""


def test_a_figure_just_outside_an_open_end_fails_with_a_zero_gap_said_so(write):
    r = run(write(TOUCHING))
    assert {k: v.verdict for k, v in r.items()} == dict.fromkeys(r, Verdict.INCONSISTENT)
    hd, under, total = r["hd"].main, r["under"].main, r["sum"].main
    assert hd.message == (
        "share 13% lies just outside the computed 12.5%: they touch only at 12.5%, which "
        "13% excludes under half_down rounding; nearest consistent figure: 12%"
    )
    assert under.message == (
        "share less than 30% lies just outside the computed 30%: they touch only at 30%, "
        "which less than 30% excludes; nearest consistent figure: 30%"
    )
    assert total.message == (
        "total 2.8万元 lies just outside the computed (2.8万元, 3万元]: they touch only at "
        "2.8万元, which the computed value excludes; nearest consistent figure: 2.9万元"
    )
    assert (hd.gap.absolute, hd.gap.touching) == (0, Touch(Fraction(1, 8), "stated"))
    assert under.gap.touching == Touch(Fraction(3, 10), "stated")
    assert total.gap.touching == Touch(Fraction(28000), "computed")
    assert r["apart"].main.gap.touching is None
    assert "away from the computed 12.5%" in r["apart"].main.message
    assert (hd.pos.line, hd.claim_id) == (4, "hd")


def test_a_kind_that_measures_its_own_gap_is_marked_touching_too(write):
    # count writes its own message and gap; 不到3级 is [0, 3), and three levels are listed
    text = """\
    - id: under
      kind: count
      quote: 市、县、乡不到3级
      items: [市, 县, 乡]
      values:
        count: 不到3级
    """
    r = run(write(text, header=True))["under"]
    assert r.verdict is Verdict.INCONSISTENT
    assert r.main.gap.absolute == 0
    assert r.main.gap.touching == Touch(Fraction(3), "stated")
    assert (r.main.pos.line, r.main.claim_id) == (5, "under")
