"""An average growth rate over several years: the compound (geometric) annual rate, from the
two endpoints or from the rate of each year — 年均增长, 两年平均增长, CAGR.

Values: the stated average ``rate`` (a percentage; a fall word, 下降 or fell, makes it
negative) and either

- ``from``, ``to`` and ``years``, the number of yearly steps between them (2015 → 2020 is
  ``5年``, written exactly; a bare ``5`` or ``60个月`` says the same): the rate is
  ``(to ÷ from)^(1/years) − 1``; or
- the rate of each year, ``rate_1``, ``rate_2``, … in order: the rate is
  ``((1 + rate_1) × (1 + rate_2) × …)^(1/n) − 1``.

``mean: arithmetic`` says the article means the simple average instead:
``(rate_1 + … + rate_n) ÷ n``, or the total growth divided by the years,
``(to ÷ from − 1) ÷ years``. When the stated figure matches the other mean, the slip is named
(see the catalogue of slips).

The n-th root of a rational is irrational in general: factcheck brackets it between exact
rationals rounded outward, wider than the true root by less than a millionth of the stated
figure's last digit (factcheck/roots.py), so a true value is never excluded.

Passes::

    - id: gdp-two-year-average
      kind: average_growth
      quote:
        - 2020年一季度国内生产总值同比下降6.8%
        - 2021年一季度国内生产总值同比增长18.3%,两年平均增长5.0%
      values:
        rate_1: 下降6.8%
        rate_2: 18.3%
        rate: 5.0%

Fails::

    - id: gdp-two-year-average
      kind: average_growth
      quote:
        - 2020年一季度国内生产总值同比下降6.8%
        - 2021年一季度国内生产总值同比增长18.3%,两年平均增长5.8%
      values:
        rate_1: 下降6.8%
        rate_2: 18.3%
        rate: 5.8%
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction
from typing import Any

from factcheck.checks.base import Context, Mistake, Option, compare, finding, plain, signed, step
from factcheck.findings import Finding, Step, Verdict
from factcheck.intervals import DivisionByZeroError, Interval
from factcheck.models import Claim, Value
from factcheck.quantity import Quantity
from factcheck.roots import nth_root
from factcheck.units import COUNT

KIND = "average_growth"
VALUES = ("rate",)
MEANS = ("geometric", "arithmetic")
OPTIONS: dict[str, Option] = {
    "mean": Option(
        "choice",
        "geometric (default): the compound annual rate; arithmetic: the simple average",
        MEANS,
    ),
}
ENDPOINTS = ("from", "to", "years")
MAX_YEARS = 1000  # a root of higher degree is no average growth an article states
_RATE = re.compile(r"^rate_\w+$")


class Unusable(ValueError):
    """The figures cannot give an average rate (a zero start, a factor that can be ≤ 0)."""


def yearly(claim: Claim) -> list[Value]:
    """The yearly rates ``rate_1``, ``rate_2``, … in the order written."""
    return [v for v in claim.values if _RATE.match(v.name)]


def check_shape(values: list[Value], options: dict[str, Any]) -> list[Mistake]:
    """Load-time problems: endpoints or yearly rates, not both, and a whole number of years."""
    names = {v.name for v in values}
    rates = [v for v in values if _RATE.match(v.name)]
    ends = [n for n in ENDPOINTS if n in names]
    hint = "give `from`, `to` and `years`, or the yearly rates `rate_1`, `rate_2`, …"
    if rates and ends:
        return [
            Mistake(
                "values", "an average_growth claim takes endpoints or yearly rates, not both", hint
            )
        ]
    if not rates and len(ends) < len(ENDPOINTS):
        missing = ", ".join(f"'{n}'" for n in ENDPOINTS if n not in names)
        return [Mistake("values", f"an average_growth claim needs {missing}", hint)]
    years = next((v for v in values if v.name == "years"), None)
    if years is not None:
        q = years.quantity
        n = in_years(q)
        whole = n is not None and n.denominator == 1 and 1 <= n <= MAX_YEARS
        if not whole or q.step is not None or q.qualifier is not None:
            return [
                Mistake(
                    "values.years",
                    f"years {years.text!r} must be a whole number of years (1 to {MAX_YEARS}), "
                    "written exactly",
                    "count the yearly steps: 2015 → 2020 is `5年`",
                )
            ]
    return []


def in_years(q: Quantity) -> Fraction | None:
    """A number of years as written: a bare number, a time in years, or one in months (60个月
    is 5); None for a figure of another measure (5天, 5元)."""
    if q.unit.dimension == "years":
        return q.value
    if q.unit.dimension == "months":
        return q.value / 12
    return q.value if q.unit.dimension == COUNT and q.measure is None else None


def periods(claim: Claim) -> int:
    """The number of yearly steps: ``years``, or the count of yearly rates."""
    years = claim.value("years")
    if years is None:
        return len(yearly(claim))
    n = in_years(years.quantity)
    if n is None or n.denominator != 1 or not 1 <= n <= MAX_YEARS:
        raise Unusable(f"years {years.text} is not a whole number from 1 to {MAX_YEARS}")
    return int(n)


def tolerance(claim: Claim) -> Fraction:
    """How far outward a root may be rounded: a millionth of the stated rate's last digit."""
    rate = claim.value("rate")
    q = rate.quantity if rate else None
    unit = q.step if q is not None and q.step else Fraction(1, 10**6)
    return unit / 10**6


