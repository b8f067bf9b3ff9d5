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
from factcheck.figure import QuantityError
from factcheck.models import Pos, Value
from factcheck.quantity import Quantity
from factcheck.yamlnodes import (
    BOOLS,
    File,
    clip,
    kind_of,
    mapping,
    scalar_offset,
    text_of,
)

VALUE_KEYS = ("value", "derived", "note")
_VALUE_KEYS = frozenset(VALUE_KEYS)
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
) -> tuple[list[Value], set[str]]:
    """The named figures of a claim, and every name written, read or not (so that one bad
    figure does not cascade); ``signed`` names the values that may be negative counts."""
    if node is None:
        if not said:
            hint = "name its figures: `values: {from: 82.04%}`"
            f.problem(claim, "claim has no `values`", hint, key)
        return [], set()
    keys = mapping(f, node, (), key, "values")
    if keys is None:
        return [], set()
    out = []
    names, path, scalar, nfc = f.names, f.path, yaml.ScalarNode, unicodedata.normalize
    for name, vnode in keys.items():
        if name not in names:
            if not NAME_RE.fullmatch(name):
                f.problem(
                    _key_node(node, name),
                    f"value name '{clip(name)}' is not a plain name",
                    "use letters, digits and '_', not starting with a digit",
                    f"{key}.{name}",
                )
                continue
            names.add(name)
        text_node: yaml.Node
        if vnode.__class__ is scalar:  # a figure as written, as most are
            text_node, text, derived, note = vnode, vnode.value, False, ""
        else:
            read = _value(f, vnode, f"{key}.{name}")
            if read is None:
                continue
            text_node, text, derived, note = read
        stripped = text.strip()
        # a line break is not printable: most figures need no search for one
        if not stripped.isprintable() and safeyaml.LINE_BREAK.search(stripped):
            f.problem(
                text_node,
                f"figure '{clip(text)}' runs over more than one line",
                "write a figure on one line, as the article does",
                f"{key}.{name}",
            )
            continue
        text = stripped
        try:
            quantity = parsers.get(name, parse_figure_or_date)(text)
        except QuantityError as e:
            f.problem(
                text_node,
                f"cannot read figure '{clip(text)}': {e.message}",
                e.hint,
                f"{key}.{name}",
                scalar_offset(text_node, e.offset),
            )
            continue
        if len(text) > MAX_FIGURE:
            f.problem(
                text_node,
                f"a figure is {len(text):,} characters long, over the limit of {MAX_FIGURE:,}",
                "write the figure as the article does",
                f"{key}.{name}",
            )
            continue
        # a Fraction's sign is its numerator's: cheaper than comparing two Fractions
        if quantity.measure is not None and quantity.value.numerator < 0 and name not in signed:
            f.problem(
                text_node,
                f"a count cannot be negative: '{clip(text)}'",
                "a number of things is zero or more; a fall is a change: write 减少3件 "
                "as the `change` of a change claim",
                f"{key}.{name}",
            )
            continue
        mark = text_node.start_mark
        pos = Pos(path, mark.line + 1, mark.column + 1)
        out.append(Value(name, nfc("NFC", text), quantity, pos, derived, note))
    return out, set(keys)


def _value(f: File, node: yaml.Node, key: str) -> tuple[yaml.Node, str, bool, str] | None:
    """A value that is not written as a plain figure: ``{value: ..., derived: ..., note: ...}``
    read into its figure's node and text, derived and note, or None when it has a problem."""
    derived, note, text_node = False, "", node
    if isinstance(node, yaml.MappingNode):
        sub = mapping(f, node, VALUE_KEYS, key, "a value", _VALUE_KEYS)
        if sub is None:
            return None
        if "value" not in sub:
            f.problem(
                node,
                "value has no `value`",
                "write `{value: 16.2个百分点, derived: true}`",
                key,
            )
            return None
        text_node = sub["value"]
        if "derived" in sub:
            dnode = sub["derived"]
            d = text_of(f, dnode, f"{key}.derived", "derived", typed=False)
            if d is not None and d not in BOOLS:
                hint = "`derived: true` marks a figure of your own; leave it out otherwise"
                f.problem(dnode, "derived must be true or false", hint, key)
            elif d is not None and getattr(dnode, "style", None):  # quoted "true" is text
                hint = f"write it without quotes: `derived: {d}`"
                f.problem(dnode, f"derived must be true or false, not {kind_of(dnode)}", hint, key)
            derived = BOOLS.get(d or "", False)
        if "note" in sub:
            note = text_of(f, sub["note"], f"{key}.note", "note") or ""
    # no length limit here: the parser refuses a long figure at once, saying why
    hint = "write the figure as text: `lost: 169万元`, or `{value: 169万元, derived: true}`"
    text = text_of(f, text_node, key, "a figure", most=None, hint=hint, typed=False)
    if text is None:
        return None
    return text_node, text, derived, note


def value_parser(module: ModuleType, name: str) -> Callable[[str], Quantity]:
    """How the loader reads a value of that name in a claim of that kind: the kind's own
    parser (dates, durations), else a figure, or a date when it is not a figure."""
    parsers: dict[str, Callable[[str], Quantity]] = getattr(module, "VALUE_PARSERS", {})
    return parsers.get(name, parse_figure_or_date)


def _key_node(node: yaml.Node, name: str) -> yaml.Node:
    return next(k for k, _ in node.value if k.value == name)


def read_expression(
    f: File, node: yaml.Node, text: str, opt: Option, names: set[str] | None, key: str
) -> Any:
    """An expression option read and checked: its names defined (unless ``names`` is None:
    not known, the claim's values unreadable), and the kind's own check."""
    read = f.exprs.get(text)
    if read is None:
        try:
            parsed = expr_mod.parse(text)  # frozen: shared by every claim
        except expr_mod.ExprError as e:
            f.problem(
                node,
                f"cannot read expression: {e.message}",
                e.hint,
                key,
                scalar_offset(node, e.offset),
            )
            return None
        read = f.exprs[text] = (parsed, tuple(parsed.names()))
    parsed, used = read
    if names is not None:
        known = names | set(opt.names) if opt.names else names
        for name in used:
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
