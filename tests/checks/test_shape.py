"""A kind's own load-time rules (``check_shape``): a mistake in the claim file is a problem
where it is written, exit 2, never a verdict on the article."""

from __future__ import annotations

import pytest
from tests.checks.helpers import run

from factcheck.engine import verify
from factcheck.findings import Verdict

COUNT = """\
- id: c
  kind: count
  quote: 全力推动市、县、乡、村四级综治中心建设
  items: {items}
  values: {{count: 四级}}
"""
ORDER = """\
- id: o
  kind: order
  quote: 共被骗169万元……涉案资金162万余元,为被害人追回被骗的93万元
  {order}
  values: {values}
"""
THREE = "{recovered: 93万元, frozen: 162万余元, lost: 169万元}"
EXPR = """\
- id: e
  kind: expression
  quote: 配备专职心理老师73名、兼职心理老师13000名
  expr: {expr}
  values: {{full_time: 73名, part_time: 13000名}}
"""
GRAN = """\
- id: g
  kind: granularity
  quote: 20.36%的盗抢案件24小时内破获,30.66%的案件3日内破获,共786件
  constraints: [{constraints}]
  values: {values}
"""
DATE = """\
- id: d
  kind: date
  quote: 2020年10月14日启动百日攻坚行动,2020年12月1日召开推进会,历时48天
  values: {values}
"""

CASES = {
    "count-no-items": (
        COUNT.format(items="[]"),
        (8, 12, "claims[0].items", "a count claim lists no items"),
    ),
    "count-item-twice": (
        COUNT.format(items="[市, 县, 乡, 县]"),
        (8, 22, "claims[0].items[3]", "item '县' is listed twice (first as items[1])"),
    ),
    "count-empty-item": (
        COUNT.format(items='[市, 县, 乡, 村, ""]'),
        (8, 25, "claims[0].items[4]", "item is empty"),
    ),
    "order-one-value": (
        ORDER.format(order="", values="{lost: 169万元}"),
        (9, 13, "claims[0].values", "an order needs at least two values"),
    ),
    "order-lists-one": (
        ORDER.format(order="order: [lost]", values=THREE),
        (8, 12, "claims[0].order", "an order needs at least two values"),
    ),
    "order-empty": (
        ORDER.format(order="order: []", values=THREE),
        (8, 12, "claims[0].order", "`order` lists no values"),
    ),
    "order-named-twice": (
        ORDER.format(order="order: [recovered, lost, recovered]", values=THREE),
        (
            8,
            30,
            "claims[0].order[2]",
            "'recovered' is named twice in the order (first as order[0])",
        ),
    ),
    "total-no-parts": (
        "- id: t\n  kind: total\n  quote: 立案查处环境行政案件131件\n  values: {total: 131件}\n",
        (8, 13, "claims[0].values", "a total claim needs a part besides `total`"),
    ),
    "expression-asserts-nothing": (
        EXPR.format(expr="part_time / full_time"),
        (8, 11, "claims[0].expr", "expression 'part_time / full_time' asserts nothing"),
    ),
    "expression-names-no-value": (
        EXPR.format(expr="13000 / 73 > 100"),
        (8, 11, "claims[0].expr", "expression '13000 / 73 > 100' names no value"),
    ),
    "granularity-not-a-percentage": (
        GRAN.format(constraints="", values="{a: 20.36%, cases: 786件}"),
        (9, 32, "claims[0].values.cases", "value 'cases' = 786件 is not a percentage"),
    ),
    "granularity-no-percentage": (
        GRAN.format(constraints="", values="{n: 786件}"),
        (9, 13, "claims[0].values", "a granularity claim needs a percentage"),
    ),
    "granularity-constraint-on-n": (
        GRAN.format(constraints="a <= b, b <= n", values="{a: 20.36%, b: 30.66%, n: 786件}"),
        (
            8,
            27,
            "claims[0].constraints[1]",
            "constraint 'b <= n' uses 'n', which is not a percentage's count",
        ),
    ),
    "date-asserts-nothing": (
        DATE.format(values="{start: 2020年10月14日}"),
        (
            8,
            13,
            "claims[0].values",
            "a date claim asserts nothing without `end`, `duration`, `within`, `outside` or "
            "`elapsed`",
        ),
    ),
    "date-elapsed-no-date": (
        DATE.format(values="{start: 2020年10月14日, elapsed: 48天}"),
        (8, 43, "claims[0].values.elapsed", "`elapsed` needs a `within` or `end` date"),
    ),
    "date-outside-no-span": (
        DATE.format(values="{start: 2020年10月14日, outside: 2020年12月1日}"),
        (
            8,
            43,
            "claims[0].values.outside",
            "`outside` needs a span to lie outside: an `end` or a `duration`",
        ),
    ),
    "date-within-no-span": (
        DATE.format(values="{start: 2020年10月14日, within: 2020年12月1日}"),
        (
            8,
            42,
            "claims[0].values.within",
            "`within` needs a span to lie in: an `end` or a `duration`",
        ),
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_a_mistake_in_the_claim_file_is_a_load_problem_where_it_is_written(name, write):
    text, expected = CASES[name]
    report = verify([write(text, header=True)])
    assert [(p.pos.line, p.pos.column, p.key, p.message) for p in report.problems] == [expected]
    assert all(p.hint for p in report.problems)
    assert report.results == []
    assert report.exit_code() == 2


def test_the_other_claims_of_the_file_are_still_checked(write):
    good = COUNT.format(items="[市, 县, 乡, 村]")
    text = good + ORDER.format(order="", values="{lost: 169万元}") + good.replace("id: c", "id: d")
    report = verify([write(text, header=True)])
    assert [(p.pos.line, p.key) for p in report.problems] == [(14, "claims[1].values")]
    assert [(r.claim.id, r.verdict) for r in report.results] == [
        ("c", Verdict.CONSISTENT),
        ("d", Verdict.CONSISTENT),
    ]
    assert report.exit_code() == 2


def test_well_formed_claims_at_the_edges_of_these_rules_still_load(write):
    text = (
        ORDER.format(order="order: [recovered, lost]", values=THREE)
        + DATE.format(values="{start: 2020年10月14日, within: 2020年12月1日, elapsed: 48天}")
        + DATE.format(values="{start: 2020年10月14日, elapsed: 48天, end: 2020年12月1日}").replace(
            "id: d", "id: d2"
        )
        + GRAN.format(constraints="a <= b, a + b <= N", values="{a: 20.36%, b: 30.66%}")
    )
    results = run(write(text, header=True))
    assert {k: r.verdict for k, r in results.items()} == {
        "o": Verdict.CONSISTENT,
        "d": Verdict.AMBIGUOUS,  # 48 days counting the first day or not: the article's
        "d2": Verdict.AMBIGUOUS,
        "g": Verdict.CONSISTENT,
    }


def test_an_item_listed_twice_is_caught_as_the_quote_reads_it(write):
    # "乡 " folds to 乡: the same item, which would hide the missing 村
    cf_problems = verify([write(COUNT.format(items='[市, 县, 乡, "乡 "]'), header=True)]).problems
    assert [p.message for p in cf_problems] == ["item '乡 ' is listed twice (first as items[2])"]
