"""Claim files: YAML nodes -> claim models, every problem collected with FILE:LINE:COL.

The file is composed into nodes by :mod:`factcheck.safeyaml`, never constructed, so every scalar
keeps its raw text (``5.20`` stays ``5.20``) and its place. Anchors, aliases, deep nesting and
too many nodes are refused before any node is walked, so an alias bomb or a hostile document
costs nothing. A large file is composed a slice of claims at a time (:mod:`factcheck.yamlsplit`),
each slice's nodes freed once its claims are read.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import yaml

from factcheck import safeyaml
from factcheck.checks import REGISTRY
from factcheck.checks.base import Option
from factcheck.gcpause import paused
from factcheck.intervals import Rounding
from factcheck.models import (
    Claim,
    ClaimFile,
    Pos,
    Quote,
    Source,
    Unchecked,
)
from factcheck.quantity import DEFAULT_APPROX
from factcheck.values import declared_names, read_expression, read_values, undefined_name
from factcheck.yamlnodes import (
    File,
    clip,
    join_key,
    kind_of,
    mapping,
    misspelt,
    read_approx,
    read_rounding,
    text_of,
)

if TYPE_CHECKING:
    from factcheck import yamlsplit

MAX_BYTES = safeyaml.MAX_BYTES
MAX_DEPTH = safeyaml.MAX_DEPTH
MAX_NODES = safeyaml.MAX_NODES
MAX_CLAIMS = 150_000
# a larger file is composed a slice of claims at a time: below, its nodes take under ~100 MB
SPLIT_CHARS = 1 << 22

TOP_KEYS = ("version", "source", "rounding", "approx", "unchecked", "claims")
SOURCE_KEYS = ("title", "outlet", "date", "url", "text", "language")
CLAIM_KEYS = ("id", "kind", "quote", "values", "note", "rounding", "approx", "severity")
UNCHECKED_KEYS = ("figure", "reason", "quote")
DRAFT_KIND = "TODO"  # the kind of the stubs `factcheck extract --draft` writes
SEVERITIES = ("error", "warning")
_NEEDED = ("id", "quote", "values")  # claim keys whose absence is said once
ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")  # whole text: fullmatch


class Kind:
    """What the loader needs of a claim kind, looked up once per file rather than per claim."""

    __slots__ = ("allowed", "check_values", "module", "options", "parsers", "signed")

    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.options: dict[str, Option] = dict(module.OPTIONS)
        self.allowed = CLAIM_KEYS + tuple(self.options)
        self.parsers: dict[str, Any] = getattr(module, "VALUE_PARSERS", {})
        self.signed: tuple[str, ...] = getattr(module, "SIGNED", ())
        self.check_values = getattr(module, "check_values", None)  # a kind's own rules


def _kind(f: File, name: str) -> Kind | None:
    """The kind of that name, or None when there is none."""
    kind = f.kinds.get(name)
    if kind is None:
        module = REGISTRY.get(name)
        if module is None:
            return None
        kind = f.kinds[name] = Kind(module)
    return kind


def load(path: str | Path, max_bytes: int = MAX_BYTES) -> ClaimFile:
    """Read one claim file; every problem is returned in ``ClaimFile.problems``, none raised."""
    name = str(path)
    f = File(name)
    text = _read_text(f, Path(path), max_bytes)
    if text is None:
        return ClaimFile(name, Source(), (), tuple(f.problems))
    with paused():  # many small acyclic objects: the cyclic collector would only rescan them
        split = None
        if len(text) > SPLIT_CHARS:  # only a large file is cut into slices
            from factcheck import yamlsplit

            split = yamlsplit.split(text)
        if split is not None:
            try:
                source, claims = _document(f, yamlsplit.head(split), Path(path), split)
                return ClaimFile(name, source, tuple(claims), tuple(f.problems), tuple(f.unchecked))
            except safeyaml.Unsure:
                f = File(name)  # composed whole below, which places any problem
            del split
        root = _compose(f, text)
        if root is None:
            return ClaimFile(name, Source(), (), tuple(f.problems))
        source, claims = _document(f, root, Path(path))
    return ClaimFile(name, source, tuple(claims), tuple(f.problems), tuple(f.unchecked))


def _read_text(f: File, path: Path, max_bytes: int) -> str | None:
    start = Pos(f.path, 1, 1)
    try:
        text = safeyaml.read_text(path, max_bytes)
    except safeyaml.RefusedError as e:
        r = e.refusal
        f.problem(Pos(f.path, r.line, r.column), r.message, r.hint)
        return None
    except IsADirectoryError:
        f.problem(start, "is a directory", "name a claim file, or pass the directory to verify")
        return None
    except OSError as e:
        f.problem(start, f"cannot read file: {e.strerror}", "check the path and permissions")
        return None
    if not text.strip():
        f.problem(start, "file is empty", "a claim file holds `source:` and a list `claims:`")
        return None
    return text


def _compose(f: File, text: str) -> yaml.Node | None:
    try:
        root = safeyaml.compose(text)
    except safeyaml.RefusedError as e:
        r = e.refusal
        f.problem(Pos(f.path, r.line, r.column), r.message, r.hint)
        return None
    if root is None:
        f.problem(
            Pos(f.path, 1, 1),
            "file holds no YAML document, only comments",
            "a claim file holds `source:` and a list `claims:`",
        )
    return root


def _document(
    f: File, root: yaml.Node, path: Path, split: yamlsplit.Split | None = None
) -> tuple[Source, list[Claim]]:
    """The source and claims of a file; with ``split``, ``root`` is the file without its claims,
    which are composed a slice at a time."""
    if not isinstance(root, yaml.MappingNode):
        f.problem(
            root,
            f"the claim file must be a mapping, not {kind_of(root)}",
            "a claim file holds `source:` and a list `claims:`; the claims go under `claims:`",
        )
        return Source(), []
    top = mapping(f, root, TOP_KEYS, "", "the claim file")
    if top is None:
        return Source(), []
    if "version" in top:
        v = top["version"]
        if not (isinstance(v, yaml.ScalarNode) and v.value == "1"):
            shown = f" '{clip(v.value)}'" if isinstance(v, yaml.ScalarNode) else ""
            f.problem(
                v, f"unsupported version{shown}", "this factcheck reads version: 1", "version"
            )
    source = _source(f, top.get("source"), path)
    rounding = read_rounding(f, top.get("rounding"), Rounding.UP_OR_DOWN, "rounding")
    approx = read_approx(f, top.get("approx"), DEFAULT_APPROX, "approx")
    if "unchecked" in top:
        f.unchecked = _unchecked(f, top["unchecked"])
    claims_node = top.get("claims")
    if claims_node is None:
        if not misspelt(root, "claims", TOP_KEYS):
            f.problem(root, "no `claims:` list", "add `claims:` with one entry per claim")
        return source, []
    if not isinstance(claims_node, yaml.SequenceNode):
        f.problem(
            claims_node,
            f"`claims` must be a list, not {kind_of(claims_node)}",
            "start each claim with `- id: ...`",
            "claims",
        )
        return source, []
    if split is not None and split.count > MAX_CLAIMS:
        raise safeyaml.Unsure  # placed, as any problem, when the file is composed whole
    if len(claims_node.value) > MAX_CLAIMS:
        f.problem(
            claims_node,
            f"{len(claims_node.value):,} claims, over the limit of {MAX_CLAIMS:,}",
            "split the file",
            "claims",
        )
        return source, []
    claims: list[Claim] = []
    first_seen: dict[str, int] = {}
    if split is not None:
        from factcheck import yamlsplit

        nodes = yamlsplit.items(split)
    else:
        nodes = _drain(claims_node.value)
    for i, node in enumerate(nodes):
        claim = _claim(f, node, f"claims[{i}]", rounding, approx)
        if claim is None:
            continue
        if claim.id in first_seen:
            f.problem(
                claim.pos,
                f"duplicate id '{clip(claim.id)}'",
                f"ids must be unique; first used on line {first_seen[claim.id]}",
                f"claims[{i}].id",
            )
            continue
        first_seen[claim.id] = claim.pos.line
        claims.append(claim)
    return source, claims


def _drain(nodes: list[yaml.Node]) -> Iterator[yaml.Node]:
    """The nodes in order, each dropped from the list as handed out, so freed once read."""
    nodes.reverse()
    while nodes:
        yield nodes.pop()


def _source(f: File, node: yaml.Node | None, path: Path) -> Source:
    if node is None:
        return Source()
    keys = mapping(f, node, SOURCE_KEYS, "source", "source")
    if keys is None:
        return Source()
    fields = {k: text_of(f, v, f"source.{k}", f"source.{k}") or "" for k, v in keys.items()}
    text = None
    if fields.get("text"):
        text = _source_text(f, keys["text"], path.parent, fields["text"])
    return Source(
        title=fields.get("title", ""),
        outlet=fields.get("outlet", ""),
        date=fields.get("date", ""),
        url=fields.get("url", ""),
        text_path=fields.get("text", ""),
        language=fields.get("language", ""),
        text=text,
    )


def _unchecked(f: File, node: yaml.Node) -> list[Unchecked]:
    """The figures a file declares it does not check: ``- {figure: 2020年, reason: ...}``."""
    if not isinstance(node, yaml.SequenceNode):
        f.problem(
            node,
            f"`unchecked` must be a list, not {kind_of(node)}",
            "write `- {figure: 2021-01-06 18:00, reason: the time of posting}`",
            "unchecked",
        )
        return []
    out = []
    for i, item in enumerate(node.value):
        key = f"unchecked[{i}]"
        keys = mapping(f, item, UNCHECKED_KEYS, key, "an unchecked figure")
        if keys is None:
            continue
        texts = {}
        for name in ("figure", "reason"):
            if name not in keys:
                f.problem(
                    item,
                    f"unchecked figure has no `{name}`",
                    "write `- {figure: 2020年, reason: the year reported on}`",
                    key,
                )
                continue
            text = text_of(f, keys[name], join_key(key, name), name)
            if text is not None and not text.strip():
                f.problem(keys[name], f"`{name}` is empty", "", join_key(key, name))
            elif text is not None:
                texts[name] = text
        quote = None
        if "quote" in keys:
            q = text_of(f, keys["quote"], join_key(key, "quote"), "a quote")
            if q is not None and q.strip():
                quote = Quote(q, f.pos(keys["quote"]))
        if len(texts) == 2:
            out.append(Unchecked(texts["figure"], texts["reason"], f.pos(keys["figure"]), quote))
    return out


def _source_text(f: File, node: yaml.Node, folder: Path, name: str) -> str | None:
    """The archived article: a regular UTF-8 file, no larger than a claim file may be."""
    reason = ""
    try:
        target = (folder / name).resolve()
        if not target.is_file():
            reason = "no such file" if not target.exists() else "it is not a regular file"
        else:
            return safeyaml.read_bounded(target, MAX_BYTES).decode("utf-8").removeprefix("\ufeff")
    except safeyaml.TooLargeError as e:
        reason = f"it is {e.size}, over the limit of {MAX_BYTES:,} bytes"
    except OSError as e:
        reason = e.strerror or str(e)
    except UnicodeDecodeError:
        reason = "it is not UTF-8"
    except ValueError:  # a NUL character in the path
        reason = "the path holds a character no file name can"
    f.problem(
        node,
        f"cannot read the source text '{clip(name)}': {reason}",
        "the path is relative to the claim file",
        "source.text",
    )
    return None


def _claim(
    f: File, node: yaml.Node, key: str, rounding: Rounding, approx: Fraction
) -> Claim | None:
    before = len(f.problems)
    if not isinstance(node, yaml.MappingNode):
        f.problem(
            node,
            f"a claim must be a mapping, not {kind_of(node)}",
            "each claim starts with `- id: ...`",
            key,
        )
        return None
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
        name = text_of(f, kind_node, f"{key}.kind", "kind") or ""
        kind = _kind(f, name)
        if name == DRAFT_KIND:
            f.problem(
                kind_node,
                "draft claim: choose its kind",
                f"one of: {', '.join(REGISTRY)}; then name the values as the kind needs them "
                "(README, Kinds), or delete the stub and list its figures under `unchecked:`",
                f"{key}.kind",
            )
        elif kind is None:
            close = difflib.get_close_matches(name, list(REGISTRY), n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"one of: {', '.join(REGISTRY)}"
            f.problem(kind_node, f"unknown kind '{clip(name)}'", hint, f"{key}.kind")
    allowed = kind.allowed if kind else ()
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
        cid = text_of(f, keys["id"], f"{key}.id", "id") or ""
        if cid and not ID_RE.fullmatch(cid):
            f.problem(
                keys["id"],
                f"id '{clip(cid)}' has characters other than letters, digits, '.', '_' and '-'",
                "write ids like `safety-rise`",
                f"{key}.id",
            )
    quotes = _quotes(f, keys.get("quote"), node, f"{key}.quote", "quote" in said)
    rounding = read_rounding(f, keys.get("rounding"), rounding, f"{key}.rounding")
    approx = read_approx(f, keys.get("approx"), approx, f"{key}.approx")
    severity = "error"
    if "severity" in keys:
        severity = text_of(f, keys["severity"], f"{key}.severity", "severity") or "error"
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
    values = read_values(
        f, keys.get("values"), node, f"{key}.values", parsers, signed, "values" in said
    )
    declared = declared_names(keys.get("values"))
    opts, opt_pos = _options(f, keys, kind.options if kind else {}, declared, key)
    if kind is not None:
        module = kind.module
        for need in module.VALUES:
            # a value written but unreadable is reported once, where it is written
            if need not in declared and "values" in keys:
                f.problem(
                    keys["values"],
                    f"a {module.KIND} claim needs a value named '{need}'",
                    f"needed: {', '.join(module.VALUES)}",
                    f"{key}.values",
                )
        check_values = kind.check_values
        if check_values is not None and "values" in keys and len(f.problems) == before:
            for where, message, hint in check_values(values):
                f.problem(where or keys["values"], message, hint, f"{key}.values")
    if len(f.problems) > before or kind is None:
        return None
    return Claim(
        id=cid,
        kind=kind.module.KIND,
        quotes=tuple(quotes),
        values=tuple(values),
        pos=f.pos(node),
        rounding=rounding,
        approx=approx,
        severity=severity,
        note=note,
        options=opts,
        option_pos=opt_pos,
    )


def _quotes(
    f: File, node: yaml.Node | None, claim: yaml.Node, key: str, said: bool = False
) -> list[Quote]:
    """The quotes of a claim; ``said`` when a misspelt key already stands for a missing one."""
    if node is None:
        if not said:
            hint = "copy the sentence the figures come from, verbatim"
            f.problem(claim, "claim has no `quote`", hint, key)
        return []
    listed = isinstance(node, yaml.SequenceNode)
    items = node.value if listed else [node]
    out = []
    for i, item in enumerate(items):
        hint = "copy the sentence as text; several quotes go in a list"
        text = text_of(f, item, join_key(key, i) if listed else key, "a quote", hint=hint)
        if text is not None and not text.strip():
            f.problem(item, "quote is empty", "copy the sentence verbatim", key)
        elif text is not None:
            out.append(Quote(text, f.pos(item)))
    if not items:
        f.problem(node, "quote list is empty", "give at least one quote", key)
    return out


def _options(
    f: File, keys: dict[str, yaml.Node], options: dict[str, Option], names: set[str], key: str
) -> tuple[dict[str, Any], dict[str, Pos]]:
    out: dict[str, Any] = {}
    where: dict[str, Pos] = {}
    for name, opt in options.items():
        node = keys.get(name)
        okey = join_key(key, name)
        if node is None:
            if opt.required:
                f.problem(
                    Pos(f.path, 0, 0) if not keys else f.pos(next(iter(keys.values()))),
                    f"claim needs `{name}`",
                    opt.doc,
                    okey,
                )
            continue
        where[name] = f.pos(node)
        value = _option(f, node, opt, names, okey)
        if value is not None:
            out[name] = value
    return out, where


def _option(f: File, node: yaml.Node, opt: Option, names: set[str], key: str) -> Any:
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
            f.problem(node, f"`{key.rsplit('.', 1)[-1]}` must be a list", opt.doc, key)
            return None
        items = [text_of(f, n, join_key(key, i), "an item") for i, n in enumerate(node.value)]
        if opt.type == "names":
            for n, item in zip(node.value, items, strict=True):
                if item is not None and item not in names:
                    undefined_name(f, n, item, names, key)
        return [i for i in items if i is not None]
    text = text_of(f, node, key, key.rsplit(".", 1)[-1])
    if text is None:
        return None
    if opt.type == "choice" and text not in opt.choices:
        close = difflib.get_close_matches(text, opt.choices, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"one of: {', '.join(opt.choices)}"
        f.problem(node, f"unknown {key.rsplit('.', 1)[-1]} '{clip(text)}'", hint, key)
        return None
    if opt.type == "bool":
        if text not in ("true", "false"):
            f.problem(node, f"`{key.rsplit('.', 1)[-1]}` must be true or false", opt.doc, key)
            return None
        return text == "true"
    if opt.type == "int":
        if not (text.isascii() and text.isdigit() and len(text) <= 18):
            f.problem(node, f"`{key.rsplit('.', 1)[-1]}` must be a whole number", opt.doc, key)
            return None
        return int(text)
    if opt.type == "expr":
        return read_expression(f, node, text, opt, names, key)
    return text


def iter_claim_files(root: Path) -> Iterator[Path]:
    """The claim files under a directory, in a stable order."""
    for p in sorted(root.rglob("*")):
        if (
            p.suffix in (".yaml", ".yml")
            and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(root).parts)
        ):
            yield p
