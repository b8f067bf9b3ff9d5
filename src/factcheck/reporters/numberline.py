"""The geometry of a number line: intervals as bars on one axis, ready for an inline SVG.

Each row is one interval. A closed end is a filled dot, an open end a hollow one, an unbounded
end an arrow at the edge of the axis; a single value is a dot. Coordinates are floats because
they are only drawn; the bounds themselves stay exact until then.

``Row.shape`` and ``Line.axis`` are SVG elements written here, from numbers and fixed class
names only (nothing from a claim file), so that the template need not escape fifty numbers
per claim; labels and tick texts stay in the template, escaped there.
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

    @property
    def shape(self) -> str:
        """The bar and its end marks as SVG elements (numbers only)."""
        y = self.y
        out = [] if self.x1 == self.x2 else [_bar(self.x1, self.x2, y)]
        for e in self.ends:
            if e.points:
                out.append(f'<polygon class="a" points="{e.points}"/>')
            else:
                out.append(f'<circle class="{e.cls}" cx="{e.x}" cy="{y}" r="{e.r}"/>')
        return "".join(out)


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

    @property
    def axis(self) -> str:
        """The axis and a mark at each tick as SVG elements (numbers only)."""
        y = self.axis_y
        marks = "".join(
            f'<line class="ax" x1="{t.x}" y1="{y - 3}" x2="{t.x}" y2="{y + 3}"/>'
            for t in self.ticks
        )
        return f'<line class="ax" x1="{PLOT_LO}" y1="{y}" x2="{PLOT_HI}" y2="{y}"/>{marks}'


Format = Callable[[Fraction], str]
Item = tuple[str, str, Interval, str, Format]  # label, class, interval, as text, tick format
Choose = Callable[..., int]  # min or max


def number_line(items: Sequence[Item]) -> Line | None:
    """Lay out intervals on one axis; ``None`` when none has a finite bound to place. The
    lowest and highest finite bounds are labelled, each in the unit of its own interval."""
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
    rows = []
    k = 0  # the next finite bound
    for i, (label, cls, iv, shown, _) in enumerate(items):
        y = TOP + i * ROW
        x1 = PLOT_LO
        if iv.lo is not None:
            x1, k = xs[k], k + 1
        x2 = PLOT_HI
        if iv.hi is not None:
            x2, k = xs[k], k + 1
        if iv.is_point:
            ends: tuple[End, ...] = (End("c", x1),)
        else:
            ends = (
                _end(iv.lo is None, iv.lo_closed, x1, y, -1),
                _end(iv.hi is None, iv.hi_closed, x2, y, 1),
            )
        rows.append(Row(label, cls, y, x1, x2, ends, shown))
    axis_y = TOP + len(items) * ROW - 6
    ticks = [Tick(xs[low], lo_fmt(lo))]
    if hi != lo:
        ticks.append(Tick(xs[high], hi_fmt(hi)))
    return Line(tuple(rows), tuple(ticks), axis_y, axis_y + 24)


def _bar(x1: float, x2: float, y: int) -> str:
    return f'<line class="br" x1="{x1}" y1="{y}" x2="{x2}" y2="{y}"/>'


def _extremes(bounds: list[Fraction], floats: list[float] | None) -> tuple[int, int]:
    """The places of the lowest and the highest bound, the first of equal ones, as ``min`` and
    ``max`` find them. Compared as floats, which keep the order of the exact values (a float
    is the exact value correctly rounded) but may tie unequal ones: a tie is settled
    exactly."""
    places = range(len(bounds))
    if floats is None:
        return min(places, key=bounds.__getitem__), max(places, key=bounds.__getitem__)
    return (
        _settle(bounds, floats, min(floats), places, min),
        _settle(bounds, floats, max(floats), places, max),
    )


def _settle(
    bounds: list[Fraction], floats: list[float], f: float, places: range, pick: Choose
) -> int:
    tied = [i for i in places if floats[i] == f]
    return tied[0] if len(tied) == 1 else pick(tied, key=bounds.__getitem__)


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
    tip, back = round(x + 2 * side, 1), round(x - 7 * side, 1)
    return End("a", x, f"{tip},{y} {back},{y - 5} {back},{y + 5}")