def _fig(v: Value) -> str:
    """A rate as a signed figure in its own unit: 下降6.8% → −6.8%."""
    q = v.quantity
    return ("−" if q.direction < 0 else "") + q.show(q.value)


def factor(claim: Claim) -> tuple[Interval, Step]:
    """The growth factor over all the years: ``to ÷ from``, or the product of ``1 + rate``."""
    rates = yearly(claim)
    if rates:
        prod = Interval.point(1)
        for v in rates:
            prod = prod * (1 + signed(claim, v))
        formula = " × ".join(f"(1 + {v.name})" for v in rates)
        figures = " × ".join(f"(1 + {_fig(v)})" for v in rates)
        return prod, Step("growth factor", formula, figures, prod, prod.format(plain))
    frm, to = claim.value("from"), claim.value("to")
    assert frm and to
    try:
        ratio = claim.interval(to) / claim.interval(frm)
    except DivisionByZeroError:
        raise Unusable(f"the starting value {frm.text} can be zero") from None
    return ratio, Step(
        "growth factor", "to ÷ from", f"{to.text} ÷ {frm.text}", ratio, ratio.format(plain)
    )


def compound(claim: Claim, n: int | None = None) -> tuple[Interval, list[Step]]:
    """The compound annual rate over ``n`` years (default: the claim's own count)."""
    n = periods(claim) if n is None else n
    rate = claim.value("rate")
    assert rate
    fac, first = factor(claim)
    if fac.lo is None or fac.lo < 0 or (fac.lo == 0 and fac.lo_closed):
        raise Unusable("the growth factor can be zero or negative (a fall of 100% or more)")
    root = nth_root(fac, n, tolerance(claim))
    computed = root - 1
    last = step(
        "compound annual rate",
        f"(growth factor)^(1/{n}) − 1",
        f"({first.shown})^(1/{n}) − 1",
        computed,
        rate.quantity,
    )
    return computed, [first, last]


def arithmetic(claim: Claim, n: int | None = None) -> tuple[Interval, list[Step]]:
    """The simple average: the mean of the yearly rates, or the total growth ÷ years."""
    n = periods(claim) if n is None else n
    rate = claim.value("rate")
    assert rate
    rates = yearly(claim)
    if rates:
        total = sum((signed(claim, v) for v in rates[1:]), signed(claim, rates[0]))
        assert isinstance(total, Interval)
        computed = total / n
        formula = f"({' + '.join(v.name for v in rates)}) ÷ {n}"
        figures = f"({' + '.join(_fig(v) for v in rates)}) ÷ {n}"
        return computed, [step("arithmetic mean", formula, figures, computed, rate.quantity)]
    fac, first = factor(claim)
    computed = (fac - 1) / n
    return computed, [
        first,
        step(
            "total growth ÷ years",
            f"(growth factor − 1) ÷ {n}",
            f"({first.shown} − 1) ÷ {n}",
            computed,
            rate.quantity,
        ),
    ]


def check(claim: Claim, ctx: Context) -> Iterator[Finding]:
    """Compare the stated average with the compound (or, if asked, the arithmetic) mean."""
    rate = claim.value("rate")
    assert rate
    mean = claim.options.get("mean", "geometric")
    try:
        if mean == "arithmetic":
            computed, steps = arithmetic(claim)
        else:
            computed, steps = compound(claim)
    except Unusable as e:
        yield finding(claim, Verdict.UNVERIFIABLE, str(e))
        return
    what = "compound annual rate" if mean == "geometric" else "average annual rate"
    yield compare(claim, rate, computed, steps, what)
