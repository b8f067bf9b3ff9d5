"""Composing a large claim file a slice of claims at a time.

The YAML nodes of a claim take several times the memory of the claim read from them: a file of
100,000 claims composed whole holds some 700 MB of nodes at once. When the claims are a block
list (``claims:`` at the start of a line, then ``- id: ...`` items), as written by hand or by a
tool, the loader composes the rest of the file with the list emptied, then the items a slice at a
time, and frees each slice once read.

Nothing here guesses: a layout it does not recognise returns None from :func:`split`; a part
:func:`factcheck.safeyaml.compose_fast` cannot vouch for, a slice that does not compose to
exactly the items found on its lines, or more nodes in all than the limit raise
:class:`factcheck.safeyaml.Unsure`, and the loader composes the whole file as usual (which also
reports any error at its place).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml

from factcheck import safeyaml, yamlevents
from factcheck.safeyaml import Unsure

PER_SLICE = 2000  # claims composed at once: some 15 MB of nodes

_CLAIMS = re.compile(r"^claims:[ ]*(?:#.*)?$", re.MULTILINE)
_CONTENT = re.compile(r"^( *)[^ \n#]", re.MULTILINE)  # not blank, not a comment
_BREAKS = ("\r", "\x85", "\u2028", "\u2029")  # line breaks of YAML other than \n


class Split:
    """A claim file cut into the rest of the file and slices of its claim list."""

    __slots__ = ("claims_line", "end", "head", "items", "nodes", "text")

    def __init__(
        self, text: str, head: str, claims_line: int, items: list[tuple[int, int]], end: int
    ) -> None:
        # a plain class: it is defined at every start, and a dataclass costs more to define
        self.text = text
        self.head = head  # the file with `claims: []` and the list's lines left blank
        self.claims_line = claims_line  # 0-based line of `claims:`
        self.items = items  # (0-based line, offset) where each claim starts
        self.end = end  # the offset after the list
        self.nodes = 0  # the nodes composed so far, the list's own node included

    @property
    def count(self) -> int:
        """The number of claims."""
        return len(self.items)

    def slices(self, per_slice: int = PER_SLICE) -> Iterator[tuple[str, list[int]]]:
        """The text of each slice of ``per_slice`` claims, after as many blank lines as come
        before it (so every mark in it is the file's own), and the lines its claims start on."""
        for k in range(0, len(self.items), per_slice):
            starts = self.items[k : k + per_slice]
            stop = self.items[k + per_slice][1] if k + per_slice < len(self.items) else self.end
            first_line, first = starts[0]
            yield "\n" * first_line + self.text[first:stop], [line for line, _ in starts]


def split(text: str) -> Split | None:
    """The claim list's items, or None when the file is not laid out as a block list."""
    if any(b in text for b in _BREAKS):
        return None  # YAML counts these as line breaks too: lines would not line up
    found = _claims_lines(text)
    if len(found) != 1:
        return None
    claims = found[0]
    first = _CONTENT.search(text, claims.end())
    if first is None or not _item(text, first.end(1)):
        return None  # `claims:` is not followed by a block list
    indent = len(first.group(1))
    # only the lines indented no deeper than the items: item starts, and what ends the list
    # (a line found by its break: a search for `^` would try every character of the file)
    shallow = re.compile(rf"\n( {{0,{indent}}})[^ \n#]")
    items: list[tuple[int, int]] = []
    end = len(text)
    line, at = text.count("\n", 0, claims.end()), claims.end()
    for m in shallow.finditer(text, claims.end()):
        start = m.start(1)
        line += text.count("\n", at, start)
        at = start
        if m.end(1) - start == indent and _item(text, m.end(1)):
            items.append((line, start))
        else:
            end = start  # the next key of the file
            break
    blank = "\n" * text.count("\n", claims.end(), end)
    head = text[: claims.start()] + "claims: []" + blank + text[end:]
    return Split(text, head, text.count("\n", 0, claims.start()), items, end)


def _claims_lines(text: str) -> list[re.Match[str]]:
    """The lines that are ``claims:``, found where the word is (a search for ``^`` would try
    every character of the file)."""
    found = []
    at = text.find("claims:")
    while at >= 0:
        if at == 0 or text[at - 1] == "\n":
            m = _CLAIMS.match(text, at)
            if m is not None:
                found.append(m)
        at = text.find("claims:", at + 1)
    return found


def _item(text: str, at: int) -> bool:
    """A block sequence entry starts at ``at``: a dash, then a space or the end of the line."""
    return text.startswith("-", at) and text[at + 1 : at + 2] in ("", " ", "\n")


def head(s: Split) -> yaml.Node:
    """The file without its claims, composed: a mapping whose ``claims`` is the emptied list,
    where the list was."""
    root, s.nodes = _compose(s.head, 0)
    if isinstance(root, yaml.MappingNode):
        for k, v in root.value:
            if (
                isinstance(k, yaml.ScalarNode)
                and k.value == "claims"
                and isinstance(v, yaml.SequenceNode)
                and not v.value
                and v.start_mark.line == s.claims_line
            ):
                return root
    raise Unsure


def items(s: Split) -> Iterator[yaml.Node]:
    """The claim nodes, a slice at a time, each with the line numbers of the whole file."""
    for text, starts in s.slices(PER_SLICE):
        root, count = _compose(text, 1)  # the items of `claims:` in the root
        s.nodes += count - 1  # the slice's list stands for the emptied one, counted already
        if s.nodes > safeyaml.MAX_NODES:
            raise Unsure
        if not isinstance(root, yaml.SequenceNode) or len(root.value) != len(starts):
            raise Unsure
        nodes = root.value
        for node, line, nxt in zip(nodes, starts, [*starts[1:], None], strict=True):
            if node.start_mark.line < line or (nxt is not None and node.start_mark.line >= nxt):
                raise Unsure
        nodes.reverse()  # handed out from the end, so each is freed once read
        del root
        while nodes:
            yield nodes.pop()


def _compose(text: str, depth: int) -> tuple[yaml.Node | None, int]:
    """A part of the file and its count of nodes: in C, or event by event when the C road
    cannot vouch for it (an `&` in a quote), so that one such part does not cost the slicing."""
    try:
        return safeyaml.compose_fast(text, depth)
    except Unsure:
        pass
    try:
        root = yamlevents.compose_careful(text)
    except safeyaml.RefusedError:
        raise Unsure from None  # the whole file, composed the careful way, says where and why
    return root, 0 if root is None else safeyaml.count(root, safeyaml.MAX_DEPTH - depth)
