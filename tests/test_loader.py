from __future__ import annotations

import dataclasses
import textwrap

import pytest
import yaml

from factcheck import safeyaml
from factcheck.loader import load
from factcheck.models import Claim
from factcheck.yamlnodes import plain_kind

GOOD = """\
- id: fraud
  kind: order
  quote: 追回93万元,冻结162万余元,被骗169万元
  values:
    recovered: 93万元
    frozen: 162万余元
    lost: 169万元
"""


def problems(path):
    return [(p.pos.line, p.pos.column, p.message, p.hint) for p in load(path).problems]


def test_good_file_keeps_raw_text_and_places(write):
    cf = load(write(GOOD, header=True))
    assert cf.problems == ()
    (claim,) = cf.claims
    assert (claim.id, claim.kind, claim.pos.line, claim.pos.column) == ("fraud", "order", 5, 5)
    frozen = claim.value("frozen")
    assert frozen is not None
    assert (frozen.text, frozen.pos.line, frozen.pos.column) == ("162万余元", 10, 15)


def test_numbers_are_never_floats(write):
    cf = load(
        write(
            """\
        - id: x
          kind: expression
          quote: 5.20 and 5.2
          expr: a == b
          values: {a: 5.20, b: 5.2}
        """,
            header=True,
        )
    )
    a, b = cf.claims[0].values
    assert (a.text, b.text) == ("5.20", "5.2")
    assert a.quantity.step != b.quantity.step


def test_malformed_yaml_is_located(write):
    ((line, _col, msg, hint),) = problems(write("claims:\n  - id: [unclosed\n"))
    assert line == 3 and "malformed YAML" in msg and hint


def test_tab_indentation_has_a_hint(write):
    ((line, _col, msg, hint),) = problems(write("claims:\n\t- id: x\n"))
    assert line == 2 and "tab" in (msg + hint)


def test_unknown_key_suggests_the_right_one(write):
    path = write(GOOD.replace("  quote:", "  qoute:"), header=True)
    found = problems(path)
    assert (7, 5, "unknown key 'qoute' in a claim", "did you mean 'quote'?") in found


def test_unknown_kind_suggests(write):
    found = problems(write(GOOD.replace("kind: order", "kind: ordr"), header=True))
    assert (6, 11, "unknown kind 'ordr'", "did you mean 'order'?") in found


def test_wrong_type(write):
    found = problems(
        write(
            GOOD.replace("  quote: 追回93万元,冻结162万余元,被骗169万元", "  quote: {a: 1}"),
            header=True,
        )
    )
    assert any(line == 7 and "must be text" in msg for line, _, msg, _ in found)


def test_unreadable_figure_points_at_the_character(write):
    found = problems(write(GOOD.replace("frozen: 162万余元", 'frozen: "16x2万余元"'), header=True))
    ((line, col, msg, hint),) = found
    assert line == 10 and "cannot read figure" in msg and hint
    assert col >= 15


def test_duplicate_keys(write):
    found = problems(
        write(GOOD.replace("    lost: 169万元", "    lost: 169万元\n    lost: 1万元"), header=True)
    )
    assert any(line == 12 and "duplicate key 'lost'" in msg for line, _, msg, _ in found)


def test_duplicate_ids_name_the_first(write):
    found = problems(write(GOOD + GOOD, header=True))
    assert [(line, msg, hint) for line, _, msg, hint in found] == [
        (12, "duplicate id 'fraud'", "ids must be unique; first used on line 5")
    ]


def test_undefined_names_in_order_and_expr(write):
    found = problems(
        write(
            """\
        - id: o
          kind: order
          quote: 93万元 169万元
          order: [recovered, lsot]
          values: {recovered: 93万元, lost: 169万元}
        - id: e
          kind: expression
          quote: 93万元 169万元
          expr: recovered / lots <= 1
          values: {recovered: 93万元, lost: 169万元}
        """,
            header=True,
        )
    )
    assert (8, 24, "undefined name 'lsot'", "did you mean 'lost'?") in found
    assert (13, 23, "undefined name 'lots'", "did you mean 'lost'?") in found


def test_aliases_are_refused_before_expansion(write):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9)
    )
    ((line, col, msg, hint),) = problems(write(bomb))
    assert (line, col) == (1, 4) and "anchor 'a'" in msg and "expand" in hint


def test_empty_file(write):
    assert problems(write("")) == [
        (1, 1, "file is empty", "a claim file holds `source:` and a list `claims:`")
    ]


