"""Numbers at the edge: each answered with `unverifiable` or a located error, never a crash."""

from __future__ import annotations

from fractions import Fraction

import pytest
from tests.checks.helpers import run

from factcheck.checks.base import percent, plain
from factcheck.findings import Verdict
from factcheck.loader import load
from factcheck.numtext import significant


def claim(kind: str, values: dict[str, str], extra: str = "") -> str:
    written = "".join(f'    {k}: {{value: "{v}", derived: true}}\n' for k, v in values.items())
    return f"- id: e\n  kind: {kind}\n  quote: q\n{extra}  values:\n{written}"


def verdict(write, kind: str, values: dict[str, str], extra: str = ""):
    r = run(write(claim(kind, values, extra), header=True))["e"]
    assert (r.claim.pos.line, r.claim.pos.column) == (5, 5)
    return r.verdict, r.findings[0].message, r.findings[0].pos.line


def located(write, kind: str, values: dict[str, str]) -> list[tuple[int, int, str]]:
    cf = load(write(claim(kind, values), header=True))
    return [(p.pos.line, p.pos.column, p.message) for p in cf.problems]


# ---- division by zero -------------------------------------------------------------------------


def test_ratio_over_zero(write):
    assert verdict(write, "ratio", {"numerator": "5", "denominator": "0", "ratio": "1"}) == (
        Verdict.UNVERIFIABLE,
        "the denominator 0 can be zero",
        5,
    )


def test_ratio_over_a_figure_that_rounds_to_zero(write):
    # 0.4 is [0.35, 0.45]: not zero. 0 written with one decimal, 0.0, is [-0.05, 0.05]: it can be
    assert verdict(write, "ratio", {"numerator": "5", "denominator": "0.0", "ratio": "1"})[:2] == (
        Verdict.UNVERIFIABLE,
        "the denominator 0.0 can be zero",
    )


def test_share_of_a_zero_whole(write):
    v, message, line = verdict(write, "share", {"part": "0", "whole": "0", "share": "5%"})
    assert (v, message, line) == (Verdict.UNVERIFIABLE, "the whole 0 can be zero", 5)


def test_expression_dividing_by_zero(write):
    got = verdict(write, "expression", {"a": "5", "b": "0"}, "  expr: a / b > 1\n")
    assert got == (Verdict.UNVERIFIABLE, "a / b > 1: a divisor can be zero", 5)


def test_minus_zero_is_zero(write):
    assert verdict(write, "ratio", {"numerator": "5", "denominator": "-0", "ratio": "1"})[:2] == (
        Verdict.UNVERIFIABLE,
        "the denominator -0 can be zero",
    )


# ---- the base of a percent change ---------------------------------------------------------------


def test_percent_change_from_zero(write):
    got = verdict(write, "change", {"from": "0", "to": "5", "change": "10%"})
    assert got == (Verdict.UNVERIFIABLE, "the starting value 0 can be zero", 5)


def test_percent_change_from_a_negative_base(write):
    r = run(write(claim("change", {"from": "-5", "to": "5", "change": "200%"}), header=True))["e"]
    assert r.verdict is Verdict.UNVERIFIABLE
    (f,) = r.findings
    assert (f.pos.line, f.pos.column, f.message) == (5, 5, "the starting value -5 can be negative")
    assert "reading: absolute" in f.hint


def test_a_negative_base_still_allows_an_absolute_change(write):
    values = {"from": "-5", "to": "5", "change": "10"}
    assert verdict(write, "change", values)[0] is Verdict.CONSISTENT


def test_a_multiple_of_a_negative_base(write):
    got = verdict(write, "change", {"from": "-2", "to": "4", "change": "2倍"})
    assert got == (Verdict.UNVERIFIABLE, "the starting value -2 can be negative", 5)


def test_a_rate_from_a_negative_base_keeps_its_points_reading(write):
    r = run(write(claim("change", {"from": "-2%", "to": "3%", "change": "5%"}), header=True))["e"]
    assert r.verdict is Verdict.AMBIGUOUS
    assert [(x.name, x.holds, x.shown) for x in r.main.readings] == [
        ("relative", False, "undefined"),
        ("points", True, "[4 pp, 6 pp]"),  # a points reading is written in points
    ]


# ---- negative counts, exponents, NaN, infinity ------------------------------------------------


def test_negative_count_is_a_located_error(write):
    assert located(write, "total", {"a": "-3件", "total": "5件"}) == [
        (9, 18, "a count cannot be negative: '-3件'")  # at the figure's opening quote
    ]


