from __future__ import annotations

from fractions import Fraction

import pytest
from tests.checks.helpers import run
from tests.slips.helpers import CONTROL, INVENTED, generated

from factcheck.checks.base import Context
from factcheck.figure import parse
from factcheck.loader import load
from factcheck.models import Claim, Pos, Quote, Value
from factcheck.quantity import DEFAULT_APPROX
from factcheck.rounding import Rounding
from factcheck.scanner import scan
from factcheck.slips.digits import _leading_zero, candidates
from factcheck.slips.elsewhere import (
    NEAR,
    _figure,
    _index,
    _Nearby,
    _quote_index,
    elsewhere,
    key,
)
from factcheck.slips.figures import split


def load_claim(quote: str, total: str = "2036个") -> Claim:
    """A total of 17 + 147 + 1899 written as ``total``, quoted as ``quote``."""
    return Claim(
        "t",
        "total",
        (Quote(quote, Pos("x", 1, 1)),),
        tuple(value(t) for t in ("17个", "147个", "1899个", total)),
        Pos("x", 1, 1),
        Rounding.UP_OR_DOWN,
        DEFAULT_APPROX,
    )


def value(text: str) -> Value:
    return Value("v", text, parse(text), Pos("x", 1, 1))


def test_typing_corrections_of_a_figure():
    out = [(t, how) for t, how, _ in candidates(value("1,377起"), [])]
    assert ("3,177起", "31 transposed to 13") in out
    assert ("1,737起", "73 transposed to 37") in out
    assert ("1,337起", "337 typed as 377") in out  # the doubled digit on the wrong one
    assert ("137起", "7 typed twice") in out
    assert all(not strong for _, _, strong in candidates(value("1,377起"), []))


def test_a_point_and_separators_stay_in_place():
    out = [t for t, _, _ in candidates(value("82.04%"), [])]
    assert out == ["28.04%", "80.24%", "82.40%"]


def test_figures_elsewhere_need_the_same_digits_point_and_unit():
    known = [
        _index([("1839所", "in claim a"), ("18.39所", "in claim b"), ("1839个", "in claim c")])
    ]
    out = list(candidates(value("1938所"), known))
    assert out[0] == ("1839所", "written 1839所 in claim a", True)
    assert not any("claim b" in how or "claim c" in how for _, how, _ in out)


def test_no_correction_leaves_a_leading_zero():
    assert _leading_zero("01起") and _leading_zero("09.36%")
    assert not _leading_zero("0.93%") and not _leading_zero("10起")


def test_a_figure_the_claim_does_not_pin_down_is_not_a_slip(write):
    # 1,994 ≤ 1,500 fails; 1,194 and 194 would both hold, so neither is named for `part`;
    # 1,500 has one correction that holds, 5,100, and that one is named
    path = write(
        """\
        - id: c
          kind: order
          order: [part, members]
          quote: 该团伙1,500名涉案人员,其中1,994人
          values: {members: "1,500名", part: "1,994人"}
        """,
        header=True,
    )
    r = run(path)["c"]
    assert (r.main.verdict.value, r.main.pos.line) == ("inconsistent", 5)
    assert [s.message for s in r.main.slips] == [
        "members 1,500名 would hold as 5,100名 (51 transposed to 15)"
    ]


