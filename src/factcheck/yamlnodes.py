"""YAML nodes read with their places: the problems of one file, each with FILE:LINE:COL and key
path, and the readers of a mapping, a text and the ``rounding`` and ``approx`` settings that the
file and its claims share (:mod:`factcheck.loader`, :mod:`factcheck.claims`).
"""

from __future__ import annotations

import difflib
import re
from fractions import Fraction
from typing import TYPE_CHECKING

import yaml

from factcheck.figure import QuantityError, parse
from factcheck.models import Pos, Problem, Unchecked, one_line
from factcheck.rounding import Rounding

if TYPE_CHECKING:
    from factcheck import expr as expr_mod
    from factcheck.claims import Kind

MAX_TEXT = 100_000  # characters of one quote, note or other text
MAX_SHOWN = 40  # characters of a bad figure or name repeated in a message

# A plain scalar that is not text: a number, true/false or null both to YAML 1.2's core schema
# (https://yaml.org/spec/1.2.2/#1032-tag-resolution), as editors and the JSON schema read it,
# and to YAML 1.1, as PyYAML reads and writes it. What only one of them reads so (a date,
# yes/no, 1e5) stays text, so that no YAML tool's text is refused; an empty scalar is read as
# empty text, as it always was.
BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_NULLS = ("~", "null", "Null", "NULL")
_NUMBER = re.compile(  # YAML 1.2's numbers
    r"[-+]?(?:[0-9]+|\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
_NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
_YAML_1_1 = yaml.resolver.Resolver()
_NOT_TEXT_START = frozenset("0123456789+-.~nNtTfF")  # how every such scalar begins


class File:
    """The loading of one file: its path and the problems found so far."""

    __slots__ = ("exprs", "kinds", "names", "path", "problems", "unchecked")

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.unchecked: list[Unchecked] = []
        self.kinds: dict[str, Kind] = {}
        # a file repeats its expressions: each parsed once, with the names it uses
        self.exprs: dict[str, tuple[expr_mod.Expression, tuple[expr_mod.Name, ...]]] = {}
        self.names: set[str] = set()  # value names found plain: a file repeats them too

    def pos(self, node: yaml.Node, offset: int = 0) -> Pos:
        """The place of a node in this file, ``offset`` characters into it."""
        mark = node.start_mark
        return Pos(self.path, mark.line + 1, mark.column + 1 + offset)

    def problem(
        self, node: yaml.Node | Pos, message: str, hint: str = "", key: str = "", offset: int = 0
    ) -> None:
        """Note a problem at a node or a place: the message, how to fix it, and the key path."""
        pos = node if isinstance(node, Pos) else self.pos(node, offset)
        self.problems.append(Problem(pos, message, hint, key))


def plain_keys(node: yaml.MappingNode) -> dict[str, yaml.Node] | None:
    """The keys of a mapping when every one is text and none repeats, as in a good file (no
    problem to report), else None."""
    pairs = node.value
    out = {}
    try:
        for k, v in pairs:
            out[k.value] = v
    except TypeError:  # a key that is a list or a mapping, whose value is a list
        return None
    return out if len(out) == len(pairs) else None


def mapping(
    f: File,
    node: yaml.Node,
    allowed: tuple[str, ...],
    key: str,
    what: str,
    allowed_set: frozenset[str] | None = None,
) -> dict[str, yaml.Node] | None:
    """The keys of a mapping node, reporting duplicates and unknown keys; ``allowed_set``, the
    keys of ``allowed``, lets a good mapping be read at once."""
    if not isinstance(node, yaml.MappingNode):
        f.problem(
            node, f"{what} must be a mapping, not {kind_of(node)}", "write `key: value` lines", key
        )
        return None
    if not allowed or allowed_set is not None:
        fast = plain_keys(node)
        if fast is not None and (allowed_set is None or allowed_set.issuperset(fast)):
            return fast
    out: dict[str, yaml.Node] = {}
    for k, v in node.value:
        if not isinstance(k, yaml.ScalarNode):
            f.problem(k, "a key must be plain text", "write keys as plain names: `values:`", key)
            continue
        name = k.value
        if name in out:
            f.problem(
                k,
                f"duplicate key '{clip(k.value)}'",
                f"it is already given on line {_line_of(node, k.value)}",
                key,
            )
            continue
        if allowed and name not in allowed:
            close = difflib.get_close_matches(name, allowed, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"known keys: {', '.join(allowed)}"
            f.problem(
                k, f"unknown key '{clip(k.value)}' in {what}", hint, join_key(key, clip(k.value))
            )
            continue
        out[name] = v
    return out


def misspelt(node: yaml.Node, name: str, allowed: tuple[str, ...]) -> bool:
    """True when an unknown key of ``node`` was reported as a misspelling of ``name``: its
    absence is then said once, by the did-you-mean of that key."""
    return isinstance(node, yaml.MappingNode) and any(
        isinstance(k, yaml.ScalarNode)
        and k.value not in allowed
        and difflib.get_close_matches(k.value, allowed, n=1) == [name]
        for k, _ in node.value
    )


def _line_of(node: yaml.MappingNode, name: str) -> int:
    return next(k.start_mark.line + 1 for k, _ in node.value if k.value == name)


def kind_of(node: yaml.Node) -> str:
    """What a node is, as a message names it: a mapping, a list, null, a number, true or
    false as YAML reads a plain scalar, its text, or empty."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if isinstance(node, yaml.ScalarNode) and (other := plain_kind(node)) is not None:
        return other
    return f"the text '{clip(node.value)}'" if node.value else "empty"


def join_key(key: str, part: str | int) -> str:
    """The key path one step down: ``claims[3]`` for an index, ``claims[3].values`` for a name."""
    if isinstance(part, int):
        return f"{key}[{part}]"
    return f"{key}.{part}" if key else part


def plain_kind(node: yaml.ScalarNode) -> str | None:
    """What YAML reads a plain scalar as when not as text (``the number 5.20``, ``true``,
    ``null``), said with its text as written; None for text, quoted or not."""
    value = node.value
    # a plain scalar's style is "" (None from PyYAML's Python parser)
    if node.style or not value or value[0] not in _NOT_TEXT_START:
        return None
    if value in BOOLS:
        return value
    if value in _NULLS:
        return "null"
    if _NUMBER.fullmatch(value) and (
        _YAML_1_1.resolve(yaml.ScalarNode, value, (True, False)) in _NUMBER_TAGS
    ):
        return f"the number {value}"
    return None


def quoted_hint(node: yaml.ScalarNode, key: str, required: bool = False) -> str:
    """How to write a plain scalar as text: in quotes, after its key unless a list item.
    YAML's "no value" (null, ~) is more likely meant to be left out, unless it cannot be."""
    last = key.rsplit(".", 1)[-1]
    written = f'"{clip(node.value)}"'
    if not last.endswith("]"):  # a list item is written as it is, in quotes
        written = f"{last}: {written}"
    if node.value in _NULLS:
        if required:
            return f"it cannot be left out: write its text (`{written}` if {node.value} is meant)"
        return f"leave it out, or write it in quotes: `{written}`"
    return f"write it in quotes: `{written}`"


def text_of(
    f: File,
    node: yaml.Node,
    key: str,
    what: str,
    most: int | None = MAX_TEXT,
    hint: str = "",
    typed: bool = True,
    required: bool = False,
) -> str | None:
    """The text of a scalar node, or None when it is not one or is over ``most`` characters.

    With ``typed``, a plain scalar that YAML reads as a number, true/false or null is not
    text either (``quote: 5.20`` is the number 5.2 to every other YAML tool): it must be
    quoted. A name, a choice or a figure, which is read from its written text, is not typed.
    ``required`` says the key cannot be left out (for the hint to a null).
    """
    if not isinstance(node, yaml.ScalarNode):
        hint = hint or 'write it on one line, in quotes if it has ":" or starts with [ or {: "…"'
        f.problem(node, f"{what} must be text, not {kind_of(node)}", hint, key)
        return None
    if typed:
        other = plain_kind(node)
        if other is not None:
            hint = quoted_hint(node, key, required)
            f.problem(node, f"{what} must be text, not {other}", hint, key)
            return None
    if most is not None and len(node.value) > most:
        f.problem(
            node,
            f"{what} is {len(node.value):,} characters long, over the limit of {most:,}",
            "quote the sentence the figures come from, not the whole article",
            key,
        )
        return None
    return node.value


def clip(text: str, most: int = MAX_SHOWN) -> str:
    """Text as repeated in a message: on one line, and cut when long, saying how long it was."""
    if len(text) <= most:
        return one_line(text)
    return f"{one_line(text[:most])}… ({len(text):,} characters)"


def read_rounding(f: File, node: yaml.Node | None, default: Rounding, key: str) -> Rounding:
    """A ``rounding`` setting, or ``default`` when absent or unknown."""
    if node is None:
        return default
    text = text_of(f, node, key, "rounding", typed=False)
    try:
        return Rounding(text or "")
    except ValueError:
        names = [r.value for r in Rounding]
        close = difflib.get_close_matches(text or "", names, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"one of: {', '.join(names)}"
        f.problem(node, f"unknown rounding '{clip(text or '')}'", hint, key)
        return default


def read_approx(f: File, node: yaml.Node | None, default: Fraction, key: str) -> Fraction:
    """An ``approx`` setting, a percentage from 0% to 100%, or ``default`` when absent or bad."""
    if node is None:
        return default
    text = text_of(f, node, key, "approx", typed=False)
    if text is None:
        return default
    try:
        q = parse(text)
    except QuantityError as e:
        f.problem(
            node,
            f"cannot read approx '{clip(text)}': {e.message}",
            "write a percentage: 10%",
            key,
            scalar_offset(node, e.offset),
        )
        return default
    if q.unit.dimension != "ratio" or not 0 <= q.value <= 1:
        f.problem(
            node,
            f"approx '{clip(text)}' must be a percentage from 0% to 100%",
            "write a percentage: 10%",
            key,
        )
        return default
    return q.value


def scalar_offset(node: yaml.Node, offset: int) -> int:
    """Column offset of a character of a scalar: past the opening quote when it has one."""
    quoted = isinstance(node, yaml.ScalarNode) and node.style in ("'", '"')
    one_line = node.start_mark.line == node.end_mark.line
    return (offset + (1 if quoted else 0)) if one_line else 0
