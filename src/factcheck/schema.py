"""The JSON Schema (draft 2020-12) of claim files, for editors (yaml-language-server).

Built from the definitions the loader validates with (:mod:`factcheck.loader`,
:mod:`factcheck.claims`, :mod:`factcheck.values`) — its key lists, id and name patterns, the
rounding procedures, and each registered kind's ``VALUES`` and ``OPTIONS`` — so a kind or a
key added there appears here without a second copy. The loader stays the validator (its
errors carry FILE:LINE:COL and a hint); the schema gives completion and squiggles while typing.

Kind-specific keys use ``if``/``then`` with ``propertyNames`` rather than
``unevaluatedProperties``: editors built on draft 7 (yaml-language-server) ignore the latter,
and this way an unknown key is flagged there too.
"""

from __future__ import annotations

from typing import Any

from factcheck import claims, loader, values
from factcheck.checks import REGISTRY
from factcheck.checks.base import Option
from factcheck.kinds_doc import kind_summary
from factcheck.rounding import Rounding

DIALECT = "https://json-schema.org/draft/2020-12/schema"

# The type of each key the loader reads, by where it stands; the key lists themselves (what is
# allowed, hence what is unknown) come from the loader. A key the loader gains before it is
# typed here is still allowed, with any value; a test asks for every key to be typed.
_TOP: dict[str, dict[str, Any]] = {
    "version": {"description": "The claim file format version: 1.", "enum": [1, "1"]},
    "source": {"$ref": "#/$defs/source"},
    "rounding": {"$ref": "#/$defs/rounding"},
    "approx": {"$ref": "#/$defs/approx"},
    "unchecked": {
        "description": "Figures of the article that no claim checks, each with the reason.",
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "figure": {"type": "string", "description": "The figure as the article writes it."},
                "reason": {"type": "string", "description": "Why nothing checks it."},
                "quote": {"type": "string", "description": "Limits it to this passage."},
            },
            "required": ["figure", "reason"],
            "additionalProperties": False,
        },
    },
    "claims": {
        "description": "The claims, one entry per assertion about the article's figures.",
        "type": "array",
        "items": {"$ref": "#/$defs/claim"},
    },
}
_SOURCE: dict[str, dict[str, Any]] = {
    "title": {"description": "The article's title.", "type": "string"},
    "outlet": {"description": "Who published it.", "type": "string"},
    "date": {"description": 'The publication date, quoted: "2021-01-05".', "type": "string"},
    "url": {"description": "Where the article was published.", "type": "string"},
    "text": {
        "description": "The archived text of the article, a path relative to this file.",
        "type": "string",
    },
    "language": {"description": "The article's language, e.g. zh or en.", "type": "string"},
}
_QUOTE_TEXT = {"type": "string", "pattern": r"\S"}
_CLAIM: dict[str, dict[str, Any]] = {
    "id": {
        "description": "A stable id, unique in the file: letters, digits, '.', '_' and '-'.",
        "type": "string",
        "pattern": f"^(?:{claims.ID_RE.pattern})$",
    },
    "kind": {
        "description": "What the claim asserts.",
        "enum": list(REGISTRY),
        "markdownEnumDescriptions": [kind_summary(m) for m in REGISTRY.values()],
    },
    "quote": {
        "description": "The verbatim sentence the figures come from, or a list of them.",
        "anyOf": [_QUOTE_TEXT, {"type": "array", "items": _QUOTE_TEXT, "minItems": 1}],
    },
    "values": {
        "description": "The named figures of the claim, each as written in the quote.",
        "type": "object",
        "propertyNames": {"pattern": f"^(?:{values.NAME_RE.pattern})$"},
        "additionalProperties": {"$ref": "#/$defs/value"},
    },
    "note": {"description": "A note for the reader of the report.", "type": "string"},
    "rounding": {"$ref": "#/$defs/rounding"},
    "approx": {"$ref": "#/$defs/approx"},
    "severity": {
        "description": "warning: a failed expectation is reported as notable, not an error.",
        "enum": list(claims.SEVERITIES),
    },
}
_VALUE: dict[str, dict[str, Any]] = {
    "value": {"$ref": "#/$defs/figure"},
    "derived": {
        "description": "true when the figure is the fact-checker's own, not in the quote.",
        "type": "boolean",
    },
    "note": {"description": "Where the figure comes from.", "type": "string"},
}