def test_a_figure_typed_from_another_claim_is_looked_for_only_near_it(write):
    # 12 + 30 = 42 written as 24: the 42 of claim near-1 is a figure typed from; the same 42
    # 150 claims further on is not looked at, and 24 ↔ 42 is still found as a transposition
    fill = "".join(
        f"- id: f{i}\n  kind: order\n  order: [a, b]\n  quote: 甲{i + 500}人,乙{i + 300}人\n"
        f"  values: {{a: {i + 500}人, b: {i + 300}人}}\n"
        for i in range(150)
    )
    path = write(
        "- id: sum\n  kind: total\n  quote: 甲12件,乙30件,共24件\n"
        "  values: {a: 12件, b: 30件, total: 24件}\n"
        "- id: near-1\n  kind: order\n  order: [x, y]\n  quote: 丙42件,丁7件\n"
        "  values: {x: 42件, y: 7件}\n" + fill + "- id: far\n  kind: order\n  order: [x, y]\n"
        "  quote: 丙42件,丁7件\n  values: {x: 42件, y: 7件}\n",
        header=True,
    )
    cf = load(path)
    ctx = Context(cf.path, cf.source, cf.claims)
    first, last = cf.claims[0], cf.claims[-1]
    total = first.value("total")
    assert total is not None
    near = [how for _, how, strong in candidates(total, elsewhere(first, ctx)) if strong]
    assert near == ["written 42件 in claim near-1"]
    far = cf.claims[-1].value("x")
    assert far is not None
    # claim `sum` (24件) lies more than 100 claims before `far`: nothing written nearby
    assert [how for _, how, strong in candidates(far, elsewhere(last, ctx)) if strong] == []


def test_the_files_figures_are_indexed_as_splitting_each_value_would(tmp_path):
    # the index splits each distinct text once, a block of claims at a time, and a window
    # looks in the blocks it spans: checked against splitting every value of every claim
    # within NEAR of the claim, on a generated file whose figures repeat
    claims = load(generated(tmp_path, 450, seed=5)).claims
    texts = [v.text for c in claims for v in c.values]
    assert len(set(texts)) < len(texts)
    for text in set(texts):
        w = split(text)
        assert _figure(text) == (None if w is None else (w.digits, key(w))), text
    nearby = _Nearby(claims)
    for i in (0, 1, 99, 100, 101, 250, 349, 350, 449):
        slow: dict[tuple[str, int, str], list[tuple[str, str, str]]] = {}
        for j in range(max(i - NEAR, 0), min(i + NEAR, len(claims) - 1) + 1):
            for v in claims[j].values:
                w = split(v.text)
                if w is not None:
                    slow.setdefault(key(w), []).append(
                        (w.digits, v.text, f"in claim {claims[j].id}")
                    )
        window = nearby.near(claims[i])
        assert {k: window[k] for k in slow} == slow
        assert set(window) >= set(slow)
    assert len(nearby.blocks) == 5  # each block indexed once, when a window first spans it


@pytest.mark.parametrize("source", ["invented", "control", "generated"])
def test_a_quote_left_unscanned_holds_no_figure_a_figure_was_typed_from(source, tmp_path):
    # the quotes are scanned only when a run of digits in them holds a figure's digits in
    # another order: what the scan would find is checked against it, claim by claim
    path = {"invented": INVENTED, "control": CONTROL}.get(source) or generated(tmp_path, 600, 3)
    skipped = kept = 0
    for claim in load(path).claims:
        full = _index((f.quantity.text, "in the quote") for q in claim.quotes for f in scan(q.text))
        quick = _quote_index(claim)
        assert quick in ({}, full)
        for v in claim.values:
            assert list(candidates(v, [quick])) == list(candidates(v, [full])), (claim.id, v.name)
        skipped += quick == {} and full != {}
        kept += quick == full != {}
    assert skipped > 0 and kept > 0


def test_a_quote_holding_the_digits_in_another_order_is_scanned():
    claim = load_claim("县级网格中心17个,乡镇网格中心147个,村级网格中心1899个,共计2063个")
    assert _quote_index(claim) != {}
    other = load_claim("县级网格中心17个,乡镇网格中心147个,村级网格中心1899个,共计2036个")
    assert _quote_index(other) == {}


def test_a_figures_number_is_the_decimal_it_writes():
    for text, number in (
        ("1,839人", "1839"),
        ("82.04%", "82.04"),
        ("１６.５０万元", "16.50"),
        ("0.5", "0.5"),
    ):
        w = split(text)
        assert w is not None and w.number == Fraction(number), text
    assert split("三十万") is None
