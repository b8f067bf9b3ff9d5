from __future__ import annotations

from fractions import Fraction as F

from hypothesis import given
from hypothesis import strategies as st

from factcheck.intervals import Interval as I
from factcheck.reporters.html_cards import escape
from factcheck.reporters.numberline import (
    PAD,
    PLOT_HI,
    PLOT_LO,
    ROW,
    TOP,
    End,
    Line,
    Row,
    Tick,
    _end,
    draw,
    number_line,
)


def line(*ivs: I):
    return number_line([(f"r{i}", "st", iv, str(iv), str) for i, iv in enumerate(ivs)])


def test_closed_and_open_ends_are_drawn_differently():
    nl = line(I(F(1), F(2), True, False))
    (row,) = nl.rows
    assert [e.cls for e in row.ends] == ["c", "o"]
    assert row.x1 < row.x2


def test_unbounded_end_is_an_arrow_at_the_edge():
    nl = line(I(F(5), None), I(None, F(3), False, False))
    up, down = nl.rows
    assert up.ends[1].cls == "a" and up.x2 == PLOT_HI and up.ends[1].points
    assert down.ends[0].cls == "a" and down.x1 == PLOT_LO
    assert up.ends[0].cls == "c" and down.ends[1].cls == "o"


def test_a_point_is_one_dot():
    nl = line(I.point(F(9)), I.point(F(9)))
    assert [len(r.ends) for r in nl.rows] == [1, 1]
    assert nl.rows[0].x1 == nl.rows[1].x1
    assert [t.text for t in nl.ticks] == ["9"]


def test_positions_keep_the_order_of_values_and_stay_on_the_axis():
    stated, computed = I(F(1975, 10000), F(1985, 10000)), I(F(3242, 16409), F(1082, 5469))
    nl = line(stated, computed)
    s, c = nl.rows
    assert PLOT_LO < s.x1 < c.x1 < c.x2 < s.x2 < PLOT_HI
    assert [t.text for t in nl.ticks] == [str(F(1975, 10000)), str(F(1985, 10000))]
    assert s.y < c.y < nl.axis_y < nl.height


def test_ticks_use_the_format_of_their_own_row():
    nl = number_line(
        [
            ("a", "vl", I.point(F(24, 24)), "24小时", lambda v: f"{v * 24}小时"),
            ("b", "vl", I.point(F(3)), "3日", lambda v: f"{v}日"),
        ]
    )
    assert [t.text for t in nl.ticks] == ["24小时", "3日"]


def test_nothing_finite_to_draw():
    assert number_line([("a", "st", I(None, None), "", str)]) is None
    assert number_line([]) is None


def test_huge_and_close_figures_are_placed_exactly():
    big = F(10**400)
    nl = line(I(big, big + 1), I.point(big + F(1, 2)))
    a, b = nl.rows
    assert a.x1 < b.x1 < a.x2
    near = F(10**20)
    nl = line(I(near, near + F(1, 10)), I.point(near + F(1, 20)))
    a, b = nl.rows
    assert a.x1 < b.x1 < a.x2


def reference_line(items):
    """number_line as first written: every step in Fraction arithmetic, then the same rule for
    when a float may place the values (the geometry number_line must give exactly)."""
    finite = [(b, fmt) for _, _, iv, _, fmt in items for b in (iv.lo, iv.hi) if b is not None]
    if not finite:
        return None
    (lo, lo_fmt) = min(finite, key=lambda p: p[0])
    (hi, hi_fmt) = max(finite, key=lambda p: p[0])
    pad = (hi - lo) * PAD if hi != lo else (abs(lo) / 10 or F(1))
    d0, span = lo - pad, hi - lo + 2 * pad
    width = PLOT_HI - PLOT_LO
    try:
        f0, fspan = float(d0), float(span)
        fast = fspan > 0 and fspan > 1e-9 * max(abs(f0), abs(f0 + fspan))
    except OverflowError:
        fast = False

    def x(v):
        if fast:
            return round(PLOT_LO + (float(v) - f0) * (width / fspan), 1)
        return round(PLOT_LO + float((v - d0) / span) * width, 1)

    rows = []
    for i, (label, cls, iv, shown, _) in enumerate(items):
        y = TOP + i * ROW
        x1 = PLOT_LO if iv.lo is None else x(iv.lo)
        x2 = PLOT_HI if iv.hi is None else x(iv.hi)
        if iv.is_point:
            ends = (End("c", x1),)
        else:
            ends = (
                _end(iv.lo is None, iv.lo_closed, x1, y, -1),
                _end(iv.hi is None, iv.hi_closed, x2, y, 1),
            )
        rows.append(Row(label, cls, y, x1, x2, ends, shown))
    axis_y = TOP + len(items) * ROW - 6
    ticks = [Tick(x(lo), lo_fmt(lo))]
    if hi != lo:
        ticks.append(Tick(x(hi), hi_fmt(hi)))
    return Line(tuple(rows), tuple(ticks), axis_y, axis_y + 24)


