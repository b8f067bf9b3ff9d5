from __future__ import annotations

import json

import jsonschema
import pytest
import yaml
from tests.conftest import GUILIN, ROOT

from factcheck import claims, loader, schema
from factcheck.checks import REGISTRY
from factcheck.engine import verify

Validator = jsonschema.Draft202012Validator


def errors(doc):
    return sorted(
        (list(e.absolute_path), e.message) for e in Validator(schema.build()).iter_errors(doc)
    )


def guilin():
    return yaml.safe_load(GUILIN.read_text(encoding="utf-8"))


def test_the_schema_is_valid_draft_2020_12():
    s = schema.build()
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Validator.check_schema(s)


def test_guilin_validates():
    assert errors(guilin()) == []


def test_an_unknown_key_is_rejected_at_every_level():
    doc = guilin()
    doc["claim"] = []
    doc["source"]["titel"] = "x"
    doc["claims"][0]["qoute"] = "x"
    got = errors(doc)
    assert ([], "Additional properties are not allowed ('claim' was unexpected)") in got
    assert (["source"], "Additional properties are not allowed ('titel' was unexpected)") in got
    assert any(path == ["claims", 0] and "'qoute' is not one of" in m for path, m in got)


def test_a_kind_option_is_allowed_only_on_its_kind():
    doc = guilin()
    change = next(c for c in doc["claims"] if c["kind"] == "change")
    change["reading"] = "points"
    assert errors(doc) == []
    change["relation"] = "at_least"  # an option of total and order, not of change
    (error,) = errors(doc)
    assert "'relation' is not one of" in error[1]
    del change["relation"]
    change["reading"] = "sideways"
    (error,) = errors(doc)
    assert error[0][-1] == "reading"


def test_values_a_kind_needs_are_required():
    doc = guilin()
    change = next(c for c in doc["claims"] if c["kind"] == "change")
    del change["values"]["to"]
    (error,) = errors(doc)
    assert error[1] == "'to' is a required property"


_N = {"count": "2个"}
_AB = {"a": "1个", "b": "2个"}
_P = {"p": "20.36%"}


@pytest.mark.parametrize(
    ("claim", "where"),
    [
        ({"id": "bad id", "kind": "ratio", "quote": "x", "values": {}}, "id"),
        ({"id": "a", "kind": "chnage", "quote": "x", "values": {}}, "kind"),
        ({"id": "a", "kind": "order", "quote": " ", "values": {}}, "quote"),
        ({"id": "a", "kind": "order", "quote": "x", "values": {"1x": "3个"}}, "values"),
        ({"id": "a", "kind": "order", "quote": "x", "values": {"a": {"derived": True}}}, "a"),
        ({"id": "a", "kind": "order", "quote": "x", "values": {}, "severity": "fatal"}, "severity"),
        ({"id": "a", "kind": "expression", "quote": "x", "values": {}}, None),  # expr required
        # lists name each thing once, one at least; wholes are 1 or more
        ({"id": "a", "kind": "count", "quote": "x", "items": [], "values": _N}, "items"),
        ({"id": "a", "kind": "count", "quote": "x", "items": ["县", "县"], "values": _N}, "items"),
        ({"id": "a", "kind": "count", "quote": "x", "items": [""], "values": _N}, "items"),
        ({"id": "a", "kind": "order", "quote": "x", "order": ["a", "a"], "values": _AB}, "order"),
        ({"id": "a", "kind": "order", "quote": "x", "order": [], "values": _AB}, "order"),
        ({"id": "a", "kind": "granularity", "quote": "x", "max_n": 0, "values": _P}, "max_n"),
    ],
)
def test_the_loader_and_the_schema_reject_the_same_claims(claim, where, write):
    doc = {"version": 1, "claims": [claim]}
    got = errors(doc)
    assert got
    if where is not None:
        assert any(where in map(str, path) or where in message for path, message in got)
    path = write(json.dumps(doc, ensure_ascii=False))  # JSON is YAML
    assert verify([path]).problems


def test_every_loader_key_and_option_type_is_typed():
    assert schema.untyped() == []


def test_kinds_and_their_options_come_from_the_registry():
    s = schema.build()
    claim = s["$defs"]["claim"]
    assert claim["properties"]["kind"]["enum"] == list(REGISTRY)
    assert [rule["if"]["properties"]["kind"]["const"] for rule in claim["allOf"]] == list(REGISTRY)
    for rule in claim["allOf"]:
        module = REGISTRY[rule["if"]["properties"]["kind"]["const"]]
        assert rule["then"]["propertyNames"]["enum"] == [*claims.CLAIM_KEYS, *module.OPTIONS]
    assert list(s["properties"]) == list(loader.TOP_KEYS)
    assert list(claim["properties"]) == list(claims.CLAIM_KEYS)


def test_the_committed_schema_is_current():
    committed = (ROOT / "schema" / "claims.schema.json").read_text(encoding="utf-8")
    assert committed == schema.render(), "run `make schema` to regenerate it"


# Scalars of the wrong YAML type (a number for a text, text for a whole number or a boolean):
# the broken files of the corpus, read as any YAML tool reads them, fail the schema too.
MISTYPED = (
    "quote-a-number",
    "id-a-number",
    "title-a-number",
    "note-null",
    "count-items-numbers",
    "max-n-quoted",
    "open-quoted",
    "derived-quoted",
)


@pytest.mark.parametrize("name", MISTYPED)
def test_a_mistyped_scalar_fails_the_loader_and_the_schema(name):
    path = ROOT / "tests" / "data" / "bad" / f"{name}.yaml"
    assert errors(yaml.safe_load(path.read_text(encoding="utf-8")))
    problems = verify([path]).problems
    assert problems and all("must be" in p.message for p in problems)


def test_plain_numbers_and_booleans_pass_both_where_they_are_meant(write):
    text = """\
    version: 1
    source: {title: "1984", date: "2021-01-05"}
    claims:
      - id: "2020"
        kind: granularity
        quote: 20.36%的盗抢案件24小时内破获,30.66%的案件3日内破获
        max_n: 10000
        constraints: a <= b
        values: {a: 20.36%, b: 30.66%}
      - id: fee
        kind: expression
        quote: "收费5.20元"
        expr: a == b
        values: {a: 5.20, b: {value: 5.2, derived: True}, c: {value: 0.50, derived: false}}
    """
    path = write(text)
    assert errors(yaml.safe_load(path.read_text(encoding="utf-8"))) == []
    cf = loader.load(path)
    assert cf.problems == ()
    grim, fee = cf.claims
    assert grim.options["max_n"] == 10000 and len(grim.options["constraints"]) == 1
    assert [(v.text, v.derived) for v in fee.values] == [
        ("5.20", False),
        ("5.2", True),
        ("0.50", False),
    ]
