from __future__ import annotations

import re

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import GUILIN

from factcheck import safeyaml, yamlevents
from factcheck.safeyaml import MAX_DEPTH, RefusedError, compose

# a billion laughs: nine levels of nine aliases, 9**9 "lol"s once expanded
LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)


def refusal(text: str) -> tuple[int, int, str, str]:
    with pytest.raises(RefusedError) as e:
        compose(text)
    r = e.value.refusal
    return (r.line, r.column, r.message, r.hint)


def shape(node: yaml.Node) -> object:
    """A node tree as plain data: kinds, raw text, styles and every position."""
    where = (node.start_mark.line, node.start_mark.column, node.end_mark.line, node.end_mark.column)
    if isinstance(node, yaml.ScalarNode):
        return ("scalar", node.value, node.style, where)
    if isinstance(node, yaml.SequenceNode):
        return ("list", [shape(n) for n in node.value], where)
    return ("map", [(shape(k), shape(v)) for k, v in node.value], where)


def test_nodes_are_those_of_pyyaml_with_every_place():
    text = GUILIN.read_text(encoding="utf-8")
    ours = compose(text)
    assert ours is not None
    assert shape(ours) == shape(yaml.compose(text, Loader=yaml.CSafeLoader))


def test_raw_text_is_kept():
    root = compose("a: 5.20\nb: 0x1F\nc: .nan\nd: yes\n")
    assert root is not None
    assert [v.value for _, v in root.value] == ["5.20", "0x1F", ".nan", "yes"]


def test_billion_laughs_is_refused_at_the_first_anchor():
    assert refusal(LAUGHS) == (
        1,
        4,
        "YAML anchor 'a' is not allowed",
        "write each value out; anchors and aliases can expand a small file into an enormous one",
    )


def test_an_alias_alone_is_refused_where_it_stands():
    assert refusal("claims:\n  - *base\n")[:3] == (2, 5, "YAML alias 'base' is not allowed")


def test_a_merge_key_is_an_alias_too():
    assert refusal("<<: *base\nclaims: []\n")[:3] == (1, 5, "YAML alias 'base' is not allowed")


def test_nesting_is_refused_at_the_first_level_too_deep():
    ok = "".join(" " * i + f"k{i}:\n" for i in range(MAX_DEPTH)) + " " * MAX_DEPTH + "end\n"
    assert compose(ok) is not None
    deep = "".join(" " * i + f"k{i}:\n" for i in range(MAX_DEPTH + 1)) + "x\n"
    assert refusal(deep) == (
        MAX_DEPTH + 1,
        MAX_DEPTH + 1,
        f"document nested deeper than {MAX_DEPTH} levels",
        "a claim file needs only a few levels: claims, values, a value's keys",
    )


def test_flow_nesting_past_libyamls_own_limit_says_the_same():
    line, _col, message, _hint = refusal("claims: " + "[" * 5000 + "]" * 5000 + "\n")
    assert (line, message) == (1, f"document nested deeper than {MAX_DEPTH} levels")


def test_too_many_nodes(monkeypatch):
    monkeypatch.setattr(safeyaml, "MAX_NODES", 5)
    # the mapping, "claims", the list, a and b are five: c is one too many
    assert refusal("claims:\n- a\n- b\n- c\n- d\n") == (
        4,
        3,
        "more than 5 YAML nodes",
        "no claim file needs that many; split the claims into several files",
    )


def test_a_second_document_is_refused():
    assert refusal("claims: []\n---\nclaims: []\n") == (
        2,
        1,
        "a second YAML document: a claim file holds one",
        "remove the `---` line, or put the second document in a file of its own",
    )


def test_only_comments_is_no_document():
    assert compose("# nothing here\n") is None


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("a: 桂林桂林 \x07\n", 1, 9),  # columns count characters, not UTF-8 bytes
        ("a: b\r\x02\n", 2, 1),  # a CR alone ends a line
        ("a: b\r\nc: \x1b\n", 2, 4),
    ],
)
def test_a_control_character_is_placed_in_characters(text, line, column):
    code = ord(text.rstrip("\n")[-1])
    assert refusal(text) == (
        line,
        column,
        f"character U+{code:04X} is not allowed in YAML",
        "remove the control character; a claim file is plain UTF-8 text",
    )


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [("claims:\n\t- id: x\n", 2, 1), ("claims:\n  - id: x\n\t  kind: ratio\n", 3, 1)],
)
def test_tab_indentation(text, line, column):
    assert refusal(text) == (
        line,
        column,
        "a tab in the indentation",
        "YAML indents with spaces only: replace the tab",
    )


def test_tags_are_never_constructed():
    root = compose("claims: !!python/object/apply:os.system ['echo hacked']\n")
    assert root is not None
    (_, value), *_ = root.value
    assert isinstance(value, yaml.SequenceNode) and value.value[0].value == "echo hacked"


FAST_TEXTS = [
    GUILIN.read_text(encoding="utf-8"),
    "a: 5.20\nb: 'x'\nc: \"y\"\nd: |\n  two\n  lines\ne: [1, {f: g}]\n? [k]\n: v\n",
    "".join(" " * i + f"k{i}:\n" for i in range(MAX_DEPTH)) + " " * MAX_DEPTH + "end\n",
    "url: https://example.org/?a=1&b=2\nexpr: a*b\n",  # & and * inside plain text
    "just text\n",
    "---\nclaims: []\n...\n",
]


