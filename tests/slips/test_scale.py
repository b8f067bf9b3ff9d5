from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.checks.helpers import run
from tests.slips.helpers import CONTROL, INVENTED, slip_names

from factcheck.figure import QuantityError, parse
from factcheck.loader import load
from factcheck.models import Pos, Value
from factcheck.numtext import decimal_text
from factcheck.rounding import Rounding
from factcheck.slips import scale
from factcheck.slips.figures import split
from factcheck.slips.pruning import hull_of
from factcheck.slips.scale import _readings, readings, scaled_hull


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


ROUNDINGS = list(Rounding)
QUALIFIERS = [("", ""), ("约", ""), ("近", ""), ("", "以上"), ("超过", ""), ("", "余")]
QUALIFIERS += [("不到", ""), ("", "以内"), ("", "左右")]
FIGURES = st.builds(
    lambda sign, digits, point, word, qualifier: (
        f"{qualifier[0]}{sign}{digits[:point]}{'.' if 0 < point < len(digits) else ''}"
        f"{digits[point:]}{word}{qualifier[1]}"
    ),
    st.sampled_from(["", "-"]),
    st.text("0123456789", min_size=1, max_size=6).filter(lambda d: d[0] != "0" or len(d) == 1),
    st.integers(0, 6),
    st.sampled_from(["", "万", "千", "亿", "%", "万元", "个百分点", " million"]),
    st.sampled_from(QUALIFIERS),
)


@given(FIGURES, st.sampled_from(ROUNDINGS), st.sampled_from(["0.1", "0.05", "0"]))
@settings(max_examples=400, deadline=None)
def test_a_moved_point_stands_for_the_figures_interval_scaled(
    text: str, rounding: Rounding, width: str
) -> None:
    # the scale slip's hull of moved points is made from the figure's own interval scaled:
    # checked against the interval of each reading made, and against their hull
    try:
        q = parse(text)
    except QuantityError:
        return
    approx = Fraction(width)
    own = q.interval(rounding, approx)
    made = [r for r in _readings(value(text)) if r.k is not None]
    for r in made:
        _, rq, _ = r.made()
        assert r.k is not None
        assert rq.interval(rounding, approx) == own * r.k, (text, r.k)
    for i in range(len(made)):
        for j in range(i, len(made)):
            group = made[i : j + 1]
            ks = [r.k for r in group if r.k is not None]
            hull = hull_of(r.made()[1].interval(rounding, approx) for r in group)
            assert scaled_hull(own, min(ks), max(ks)) == hull, (text, ks)


def _readings_one_by_one(v: Value) -> list[tuple[str, object, str]]:
    """The readings as first written: every one made, every value remembered."""
    q, text = v.quantity, v.text
    seen = {q.value}
    out: list[tuple[str, object, str]] = []
    for table, pattern in ((scale._ZH, scale._ZH_RE), (scale._EN, scale._EN_RE)):
        m = pattern.search(text)
        if m is None:
            continue
        word = m.group(1)
        for other, factor in table.items():
            if other == word.lower():
                continue
            new = text[: m.start(1)] + other + text[m.end(1) :]
            try:
                nq = parse(new)
            except QuantityError:
                continue
            if nq.value in seen or nq.value != q.value * factor / table[word.lower()]:
                continue
            seen.add(nq.value)
            out.append((new, nq, f"{other} written as {word}"))
    w = split(text)
    for n, k in scale._POWERS:
        shifted = q.value * k
        if shifted in seen:
            continue
        seen.add(shifted)
        shown = decimal_text(w.number * k) if w is not None else q.show(shifted)
        new = w.with_number(shown) if w else shown
        places = "place" if abs(n) == 1 else "places"
        size = "small" if n > 0 else "large"
        how = f"a decimal point {abs(n)} {places} off: written {10 ** abs(n)} times too {size}"
        out.append((new, scale._scaled(q, new, shifted, k), how))
    return out


@given(FIGURES)
@settings(max_examples=300, deadline=None)
def test_the_readings_are_those_made_one_by_one(text: str) -> None:
    try:
        v = value(text)
    except QuantityError:
        return
    assert list(readings(v)) == _readings_one_by_one(v)


def test_the_readings_of_the_slip_files_are_those_made_one_by_one() -> None:
    for path in (INVENTED, CONTROL):
        for claim in load(path).claims:
            for v in claim.values:
                assert list(readings(v)) == _readings_one_by_one(v), (claim.id, v.text)
