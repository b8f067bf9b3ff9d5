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
from dataclasses import dataclass
from fractions import Fraction

from factcheck.intervals import Interval

WIDTH = 480
PLOT_LO, PLOT_HI = 108.0, 466.0  # the axis; row labels sit left of it
ROW = 24  # vertical distance between rows
TOP = 16  # the first row's centre
PAD = Fraction(8, 100)  # room either side of the finite bounds, as a share of their span


@dataclass(frozen=True)
class End:
    """The mark at one end of a bar: a filled dot (``c``, closed), a hollow one (``o``,
    open) or an arrow (``a``, unbounded, drawn through ``points``)."""

    cls: str
    x: float
    points: str = ""

    @property
    def r(self) -> float:
        """The radius of a dot: a hollow one is drawn a little smaller, its stroke outside."""
        return 4 if self.cls == "c" else 3.5


@dataclass(frozen=True)
class Row:
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


@dataclass(frozen=True)
class Tick:
    """A labelled value on the axis."""

    x: float
    text: str


@dataclass(frozen=True)
class Line:
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


def number_line(items: Sequence[Item]) -> Line | None:
    """Lay out intervals on one axis; ``None`` when none has a finite bound to place. The
    lowest and highest finite bounds are labelled, each in the unit of its own interval."""
    finite = [(b, fmt) for _, _, iv, _, fmt in items for b in (iv.lo, iv.hi) if b is not None]
    if not finite:
        return None
    (lo, lo_fmt), (hi, hi_fmt) = min(finite, key=_first), max(finite, key=_first)
    pad = (hi - lo) * PAD if hi != lo else (abs(lo) / 10 or Fraction(1))
    x = _scale(lo - pad, hi - lo + 2 * pad)
    rows = []
    for i, (label, cls, iv, shown, _) in enumerate(items):
        y = TOP + i * ROW
        x1 = PLOT_LO if iv.lo is None else x(iv.lo)
        x2 = PLOT_HI if iv.hi is None else x(iv.hi)
        if iv.is_point:
            ends: tuple[End, ...] = (End("c", x1),)
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


def _bar(x1: float, x2: float, y: int) -> str:
    return f'<line class="br" x1="{x1}" y1="{y}" x2="{x2}" y2="{y}"/>'


def _scale(d0: Fraction, span: Fraction) -> Callable[[Fraction], float]:
    """The pixel position of a value on an axis from ``d0`` spanning ``span``. Floats are
    quick and enough for drawing, unless the figures are too large for a float or so close
    together, far from zero, that a float cannot tell them apart; then exact."""
    width = PLOT_HI - PLOT_LO
    try:
        f0, fspan = float(d0), float(span)
        fast = fspan > 0 and fspan > 1e-9 * max(abs(f0), abs(f0 + fspan))
    except OverflowError:
        fast = False
    if fast:
        scale = width / fspan
        return lambda v: round(PLOT_LO + (float(v) - f0) * scale, 1)
    return lambda v: round(PLOT_LO + float((v - d0) / span) * width, 1)


def _first(pair: tuple[Fraction, Format]) -> Fraction:
    return pair[0]


def _end(unbounded: bool, closed: bool, x: float, y: int, side: int) -> End:
    """The mark of one end; ``side`` is -1 for the lower end, 1 for the upper."""
    if not unbounded:
        return End("c" if closed else "o", x)
    tip, back = round(x + 2 * side, 1), round(x - 7 * side, 1)
    return End("a", x, f"{tip},{y} {back},{y - 5} {back},{y + 5}")
