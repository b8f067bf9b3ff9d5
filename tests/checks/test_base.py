from __future__ import annotations

import random
from fractions import Fraction

from tests.checks.helpers import run

from factcheck.checks import base
from factcheck.checks.base import quiet, show
from factcheck.dates import parse_date
from factcheck.intervals import Interval
from factcheck.models import Verdict
from factcheck.quantity import parse


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
