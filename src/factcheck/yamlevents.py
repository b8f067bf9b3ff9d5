"""The careful road from a claim file's text to YAML nodes: the nodes built in Python from
libyaml's event stream, each limit of :mod:`factcheck.safeyaml` checked as the events arrive,
and every refusal placed and worded (malformed YAML, a character YAML does not allow, an anchor,
too many nodes, too deep a nesting, a second document). Only a text the fast road
(:func:`factcheck.safeyaml.compose_fast`) cannot vouch for takes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import yaml

from factcheck import safeyaml
from factcheck.safeyaml import (
    ANCHOR_HINT,
    LINE_BREAK,
    Loader,
    Refusal,
    RefusedError,
)

__all__ = ["compose_careful"]

# the limits are read from safeyaml where they are used: one setting for both roads


def compose_careful(text: str) -> yaml.Node | None:
    """:func:`factcheck.safeyaml.compose` the careful way: the nodes built in Python, event by
    event."""
    try:
        return _build(yaml.parse(text, Loader=Loader))
    except yaml.MarkedYAMLError as e:
        raise RefusedError(_malformed(e, text)) from None
    except yaml.reader.ReaderError as e:
        raise RefusedError(_unreadable(e, text)) from None
    except yaml.YAMLError as e:  # pragma: no cover - every libyaml error is one of the above
        raise RefusedError(
            Refusal(1, 1, f"malformed YAML: {e}", "check the file is YAML")
        ) from None


def _at(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _refuse(mark: Any, message: str, hint: str) -> RefusedError:
    line, column = _at(mark)
    return RefusedError(Refusal(line, column, message, hint))


def _build(events: Iterable[Any]) -> yaml.Node | None:
    """Nodes from events, with every limit checked as the events arrive."""
    root: yaml.Node | None = None
    # open collections: the node and the children read so far
    stack: list[tuple[yaml.CollectionNode, list[yaml.Node]]] = []
    nodes = documents = 0

    def add(node: yaml.Node) -> None:
        nonlocal root
        if stack:
            stack[-1][1].append(node)
        else:
            root = node

    for event in events:
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _refuse(
                    event.start_mark,
                    "a second YAML document: a claim file holds one",
                    "remove the `---` line, or put the second document in a file of its own",
                )
            continue
        if not isinstance(event, yaml.NodeEvent):
            if isinstance(event, yaml.CollectionEndEvent):
                node, children = stack.pop()
                node.end_mark = event.end_mark
                if isinstance(node, yaml.MappingNode):
                    node.value = list(zip(children[::2], children[1::2], strict=True))
                else:
                    node.value = children
                add(node)
            continue
        if event.anchor is not None:
            what = "alias" if isinstance(event, yaml.AliasEvent) else "anchor"
            raise _refuse(
                event.start_mark, f"YAML {what} '{event.anchor}' is not allowed", ANCHOR_HINT
            )
        nodes += 1
        if nodes > safeyaml.MAX_NODES:
            raise _refuse(
                event.start_mark,
                f"more than {safeyaml.MAX_NODES:,} YAML nodes",
                "no claim file needs that many; split the claims into several files",
            )
        ev: Any = event  # the C parser's marks are typed apart from the pure-Python ones
        tag = getattr(ev, "tag", None) or ""
        if isinstance(event, yaml.ScalarEvent):
            add(yaml.ScalarNode(tag, ev.value, ev.start_mark, ev.end_mark, ev.style))
            continue
        if len(stack) >= safeyaml.MAX_DEPTH:
            raise _refuse(
                event.start_mark,
                f"document nested deeper than {safeyaml.MAX_DEPTH} levels",
                "a claim file needs only a few levels: claims, values, a value's keys",
            )
        collection: yaml.CollectionNode
        if isinstance(event, yaml.MappingStartEvent):
            collection = yaml.MappingNode(tag, [], ev.start_mark, None, ev.flow_style)
        else:
            collection = yaml.SequenceNode(tag, [], ev.start_mark, None, ev.flow_style)
        stack.append((collection, []))
    return root


def _malformed(e: yaml.MarkedYAMLError, text: str) -> Refusal:
    mark = e.problem_mark or e.context_mark
    line, column = _at(mark)
    message = (e.problem or "malformed YAML").strip()
    at = mark.index if mark is not None else 0
    if "maximum nesting depth" in message:  # libyaml's own limit, should ours ever be raised
        return Refusal(
            line,
            column,
            f"document nested deeper than {safeyaml.MAX_DEPTH} levels",
            "a claim file needs only a few levels: claims, values, a value's keys",
        )
    if "tab" in message or text[at : at + 1] == "\t":
        hint = "YAML indents with spaces only: replace the tab"
        return Refusal(line, column, "a tab in the indentation", hint)
    return Refusal(
        line,
        column,
        f"malformed YAML: {message}",
        "check the indentation and the quoting around this place",
    )


def _unreadable(e: yaml.reader.ReaderError, text: str) -> Refusal:
    """A character YAML does not allow; libyaml gives its offset in UTF-8 bytes."""
    data = text.encode("utf-8", "surrogatepass")
    lines = LINE_BREAK.split(data[: max(e.position, 0)].decode("utf-8", "replace"))
    line, column = len(lines), len(lines[-1]) + 1
    code = e.character if isinstance(e.character, int) else ord(str(e.character)[:1] or "\0")
    return Refusal(
        line,
        column,
        f"character U+{code:04X} is not allowed in YAML",
        "remove the control character; a claim file is plain UTF-8 text",
    )