def test_non_utf8_bytes_are_located(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_bytes(
        "claims:\n  - id: 桂\xff".encode("utf-8", "surrogateescape")
        if False
        else b"claims:\n  - id: x\xff\n"
    )
    ((line, col, msg, hint),) = problems(p)
    assert (line, col) == (2, 10) and "0xff" in msg and "UTF-8" in hint


def test_every_problem_of_a_file_is_collected(write):
    path = write(
        GOOD.replace("kind: order", "kind: ordr").replace("quote:", "qoute:")
        + GOOD.replace("fraud", "Fraud!"),
        header=True,
    )
    assert len(problems(path)) >= 3


def test_missing_values_for_kind(write):
    found = problems(
        write(
            """\
        - id: c
          kind: change
          quote: 82.04% 98.26%
          values: {from: 82.04%, to: 98.26%}
        """,
            header=True,
        )
    )
    assert any("needs a value named 'change'" in msg for _, _, msg, _ in found)


def test_bad_rounding_suggests(write):
    found = problems(write("rounding: half-up\n" + "claims: []\n"))
    assert found == [(1, 11, "unknown rounding 'half-up'", "did you mean 'half_up'?")]


def test_source_text_missing_is_located(write):
    found = problems(write("source:\n  text: nowhere.txt\nclaims: []\n"))
    assert [(line, col) for line, col, _, _ in found] == [(2, 9)]


@pytest.mark.parametrize(
    "scalar",
    (
        *("5.20", "-3", "+7", "0", "1.5e+3", ".5", "12.", "0x1F", ".inf", "-.Inf", ".NaN"),
        *("~", "null", "NULL", "true", "False", "TRUE"),
        *("one", "5.20%", "3条", "1,000", "nan", "inf", "1e", "+", "0x", "true.", "09", "1e100"),
    ),
)
def test_a_plain_scalar_is_text_where_pyyaml_reads_text_too(scalar):
    # where YAML 1.1 (PyYAML) and 1.2 (editors, the schema) agree, the loader agrees with both
    node = safeyaml.compose(f"k: {scalar}").value[0][1]
    assert (plain_kind(node) is None) == isinstance(yaml.safe_load(f"k: {scalar}")["k"], str)


@pytest.mark.parametrize("scalar", ["2021-01-05", "yes", "off", "1_000", "1e100", "0o17", "-.5"])
def test_what_only_one_yaml_version_reads_as_another_type_is_text(scalar):
    # dates and yes/no are text to YAML 1.2 (editors); 1e100 and 0o17 to 1.1 (PyYAML's dump)
    assert plain_kind(safeyaml.compose(f"k: {scalar}").value[0][1]) is None


def test_quoted_and_block_scalars_are_text():
    root = safeyaml.compose("a: \"5.20\"\nb: 'true'\nc: |\n  7\n")
    assert [plain_kind(v) for _, v in root.value] == [None, None, None]


def test_a_mistyped_scalar_is_refused_with_every_other_problem_of_the_file(write):
    path = write(
        """\
        - id: 7
          kind: count
          quote: 共3项
          items: [甲, 2, 丙]
          open: "false"
          values: {count: 3项}
        - id: b
          kind: expression
          quote: true
          expr: a == a
          values: {a: 1}
        """,
        header=True,
    )
    assert [(line, col, msg) for line, col, msg, _ in problems(path)] == [
        (5, 9, "id must be text, not the number 7"),
        (8, 16, "an item must be text, not the number 2"),
        (9, 11, "`open` must be true or false, not the text 'false'"),
        (13, 12, "a quote must be text, not true"),
    ]


def test_a_kind_that_is_not_text_is_said_once(write):
    path = write(GOOD.replace("kind: order", "kind: [order]"), header=True)
    assert [msg for _, _, msg, _ in problems(path)] == ["kind must be text, not a list"]


def test_the_claim_fields_are_in_the_order_the_loader_passes_them():
    names = [f.name for f in dataclasses.fields(Claim)]
    assert names == [
        *("id", "kind", "quotes", "values", "pos", "rounding", "approx"),
        *("severity", "note", "options", "option_pos"),
    ]


def test_a_null_where_a_mapping_or_list_belongs_is_named_as_yaml_reads_it(write):
    path = write(
        """\
        version: 1
        source: ~
        claims: 5
        """
    )
    assert [(line, col, msg) for line, col, msg, _ in problems(path)] == [
        (2, 9, "source must be a mapping, not null"),
        (3, 9, "`claims` must be a list, not the number 5"),
    ]


def test_a_null_for_a_key_that_cannot_be_left_out_is_not_told_to_be_left_out(write):
    body = "version: 1\nsource: {title: test}\nclaims:\n" + textwrap.indent(GOOD, "  ")
    path = write(body + "unchecked:\n  - {figure: 2020年, reason: null, quote: null}\n")
    found = [(msg, hint) for _, _, msg, hint in problems(path)]
    assert found == [
        (
            "reason must be text, not null",
            'it cannot be left out: write its text (`reason: "null"` if null is meant)',
        ),
        ("a quote must be text, not null", 'leave it out, or write it in quotes: `quote: "null"`'),
    ]


def test_unreadable_values_are_said_once_not_through_each_name_that_uses_them(write):
    path = write(
        """\
        - id: a
          kind: expression
          quote: a
          expr: "a == b"
          values: null
        - id: b
          kind: expression
          quote: a
          expr: null
          values: {a: 1}
        - id: c
          kind: count
          quote: a
          items: ~
          values: {count: 3项}
        """,
        header=True,
    )
    assert [(line, msg, hint) for line, _, msg, hint in problems(path)] == [
        (9, "values must be a mapping, not null", "write `key: value` lines"),
        (
            13,
            "expr must be text, not null",
            'it cannot be left out: write its text (`expr: "null"` if null is meant)',
        ),
        (18, "`items` must be a list, not null", "the things listed, each as written in the quote"),
    ]
