"""rounding: the true values each procedure rounds to a written figure."""

from fractions import Fraction as F

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.intervals import Interval
from factcheck.rounding import Rounding, rounded


@pytest.mark.parametrize(
    ("mode", "lo_closed", "hi_closed", "lo", "hi"),
    [
        (Rounding.UP_OR_DOWN, True, True, "82.035", "82.045"),
        (Rounding.HALF_UP, True, False, "82.035", "82.045"),
        (Rounding.HALF_DOWN, False, True, "82.035", "82.045"),
        (Rounding.HALF_EVEN, True, True, "82.035", "82.045"),
        (Rounding.TRUNCATE, True, False, "82.04", "82.05"),
        (Rounding.CEILING, False, True, "82.03", "82.04"),
    ],
)
def test_rounding_procedures(mode, lo_closed, hi_closed, lo, hi):
    iv = rounded(F("82.04"), F("0.01"), mode)
    assert iv == Interval(F(lo), F(hi), lo_closed, hi_closed)


def test_half_even_odd_last_digit_is_open():
    assert rounded(F("82.03"), F("0.01"), Rounding.HALF_EVEN) == Interval(
        F("82.025"), F("82.035"), False, False
    )


def test_half_up_is_symmetric_for_negatives():
    assert rounded(F("-1.5"), F("0.1"), Rounding.HALF_UP) == Interval(
        F("-1.55"), F("-1.45"), False, True
    )


decimals = st.decimals(
    min_value=-1000, max_value=1000, places=2, allow_nan=False, allow_infinity=False
)


@given(decimals, st.sampled_from(list(Rounding)))
def test_a_value_that_rounds_to_v_lies_in_its_interval(d, mode):
    """Every true value the procedure maps to v is inside rounded(v)."""
    v = F(d)
    step = F(1, 100)
    iv = rounded(v, step, mode)
    for x in (iv.lo, iv.hi, iv.mid):
        assert x is not None
    assert iv.contains(iv.mid)
    assert iv.width == step or (mode is Rounding.TRUNCATE and v == 0)


def test_half_up_zero_is_open_both_sides():
    assert rounded(F(0), F(1), Rounding.HALF_UP) == Interval(F(-1, 2), F(1, 2), False, False)
