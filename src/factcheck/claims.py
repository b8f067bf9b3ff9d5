"""One claim: its mapping read into a :class:`~factcheck.models.Claim`, its kind looked up in
the registry, its id, quotes, settings and the kind's options read, and its values by
:mod:`factcheck.values`; every problem is collected with its place, none raised.
"""

from __future__ import annotations

import difflib
import re
from fractions import Fraction
from types import ModuleType
from typing import Any

import yaml

from factcheck.checks import REGISTRY
from factcheck.checks.base import Option
from factcheck.models import Claim, Pos, Quote, Value
from factcheck.rounding import Rounding
from factcheck.values import read_expression, read_values, undefined_name
from factcheck.yamlnodes import (
    BOOLS,
    MAX_TEXT,
    File,
    clip,
    join_key,
    kind_of,
    mapping,
    misspelt,
    plain_keys,
    plain_kind,
    read_approx,
    read_rounding,
    text_of,
)

CLAIM_KEYS = ("id", "kind", "quote", "values", "note", "rounding", "approx", "severity")
DRAFT_KIND = "TODO"  # the kind of the stubs `factcheck extract --draft` writes
SEVERITIES = ("error", "warning")
_NEEDED = ("id", "quote", "values")  # claim keys whose absence is said once
ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")  # whole text: fullmatch


class Kind:
    """What reading a claim needs of its kind, looked up once per file rather than per claim."""

    __slots__ = ("allowed", "allowed_set", "check_shape", "module", "options", "parsers", "signed")

    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.options: dict[str, Option] = dict(module.OPTIONS)
        self.allowed = CLAIM_KEYS + tuple(self.options)
        self.allowed_set = frozenset(self.allowed)
        self.parsers: dict[str, Any] = getattr(module, "VALUE_PARSERS", {})
        self.signed: tuple[str, ...] = getattr(module, "SIGNED", ())
        self.check_shape = getattr(module, "check_shape", None)  # a kind's own rules


def _kind(f: File, name: str) -> Kind | None:
    """The kind of that name, or None when there is none."""
    kind = f.kinds.get(name)
    if kind is None:
        module = REGISTRY.get(name)
        if module is None:
            return None
        kind = f.kinds[name] = Kind(module)
    return kind


