"""A claim's values: the named figures it states, each read by its kind's parser (else as a
figure, or a date when it is not one), and the names its expressions and name lists use, each
checked against the values defined.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable
from types import ModuleType
from typing import Any

import yaml

from factcheck import expr as expr_mod
from factcheck import safeyaml
from factcheck.checks.base import Option
from factcheck.dates import parse_figure_or_date
from factcheck.models import Value
from factcheck.quantity import Quantity, QuantityError
from factcheck.yamlnodes import (
    BOOLS,
    File,
    clip,
    join_key,
    kind_of,
    mapping,
    scalar_offset,
    text_of,
)

VALUE_KEYS = ("value", "derived", "note")
NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
MAX_FIGURE = 2_000  # characters of one figure (numerals.MAX_DIGITS bounds its digits)


def read_values(
    f: File,
    node: yaml.Node | None,
    claim: yaml.Node,
    key: str,
    parsers: dict[str, Any],
    signed: tuple[str, ...] = (),
    said: bool = False,
) -> list[Value]:
    """The named figures of a claim; ``signed`` names the values that may be negative counts."""
    if node is None:
        if not said:
            hint = "name its figures: `values: {from: 82.04%}`"
            f.problem(claim, "claim has no `values`", hint, key)
        return []
    keys = mapping(f, node, (), key, "values")
    if keys is None:
        return []
    out = []
    for name, vnode in keys.items():
        vkey = join_key(key, name)
        if not NAME_RE.fullmatch(name):
            f.problem(
                _key_node(node, name),
                f"value name '{clip(name)}' is not a plain name",
                "use letters, digits and '_', not starting with a digit",
                vkey,
            )
            continue
        derived, note, text_node = False, "", vnode
        if isinstance(vnode, yaml.MappingNode):
            sub = mapping(f, vnode, VALUE_KEYS, vkey, "a value")
            if sub is None:
                continue
            if "value" not in sub:
                f.problem(
                    vnode,
                    "value has no `value`",
                    "write `{value: 16.2个百分点, derived: true}`",
                    vkey,
                )
                continue
            text_node = sub["value"]
            if "derived" in sub:
                dnode = sub["derived"]
                d = text_of(f, dnode, f"{vkey}.derived", "derived", typed=False)
                if d is not None and d not in BOOLS:
                    hint = "`derived: true` marks a figure of your own; leave it out otherwise"
                    f.problem(dnode, "derived must be true or false", hint, vkey)
                elif d is not None and getattr(dnode, "style", None):  # quoted "true" is text
                    hint = f"write it without quotes: `derived: {d}`"
                    f.problem(
                        dnode, f"derived must be true or false, not {kind_of(dnode)}", hint, vkey
                    )
                derived = BOOLS.get(d or "", False)
            if "note" in sub:
                note = text_of(f, sub["note"], f"{vkey}.note", "note") or ""
        # no length limit here: the parser refuses a long figure at once, saying why
        hint = "write the figure as text: `lost: 169万元`, or `{value: 169万元, derived: true}`"
        text = text_of(f, text_node, vkey, "a figure", most=None, hint=hint, typed=False)
        if text is None:
            continue
        stripped = text.strip()
        if safeyaml.LINE_BREAK.search(stripped):
            f.problem(
                text_node,
                f"figure '{clip(text)}' runs over more than one line",
                "write a figure on one line, as the article does",
                vkey,
            )
            continue
        text = stripped
        parser = parsers.get(name, parse_figure_or_date)
        try:
            quantity = parser(text)
        except QuantityError as e:
            f.problem(
                text_node,
                f"cannot read figure '{clip(text)}': {e.message}",
                e.hint,
                vkey,
                scalar_offset(text_node, e.offset),
            )
            continue
        if len(text) > MAX_FIGURE:
            f.problem(
                text_node,
                f"a figure is {len(text):,} characters long, over the limit of {MAX_FIGURE:,}",
                "write the figure as the article does",
                vkey,
            )
            continue
        # a Fraction's sign is its numerator's: cheaper than comparing two Fractions
        if quantity.measure is not None and quantity.value.numerator < 0 and name not in signed:
            f.problem(
                text_node,
                f"a count cannot be negative: '{clip(text)}'",
                "a number of things is zero or more; a fall is a change: write 减少3件 "
                "as the `change` of a change claim",
                vkey,
            )
            continue
        out.append(
            Value(
                name, unicodedata.normalize("NFC", text), quantity, f.pos(text_node), derived, note
            )
        )
    return out


def value_parser(module: ModuleType, name: str) -> Callable[[str], Quantity]:
    """How the loader reads a value of that name in a claim of that kind: the kind's own
    parser (dates, durations), else a figure, or a date when it is not a figure."""
    parsers: dict[str, Callable[[str], Quantity]] = getattr(module, "VALUE_PARSERS", {})
    return parsers.get(name, parse_figure_or_date)


def _key_node(node: yaml.Node, name: str) -> yaml.Node:
    return next(k for k, _ in node.value if k.value == name)


def declared_names(node: yaml.Node | None) -> set[str]:
    """Every value name written, read or not, so one bad figure does not cascade."""
    if not isinstance(node, yaml.MappingNode):
        return set()
    return {k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)}


def read_expression(
    f: File, node: yaml.Node, text: str, opt: Option, names: set[str], key: str
) -> Any:
    """An expression option read and checked: its names defined, and the kind's own check."""
    parsed = f.exprs.get(text)
    if parsed is None:
        try:
            parsed = f.exprs[text] = expr_mod.parse(text)  # frozen: shared by every claim
        except expr_mod.ExprError as e:
            f.problem(
                node,
                f"cannot read expression: {e.message}",
                e.hint,
                key,
                scalar_offset(node, e.offset),
            )
            return None
    known = names | set(opt.names)
    for name in parsed.names():
        if name.name not in known:
            undefined_name(f, node, name.name, known, key, scalar_offset(node, name.offset))
    if opt.convert is not None:
        try:
            return opt.convert(parsed)
        except expr_mod.ExprError as e:
            f.problem(node, e.message, e.hint, key, scalar_offset(node, e.offset))
            return None
    return parsed


def undefined_name(
    f: File, node: yaml.Node, name: str, names: set[str], key: str, offset: int = 0
) -> None:
    """Report a name no value defines, with the nearest defined name when one is close."""
    close = difflib.get_close_matches(name, sorted(names), n=1)
    hint = (
        f"did you mean '{close[0]}'?"
        if close
        else (
            f"defined values: {', '.join(sorted(names))}" if names else "define it under `values:`"
        )
    )
    f.problem(node, f"undefined name '{clip(name)}'", hint, key, offset)
