from __future__ import annotations

import json
import random
from dataclasses import replace
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import GUILIN, ROOT

from factcheck.coverage import compute
from factcheck.exports import exact, interval_dict
from factcheck.extract import QUANTITY, Figure, LineIndex, extract
from factcheck.figure import parse
from factcheck.loader import load
from factcheck.reporters.figures import (
    _exact,
    _interval_dict,
    _ratio_text,
    figure_dicts,
    render_json,
)

ARTICLE = ROOT / "claims" / "sources" / "guilin.txt"
WRITTEN = [
    "82.04%", "162万余元", "不到30分钟", "60%以上", "3.2 million", "16.22个百分点", "下降10.79%",
    "约5公里", "近2小时", "超过3吨", "5‰", "三成", "2周", "十余天", "1.5斤", "300克", "约-3%",
]  # fmt: skip


def test_an_interval_in_the_unit_written_is_the_interval_divided_by_its_factor():
    quantities = [parse(t) for t in WRITTEN]
    quantities += [f.quantity for f in extract(ARTICLE.read_text(encoding="utf-8")) if f.quantity]
    for q in quantities:
        iv = q.interval()
        assert _interval_dict(iv, q.unit.factor) == interval_dict(iv / q.unit.factor), q.text


def _json_value(r: random.Random, depth: int = 0) -> Any:
    kinds = ["str", "int", "none", "bool", "float"] + (["list", "dict"] if depth < 3 else [])
    kind = r.choice(kinds)
    if kind == "str":
        return "".join(
            r.choice(["a", '"', "\\", "\n", "\x00", "\u2028", "桂", "💯", "/"])
            for _ in range(r.randint(0, 4))
        )
    if kind == "int":
        return r.choice([0, -1, 7, 10**30])
    if kind == "none":
        return None
    if kind == "bool":
        return r.random() < 0.5
    if kind == "float":
        return r.choice([1.5, float("nan")]) if r.random() < 0.1 else r.randint(0, 9)
    if kind == "list":
        return [_json_value(r, depth + 1) for _ in range(r.randint(0, 3))]
    return {
        r.choice(["b", "a", "é", "10", "2"]): _json_value(r, depth + 1)
        for _ in range(r.randint(0, 4))
    }


@pytest.mark.parametrize("seed", range(200))
def test_json_as_json_dumps_writes_it(seed):
    r = random.Random(seed)
    items = [_json_value(r) for _ in range(r.randint(0, 4))]
    assert (
        render_json(items) == json.dumps(items, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    )


def test_the_figures_of_an_article_as_json_dumps_writes_them():
    text = ARTICLE.read_text(encoding="utf-8")
    found = extract(text)
    cf = load(GUILIN)
    for cov in (None, compute(cf.claims, cf.unchecked, text, str(ARTICLE), found)):
        items = figure_dicts(text, found, cov)
        expected = json.dumps(items, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        assert render_json(items) == expected


def test_exact_writes_integers_as_report_does():
    values = [None, Fraction(0), Fraction(-7), Fraction(10**40), Fraction(1, 8), Fraction(-5, 2)]
    values += [Fraction(1, 3), Fraction(123456, 1000)]
    assert [_exact(x) for x in values] == [exact(x) for x in values]


def test_an_exact_figure_without_qualifier_is_its_own_interval():
    text = ARTICLE.read_text(encoding="utf-8")
    figures = [f for f in extract(text) if f.kind == QUANTITY]
    base = figures[0]
    figures += [base._replace(quantity=parse(t)) for t in ("15起", "3人", "1,400 yuan", "20%")]
    shortcut = 0
    for d, f in zip(figure_dicts(text, figures), figures, strict=True):
        q = f.quantity
        assert q is not None
        assert d["interval"] == interval_dict(q.interval() / q.unit.factor), f.text
        shortcut += q.step is None and q.qualifier is None
    assert shortcut >= 5  # the article's counts take the short road


@given(st.integers(-(10**40), 10**40), st.integers(1, 10**40))
def test_ratio_text_is_exact_of_the_fraction(n, d):
    assert _ratio_text(n, d) == exact(Fraction(n, d))


@given(
    st.integers(-(10**25), 10**25),
    st.integers(0, 12),
    st.integers(0, 12),
    st.sampled_from([Fraction(1), Fraction(1, 100), Fraction(10**4), Fraction(1, 24), Fraction(7)]),
)
def test_a_rounded_figure_without_qualifier_takes_the_integer_road_to_the_same_dict(
    digits, places, scale, factor
):
    base = parse("3.5%")
    value = Fraction(digits, 10**places) * factor
    step = Fraction(1, 10**places) * 10**scale * factor
    q = replace(base, value=value, step=step, unit=base.unit._replace(factor=factor))
    figure = Figure(0, 4, "3.5%", QUANTITY, q)
    (d,) = figure_dicts("3.5%", [figure])
    assert d["value"] == exact(value / factor)
    assert d["interval"] == interval_dict(q.interval() / factor)


@pytest.mark.parametrize("seed", range(5))
def test_lines_and_columns_are_the_line_index_s_in_any_order(seed):
    text = ARTICLE.read_text(encoding="utf-8")
    figures = extract(text)
    if seed:  # document order first, then shuffled
        random.Random(seed).shuffle(figures)
    lines = LineIndex(text)
    got = [(d["line"], d["column"]) for d in figure_dicts(text, figures)]
    assert got == [lines.at(f.start) for f in figures]


def test_a_figure_at_a_line_break_or_the_end_has_the_line_index_s_place():
    text = "3个\n\n5个\n"
    figures = [
        Figure(a, a + 1, text[a : a + 1], QUANTITY, parse("3个")) for a in (0, 3, 2, 4, 7, 0)
    ]
    lines = LineIndex(text)
    got = [(d["line"], d["column"]) for d in figure_dicts(text, figures)]
    assert got == [lines.at(f.start) for f in figures]


def test_each_figure_dict_has_its_keys_in_order():
    text = ARTICLE.read_text(encoding="utf-8")
    found = extract(text)
    assert {f.kind for f in found} == {"quantity", "date", "name"}
    keys = ["kind", "text", "start", "end", "line", "column", "value", "unit", "dimension"]
    keys += ["measure", "qualifier", "direction", "interval", "note"]
    cf = load(GUILIN)
    for d in figure_dicts(text, found):
        assert list(d) == keys
    for d in figure_dicts(text, found, compute(cf.claims, cf.unchecked, text, "a", found)):
        assert list(d) == [*keys, "coverage", "by"]