# Option types (checks.base.Option.type) as JSON Schema.
_OPTION_TYPES: dict[str, dict[str, Any]] = {
    # a list names each thing once, and names one at least (the loader says so too)
    "names": {
        "type": "array",
        "items": {"type": "string", "pattern": f"^(?:{values.NAME_RE.pattern})$"},
        "minItems": 1,
        "uniqueItems": True,
    },
    "texts": {
        "type": "array",
        "items": {"type": "string", "minLength": 1},
        "minItems": 1,
        "uniqueItems": True,
    },
    "expr": {"type": "string"},
    # one expression, or a list of them: the loader reads both, as it does quotes
    "exprs": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
    "text": {"type": "string"},
    "bool": {"type": "boolean"},
    "int": {"type": "integer", "minimum": 1},
    "figure": {"$ref": "#/$defs/figure"},
}


def untyped() -> list[str]:
    """Loader keys and option types this module gives no schema for (a test wants none)."""
    missing = [f"top-level key {k!r}" for k in loader.TOP_KEYS if k not in _TOP]
    missing += [f"source key {k!r}" for k in loader.SOURCE_KEYS if k not in _SOURCE]
    missing += [f"claim key {k!r}" for k in claims.CLAIM_KEYS if k not in _CLAIM]
    missing += [f"value key {k!r}" for k in values.VALUE_KEYS if k not in _VALUE]
    for kind, module in REGISTRY.items():
        for name, opt in module.OPTIONS.items():
            if opt.type != "choice" and opt.type not in _OPTION_TYPES:
                missing.append(f"option type {opt.type!r} of {kind}.{name}")
    return missing


def _object(keys: tuple[str, ...], types: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """An object with exactly the loader's keys, each typed when known."""
    return {
        "type": "object",
        "properties": {k: types.get(k, {}) for k in keys},
        "additionalProperties": False,
    }


def option_schema(opt: Option) -> dict[str, Any]:
    """One kind option as a property schema."""
    if opt.type == "choice":
        body: dict[str, Any] = {"enum": list(opt.choices)}
    else:
        body = dict(_OPTION_TYPES.get(opt.type, {}))
    return {"description": opt.doc, **body}


def _kind_rule(kind: str) -> dict[str, Any]:
    """The keys and values a claim of one kind may and must have."""
    module = REGISTRY[kind]
    options: dict[str, Option] = dict(module.OPTIONS)
    then: dict[str, Any] = {"propertyNames": {"enum": [*claims.CLAIM_KEYS, *options]}}
    properties = {name: option_schema(opt) for name, opt in options.items()}
    if module.VALUES:
        properties["values"] = {"required": list(module.VALUES)}
    if properties:
        then["properties"] = properties
    required = [name for name, opt in options.items() if opt.required]
    if required:
        then["required"] = required
    return {
        "if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]},
        "then": then,
    }


def build() -> dict[str, Any]:
    """The JSON Schema of claim files."""
    claim = {
        "type": "object",
        "properties": {k: _CLAIM.get(k, {}) for k in claims.CLAIM_KEYS},
        "required": ["id", "kind", "quote", "values"],
        "allOf": [_kind_rule(kind) for kind in REGISTRY],
    }
    return {
        "$schema": DIALECT,
        "title": "factcheck claim file",
        "description": "The figures of a news article as claims, each with the quote it "
        "comes from; checked by `factcheck verify`.",
        **_object(loader.TOP_KEYS, _TOP),
        "required": ["claims"],
        "$defs": {
            "source": {
                "description": "The article the claims come from.",
                **_object(loader.SOURCE_KEYS, _SOURCE),
            },
            "rounding": {
                "description": "How the figures were rounded; up_or_down (the default) "
                "allows either way at the half.",
                "enum": [r.value for r in Rounding],
            },
            "approx": {
                "description": "The width of 约 / 左右 / 近 / about figures, as a percentage "
                "(default 10%).",
                "type": "string",
            },
            "figure": {
                "description": "A figure as written: 82.04%, 169万元, 162万余元, 60%以上, "
                "about 100 days.",
                "type": ["string", "number"],
            },
            "value": {
                "anyOf": [
                    {"$ref": "#/$defs/figure"},
                    {**_object(values.VALUE_KEYS, _VALUE), "required": ["value"]},
                ]
            },
            "claim": claim,
        },
    }


def render() -> str:
    """The schema as stable JSON text."""
    import json

    return json.dumps(build(), ensure_ascii=False, indent=2) + "\n"
