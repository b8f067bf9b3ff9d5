"""numtext: exact values written back out as decimal text."""

from __future__ import annotations

from fractions import Fraction as F

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.numtext import decimal_text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (F(8204, 100), "82.04"),
        (F(169), "169"),
        (F(-1, 4), "-0.25"),
        (F(0), "0"),
        (F(1, 1_000_000), "0.000001"),
        (F(1, 3), "0.333333"),
        (F(2, 3), "0.666667"),
        (F(100, 3), "33.333333"),
        (F(1, 7000), "0.000142857"),
    ],
)
def test_decimal_text(value: F, text: str) -> None:
    assert decimal_text(value) == text


def _decimal_text_by_fractions(d: F) -> str:
    # the rule written with Fractions: the first k ≤ 6 that makes d·10^k whole, else six
    # decimals (six significant ones below 1), rounded half to even
    sign = "-" if d < 0 else ""
    d = abs(d)
    for k in range(7):
        if (d * 10**k).denominator == 1:
            break
    else:
        k = 6
        if d < 1:
            k = 5 + len(str(d.denominator // d.numerator))
    n = round(d * 10**k)
    if k == 0:
        return f"{sign}{n}"
    digits = str(n).rjust(k + 1, "0")
    return f"{sign}{digits[:-k]}.{digits[-k:]}"


@given(
    st.fractions(max_denominator=10**9)
    | st.builds(lambda n, k: F(n, 10**k), st.integers(-(10**12), 10**12), st.integers(0, 8))
    | st.builds(
        lambda n, k: F(2 * n + 1, 2 * 10**k), st.integers(-(10**6), 10**6), st.integers(5, 9)
    )
)
def test_decimal_text_by_integers_agrees_with_the_rule_in_fractions(d: F) -> None:
    assert decimal_text(d) == _decimal_text_by_fractions(d)
