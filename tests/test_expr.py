from fractions import Fraction as F

import pytest

from factcheck.expr import ExprError, evaluate, parse, possible, render
from factcheck.intervals import DivisionByZeroError, Interval


def test_precedence_and_parentheses():
    e = parse("a + b * 2 == (c - 1) / 2")
    env = {"a": Interval.point(1), "b": Interval.point(3), "c": Interval.point(15)}
    assert evaluate(e.left, env) == Interval.point(7)
    assert evaluate(e.right, env) == Interval.point(7)
    assert e.op == "=="


def test_percent_literals_are_fractions():
    e = parse("x >= 55%")
    assert e.right is not None
    assert evaluate(e.right, {}) == Interval.point(F(55, 100))


def test_unicode_operators():
    e = parse("a × b ≤ c ÷ 2")
    assert e.op == "<="
    assert render(e.left) == "a × b"


def test_a_formula_as_factcheck_writes_it_reads_back():
    # the steps write − × ÷; a fact-checker copying one into `expr:` gets the same expression
    e = parse("(to − from) ÷ from >= −0.5")
    assert render(e.left) == "(to − from) ÷ from"
    values = {"to": Interval.point(F(1)), "from": Interval.point(F(4))}
    assert evaluate(e.left, values) == Interval.point(F(-3, 4))
    assert evaluate(e.right, {}) == Interval.point(F(-1, 2))
    assert render(parse("+a <= b").left) == "a"  # a plus sign changes nothing


def test_names_in_order_with_offsets():
    e = parse("recovered / lost <= 1")
    assert [(n.name, n.offset) for n in e.names()] == [("recovered", 0), ("lost", 12)]


@pytest.mark.parametrize(
    ("text", "offset"),
    [("a +", 3), ("a $ b", 2), ("(a + b", 6), ("a == b == c", 7), ("__import__('os')", 11)],
)
def test_errors_are_located(text, offset):
    with pytest.raises(ExprError) as e:
        parse(text)
    assert e.value.offset == offset


def test_nothing_is_evaluated_as_python():
    with pytest.raises(ExprError):
        parse("a.__class__")


def test_depth_limit():
    with pytest.raises(ExprError, match="deeply"):
        parse("(" * 200 + "a" + ")" * 200)


def test_division_by_zero_raises():
    with pytest.raises(DivisionByZeroError):
        evaluate(parse("a / b").left, {"a": Interval.point(1), "b": Interval.point(0)})


def test_possible_comparisons_on_intervals():
    a, b = Interval(F(1), F(2)), Interval(F(2), F(3))
    assert possible(a, "<=", b) and not possible(a, ">", b) and possible(a, ">=", b)
    assert not possible(a, "<", Interval(F(1), F(1)))
    assert possible(a, "==", b)
