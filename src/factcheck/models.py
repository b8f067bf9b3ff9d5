"""The data of the road: claims as loaded, and findings as checked. All frozen."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from factcheck.intervals import Interval
from factcheck.rounding import Rounding

if TYPE_CHECKING:
    from factcheck.quantity import Quantity


class Record:
    """The repr, == and hash of a frozen dataclass, written once for every model.

    The models are declared ``@dataclass(frozen=True, repr=False, eq=False)`` on this base:
    the same methods as a dataclass generates (over its fields, in order), without a function
    compiled for each class at every start (three of the six a frozen dataclass makes).
    """

    __slots__ = ()
    __match_args__: tuple[str, ...]

    def __repr__(self) -> str:
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__match_args__)
        return f"{type(self).__qualname__}({fields})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = self.__match_args__
        return tuple(getattr(self, n) for n in names) == tuple(getattr(other, n) for n in names)

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, n) for n in self.__match_args__))


class Verdict(StrEnum):
    """What a check concluded about a claim; ordered from worst to best by ``rank``."""

    INCONSISTENT = "inconsistent"
    AMBIGUOUS = "ambiguous"
    WARNING = "warning"
    UNVERIFIABLE = "unverifiable"
    CONSISTENT = "consistent"

    @property
    def rank(self) -> int:
        """Lower is worse: the verdict of a claim is the worst of its findings."""
        return _RANK[self]


_RANK = {v: i for i, v in enumerate(Verdict)}


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Pos(Record):
    """A place in a claim file: 1-based line and column."""

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


def one_line(text: str) -> str:
    """Text with line breaks and control or format characters escaped (``\\n``, ``\\u202e``),
    so that a message quoting a claim file stays on its one line and shows what is there."""
    if text.isprintable():
        return text
    return "".join(
        c.encode("unicode_escape").decode("ascii")
        if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")
        else c
        for c in text
    )


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Problem(Record):
    """A claim file that cannot be read as written: located, with a hint."""

    pos: Pos
    message: str
    hint: str = ""
    key: str = ""  # the key path, e.g. claims[3].values.lost

    def __str__(self) -> str:
        where = f" [{one_line(self.key)}]" if self.key else ""
        hint = f"\n  hint: {one_line(self.hint)}" if self.hint else ""
        return f"{self.pos}: error: {one_line(self.message)}{where}{hint}"


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Step(Record):
    """One line of arithmetic: a formula, the figures put in it, and the result."""

    label: str
    formula: str
    figures: str
    result: Interval | None
    shown: str  # the result as a person reads it, in the unit of the claim

    def __str__(self) -> str:
        """``label: formula = figures = shown``, leaving out a part that is empty or says
        again what the part before it says."""
        parts = [self.formula]
        for part in (self.figures, self.shown):
            if part and part != parts[-1]:
                parts.append(part)
        return f"{self.label}: {' = '.join(parts)}"


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Reading(Record):
    """One way of understanding ambiguous wording, and whether the figures hold under it."""

    name: str
    holds: bool
    computed: Interval | None
    shown: str
    steps: tuple[Step, ...] = ()


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Touch(Record):
    """Where a stated and a computed interval touch without meeting: the end they share,
    and which of them excludes it (``stated``, ``computed`` or ``both``)."""

    at: Fraction
    excluded_by: str


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Gap(Record):
    """How far a stated figure lies from what its components give."""

    absolute: Fraction
    relative: Fraction | None
    shown: str  # the absolute gap in the claim's unit
    nearest: str | None  # the nearest value consistent at the stated precision
    # set when the absolute gap is zero and yet the claim fails: the intervals only touch
    touching: Touch | None = None


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Slip(Record):
    """A known mistake that reproduces an inconsistent figure: its name, what it is, and the
    mistaken arithmetic that gives the stated figure (see factcheck.slips)."""

    name: str
    explanation_en: str
    explanation_zh: str
    message: str  # this instance: "上涨250% is to ÷ from = 250%, … not the change"
    steps: tuple[Step, ...]
    computed: Interval | None
    computed_shown: str = ""

    def __str__(self) -> str:
        return f"{self.name}: {self.message}"


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Finding(Record):
    """The result of one check of one claim, with its place and its arithmetic as data."""

    pos: Pos
    claim_id: str
    kind: str
    verdict: Verdict
    message: str
    check: str = "arithmetic"  # or "provenance"
    stated: Interval | None = None
    computed: Interval | None = None
    stated_shown: str = ""
    computed_shown: str = ""
    steps: tuple[Step, ...] = ()
    readings: tuple[Reading, ...] = ()
    gap: Gap | None = None
    hint: str = ""
    slips: tuple[Slip, ...] = ()  # on an inconsistent arithmetic finding: the slips that explain it

    def __str__(self) -> str:
        return f"{self.pos}: {self.verdict.value} {self.message} ({self.claim_id})"


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Value(Record):
    """A named figure of a claim, as written, where it was written, and what it means."""

    name: str
    text: str
    quantity: Quantity
    pos: Pos
    derived: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Quote(Record):
    """A verbatim passage of the article, where the claim file holds it."""

    text: str
    pos: Pos


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Claim(Record):
    """One assertion about the figures of an article."""

    id: str
    kind: str
    quotes: tuple[Quote, ...]
    values: tuple[Value, ...]
    pos: Pos
    rounding: Rounding
    approx: Fraction
    severity: str = "error"
    note: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    option_pos: dict[str, Pos] = field(default_factory=dict)

    def value(self, name: str) -> Value | None:
        """The value of that name, if the claim has it."""
        return next((v for v in self.values if v.name == name), None)

    def interval(self, value: Value) -> Interval:
        """The interval a value stands for under this claim's rounding and width."""
        return value.quantity.interval(self.rounding, self.approx)


@dataclass(frozen=True, repr=False, eq=False)
class Source(Record):
    """The article the claims come from."""

    title: str = ""
    outlet: str = ""
    date: str = ""
    url: str = ""
    text_path: str = ""  # as written in the file, relative to it
    language: str = ""
    text: str | None = None  # the archived text, when it could be read


@dataclass(frozen=True, repr=False, eq=False)
class Unchecked(Record):
    """A figure of the article that the claim file declares it does not check, and why."""

    figure: str  # as written in the article
    reason: str
    pos: Pos
    quote: Quote | None = None  # only where this passage stands, when given


@dataclass(frozen=True, repr=False, eq=False)
class ClaimFile(Record):
    """A loaded claim file: its source, its claims and every problem found reading it."""

    path: str
    source: Source
    claims: tuple[Claim, ...]
    problems: tuple[Problem, ...]
    unchecked: tuple[Unchecked, ...] = ()
