from fractions import Fraction as F

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.intervals import (
    DivisionByZeroError,
    EmptyIntervalError,
    Interval,
    _mul_bounded,
    _positive,
    _ratio,
)
from factcheck.unbounded import product


def test_closed_and_open_ends_decide_meeting():
    a = Interval(F(0), F(1), True, False)
    assert not a.meets(Interval(F(1), F(2)))
    assert Interval(F(0), F(1)).meets(Interval(F(1), F(2)))
    assert a.contains(0) and not a.contains(1)


def test_empty_interval_is_refused():
    with pytest.raises(EmptyIntervalError):
        Interval(F(2), F(1))
    with pytest.raises(EmptyIntervalError):
        Interval(F(1), F(1), True, False)


def test_arithmetic_is_exact():
    a = Interval(F("82.035"), F("82.045"))
    b = Interval(F("98.255"), F("98.265"))
    assert b - a == Interval(F("16.21"), F("16.23"))
    assert (a + b).lo == F("180.29")


def test_product_of_signed_intervals():
    a = Interval(F(-2), F(3))
    b = Interval(F(4), F(5))
    assert a * b == Interval(F(-10), F(15))
    assert a * -b == Interval(F(-15), F(10))


def test_product_keeps_open_ends():
    a = Interval(F(1), F(2), True, False)
    b = Interval(F(3), F(4))
    assert a * b == Interval(F(3), F(8), True, False)


def test_zero_times_unbounded_is_bounded_at_zero():
    a = Interval(F(0), F(1))
    b = Interval(F(2), None)
    assert a * b == Interval(F(0), None)


def test_division_by_interval_holding_zero_raises():
    with pytest.raises(DivisionByZeroError):
        Interval(F(1), F(2)) / Interval(F(-1), F(1))


def test_division_by_positive_interval():
    assert Interval(F(93), F(93)) / Interval(F(168), F(170)) == Interval(F(93, 170), F(93, 168))


def test_reciprocal_of_half_infinite():
    r = Interval(F(2), None).reciprocal()
    assert r == Interval(F(0), F(1, 2), False, True)


def test_gap_between_disjoint():
    assert Interval(F(1), F(2)).gap(Interval(F(5), F(6))) == 3
    assert Interval(F(5), F(6)).gap(Interval(F(1), F(2))) == 3
    assert Interval(F(1), F(5)).gap(Interval(F(2), F(3))) == 0


def test_hull_and_intersect():
    a, b = Interval(F(1), F(3), False, True), Interval(F(2), F(4), True, False)
    assert a.hull(b) == Interval(F(1), F(4), False, False)
    assert a.intersect(b) == Interval(F(2), F(3))
    assert Interval(F(1), F(2)).intersect(Interval(F(3), F(4))) is None


@given(
    st.fractions(max_denominator=50),
    st.fractions(max_denominator=50),
    st.fractions(max_denominator=50),
    st.fractions(max_denominator=50),
)
def test_sum_contains_every_sum_of_members(a, b, c, d):
    x = Interval(min(a, b), max(a, b))
    y = Interval(min(c, d), max(c, d))
    for p in (x.lo, x.hi):
        for q in (y.lo, y.hi):
            assert (x + y).contains(p + q)
            assert (x * y).contains(p * q)
            assert (x - y).contains(p - q)


def test_reciprocal_of_open_half_lines_from_zero():
    assert Interval(F(0), None, False, False).reciprocal() == Interval(F(0), None, False, False)
    assert Interval(None, F(0), False, False).reciprocal() == Interval(None, F(0), False, False)
    assert Interval(F(0), F(2), False, True).reciprocal() == Interval(F(1, 2), None)


def _bounded_intervals() -> st.SearchStrategy[Interval]:
    def build(a: F, b: F, lc: bool, hc: bool) -> Interval:
        lo, hi = min(a, b), max(a, b)
        return Interval(lo, hi) if lo == hi else Interval(lo, hi, lc, hc)

    ends = st.fractions(min_value=-20, max_value=20, max_denominator=6) | st.just(F(0))
    return st.builds(build, ends, ends, st.booleans(), st.booleans())


@given(_bounded_intervals(), _bounded_intervals())
def test_the_product_of_bounded_intervals_is_that_of_the_general_rule(x, y):
    # the short road taken for two bounded intervals gives what the signed-infinity rule
    # gives, open and closed ends included (zeros, points and sign changes among them)
    assert _mul_bounded(x, y) == Interval(*product(x, y))
    assert x * y == Interval(*product(x, y))


@given(_bounded_intervals(), _bounded_intervals(), st.sampled_from(["lo", "hi", None]))
def test_two_intervals_meet_exactly_when_they_have_a_common_part(x, y, unbounded):
    # an unbounded end on one side as well, so half-lines are covered
    if unbounded == "lo":
        x = Interval(None, x.hi, False, x.hi_closed)
    elif unbounded == "hi":
        x = Interval(x.lo, None, x.lo_closed, False)
    assert x.meets(y) == (x.intersect(y) is not None) == y.meets(x)


def _positive_intervals() -> st.SearchStrategy[Interval]:
    def build(a: F, b: F, lc: bool, hc: bool) -> Interval:
        lo, hi = min(a, b), max(a, b)
        return Interval(lo, hi) if lo == hi else Interval(lo, hi, lc, hc)

    ends = st.fractions(min_value=F(1, 7), max_value=50, max_denominator=7)
    return st.builds(build, ends, ends, st.booleans(), st.booleans())


