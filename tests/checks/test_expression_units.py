"""An expression computes in base units: a bare number added to, subtracted from or compared
with a figure written in another unit (or with a scale) is read in the base unit too, and the
finding's hint says what the figure is there."""

from __future__ import annotations

import pytest

from factcheck.engine import verify
from factcheck.findings import Verdict


def findings(write, expr: str, values: str) -> list[tuple[Verdict, str]]:
    path = write(
        f"""\
        - id: e
          kind: expression
          quote: 数字
          expr: "{expr}"
          values: {{{values}}}
        """,
        header=True,
    )
    (result,) = verify([path]).files[0].results
    return [(f.verdict, f.hint) for f in result.findings if f.check == "arithmetic"]


def test_a_bare_number_beside_hours_is_read_in_days_and_the_hint_says_so(write):
    assert findings(write, "x > 2", "x: 3小时") == [
        (
            Verdict.INCONSISTENT,
            "expressions compute in base units: 3小时 is 0.125 days, and a bare number "
            "beside it is read in days too",
        )
    ]


def test_the_hint_stands_on_a_verdict_that_holds_too(write):
    ((verdict, hint),) = findings(write, "x < 2000000", "x: 169万元")
    assert verdict is Verdict.CONSISTENT
    assert hint == (
        "expressions compute in base units: 169万元 is 1690000 元, and a bare number beside "
        "it is read in 元 too"
    )


@pytest.mark.parametrize(
    ("expr", "values", "hint"),
    [
        ("x - y < 1", "x: 3小时, y: 2小时", "3小时 is 0.125 days"),
        ("x > -2", "x: 3小时", "3小时 is 0.125 days"),
        ("x == 1", "x: 24小时", "24小时 is 1 day, and a bare number beside it is read in day too"),
        ("x > 5000", "x: 5公里", "5公里 is 5000 m"),
        ("x > 169", "x: 169万人", "expressions compute in plain numbers: 169万人 is 1690000"),
    ],
)
def test_a_bare_term_beside_a_scaled_figure_gets_the_hint(write, expr, values, hint):
    ((_, found),) = findings(write, expr, values)
    assert hint in found


@pytest.mark.parametrize(
    ("expr", "values"),
    [
        ("x > 2", "x: 3天"),  # in its base unit
        ("x > 50%", "x: 60%"),  # a percentage is a fraction, as documented
        ("x == x", "x: 3小时"),  # no bare number
        ("x / y > 2", "x: 3小时, y: 1小时"),  # a quotient of two durations is a plain number
        ("x * 2 == y", "x: 3小时, y: 6小时"),  # a multiplier is no amount
        ("x / y * 100 >= 50", "x: 93万元, y: 169万元"),
    ],
)
def test_no_hint_where_no_bare_number_is_an_amount_beside_a_scaled_figure(write, expr, values):
    ((verdict, hint),) = findings(write, expr, values)
    assert verdict is Verdict.CONSISTENT and hint == ""
