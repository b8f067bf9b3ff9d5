from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.intervals import Interval
from factcheck.roots import exact_root, iroot, nth_root, root_bounds


def test_iroot():
    assert [iroot(x, 2) for x in (0, 1, 3, 4, 8, 9, 10**40)] == [0, 1, 1, 2, 2, 3, 10**20]
    assert iroot(26, 3) == 2 and iroot(27, 3) == 3
    with pytest.raises(ValueError):
        iroot(-1, 2)


@given(st.integers(0, 10**60), st.integers(1, 12))
def test_iroot_is_the_floor_root(x, n):
    r = iroot(x, n)
    assert r**n <= x < (r + 1) ** n


@given(
    st.fractions(min_value=0, max_value=10**6),
    st.integers(1, 20),
    st.integers(1, 60),
)
def test_root_bounds_bracket_the_root(x, n, bits):
    tol = Fraction(1, 2**bits)
    lo, hi = root_bounds(x, n, tol)
    assert lo**n <= x <= hi**n
    assert hi - lo < tol
    assert (lo == hi) == (exact_root(x, n) is not None)


def test_nth_root_of_an_interval():
    iv = nth_root(Interval(Fraction(4), Fraction(9), True, False), 2, Fraction(1, 10**9))
    assert iv == Interval(Fraction(2), Fraction(3), True, False)  # exact ends keep closedness
    iv = nth_root(Interval(Fraction(2), Fraction(3)), 2, Fraction(1, 10**9))
    assert iv.lo is not None and iv.hi is not None
    assert iv.lo**2 < 2 < 3 < iv.hi**2
    assert 2 - iv.lo**2 < Fraction(1, 10**8) and iv.hi**2 - 3 < Fraction(1, 10**8)
    assert nth_root(Interval(Fraction(1), None), 3, Fraction(1, 10)).hi is None
    with pytest.raises(ValueError):
        nth_root(Interval(Fraction(-1), Fraction(1)), 2, Fraction(1, 10))