def read_claim(
    f: File, node: yaml.Node, key: str, rounding: Rounding, approx: Fraction
) -> Claim | None:
    """One claim of the list, or None when it has a problem; ``rounding`` and ``approx`` are
    the file's, which the claim may override."""
    before = len(f.problems)
    if not isinstance(node, yaml.MappingNode):
        f.problem(
            node,
            f"a claim must be a mapping, not {kind_of(node)}",
            "each claim starts with `- id: ...`",
            key,
        )
        return None
    fast = plain_keys(node)  # the keys of a claim with no duplicate and no key not text
    if fast is not None:
        kind_node = fast.get("kind")
    else:
        kind_node = None
        for k, v in node.value:
            if k.value == "kind":
                kind_node = v
                break
    kind: Kind | None = None
    if kind_node is None:
        known = set(CLAIM_KEYS).union(*(m.OPTIONS for m in REGISTRY.values()))
        near = [
            k.value
            for k, _ in node.value
            if isinstance(k, yaml.ScalarNode)
            and k.value not in known
            and difflib.get_close_matches(k.value, ["kind"])
        ]
        hint = f"one of: {', '.join(REGISTRY)}"
        if near:
            hint = f"is '{clip(near[0])}' meant to be `kind`? {hint}"
        f.problem(node, "claim has no `kind`", hint, key)
    else:
        name = text_of(f, kind_node, f"{key}.kind", "kind", typed=False)
        kind = _kind(f, name) if name is not None else None  # None: said by text_of
        if name == DRAFT_KIND:
            f.problem(
                kind_node,
                "draft claim: choose its kind",
                f"one of: {', '.join(REGISTRY)}; then name the values as the kind needs them "
                "(README, Kinds), or delete the stub and list its figures under `unchecked:`",
                f"{key}.kind",
            )
        elif name is not None and kind is None:
            close = difflib.get_close_matches(name, list(REGISTRY), n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"one of: {', '.join(REGISTRY)}"
            f.problem(kind_node, f"unknown kind '{clip(name)}'", hint, f"{key}.kind")
    allowed = kind.allowed if kind else ()
    keys: dict[str, yaml.Node] | None
    if fast is not None and (kind is None or kind.allowed_set.issuperset(fast)):
        keys = fast  # what mapping() would find, with nothing to report
    else:
        keys = mapping(f, node, allowed, key, "a claim")
    if keys is None:
        return None
    said: set[str] = set()
    if "id" not in keys or "quote" not in keys or "values" not in keys:
        said = {n for n in _NEEDED if n not in keys and misspelt(node, n, allowed)}
    cid = ""
    if "id" not in keys:
        if "id" not in said:
            hint = "give every claim a stable id: `id: safety-rise`"
            f.problem(node, "claim has no `id`", hint, key)
    else:
        text = text_of(f, keys["id"], f"{key}.id", "id", required=True)
        cid = text or ""
        if text is not None and not cid.strip():
            hint = "give every claim a stable id: `id: safety-rise`"
            f.problem(keys["id"], "claim `id` is empty", hint, f"{key}.id")
        elif cid and not ID_RE.fullmatch(cid):
            f.problem(
                keys["id"],
                f"id '{clip(cid)}' has characters other than letters, digits, '.', '_' and '-'",
                "write ids like `safety-rise`",
                f"{key}.id",
            )
    quotes = _quotes(f, keys.get("quote"), node, f"{key}.quote", "quote" in said)
    if "rounding" in keys:  # else the file's
        rounding = read_rounding(f, keys["rounding"], rounding, f"{key}.rounding")
    if "approx" in keys:
        approx = read_approx(f, keys["approx"], approx, f"{key}.approx")
    severity = "error"
    if "severity" in keys:
        given = text_of(f, keys["severity"], f"{key}.severity", "severity", typed=False)
        severity = given or "error"
        if severity not in SEVERITIES:
            f.problem(
                keys["severity"],
                f"unknown severity '{clip(severity)}'",
                "one of: error, warning",
                f"{key}.severity",
            )
    note = text_of(f, keys["note"], f"{key}.note", "note") or "" if "note" in keys else ""
    parsers = kind.parsers if kind else {}
    signed = kind.signed if kind else ()
    values, declared = read_values(
        f, keys.get("values"), node, f"{key}.values", parsers, signed, "values" in said
    )
    # values missing or no mapping are said to be that, not each value the kind needs, nor
    # each name an expression or an order uses (None: the names are not known)
    listed_values = "values" in keys and isinstance(keys["values"], yaml.MappingNode)
    value_names = declared if listed_values else None
    opts, opt_pos = _options(f, keys, kind.options if kind else {}, value_names, key)
    if kind is not None:
        module = kind.module
        for need in module.VALUES:
            # a value written but unreadable is reported once, where it is written
            if need not in declared and listed_values:
                f.problem(
                    keys["values"],
                    f"a {module.KIND} claim needs a value named '{need}'",
                    f"needed: {', '.join(module.VALUES)}",
                    f"{key}.values",
                )
        check_shape = kind.check_shape
        # only on a claim read without a problem, so that one mistake is not said twice
        if check_shape is not None and "values" in keys and len(f.problems) == before:
            for m in check_shape(values, opts):
                f.problem(_place(f, keys, values, m.key), m.message, m.hint, join_key(key, m.key))
    if len(f.problems) > before or kind is None:
        return None
    # in the order of Claim's fields (a test holds it): passed by keyword, eleven arguments
    # cost as much again as the rest of the construction
    return Claim(
        cid, kind.module.KIND, tuple(quotes), tuple(values), f.pos(node), rounding, approx,
        severity, note, opts, opt_pos,
    )  # fmt: skip


_STEP = re.compile(r"([^.\[]+)|\[(\d+)\]")


def _place(f: File, keys: dict[str, yaml.Node], values: list[Value], rel: str) -> Pos:
    """Where the key ``rel`` below a claim is written (``values.years``, ``items[1]``): a
    value's figure, or the node the key names, as far down as it goes."""
    if rel.startswith("values."):
        value = next((v for v in values if v.name == rel[len("values.") :]), None)
        if value is not None:
            return value.pos
    node: yaml.Node | None = None
    for m in _STEP.finditer(rel):
        name, index = m.groups()
        if node is None:
            node = keys.get(name)
        elif name is not None and isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == name), node)
        elif index is not None and isinstance(node, yaml.SequenceNode):
            node = node.value[int(index)] if int(index) < len(node.value) else node
        if node is None:
            break
    return f.pos(node if node is not None else keys["values"])


