"""Claim files: YAML nodes -> claim models, every problem collected with FILE:LINE:COL.

The file is composed into nodes by :mod:`factcheck.safeyaml`, never constructed, so every scalar
keeps its raw text (``5.20`` stays ``5.20``) and its place. Anchors, aliases, deep nesting and
too many nodes are refused before any node is walked, so an alias bomb or a hostile document
costs nothing. A large file is composed a slice of claims at a time (:mod:`factcheck.yamlsplit`),
each slice's nodes freed once its claims are read.

This module reads the file and walks the document: its version, source, file-wide settings,
``unchecked`` list and list of claims. Each claim is read by :mod:`factcheck.claims` (its values
by :mod:`factcheck.values`); the file's problems and the node readers all three share are in
:mod:`factcheck.yamlnodes`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from factcheck import safeyaml
from factcheck.claims import read_claim
from factcheck.gcpause import paused
from factcheck.models import Claim, ClaimFile, Pos, Quote, Source, Unchecked
from factcheck.quantity import DEFAULT_APPROX
from factcheck.rounding import Rounding
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
UNCHECKED_KEYS = ("figure", "reason", "quote")


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
        claim = read_claim(f, node, f"claims[{i}]", rounding, approx)
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
    elif "text" in keys and isinstance(keys["text"], yaml.ScalarNode):
        # an empty path would quietly leave every quote unchecked against the article
        hint = "name the archived article, relative to the claim file: `text: sources/a.txt`"
        f.problem(keys["text"], "`source.text` is empty", hint, "source.text")
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
            text = text_of(f, keys[name], join_key(key, name), name, required=True)
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
    except RuntimeError:  # Path.resolve: links that point at each other
        reason = "its symbolic links form a loop"
    f.problem(
        node,
        f"cannot read the source text '{clip(name)}': {reason}",
        "the path is relative to the claim file",
        "source.text",
    )
    return None


def iter_claim_files(root: Path) -> Iterator[Path]:
    """The claim files under a directory, in a stable order."""
    for p in sorted(root.rglob("*")):
        if (
            p.suffix in (".yaml", ".yml")
            and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(root).parts)
        ):
            yield p
