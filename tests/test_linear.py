from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.expr import ExprError
from factcheck.expr import parse as parse_expr
from factcheck.figure import parse
from factcheck.granularity import Share
from factcheck.linear import linearize, solve


def shares(**figures: str) -> dict[str, Share]:
    out = {}
    for name, text in figures.items():
        s = Share.of(parse(text).interval())
        assert s is not None
        out[name] = s
    return out


def lin(text: str):
    return linearize(parse_expr(text))


def test_linear_forms_are_whole_numbers():
    c = lin("a / 2 + b <= N")
    assert c.coeffs == (("N", -2), ("a", 1), ("b", 2)) and c.const == 0 and c.op == "<="
    strict = lin("a < b")  # whole numbers: a < b is a - b <= -1
    assert strict.op == "<=" and strict.const == 1
    assert strict.holds({"a": 1, "b": 2}) and not strict.holds({"a": 2, "b": 2})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a * b <= N", "product of two counts"),
        ("a / b <= 1", "dividing by a count"),
        ("a + b", "needs a comparison"),
        ("a / 0 == 1", "division by zero"),
    ],
)
def test_nonlinear_constraints_are_refused(text, message):
    with pytest.raises(ExprError, match=message):
        lin(text)


def test_ordered_counts_found_by_exact_enumeration():
    sol = solve(shares(fast="20.36%", slow="30.66%"), [lin("fast <= slow")])
    assert (sol.n, sol.counts, sol.method) == (786, {"fast": 160, "slow": 241}, "enumeration")


def test_a_constraint_can_rule_out_the_smallest_whole():
    # alone, 40% and 20% fit N = 5 (2/5, 1/5); asking for a count above twice the other
    # moves the answer
    s = shares(a="40%", b="20%")
    assert solve(s).n == 5
    sol = solve(s, [lin("a > 2 * b")])
    assert sol is not None and sol.counts["a"] > 2 * sol.counts["b"]
    assert sol.n > 5


def test_parts_of_a_whole_decided_by_integer_programming():
    # past the no-power threshold (N ≥ 100 for whole percentages) counts are free: MILP
    s = shares(a="60%", b="40%")
    sol = solve(s, [lin("a + b == N")], start=150)
    assert sol is not None and sol.method == "milp"
    assert sol.n == 150 and sol.counts["a"] + sol.counts["b"] == 150
    assert s["a"].interval.contains(Fraction(sol.counts["a"], 150))


def test_impossible_constraints_have_no_whole_up_to_the_bound():
    # 20 % and 30 % of one whole never add up to it
    assert solve(shares(a="20%", b="30%"), [lin("a + b == N")], stop=100_000) is None