def _quotes(
    f: File, node: yaml.Node | None, claim: yaml.Node, key: str, said: bool = False
) -> list[Quote]:
    """The quotes of a claim; ``said`` when a misspelt key already stands for a missing one."""
    if node is None:
        if not said:
            hint = "copy the sentence the figures come from, verbatim"
            f.problem(claim, "claim has no `quote`", hint, key)
        return []
    if node.__class__ is yaml.ScalarNode:  # one quote, as most claims have
        text = node.value
        if text.strip() and len(text) <= MAX_TEXT and plain_kind(node) is None:
            return [Quote(text, f.pos(node))]
    listed = isinstance(node, yaml.SequenceNode)
    items = node.value if listed else [node]
    out = []
    for i, item in enumerate(items):
        hint = "copy the sentence as text; several quotes go in a list"
        where = join_key(key, i) if listed else key
        text = text_of(f, item, where, "a quote", hint=hint, required=not listed)
        if text is not None and not text.strip():
            f.problem(item, "quote is empty", "copy the sentence verbatim", key)
        elif text is not None:
            out.append(Quote(text, f.pos(item)))
    if not items:
        f.problem(node, "quote list is empty", "give at least one quote", key)
    return out


def _options(
    f: File,
    keys: dict[str, yaml.Node],
    options: dict[str, Option],
    names: set[str] | None,
    key: str,
) -> tuple[dict[str, Any], dict[str, Pos]]:
    out: dict[str, Any] = {}
    where: dict[str, Pos] = {}
    for name, opt in options.items():
        node = keys.get(name)
        if node is None:
            if opt.required:
                f.problem(
                    Pos(f.path, 0, 0) if not keys else f.pos(next(iter(keys.values()))),
                    f"claim needs `{name}`",
                    opt.doc,
                    join_key(key, name),
                )
            continue
        where[name] = f.pos(node)
        value = _option(f, node, opt, names, join_key(key, name))
        if value is not None:
            out[name] = value
    return out, where


def _option(f: File, node: yaml.Node, opt: Option, names: set[str] | None, key: str) -> Any:
    if opt.type == "exprs":
        node_list = list(node.value) if isinstance(node, yaml.SequenceNode) else [node]
        out = []
        for i, n in enumerate(node_list):
            text = text_of(f, n, join_key(key, i), "an expression")
            if text is not None:
                out.append(read_expression(f, n, text, opt, names, join_key(key, i)))
        return None if any(o is None for o in out) else out
    if opt.type in ("names", "texts"):
        if not isinstance(node, yaml.SequenceNode):
            what = f"`{key.rsplit('.', 1)[-1]}` must be a list, not {kind_of(node)}"
            f.problem(node, what, opt.doc, key)
            return None
        items = [text_of(f, n, join_key(key, i), "an item") for i, n in enumerate(node.value)]
        if opt.type == "names" and names is not None:
            for n, item in zip(node.value, items, strict=True):
                if item is not None and item not in names:
                    undefined_name(f, n, item, names, key)
        return [i for i in items if i is not None]
    name = key.rsplit(".", 1)[-1]
    text = text_of(f, node, key, name, typed=opt.type in ("expr", "text"), required=opt.required)
    if text is None:
        return None
    if opt.type == "choice" and text not in opt.choices:
        close = difflib.get_close_matches(text, opt.choices, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"one of: {', '.join(opt.choices)}"
        f.problem(node, f"unknown {name} '{clip(text)}'", hint, key)
        return None
    quoted = isinstance(node, yaml.ScalarNode) and bool(node.style)  # plain: ""
    if opt.type == "bool":
        if text not in BOOLS:
            f.problem(node, f"`{name}` must be true or false", opt.doc, key)
            return None
        if quoted:  # "true" is text to YAML, and to the schema
            hint = f"write it without quotes: `{name}: {text}`"
            f.problem(node, f"`{name}` must be true or false, not {kind_of(node)}", hint, key)
            return None
        return BOOLS[text]
    if opt.type == "int":  # a bound or a count of wholes: 0 would search or list nothing
        if not (text.isascii() and text.isdigit() and len(text) <= 18) or int(text) < 1:
            f.problem(node, f"`{name}` must be a whole number of at least 1", opt.doc, key)
            return None
        if quoted:
            hint = f"write it without quotes: `{name}: {text}`"
            f.problem(node, f"`{name}` must be a whole number, not {kind_of(node)}", hint, key)
            return None
        return int(text)
    if opt.type == "expr":
        return read_expression(f, node, text, opt, names, key)
    return text