@given(_positive_intervals(), _positive_intervals())
def test_the_product_of_intervals_above_zero_is_that_of_the_general_rule(x, y):
    # the shortest road, two multiplications, taken when both intervals lie above zero
    assert _mul_bounded(x, y) == Interval(*product(x, y))


@given(_positive_intervals())
def test_the_reciprocal_of_an_interval_above_zero_holds_the_reciprocals_of_its_values(x):
    r = x.reciprocal()
    assert r.contains(1 / x.lo) is x.lo_closed
    assert r.contains(1 / x.hi) is x.hi_closed
    assert r.contains(2 / (x.lo + x.hi))  # the midpoint's reciprocal
    assert x / x == x * r and (x / x).contains(1)


def test_a_fractions_numerator_and_denominator_are_read_from_its_slots():
    # the integer fast paths read fractions.Fraction's slots: a Python that renames them
    # fails here, not somewhere in the arithmetic
    assert _ratio(F(-6, 8)) == (-3, 4)
    assert _ratio(F(5)) == (5, 1)


_ENDS = st.fractions(min_value=-20, max_value=20, max_denominator=6) | st.sampled_from(
    [F(0), F(1, 3), F(-1, 3)]
)


def _slow_meets(x: Interval, y: Interval) -> bool:
    """Two intervals meet, by Fraction comparisons of the greater start and the lesser end."""
    lo, lo_closed = max((x.lo, not x.lo_closed), (y.lo, not y.lo_closed))
    hi, hi_closed = min((x.hi, x.hi_closed), (y.hi, y.hi_closed))
    return lo < hi or (lo == hi and not lo_closed and hi_closed)


@given(_ENDS, _ENDS, st.booleans(), st.booleans())
def test_an_interval_is_refused_exactly_when_it_is_empty(a, b, lc, hc):
    # built in integers; checked by Fraction comparisons
    empty = a > b or (a == b and not (lc and hc))
    if empty:
        with pytest.raises(EmptyIntervalError):
            Interval(a, b, lc, hc)
    else:
        assert Interval(a, b, lc, hc) == Interval(a, b, lc, hc)


@given(_bounded_intervals(), _ENDS)
def test_an_interval_holds_a_value_as_fraction_comparisons_say(x, v):
    for p in (v, x.lo, x.hi, (x.lo + x.hi) / 2):
        slow = (x.lo < p or (p == x.lo and x.lo_closed)) and (
            p < x.hi or (p == x.hi and x.hi_closed)
        )
        assert x.contains(p) is slow
        assert x.contains(int(p)) is (
            (x.lo < int(p) or (int(p) == x.lo and x.lo_closed))
            and (int(p) < x.hi or (int(p) == x.hi and x.hi_closed))
        )


@given(_bounded_intervals(), _bounded_intervals())
def test_meets_and_hull_in_integers_are_those_of_fraction_comparisons(x, y):
    assert x.meets(y) is _slow_meets(x, y) is y.meets(x)
    ends = [(x.lo, x.lo_closed), (y.lo, y.lo_closed)]
    lo = min(e[0] for e in ends)
    hi = max(x.hi, y.hi)
    slow = Interval(
        lo,
        hi,
        any(c for e, c in ends if e == lo),
        any(c for e, c in ((x.hi, x.hi_closed), (y.hi, y.hi_closed)) if e == hi),
    )
    assert x.hull(y) == slow == y.hull(x)


@given(_ENDS)
def test_above_zero_read_from_the_numerator_is_above_zero(x):
    assert _positive(x) is (x > 0)
    assert _positive(int(x)) is (int(x) > 0)


@given(_ENDS)
def test_a_point_of_a_fraction_or_an_integer_is_that_of_its_fraction(x):
    assert Interval.point(x) == Interval(F(x), F(x))
    assert Interval.point(int(x)) == Interval(F(int(x)), F(int(x)))
    assert type(Interval.point(int(x)).lo) is F


@given(_positive_intervals())
def test_the_reciprocal_above_zero_is_that_of_dividing_one_by_each_end(x):
    assert x.reciprocal() == Interval(1 / x.hi, 1 / x.lo, x.hi_closed, x.lo_closed)
    whole = Interval(F(int(x.lo) + 1), F(int(x.hi) + 2))  # integer ends
    assert whole.reciprocal() == Interval(1 / whole.hi, 1 / whole.lo)


@given(_bounded_intervals(), _bounded_intervals(), st.sampled_from(["lo", "hi", None]))
def test_two_intervals_touch_where_they_share_no_value_and_no_gap(x, y, unbounded):
    # touching: the gap is zero and yet they do not meet, because one of them (or each)
    # excludes the end they share
    if unbounded == "lo":
        x = Interval(None, x.hi, False, x.hi_closed)
    elif unbounded == "hi":
        x = Interval(x.lo, None, x.lo_closed, False)
    at = x.touching(y)
    assert (at is not None) == (x.gap(y) == 0 and not x.meets(y))
    assert y.touching(x) == at
    if at is not None:
        assert at in (x.lo, x.hi) and at in (y.lo, y.hi)
        assert not (x.contains(at) and y.contains(at))


def test_touching_at_the_end_that_one_excludes():
    half_down_13 = Interval(F(125, 1000), F(135, 1000), False, True)
    assert half_down_13.touching(Interval.point(F(1, 8))) == F(1, 8)
    assert Interval(F(0), F(1)).touching(Interval(F(1), F(2))) is None  # they meet at 1
    assert Interval(F(0), F(1)).touching(Interval(F(2), F(3))) is None  # apart
