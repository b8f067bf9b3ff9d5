"""GRIM for percentages: smallest wholes, each rounding procedure, and the no-power bound.

Reference cases are scrutiny's (R package, lhdjung/scrutiny): the ``pigs2`` percentages, the
``percent = TRUE`` examples of ``tests/testthat/test-grim.R`` and the ``n = 40`` corner cases
of ``tests/testthat/test-grim-map.R``.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.figure import parse
from factcheck.granularity import (
    Share,
    consistent_wholes,
    neighbours,
    reachable_everywhere,
    smallest,
    threshold,
    written,
)
from factcheck.rounding import Rounding

R = Rounding


def share(text: str, rounding: Rounding = R.UP_OR_DOWN) -> Share:
    s = Share.of(parse(text).interval(rounding))
    assert s is not None
    return s


def test_issue_examples():
    assert smallest([share("96.15%")]) == 26
    assert share("96.15%").count(26) == 25
    joint = [share("20.36%"), share("30.66%")]
    assert smallest(joint) == 786
    assert [s.count(786) for s in joint] == [160, 241]
    # each alone needs far fewer
    assert smallest(joint[:1]) < 786 and smallest(joint[1:]) < 786


def test_96_15_needs_multiples_of_26_below_300():
    assert consistent_wholes([share("96.15%")], 300) == [(26 * k, 26 * k) for k in range(1, 12)]


# grim_map(pigs2, percent = TRUE): only 54.0 % is consistent with N = 150 (audit: 5 of 6
# inconsistent). With N = 150 a one-decimal percentage never sits on a half (k/150 is
# x.000, x.333 or x.667 %), so every half-way rule agrees; truncation and ceiling differ.
PIGS2 = ["67.4%", "54.2%", "54.0%", "69.8%", "68.1%", "55.4%"]
PIGS2_EXPECTED = {
    R.UP_OR_DOWN: [False, False, True, False, False, False],
    R.HALF_UP: [False, False, True, False, False, False],
    R.HALF_DOWN: [False, False, True, False, False, False],
    R.HALF_EVEN: [False, False, True, False, False, False],
    R.TRUNCATE: [False, False, True, False, False, False],  # 67.333 % truncates to 67.3 %
    R.CEILING: [True, False, True, False, False, True],  # 67.333 % goes up to 67.4 %
}


@pytest.mark.parametrize("rounding", list(Rounding))
def test_scrutiny_pigs2_percentages(rounding):
    assert [share(x, rounding).fits(150) for x in PIGS2] == PIGS2_EXPECTED[rounding]


@pytest.mark.parametrize("rounding", list(Rounding))
def test_scrutiny_whole_percentages_of_50(rounding):
    # grim(seq_endpoint(6, 16), 50, percent = TRUE): every even percentage, no odd one
    got = [share(f"{x}%", rounding).fits(50) for x in range(6, 17)]
    assert got == [x % 2 == 0 for x in range(6, 17)]


# scrutiny's pigs1 means at n = 40, a corner case where k/40 lands on exact halves. A mean
# with two decimals is a whole percentage of its fractional part (7.22 of 40 ↔ 22 % of 40),
# so these are percentage cases. Where scrutiny rounds in binary floating point and widens
# by a tolerance (dustify), an exact boundary such as 7.225 or 7.0 is taken as either side;
# factcheck decides it exactly, so half_even, truncate and ceiling differ from scrutiny's
# "even", "trunc" and "ceiling" vectors in those boundary cases only.
PIGS1_AS_PERCENT = [22, 74, 23, 57, 77, 68, 1, 38, 14, 89, 0, 24]
T, F = True, False
PIGS1_N40 = {
    R.UP_OR_DOWN: [T, F, T, T, T, T, F, T, F, F, T, F],  # = scrutiny "up_or_down"
    R.HALF_UP: [F, F, T, F, F, T, F, T, F, F, T, F],  # = scrutiny "up"
    R.HALF_DOWN: [T, F, F, T, T, F, F, F, F, F, T, F],  # = scrutiny "down"
    # exact: 5.225 to the even 5.22, so 5.23 is not reached (scrutiny's float round: T)
    R.HALF_EVEN: [T, F, F, F, F, T, F, T, F, F, T, F],
    # exact: [4.74, 4.75) misses 4.75 = 190/40 (scrutiny "trunc": T by tolerance)
    R.TRUNCATE: [T, F, F, T, T, F, F, F, F, F, T, F],
    # exact: (7.00, 7.01] misses 7.00 = 280/40 (scrutiny "ceiling": T by tolerance)
    R.CEILING: [F, F, T, F, F, T, F, T, F, F, T, F],
}


@pytest.mark.parametrize("rounding", list(Rounding))
def test_scrutiny_n40_corner_cases_each_rounding(rounding):
    got = [share(f"{x}%", rounding).fits(40) for x in PIGS1_AS_PERCENT]
    assert got == PIGS1_N40[rounding]


def test_no_power_from_ten_to_the_decimals_plus_two():
    # two decimals of a percentage: a step of 1/10000; from N = 10000 every figure is k/N
    every = [share(f"{k // 100}.{k % 100:02d}%") for k in range(10001)]
    assert all(s.fits(10_000) for s in every)
    assert not all(s.fits(9_999) for s in every)
    assert threshold([share("96.15%")]) == 10_000
    assert threshold([share("48%")]) == 100
    assert threshold([share("96.15%"), share("48%")]) == 10_000
    assert reachable_everywhere(Fraction(1, 10_000), 10_000)
    assert not reachable_everywhere(Fraction(1, 10_000), 9_999)


def test_truncated_interval_is_half_open_at_the_threshold():
    # truncate: [96.15 %, 96.16 %) holds exactly one k/10000 at N = 10000
    s = share("96.15%", R.TRUNCATE)
    assert s.threshold == 10_000 and s.fits(10_000) and s.counts(10_000) == (9615, 9615)


def test_neighbours_either_side():
    q = parse("67.4%")
    below, above = neighbours(q.value, q.step, R.UP_OR_DOWN, 150)
    assert below == (Fraction(673, 1000), 101)
    assert above == (Fraction(68, 100), 102)
    assert written(above[0], q.step, q.unit.factor, "%") == "68.0%"


def test_shares_outside_zero_to_hundred():
    assert Share.of(parse("120%").interval()) is None
    assert smallest([share("100%")]) == 1
    assert smallest([share("0%")]) == 1
    assert smallest([share("0.5%")]) == 182  # [0.45 %, 0.55 %]: 1/182 = 0.549 %
