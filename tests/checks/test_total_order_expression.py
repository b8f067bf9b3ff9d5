from tests.checks.helpers import run

from factcheck.findings import Verdict

ENV = (
    "立案查处环境行政案件131件,移送行政拘留案6件,移送涉嫌环境污染犯罪案2件,"
    "实施查封、扣押4件,实施限产、停产53件"
)


def total(relation, total="131件"):
    return f"""\
- id: t
  kind: total
  relation: {relation}
  quote: {ENV}
  values:
    total: "{total}"
    detention: 6件
    crime: 2件
    seizure: 4件
    production: 53件
"""


def test_total_at_least(write):
    r = run(write(total("at_least"), header=True))["t"]
    assert r.verdict is Verdict.CONSISTENT
    assert r.main.steps[0].shown == "65件"


def test_total_equal_fails_with_gap(write):
    r = run(write(total("equal"), header=True))["t"]
    assert r.verdict is Verdict.INCONSISTENT
    assert r.main.gap.shown == "66件"


def test_total_at_most_fails(write):
    assert run(write(total("at_most"), header=True))["t"].verdict is Verdict.INCONSISTENT


def test_order_chain(write):
    text = """\
- id: o
  kind: order
  quote: 169万元 162万余元 93万元
  values:
    recovered: 93万元
    frozen: 162万余元
    lost: 169万元
"""
    assert run(write(text, header=True))["o"].verdict is Verdict.CONSISTENT
    bad = run(
        write(
            text.replace("  values:", "  order: [lost, frozen, recovered]\n  values:"), header=True
        )
    )["o"]
    assert bad.verdict is Verdict.INCONSISTENT
    assert bad.main.steps[0].shown == "fails"


def test_order_chain_needs_joint_values(write):
    # 5 <= [0,10] <= 3 holds link by link but not as a chain
    text = """\
- id: o
  kind: order
  quote: 5个 约5个 3个
  approx: 100%
  values:
    a: 5个
    b: 约5个
    c: 3个
"""
    assert run(write(text, header=True))["o"].verdict is Verdict.INCONSISTENT


def test_expression(write):
    text = """\
- id: e
  kind: expression
  quote: 配备专职心理老师73名、兼职心理老师13000名
  expr: part_time / full_time > 100
  values:
    full_time: 73名
    part_time: 13000名
"""
    r = run(write(text, header=True))["e"]
    assert r.verdict is Verdict.CONSISTENT
    assert [s.figures for s in r.main.steps] == ["13000名 ÷ 73名", "100"]
    assert (
        run(write(text.replace("> 100", "< 100"), header=True))["e"].verdict is Verdict.INCONSISTENT
    )


def test_severity_warning(write):
    text = """\
- id: grid
  kind: order
  severity: warning
  note: fewer grid workers than grids
  quote: 划分网格4370个,配备网格员3956名
  values:
    grids: 4370个
    workers: 3956名
"""
    r = run(write(text, header=True))["grid"]
    assert r.verdict is Verdict.WARNING
    assert r.main.message.startswith("fewer grid workers than grids")


def test_value_not_in_quote_is_a_provenance_finding(write):
    text = """\
- id: o
  kind: order
  quote: 追回93万元,被骗169万元
  values:
    recovered: 94万元
    lost: 169万元
"""
    r = run(write(text, header=True))["o"]
    assert r.verdict is Verdict.INCONSISTENT
    (p,) = [f for f in r.findings if f.check == "provenance"]
    assert (p.pos.line, p.pos.column) == (9, 18)
    assert "94万元" in p.message


def test_a_value_inside_a_longer_number_is_not_found(write):
    text = """\
- id: o
  kind: order
  quote: 立案查处环境行政案件131件
  values:
    a: 1件
    b: 131件
"""
    r = run(write(text, header=True))["o"]
    assert [f.check for f in r.findings if f.verdict is Verdict.INCONSISTENT] == ["provenance"]


def test_mixed_dimensions_cannot_be_ordered_or_summed(write):
    text = """\
- id: o
  kind: order
  quote: 用时不到30分钟,下降60%以上
  values:
    time: 不到30分钟
    fall: 下降60%以上
- id: t
  kind: total
  quote: 用时不到30分钟,下降60%以上
  values:
    total: 不到30分钟
    fall: 下降60%以上
"""
    results = run(write(text, header=True))
    for cid in ("o", "t"):
        assert results[cid].verdict is Verdict.UNVERIFIABLE
        assert "different kinds" in results[cid].main.message


def _expr(write, expr, values, quote):
    vals = ", ".join(f"{k}: {v}" for k, v in values.items())
    text = f"- id: x\n  kind: expression\n  quote: {quote}\n  expr: {expr}\n  values: {{{vals}}}\n"
    return run(write(text, header=True))["x"]


def test_an_expression_never_adds_or_compares_figures_of_different_kinds(write):
    for expr, values, quote, named in [
        ("a == b", {"a": "3天", "b": "3元"}, "用了3天,花了3元", "a 3天 (duration), b 3元 (money)"),
        ("a < b", {"a": "50%", "b": "50人"}, "占50%,共50人", "a 50% (ratio), b 50人 (count)"),
        ("a + b > 3", {"a": "3天", "b": "2元"}, "3天和2元", "a 3天 (duration), b 2元 (money)"),
        # a sum of money and days, even beside a literal
        ("a + 0 > b", {"a": "100元", "b": "3天"}, "100元,3天", "a 100元 (money), b 3天"),
    ]:
        r = _expr(write, expr, values, quote)
        assert r.verdict is Verdict.UNVERIFIABLE, expr
        assert "figures of different kinds cannot be added or compared" in r.main.message
        assert named in r.main.message
        assert not r.main.steps  # nothing is computed


def test_an_expression_of_like_figures_is_computed(write):
    for expr, values, quote in [
        ("a == b", {"a": "9个领域", "b": "9个系列"}, "9个领域,9个系列"),  # measure words alike
        ("a / b > c", {"a": "100元", "b": "5人", "c": "3元"}, "100元给5人,每人3元"),
        ("a - b > 50%", {"a": "98.26%", "b": "82.04%"}, "从82.04%到98.26%"),  # % is pure
        ("a * 2 == b", {"a": "3", "b": "6天"}, "3次,6天"),  # a bare figure is any kind
        ("w * r == p", {"w": "100人", "r": "55%", "p": "55人"}, "100人中55%,即55人"),  # products
        ("m / d == r", {"m": "100万元", "d": "10天", "r": "10万元"}, "10天100万元,日均10万元"),
        # two dates are days apart, and a date and days make a date
        ("e - s == d", {"e": "2021年1月5日", "s": "2020年10月14日", "d": "83天"}, "Q"),
        ("s + d == e", {"e": "2021年1月5日", "s": "2020年10月14日", "d": "83天"}, "Q"),
    ]:
        if quote == "Q":
            quote = "2020年10月14日启动,2021年1月5日见报,历时83天"
        r = _expr(write, expr, values, quote)
        assert r.verdict in (Verdict.CONSISTENT, Verdict.INCONSISTENT), (expr, r.main.message)
        assert r.main.steps
