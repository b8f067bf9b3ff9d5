"""A number line: intervals as bars on one axis, drawn as an inline SVG.

Each row is one interval. A closed end is a filled dot, an open end a hollow one, an unbounded
end an arrow at the edge of the axis; a single value is a dot. Coordinates are floats because
they are only drawn; the bounds themselves stay exact until then.

:func:`number_line` gives the geometry as data; :func:`draw` writes the same geometry as SVG
elements at once, as a report of ten thousand claims needs: shapes from numbers and class
names only, every text through the caller's ``escape``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import NamedTuple

from factcheck.intervals import Interval

WIDTH = 480
PLOT_LO, PLOT_HI = 108.0, 466.0  # the axis; row labels sit left of it
ROW = 24  # vertical distance between rows
TOP = 16  # the first row's centre
PAD = Fraction(8, 100)  # room either side of the finite bounds, as a share of their span


class End(NamedTuple):
    """The mark at one end of a bar: a filled dot (``c``, closed), a hollow one (``o``,
    open) or an arrow (``a``, unbounded, drawn through ``points``)."""

    cls: str
    x: float
    points: str = ""

    @property
    def r(self) -> float:
        """The radius of a dot: a hollow one is drawn a little smaller, its stroke outside."""
        return 4 if self.cls == "c" else 3.5


class Row(NamedTuple):
    """One interval as drawn: its label, style class, ends in pixels and how each end looks."""

    label: str
    cls: str
    y: int
    x1: float
    x2: float
    ends: tuple[End, ...]
    shown: str

    @property
    def aria(self) -> str:
        """The row in words, for a screen reader and a tooltip."""
        return f"{self.label}: {self.shown}"


class Tick(NamedTuple):
    """A labelled value on the axis."""

    x: float
    text: str


class Line(NamedTuple):
    """A whole number line: rows above an axis with its ticks."""

    rows: tuple[Row, ...]
    ticks: tuple[Tick, ...]
    axis_y: int
    height: int
    width: int = WIDTH

    @property
    def aria(self) -> str:
        """The whole line in words."""
        return "; ".join(r.aria for r in self.rows)


Format = Callable[[Fraction], str]
Item = tuple[str, str, Interval, str, Format]  # label, class, interval, as text, tick format
Choose = Callable[..., int]  # min or max


def number_line(items: Sequence[Item]) -> Line | None:
    """Lay out intervals on one axis; ``None`` when none has a finite bound to place. The
    lowest and highest finite bounds are labelled, each in the unit of its own interval."""
    layout = _layout(items)
    if layout is None:
        return None
    places, ticks = layout
    rows = []
    for i, ((label, cls, iv, shown, _), (x1, x2, point)) in enumerate(
        zip(items, places, strict=True)
    ):
        y = TOP + i * ROW
        if point:
            ends: tuple[End, ...] = (End("c", x1),)
        else:
            ends = (
                _end(iv.lo is None, iv.lo_closed, x1, y, -1),
                _end(iv.hi is None, iv.hi_closed, x2, y, 1),
            )
        rows.append(Row(label, cls, y, x1, x2, ends, shown))
    axis_y = TOP + len(items) * ROW - 6
    return Line(tuple(rows), tuple(Tick(x, text) for x, text in ticks), axis_y, axis_y + 24)


def draw(items: Sequence[Item], title: str, escape: Callable[[str], str]) -> str:
    """The :func:`number_line` of ``items`` as an ``<svg>`` element, '' when there is none.

    ``title`` (markup) starts its label for a screen reader; labels, values and tick texts are
    written through ``escape``; each item's class is one of the caller's own class names."""
    layout = _layout(items)
    if layout is None:
        return ""
    places, ticks = layout
    arias = [escape(f"{label}: {shown}") for label, _, _, shown, _ in items]
    axis_y = TOP + len(items) * ROW - 6
    out = [
        f'<svg class="nl" viewBox="0 0 {WIDTH} {axis_y + 24}" role="img" '
        f'aria-label="{title}: {"; ".join(arias)}">\n'
    ]
    y = TOP
    for (label, cls, iv, _, _), aria, (x1, x2, point) in zip(items, arias, places, strict=True):
        out.append(
            f'<g class="{cls}"><title>{aria}</title><text x="0" y="{y}">{escape(label)}</text>'
        )
        if point:
            out.append(_dot("c", x1, y))
        else:
            if x1 != x2:
                out.append(f'<line class="br" x1="{x1}" y1="{y}" x2="{x2}" y2="{y}"/>')
            out.append(_mark(iv.lo is None, iv.lo_closed, x1, y, -1))
            out.append(_mark(iv.hi is None, iv.hi_closed, x2, y, 1))
        out.append("</g>\n")
        y += ROW
    out.append(f'<line class="ax" x1="{PLOT_LO}" y1="{axis_y}" x2="{PLOT_HI}" y2="{axis_y}"/>')
    for x, _ in ticks:
        out.append(f'<line class="ax" x1="{x}" y1="{axis_y - 3}" x2="{x}" y2="{axis_y + 3}"/>')
    for i, (x, text) in enumerate(ticks):  # the high one: "hi", its end at the tick on a phone
        cls = "tk hi" if i else "tk"
        out.append(f'<text class="{cls}" x="{x}" y="{axis_y + 6}">{escape(text)}</text>')
    out.append("</svg>\n")
    return "".join(out)


Places = list[tuple[float, float, bool]]  # each row's ends in pixels, and whether it is a point


def _layout(items: Sequence[Item]) -> tuple[Places, list[tuple[float, str]]] | None:
    """Where each row's ends stand, and the ticks: the places and texts of the lowest and
    highest finite bounds (one tick when they are equal)."""
    finite = [(b, fmt) for _, _, iv, _, fmt in items for b in (iv.lo, iv.hi) if b is not None]
    if not finite:
        return None
    bounds = [b for b, _ in finite]
    try:  # each bound correctly rounded, as float() rounds a Fraction
        floats: list[float] | None = [b.numerator / b.denominator for b in bounds]
    except OverflowError:
        floats = None
    low, high = _extremes(bounds, floats)
    (lo, lo_fmt), (hi, hi_fmt) = finite[low], finite[high]
    xs = _positions(lo, hi, bounds, floats)
    places = []
    k = 0  # the next finite bound
    for _, _, iv, _, _ in items:
        x1 = PLOT_LO
        if iv.lo is not None:
            x1, k = xs[k], k + 1
        x2 = PLOT_HI
        if iv.hi is not None:
            x2, k = xs[k], k + 1
        # equal bounds are placed alike: only bounds placed alike need comparing exactly
        places.append((x1, x2, x1 == x2 and iv.lo is not None and iv.lo == iv.hi))
    ticks = [(xs[low], lo_fmt(lo))]
    if xs[low] != xs[high] or hi != lo:
        ticks.append((xs[high], hi_fmt(hi)))
    return places, ticks


def _extremes(bounds: list[Fraction], floats: list[float] | None) -> tuple[int, int]:
    """The places of the lowest and the highest bound, the first of equal ones, as ``min`` and
    ``max`` find them. Compared as floats, which keep the order of the exact values (a float
    is the exact value correctly rounded) but may tie unequal ones: a tie is settled
    exactly."""
    places = range(len(bounds))
    if floats is None:
        return min(places, key=bounds.__getitem__), max(places, key=bounds.__getitem__)
    return _settle(bounds, floats, min(floats), min), _settle(bounds, floats, max(floats), max)


def _settle(bounds: list[Fraction], floats: list[float], f: float, pick: Choose) -> int:
    if floats.count(f) == 1:
        return floats.index(f)
    return pick((i for i, x in enumerate(floats) if x == f), key=bounds.__getitem__)


def _positions(
    lo: Fraction, hi: Fraction, bounds: list[Fraction], floats: list[float] | None
) -> list[float]:
    """The pixel position of each bound on an axis from ``lo`` to ``hi`` with room either side
    (``PAD`` of the span; a tenth of the value, or 1, either side of a single value).

    Floats are quick and enough for drawing, unless the figures are too large for a float or
    so close together, far from zero, that a float cannot tell them apart; then exact. The
    axis's start and span are exact fractions ``n / den``, each written as a float by one
    correctly rounded integer division rather than by Fraction arithmetic (the same float)."""
    a, b, c, d = lo.numerator, lo.denominator, hi.numerator, hi.denominator
    if a * d != c * b:  # start lo - (hi - lo) * PAD, span (hi - lo) * (1 + 2 * PAD)
        p, q = PAD.numerator, PAD.denominator
        den = q * b * d
        n0, nspan = (q + p) * a * d - p * c * b, (q + 2 * p) * (c * b - a * d)
    elif a:  # start lo - |lo| / 10, span 2 |lo| / 10
        den = 10 * b
        n0, nspan = 10 * a - abs(a), 2 * abs(a)
    else:  # start -1, span 2
        den, n0, nspan = 1, -1, 2
    width = PLOT_HI - PLOT_LO
    fast = False
    if floats is not None:
        try:
            f0, fspan = n0 / den, nspan / den
            fast = fspan > 0 and fspan > 1e-9 * max(abs(f0), abs(f0 + fspan))
        except OverflowError:
            pass
    if fast:
        scale = width / fspan
        return [round(PLOT_LO + (f - f0) * scale, 1) for f in floats]  # type: ignore[union-attr]
    d0, span = Fraction(n0, den), Fraction(nspan, den)
    return [round(PLOT_LO + float((v - d0) / span) * width, 1) for v in bounds]


def _end(unbounded: bool, closed: bool, x: float, y: int, side: int) -> End:
    """The mark of one end; ``side`` is -1 for the lower end, 1 for the upper."""
    if not unbounded:
        return End("c" if closed else "o", x)
    return End("a", x, _arrow(x, y, side))


def _mark(unbounded: bool, closed: bool, x: float, y: int, side: int) -> str:
    """:func:`_end` drawn."""
    if not unbounded:
        return _dot("c" if closed else "o", x, y)
    return f'<polygon class="a" points="{_arrow(x, y, side)}"/>'


def _dot(cls: str, x: float, y: int) -> str:
    """A dot: a hollow one is drawn a little smaller, its stroke outside (End.r)."""
    return f'<circle class="{cls}" cx="{x}" cy="{y}" r="{4 if cls == "c" else 3.5}"/>'


def _arrow(x: float, y: int, side: int) -> str:
    tip, back = round(x + 2 * side, 1), round(x - 7 * side, 1)
    return f"{tip},{y} {back},{y - 5} {back},{y + 5}"
