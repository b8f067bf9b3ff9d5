from __future__ import annotations

from tests.checks.helpers import run
from tests.slips.helpers import slip_names

from factcheck.models import Pos, Value
from factcheck.quantity import parse
from factcheck.slips.scale import readings


def value(text: str) -> Value:
    return Value("v", text, parse(text), Pos("x", 1, 1))


def test_scale_words_come_first_then_the_decimal_point():
    out = [(text, how) for text, _, how in readings(value("93万元"))]
    assert out[:3] == [
        ("93亿元", "亿 written as 万"),
        ("93百万元", "百万 written as 万"),
        ("93千元", "千 written as 万"),
    ]
    assert ("930万元", "a decimal point 1 place off: written 10 times too small") in out
    # 9.3万元 is 93千元, already offered as a scale word
    assert ("9.3万元", "a decimal point 1 place off: written 10 times too large") not in out
    assert [q.value for _, q, _ in readings(value("93万元"))].count(93000) == 1
    assert next(t for t, _, _ in readings(value("3千万元"))) == "30千万元"  # no 千 of 千万


def test_a_moved_point_keeps_the_precision_scaled():
    q = next(q for t, q, _ in readings(value("64.5米")) if t == "6.45米")
    assert (q.value, q.step) == (parse("6.45米").value, parse("6.45米").step)


def test_english_scale_words():
    texts = [t for t, _, _ in readings(value("800 million yuan"))]
    assert texts[:2] == ["800 thousand yuan", "800 billion yuan"]


def test_a_figure_the_claim_is_insensitive_to_is_not_a_slip(write):
    # from 200 to 100 "fell 100%": any starting value ×100, ×1000 … also gives nearly −100%
    path = write(
        """\
        - id: c
          kind: change
          quote: 盗窃案件从200起降至100起,下降100%
          values: {from: 200起, to: 100起, change: 下降100%}
        """,
        header=True,
    )
    assert slip_names(run(path)["c"]) == ["wrong_base"]


def test_scale_slip_on_a_share(write):
    path = write(
        """\
        - id: c
          kind: share
          quote: 共被骗169万元,为被害人追回被骗的9.3万元,占55%
          values: {part: 9.3万元, whole: 169万元, share: 55%}
        """,
        header=True,
    )
    r = run(path)["c"]
    assert (r.main.pos.line, r.main.claim_id) == (5, "c")
    assert [s.message for s in r.main.slips][:1] == [
        "part 9.3万元 would hold as 93万元 (a decimal point 1 place off: written 10 times too "
        "small)"
    ]
