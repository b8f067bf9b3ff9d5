"""A claim file's bytes -> text -> YAML nodes, refusing what a claim file never needs before it
can cost anything.

A file larger than :data:`MAX_BYTES` is refused before it is read; its bytes must be UTF-8 (a
byte-order mark is dropped). Nothing is ever constructed as a Python object: a text is composed
into nodes, and refused at the first event that breaks a limit: an anchor or an alias (an alias
bomb never expands), nesting deeper than :data:`MAX_DEPTH`, more than :data:`MAX_NODES` nodes, a
second document. Malformed YAML and characters YAML does not allow are refused with their line
and column too.

Two roads give the same nodes. :func:`compose_fast` lets libyaml's C composer build them, when a
look at the text shows no anchor or alias can be in it, and one pass over the nodes finds them
within the limits; anything else, every error included, takes the careful road
(:mod:`factcheck.yamlevents`): the nodes built in Python from libyaml's event stream, each limit
checked as the events arrive, so every refusal is placed and worded the same whichever road a
text would have taken.
"""

from __future__ import annotations

import functools
import re
import stat
from pathlib import Path
from typing import Any, NamedTuple

import yaml

try:  # the C parser is what makes large files fast; fall back only where it is missing
    from yaml import CSafeLoader as Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as Loader  # type: ignore[assignment]

MAX_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 64
# A claim takes about 20 nodes: room for MAX_CLAIMS (150,000) claims, as a newsroom archive
# can hold; a hostile file of tiny nodes is refused after three million events.
MAX_NODES = 3_000_000

# what YAML 1.1 counts as a line end; the two breaks past Latin-1 apart from the class, which
# would otherwise be a 64K-character set to compile
LINE_BREAK = re.compile("\r\n|[\r\n\x85]|\u2028|\u2029")
ANCHOR_HINT = (
    "write each value out; anchors and aliases can expand a small file into an enormous one"
)


# `&` or `*` where a token may start (first in the text, or after one of these characters): an
# anchor or an alias may be there. A false alarm ("A & B") only sends the text the careful way.
# Written to begin with [&*], which re finds by a quick scan, rather than trying every position.
# compiled on first use (by re's cache): only a text with & or * needs it
_MAYBE_ANCHOR = r"[&*](?<![^\s\[\]{},:?\"'!|>\-\ufeff][&*])"
_TAGS = {
    yaml.ScalarNode: "tag:yaml.org,2002:str",
    yaml.SequenceNode: "tag:yaml.org,2002:seq",
    yaml.MappingNode: "tag:yaml.org,2002:map",
}


class Refusal(NamedTuple):
    """Why a text was not composed, and where: 1-based line and column."""

    line: int
    column: int
    message: str
    hint: str


class RefusedError(Exception):
    """Raised by :func:`compose` with the :class:`Refusal` it carries."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.message)
        self.refusal = refusal


class TooLargeError(OSError):
    """A file over the size limit; ``size`` says how large, as far as it was read."""

    def __init__(self, size: str) -> None:
        super().__init__(size)
        self.size = size


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """The bytes of a file, refusing more than ``max_bytes`` before reading them.

    A regular file's size is checked before it is opened; a pipe or a device is read up to one
    byte past the limit, so neither can make factcheck read without end.
    """
    st = path.stat()
    if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
        raise TooLargeError(f"{st.st_size:,} bytes")
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLargeError(f"more than {max_bytes:,} bytes")
    return data


def read_text(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """A claim file's text. Raises :class:`RefusedError` when it is too large or not UTF-8,
    :class:`OSError` when it cannot be read."""
    try:
        data = read_bounded(path, max_bytes)
    except TooLargeError as e:
        raise RefusedError(
            Refusal(
                1,
                1,
                f"file is {e.size}, over the limit of {max_bytes:,} bytes",
                "split the claims into several files, or raise --max-bytes",
            )
        ) from None
    data = data.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte-order mark: editors do not count it
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        lines = LINE_BREAK.split(data[: e.start].decode("utf-8"))
        raise RefusedError(
            Refusal(len(lines), len(lines[-1]) + 1, undecodable(data, e), "save the file as UTF-8")
        ) from None


def undecodable(data: bytes, e: UnicodeDecodeError) -> str:
    """What is wrong with bytes that are not UTF-8, said at the first byte that is not."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "the file is UTF-16, not UTF-8 (it starts with a UTF-16 byte-order mark)"
    return f"byte 0x{data[e.start]:02x} is not UTF-8"


