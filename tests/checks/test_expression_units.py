"""An expression computes in base units: a bare number beside a figure written in another unit
is read in the base unit too, and the finding's hint says what the figure is there."""

from __future__ import annotations

from factcheck.engine import verify
from factcheck.findings import Verdict


def findings(write, expr: str, value: str) -> list[tuple[Verdict, str]]:
    path = write(
        f"""\
        - id: e
          kind: expression
          quote: 数字{value}
          expr: "{expr}"
          values: {{x: {value}}}
        """,
        header=True,
    )
    (result,) = verify([path]).files[0].results
    return [(f.verdict, f.hint) for f in result.findings if f.check == "arithmetic"]


def test_a_bare_number_beside_hours_is_read_in_days_and_the_hint_says_so(write):
    assert findings(write, "x > 2", "3小时") == [
        (
            Verdict.INCONSISTENT,
            "expressions compute in base units: 3小时 is 0.125 days, and a bare number "
            "beside it is read in days too",
        )
    ]


def test_the_hint_stands_on_a_verdict_that_holds_too(write):
    ((verdict, hint),) = findings(write, "x < 2000000", "169万元")
    assert verdict is Verdict.CONSISTENT
    assert hint == (
        "expressions compute in base units: 169万元 is 1690000 元, and a bare number beside "
        "it is read in 元 too"
    )


def test_no_hint_where_the_figure_is_in_its_base_unit_or_no_bare_number_stands(write):
    assert findings(write, "x > 2", "3天") == [(Verdict.CONSISTENT, "")]
    assert findings(write, "x > 50%", "60%") == [(Verdict.CONSISTENT, "")]
    assert findings(write, "x == x", "3小时") == [(Verdict.CONSISTENT, "")]
