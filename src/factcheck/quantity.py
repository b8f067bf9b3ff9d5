"""A written figure as a quantity: its exact value, its precision, unit and qualifier, and the
interval of true values it stands for.

A figure stands for an interval of true values, never a float: how it was written decides its
precision, and a qualifier (以上, 不到, about) widens it. :mod:`factcheck.figure` reads the text
into a :class:`Quantity`; docs/quantities.md is the user's account of the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from fractions import Fraction

from factcheck.intervals import Interval
from factcheck.numtext import decimal_text
from factcheck.record import Record, init_field
from factcheck.rounding import Rounding, rounded
from factcheck.units import Unit

__all__ = [
    "DEFAULT_APPROX",
    "Qualifier",
    "Quantity",
    "Unit",
    "same_quantity",
]


DEFAULT_APPROX = Fraction(1, 10)


class Qualifier(str, Enum):  # noqa: UP042 (a StrEnum would change str(q))
    """A word that turns a figure into a bound or an approximation (words: units.py)."""

    AT_LEAST = "at_least"  # 以上, at least: [v, ∞)
    MORE_THAN = "more_than"  # 超过, more than: (v, ∞)
    PLUS = "plus"  # 余, 多 after the number: [v, v + place)
    AT_MOST = "at_most"  # 以内, up to: [0, v]
    LESS_THAN = "less_than"  # 不到, less than: [0, v)
    NEARLY = "nearly"  # 近, nearly: [v − w·|v|, v]
    ABOUT = "about"  # 约, 左右, about: [v − w·|v|, v + w·|v|]


@dataclass(init=False, repr=False, eq=False)
class Quantity(Record):
    """A figure as written, in the base unit of its dimension, with its precision."""

    text: str
    value: Fraction
    step: Fraction | None
    unit: Unit
    measure: str | None
    qualifier: Qualifier | None
    direction: int
    to_level: bool
    place: Fraction

    def __init__(
        self,
        text: str,
        value: Fraction,
        step: Fraction | None,
        unit: Unit,
        measure: str | None,
        qualifier: Qualifier | None,
        direction: int,
        to_level: bool,
        place: Fraction,
    ) -> None:
        init_field(self, "text", text)
        init_field(self, "value", value)
        init_field(self, "step", step)
        init_field(self, "unit", unit)
        init_field(self, "measure", measure)
        init_field(self, "qualifier", qualifier)
        init_field(self, "direction", direction)
        init_field(self, "to_level", to_level)
        init_field(self, "place", place)

    def interval(
        self, rounding: Rounding = Rounding.UP_OR_DOWN, approx: Fraction = DEFAULT_APPROX
    ) -> Interval:
        """The true values the figure stands for, in base units (kept for the last rounding
        asked with the default width: a figure is parsed once and read by every claim that
        writes it, and a file's claims mostly share one rounding)."""
        if approx is not DEFAULT_APPROX:
            return self._interval(rounding, approx)
        last: tuple[Rounding, Interval] | None = self.__dict__.get("_last")
        if last is not None and last[0] is rounding:
            return last[1]
        iv = self._interval(rounding, approx)
        object.__setattr__(self, "_last", (rounding, iv))
        return iv

    def _interval(self, rounding: Rounding, approx: Fraction) -> Interval:
        if approx < 0:
            raise ValueError(f"approximate width must not be negative, got {approx}")
        v, q = self.value, self.qualifier
        if self.step is None:
            base = Interval.point(v)
        elif self.direction < 0:
            # 下降3.1% is the value −3.1%, and a rounding is of the value: under ceiling (toward
            # +∞) both spellings stand for (−3.2%, −3.1%]; the interval stays the magnitude's
            base = -rounded(-v, self.step, rounding)
        else:
            base = rounded(v, self.step, rounding)
        if q is None:
            return base
        if q is Qualifier.AT_LEAST:
            return Interval(v, None)
        if q is Qualifier.MORE_THAN:
            return Interval(v, None, False, False)
        if q is Qualifier.PLUS:
            return Interval(v, v + self.place, True, False)
        if q is Qualifier.AT_MOST:
            return Interval(Fraction(0), v) if v >= 0 else Interval(None, v)
        if q is Qualifier.LESS_THAN:
            return (
                Interval(Fraction(0), v, True, False) if v > 0 else Interval(None, v, False, False)
            )
        w = approx * abs(v)
        if q is Qualifier.NEARLY:
            return Interval(v - w, v).hull(base)
        return Interval(v - w, v + w).hull(base)

    def show(self, x: Fraction) -> str:
        """``x`` (in base units) written in this figure's display unit: 0.8204 → "82.04%"."""
        factor = self.unit.factor
        return decimal_text(x if factor == 1 else x / factor) + self.unit.display

    def written(self, x: Fraction) -> str:
        """``x`` written at this figure's precision, as :meth:`show` does but with as many
        decimals as the figure's step (-4.0% → "-5.0%") and its plus sign if it has one
        (+4% → "+5%"); the rise or fall word is the caller's."""
        factor = self.unit.factor
        shown = x if factor == 1 else x / factor
        places = None if self.step is None else _places(self.step / factor)
        if places is None or (scaled := shown * 10**places).denominator != 1:
            text = decimal_text(shown)
        else:
            digits = str(abs(scaled.numerator)).rjust(places + 1, "0")
            point = f"{digits[:-places]}.{digits[-places:]}" if places else digits
            text = ("-" if scaled < 0 else "") + point
        plus = "+" if x >= 0 and self.text.lstrip().startswith(("+", "＋")) else ""
        return plus + text + self.unit.display


def _places(step: Fraction) -> int | None:
    """The decimals a step in display units writes: 0.01 → 2, 1 or 10 → 0, else None."""
    if step.numerator == 1 and str(step.denominator).rstrip("0") == "1":
        return len(str(step.denominator)) - 1
    if step.denominator == 1 and str(step.numerator).rstrip("0") == "1":
        return 0
    return None


def same_quantity(a: Quantity, b: Quantity) -> bool:
    """True when both are the same amount of the same dimension (169万元 and 1690000 yuan).

    Two counts with different measure words are different things: 2项 is not 2家; nor are
    figures with different qualifiers or direction words (162万元 is not 162万余元).
    """
    if a.measure and b.measure and a.measure != b.measure:
        return False
    return (
        a.unit.dimension == b.unit.dimension
        and a.value == b.value
        and a.qualifier == b.qualifier
        and a.direction == b.direction
    )