class Unsure(Exception):
    """:func:`compose_fast` cannot vouch for a text: compose it the careful way
    (:func:`compose`)."""


class _Composer(Loader):
    """libyaml's composer, every node tagged by its kind alone: no tag is ever read, and YAML's
    resolver, run on every scalar, would cost a fifth of the composing."""

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: Any) -> str:
        return _TAGS[kind]

    # Called on every node to follow path resolvers, of which there are none: C built-ins that
    # return at once cost less than a Python method (a tenth of the composing).
    descend_resolver = staticmethod(dict[Any, Any]().get)  # type: ignore[assignment]
    ascend_resolver = staticmethod(tuple)  # type: ignore[assignment]


@functools.cache
def _bounded() -> bool:
    """Whether libyaml's C composer is there and bounds the nesting itself, so composing a
    hostile text in C can never recurse without end."""
    if not getattr(yaml, "__with_libyaml__", False):
        return False
    for probe in ("[" * 2000, "- " * 2000):
        try:
            _Composer(probe).get_single_node()
        except yaml.YAMLError as e:
            if "maximum nesting depth" not in str(e):
                return False
        else:
            return False
    return True


SHALLOW = 1000  # libyaml's own nesting limit: the C composer recursing this deep is safe


def _shallow(text: str) -> bool:
    """Whether ``text`` cannot nest collections :data:`SHALLOW` deep, whatever libyaml does
    (asking libyaml, :func:`_bounded`, takes a couple of milliseconds: a tenth of a small
    file's whole run). A flow collection opens with ``[`` or ``{``. A block collection inside
    another starts at a greater column, or at the same column for a sequence that is a
    mapping's value, whose items then start further in: block levels are fewer than twice the
    longest line. Lines are cut at ``\n`` alone; other breaks only make a line look longer."""
    flow = text.count("[") + text.count("{")
    return flow < SHALLOW and flow + 2 * (max(map(len, text.split("\n"))) + 1) < SHALLOW


def compose_fast(text: str, depth: int = 0) -> tuple[yaml.Node | None, int]:
    """The root node of a one-document text, composed in C, and how many nodes it holds.

    ``depth`` is how deep the text's root stands in a larger document. Raises :class:`Unsure`
    when the text may hold an anchor or an alias, is not well-formed, or is over a limit: only
    the careful road (:mod:`factcheck.yamlevents`) says what is wrong, and where.
    """
    if not (_shallow(text) or _bounded()):
        raise Unsure
    if ("&" in text or "*" in text) and re.search(_MAYBE_ANCHOR, text):
        raise Unsure
    try:
        root = _Composer(text).get_single_node()
    except Exception:  # any error at all is for the careful road to place and word
        raise Unsure from None
    if root is None:
        return None, 0
    nodes = count(root, MAX_DEPTH - depth)
    if nodes > MAX_NODES:
        raise Unsure
    return root, nodes


def compose(text: str) -> yaml.Node | None:
    """The root node of a one-document YAML text (None when it holds no document).

    Raises :class:`RefusedError` for malformed YAML and for anything over the limits. The
    careful road (:mod:`factcheck.yamlevents`) is loaded only for a text the fast road cannot
    vouch for.
    """
    try:
        return compose_fast(text)[0]
    except Unsure:
        from factcheck.yamlevents import compose_careful

        return compose_careful(text)


def count(root: yaml.Node, most: int) -> int:
    """The nodes of a tree; raises :class:`Unsure` when collections nest deeper than ``most``."""
    scalar, mapping = yaml.ScalarNode, yaml.MappingNode
    nodes = 1
    if root.__class__ is scalar:
        return nodes
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        node, level = pop()
        if level > most:
            raise Unsure
        children = node.value
        if node.__class__ is mapping:
            nodes += 2 * len(children)
            for k, v in children:
                if k.__class__ is not scalar:
                    push((k, level + 1))
                if v.__class__ is not scalar:
                    push((v, level + 1))
        else:
            nodes += len(children)
            for child in children:
                if child.__class__ is not scalar:
                    push((child, level + 1))
    return nodes