def test_the_fast_road_is_taken_here():
    assert safeyaml._bounded()  # libyaml bounds the nesting: composing in C is safe


@pytest.mark.parametrize("text", FAST_TEXTS)
def test_the_fast_road_gives_the_careful_roads_nodes(text):
    root, nodes = safeyaml.compose_fast(text)
    careful = yamlevents.compose_careful(text)
    assert root is not None and careful is not None
    assert shape(root) == shape(careful)
    assert nodes == sum(
        isinstance(e, yaml.NodeEvent) for e in yaml.parse(text, Loader=safeyaml.Loader)
    )


@pytest.mark.parametrize(
    "text",
    [
        LAUGHS,
        "a: *x\n",
        "a: [&x 1]\n",
        "a: {b: *x}\n",
        "title: A & B\n",  # a false alarm: sent the careful way all the same
        "".join(" " * i + f"k{i}:\n" for i in range(MAX_DEPTH + 1)) + "x\n",
        "claims: []\n---\nclaims: []\n",
        "a: [b\n",
        "a: b\x07\n",
    ],
)
def test_the_fast_road_refuses_to_vouch(text):
    with pytest.raises(safeyaml.Unsure):
        safeyaml.compose_fast(text)


def test_the_fast_road_counts_nodes_against_the_limit(monkeypatch):
    text = "claims:\n- a\n- b\n- c\n- d\n"
    assert safeyaml.compose_fast(text)[1] == 7
    monkeypatch.setattr(safeyaml, "MAX_NODES", 6)
    with pytest.raises(safeyaml.Unsure):
        safeyaml.compose_fast(text)


def test_a_slice_counts_its_depth_from_where_it_stands():
    text = "".join(" " * i + f"k{i}:\n" for i in range(MAX_DEPTH)) + " " * MAX_DEPTH + "end\n"
    assert safeyaml.compose_fast(text, 0)[0] is not None
    with pytest.raises(safeyaml.Unsure):
        safeyaml.compose_fast(text, 1)


# where a token, so an anchor or an alias, may start: after a space, a break or an indicator
_TOKEN_BEFORE = " \t\n\r[]{},:?\"'!|>-\ufeff"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="&*ab1 \t\n\r[]{},:?\"'!|>-\ufeff", max_size=12))
def test_the_look_out_for_anchors_stops_where_one_may_start(text):
    where = [m.start() for m in re.finditer(safeyaml._MAYBE_ANCHOR, text)]
    assert where == [
        i for i, c in enumerate(text) if c in "&*" and (i == 0 or text[i - 1] in _TOKEN_BEFORE)
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        *(("&a x", True), ("a: &x 1", True), ("[*a]", True), ("x\n*a", True), ("a:&b", True)),
        *(("\ufeff&a", True), ("R&D", False), ("3*4", False), ("note: x*", False)),
    ],
)
def test_the_look_out_for_anchors(text, found):
    assert (re.search(safeyaml._MAYBE_ANCHOR, text) is not None) == found


def test_a_false_alarm_still_composes():
    root = compose("title: A & B\nnote: '*'\n")
    assert root is not None
    assert [v.value for _, v in root.value] == ["A & B", "*"]


def _depth(node: yaml.Node) -> int:
    if isinstance(node, yaml.ScalarNode):
        return 0
    children = (
        [c for kv in node.value for c in kv] if isinstance(node, yaml.MappingNode) else node.value
    )
    return 1 + max((_depth(c) for c in children), default=0)


def _nested(draw_levels: list[int], leaf: str) -> object:
    data: object = leaf
    for kind in reversed(draw_levels):
        data = [data] if kind == 0 else {f"k{kind}": data} if kind == 1 else {"a": 1, "b": data}
    return data


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 2), min_size=1, max_size=60),
    st.sampled_from([False, True, None]),
    st.integers(1, 4),
)
def test_a_shallow_text_nests_no_deeper_than_its_bound(levels, flow, indent):
    text = yaml.safe_dump(_nested(levels, "x"), default_flow_style=flow, indent=indent + 1)
    root = yaml.compose(text)
    assert root is not None
    flows = text.count("[") + text.count("{")
    bound = flows + 2 * (max(map(len, text.split("\n"))) + 1)
    assert _depth(root) < bound
    assert safeyaml._shallow(text) is (bound < safeyaml.SHALLOW)


def test_compact_and_flow_nesting_count_against_the_bound():
    assert not safeyaml._shallow("- " * 600 + "x\n")  # 601 levels on one line of 1,201
    assert not safeyaml._shallow("[" * 600 + "]" * 600 + "\n")
    assert safeyaml._shallow("- " * 200 + "x\n")


def test_guilin_is_shallow_so_libyaml_is_not_asked():
    assert safeyaml._shallow(GUILIN.read_text(encoding="utf-8"))
    assert not safeyaml._shallow("[" * 1001)


def test_every_yaml_line_break_is_found_once():
    text = "a\r\nb\rc\nd\x85e\u2028f\u2029g"
    assert [m.group() for m in safeyaml.LINE_BREAK.finditer(text)] == [
        "\r\n", "\r", "\n", "\x85", "\u2028", "\u2029"
    ]  # fmt: skip
