"""The data of the road's first stations: a claim file as loaded, with every place in it.
All frozen; what the checks find is in :mod:`factcheck.findings`."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from factcheck.intervals import Interval
from factcheck.record import Record, init_field
from factcheck.rounding import Rounding

if TYPE_CHECKING:
    from factcheck.quantity import Quantity


@dataclass(slots=True, init=False, repr=False, eq=False)
class Pos(Record):
    """A place in a claim file: 1-based line and column."""

    path: str
    line: int
    column: int

    def __init__(self, path: str, line: int, column: int) -> None:
        init_field(self, "path", path)
        init_field(self, "line", line)
        init_field(self, "column", column)

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


@dataclass(slots=True, init=False, repr=False, eq=False)
class Problem(Record):
    """A claim file that cannot be read as written: located, with a hint."""

    pos: Pos
    message: str
    hint: str = ""
    key: str = ""  # the key path, e.g. claims[3].values.lost

    def __init__(self, pos: Pos, message: str, hint: str = "", key: str = "") -> None:
        init_field(self, "pos", pos)
        init_field(self, "message", message)
        init_field(self, "hint", hint)
        init_field(self, "key", key)

    def __str__(self) -> str:
        where = f" [{one_line(self.key)}]" if self.key else ""
        hint = f"\n  hint: {one_line(self.hint)}" if self.hint else ""
        return f"{self.pos}: error: {one_line(self.message)}{where}{hint}"


@dataclass(slots=True, init=False, repr=False, eq=False)
class Value(Record):
    """A named figure of a claim, as written, where it was written, and what it means."""

    name: str
    text: str
    quantity: Quantity
    pos: Pos
    derived: bool = False
    note: str = ""

    def __init__(
        self,
        name: str,
        text: str,
        quantity: Quantity,
        pos: Pos,
        derived: bool = False,
        note: str = "",
    ) -> None:
        init_field(self, "name", name)
        init_field(self, "text", text)
        init_field(self, "quantity", quantity)
        init_field(self, "pos", pos)
        init_field(self, "derived", derived)
        init_field(self, "note", note)


@dataclass(slots=True, init=False, repr=False, eq=False)
class Quote(Record):
    """A verbatim passage of the article, where the claim file holds it."""

    text: str
    pos: Pos

    def __init__(self, text: str, pos: Pos) -> None:
        init_field(self, "text", text)
        init_field(self, "pos", pos)


@dataclass(slots=True, init=False, repr=False, eq=False)
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

    def __init__(
        self,
        id: str,
        kind: str,
        quotes: tuple[Quote, ...],
        values: tuple[Value, ...],
        pos: Pos,
        rounding: Rounding,
        approx: Fraction,
        severity: str = "error",
        note: str = "",
        options: dict[str, Any] | None = None,
        option_pos: dict[str, Pos] | None = None,
    ) -> None:
        init_field(self, "id", id)
        init_field(self, "kind", kind)
        init_field(self, "quotes", quotes)
        init_field(self, "values", values)
        init_field(self, "pos", pos)
        init_field(self, "rounding", rounding)
        init_field(self, "approx", approx)
        init_field(self, "severity", severity)
        init_field(self, "note", note)
        init_field(self, "options", {} if options is None else options)
        init_field(self, "option_pos", {} if option_pos is None else option_pos)

    def value(self, name: str) -> Value | None:
        """The value of that name, if the claim has it."""
        return next((v for v in self.values if v.name == name), None)

    def interval(self, value: Value) -> Interval:
        """The interval a value stands for under this claim's rounding and width."""
        return value.quantity.interval(self.rounding, self.approx)


@dataclass(init=False, repr=False, eq=False)
class Source(Record):
    """The article the claims come from."""

    title: str = ""
    outlet: str = ""
    date: str = ""
    url: str = ""
    text_path: str = ""  # as written in the file, relative to it
    language: str = ""
    text: str | None = None  # the archived text, when it could be read

    def __init__(
        self,
        title: str = "",
        outlet: str = "",
        date: str = "",
        url: str = "",
        text_path: str = "",
        language: str = "",
        text: str | None = None,
    ) -> None:
        init_field(self, "title", title)
        init_field(self, "outlet", outlet)
        init_field(self, "date", date)
        init_field(self, "url", url)
        init_field(self, "text_path", text_path)
        init_field(self, "language", language)
        init_field(self, "text", text)


@dataclass(init=False, repr=False, eq=False)
class Unchecked(Record):
    """A figure of the article that the claim file declares it does not check, and why."""

    figure: str  # as written in the article
    reason: str
    pos: Pos
    quote: Quote | None = None  # only where this passage stands, when given

    def __init__(self, figure: str, reason: str, pos: Pos, quote: Quote | None = None) -> None:
        init_field(self, "figure", figure)
        init_field(self, "reason", reason)
        init_field(self, "pos", pos)
        init_field(self, "quote", quote)


@dataclass(init=False, repr=False, eq=False)
class ClaimFile(Record):
    """A loaded claim file: its source, its claims and every problem found reading it."""

    path: str
    source: Source
    claims: tuple[Claim, ...]
    problems: tuple[Problem, ...]
    unchecked: tuple[Unchecked, ...] = ()

    def __init__(
        self,
        path: str,
        source: Source,
        claims: tuple[Claim, ...],
        problems: tuple[Problem, ...],
        unchecked: tuple[Unchecked, ...] = (),
    ) -> None:
        init_field(self, "path", path)
        init_field(self, "source", source)
        init_field(self, "claims", claims)
        init_field(self, "problems", problems)
        init_field(self, "unchecked", unchecked)
