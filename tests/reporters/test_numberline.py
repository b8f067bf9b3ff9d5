from __future__ import annotations

from fractions import Fraction as F

from factcheck.intervals import Interval as I
from factcheck.reporters.numberline import PLOT_HI, PLOT_LO, number_line


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