_scales = st.sampled_from([1, F(1, 10**9), 10**6, 10**15, 10**20, 10**300, 10**308, 10**400])
_bounds = st.builds(
    lambda n, d, s, shift: F(n, d) * s + shift,
    st.integers(-1000, 1000),
    st.integers(1, 1000),
    _scales,
    st.sampled_from([0, 10**6, 10**20, F(1, 3)]),
)


@st.composite
def _intervals(draw):
    lo = draw(st.none() | _bounds)
    hi = draw(st.none() | _bounds)
    if lo is not None and hi is not None and hi < lo:
        lo, hi = hi, lo
    if lo is not None and (lo == hi or draw(st.booleans())):
        return I.point(lo)
    return I(lo, hi, draw(st.booleans()), draw(st.booleans()))


@given(st.lists(_intervals(), min_size=1, max_size=5))
def test_the_float_geometry_is_that_of_exact_arithmetic(ivs):
    items = [(f"r{i}", "st", iv, str(iv), lambda v, i=i: f"{v}#{i}") for i, iv in enumerate(ivs)]
    try:
        expected = reference_line(items)
    except OverflowError:  # a bound beyond floats on an axis that floats could hold
        return
    assert number_line(items) == expected


def reference_svg(line, title, escape):
    """A number line as the report's template first wrote it, from number_line's geometry."""
    if line is None:
        return ""
    out = [
        f'<svg class="nl" viewBox="0 0 {line.width} {line.height}" role="img" '
        f'aria-label="{title}: {escape(line.aria)}">\n'
    ]
    for r in line.rows:
        shape = (
            []
            if r.x1 == r.x2
            else [f'<line class="br" x1="{r.x1}" y1="{r.y}" x2="{r.x2}" y2="{r.y}"/>']
        )
        for e in r.ends:
            if e.points:
                shape.append(f'<polygon class="a" points="{e.points}"/>')
            else:
                shape.append(f'<circle class="{e.cls}" cx="{e.x}" cy="{r.y}" r="{e.r}"/>')
        out.append(
            f'<g class="{escape(r.cls)}"><title>{escape(r.aria)}</title><text x="0" y="{r.y}">'
            f"{escape(r.label)}</text>{''.join(shape)}</g>\n"
        )
    y = line.axis_y
    out.append(f'<line class="ax" x1="{PLOT_LO}" y1="{y}" x2="{PLOT_HI}" y2="{y}"/>')
    for t in line.ticks:
        out.append(f'<line class="ax" x1="{t.x}" y1="{y - 3}" x2="{t.x}" y2="{y + 3}"/>')
    for i, t in enumerate(line.ticks):
        cls = "tk hi" if i else "tk"
        out.append(f'<text class="{cls}" x="{t.x}" y="{y + 6}">{escape(t.text)}</text>')
    out.append("</svg>\n")
    return "".join(out)


@given(st.lists(_intervals(), max_size=5), st.text(max_size=12))
def test_draw_writes_the_geometry_of_number_line(ivs, label):
    items = [
        (f"{label}{i}", "rd ok", iv, f"<{iv}>", lambda v: f"'{v}'") for i, iv in enumerate(ivs)
    ]
    expected = reference_svg(number_line(items), "T&amp;", escape)
    assert draw(items, "T&amp;", escape) == expected
