"""The data of the road's later stations: what the checks find about each claim. A
:class:`Finding` carries its place, its verdict and its arithmetic as data. All frozen."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from factcheck.intervals import Interval
from factcheck.models import Pos
from factcheck.record import Record, init_field


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


@dataclass(slots=True, init=False, repr=False, eq=False)
class Step(Record):
    """One line of arithmetic: a formula, the figures put in it, and the result."""

    label: str
    formula: str
    figures: str
    result: Interval | None
    shown: str  # the result as a person reads it, in the unit of the claim

    def __init__(
        self,
        label: str,
        formula: str,
        figures: str,
        result: Interval | None,
        shown: str,
    ) -> None:
        init_field(self, "label", label)
        init_field(self, "formula", formula)
        init_field(self, "figures", figures)
        init_field(self, "result", result)
        init_field(self, "shown", shown)

    def __str__(self) -> str:
        """``label: formula = figures = shown``, leaving out a part that is empty or says
        again what the part before it says."""
        parts = [self.formula]
        for part in (self.figures, self.shown):
            if part and part != parts[-1]:
                parts.append(part)
        return f"{self.label}: {' = '.join(parts)}"


@dataclass(slots=True, init=False, repr=False, eq=False)
class Reading(Record):
    """One way of understanding ambiguous wording, and whether the figures hold under it."""

    name: str
    holds: bool
    computed: Interval | None
    shown: str
    steps: tuple[Step, ...] = ()

    def __init__(
        self,
        name: str,
        holds: bool,
        computed: Interval | None,
        shown: str,
        steps: tuple[Step, ...] = (),
    ) -> None:
        init_field(self, "name", name)
        init_field(self, "holds", holds)
        init_field(self, "computed", computed)
        init_field(self, "shown", shown)
        init_field(self, "steps", steps)


@dataclass(slots=True, init=False, repr=False, eq=False)
class Touch(Record):
    """Where a stated and a computed interval touch without meeting: the end they share,
    and which of them excludes it (``stated``, ``computed`` or ``both``)."""

    at: Fraction
    excluded_by: str

    def __init__(self, at: Fraction, excluded_by: str) -> None:
        init_field(self, "at", at)
        init_field(self, "excluded_by", excluded_by)


@dataclass(slots=True, init=False, repr=False, eq=False)
class Gap(Record):
    """How far a stated figure lies from what its components give."""

    absolute: Fraction
    relative: Fraction | None
    shown: str  # the absolute gap in the claim's unit
    nearest: str | None  # the nearest value consistent at the stated precision
    # set when the absolute gap is zero and yet the claim fails: the intervals only touch
    touching: Touch | None = None

    def __init__(
        self,
        absolute: Fraction,
        relative: Fraction | None,
        shown: str,
        nearest: str | None,
        touching: Touch | None = None,
    ) -> None:
        init_field(self, "absolute", absolute)
        init_field(self, "relative", relative)
        init_field(self, "shown", shown)
        init_field(self, "nearest", nearest)
        init_field(self, "touching", touching)


@dataclass(slots=True, init=False, repr=False, eq=False)
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

    def __init__(
        self,
        name: str,
        explanation_en: str,
        explanation_zh: str,
        message: str,
        steps: tuple[Step, ...],
        computed: Interval | None,
        computed_shown: str = "",
    ) -> None:
        init_field(self, "name", name)
        init_field(self, "explanation_en", explanation_en)
        init_field(self, "explanation_zh", explanation_zh)
        init_field(self, "message", message)
        init_field(self, "steps", steps)
        init_field(self, "computed", computed)
        init_field(self, "computed_shown", computed_shown)

    def __str__(self) -> str:
        return f"{self.name}: {self.message}"


@dataclass(slots=True, init=False, repr=False, eq=False)
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

    def __init__(
        self,
        pos: Pos,
        claim_id: str,
        kind: str,
        verdict: Verdict,
        message: str,
        check: str = "arithmetic",
        stated: Interval | None = None,
        computed: Interval | None = None,
        stated_shown: str = "",
        computed_shown: str = "",
        steps: tuple[Step, ...] = (),
        readings: tuple[Reading, ...] = (),
        gap: Gap | None = None,
        hint: str = "",
        slips: tuple[Slip, ...] = (),
    ) -> None:
        init_field(self, "pos", pos)
        init_field(self, "claim_id", claim_id)
        init_field(self, "kind", kind)
        init_field(self, "verdict", verdict)
        init_field(self, "message", message)
        init_field(self, "check", check)
        init_field(self, "stated", stated)
        init_field(self, "computed", computed)
        init_field(self, "stated_shown", stated_shown)
        init_field(self, "computed_shown", computed_shown)
        init_field(self, "steps", steps)
        init_field(self, "readings", readings)
        init_field(self, "gap", gap)
        init_field(self, "hint", hint)
        init_field(self, "slips", slips)

    def __str__(self) -> str:
        return f"{self.pos}: {self.verdict.value} {self.message} ({self.claim_id})"