@pytest.mark.parametrize(
    ("figure", "column", "message"),
    [
        ("1e309", 28, "exponent notation is not a written figure"),  # at the e
        ("NaN", 27, "NaN and infinity are not figures"),
        ("inf", 27, "NaN and infinity are not figures"),
        ("-inf", 28, "NaN and infinity are not figures"),
        ("Infinity", 27, "NaN and infinity are not figures"),
    ],
)
def test_exponents_nan_and_infinity_are_located_errors(write, figure, column, message):
    values = {"numerator": figure, "denominator": "2", "ratio": "1"}
    assert located(write, "ratio", values) == [
        (9, column, f"cannot read figure '{figure}': {message}")
    ]


# ---- percentages over 100 ---------------------------------------------------------------------


def test_a_share_over_100_percent_is_inconsistent_at_the_share(write):
    r = run(write(claim("share", {"part": "100", "whole": "100", "share": "100.4%"}), header=True))
    (arithmetic, over) = r["e"].findings
    assert over.verdict is Verdict.INCONSISTENT
    assert (over.pos.line, over.pos.column) == (11, 22)
    assert over.message == "the share 100.4% is over 100%: a part is never more than its whole"
    assert arithmetic.check == "arithmetic"  # the arithmetic is still reported on its own


def test_a_share_of_exactly_100_percent_holds(write):
    values = {"part": "169万元", "whole": "169万元", "share": "100%"}
    assert verdict(write, "share", values)[0] is Verdict.CONSISTENT


def test_a_rise_of_over_100_percent_is_fine(write):
    assert verdict(write, "change", {"from": "10", "to": "25", "change": "150%"})[0] is (
        Verdict.CONSISTENT
    )


# ---- numbers too large for the arithmetic -------------------------------------------------------


def test_products_of_huge_figures_are_unverifiable(write):
    big = "9" * 999
    got = verdict(write, "expression", {"a": big, "b": "3"}, "  expr: a * a * a == b\n")
    assert got == (
        Verdict.UNVERIFIABLE,
        "the arithmetic reaches numbers of more than 1,800 digits",
        5,
    )


def test_huge_results_are_written_without_floats(write):
    values = {"a": "1000000", "b": "3"}
    expr = "  expr: " + " * ".join(["a"] * 100) + " > b\n"
    v, message, _ = verdict(write, "expression", values, expr)
    assert v is Verdict.CONSISTENT
    assert message.endswith(": 1e+600 > 3 holds")


def test_a_relative_gap_beyond_floats(write):
    values = {"numerator": "1", "denominator": "1" + "0" * 400, "ratio": "0.5"}
    r = run(write(claim("ratio", values), header=True))["e"]
    assert r.verdict is Verdict.INCONSISTENT
    assert "is 0.450000 away from the computed" in r.main.message
    assert "4.5e+401% of it" in r.main.message


@pytest.mark.parametrize(
    ("x", "shown"),
    [
        (Fraction(1, 3), "0.333333"),
        (Fraction(10) ** 400, "1e+400"),
        (-Fraction(123456789) * Fraction(10) ** 500, "-1.23457e+508"),
        (Fraction(1, 3) / Fraction(10) ** 400, "3.33333e-401"),
        (Fraction(9999996) * Fraction(10) ** 394, "1e+401"),
        (Fraction(0), "0"),
    ],
)
def test_significant_digits_at_any_magnitude(x, shown):
    assert significant(x) == shown


def test_plain_and_percent_never_overflow():
    assert plain(Fraction(10) ** 2000) == "1e+2000"
    assert plain(Fraction(12345)) == "12345"
    assert percent(Fraction(10) ** 400) == "1e+402%"
    assert percent(Fraction(475, 10000)) == "4.8%"


def test_a_date_is_not_a_figure(write):
    # 2月30日 is no figure, and a date only with its year: a located error, not a quiet number
    assert located(write, "ratio", {"numerator": "2月30日", "denominator": "2", "ratio": "1"}) == [
        (9, 27, "cannot read figure '2月30日': a date needs its year")
    ]


def test_a_points_reading_speaks_the_language_of_its_quote(write):
    # a bare 5% says nothing of its language; the quote does
    text = claim("change", {"from": "10%", "to": "15%", "change": "5%"}).replace(
        "quote: q", "quote: 从10%升至15%,上升5%"
    )
    r = run(write(text, header=True))["e"]
    shown = {x.name: x.shown for x in r.main.readings}
    assert shown["points"] == "[4个百分点, 6个百分点]"  # 15% − 10%, each ± 0.5%
