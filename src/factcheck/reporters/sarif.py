"""SARIF 2.1.0, as code-scanning tools (GitHub code scanning among them) read it.

One run of the tool ``factcheck``; one rule per claim kind, plus ``provenance`` (a value that
is not in its quote, a quote not in the article), ``input`` (a claim file that cannot be
read) and ``coverage`` (a figure of the article no claim accounts for: a note, an error with
``strict``). One result per finding that is not consistent, per load problem and per
unaccounted figure, each with its physical location; every file checked is listed in
``artifacts``, with results or without. Columns count Unicode code points, as the YAML reader
does, and the run says so (``columnKind``). No timestamps: the same input gives the same bytes.

Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
"""

from __future__ import annotations

import hashlib
import inspect
import json
from collections import Counter
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from factcheck.checks import REGISTRY
from factcheck.exports import slip_dict
from factcheck.findings import Finding
from factcheck.kinds_doc import kind_markdown, kind_summary
from factcheck.models import Pos
from factcheck.report import Report
from factcheck.reporters.findings import (
    coverage_level,
    explain,
    explain_problem,
    explain_unaccounted,
    level,
    notable,
    one_based,
    unaccounted,
)
from factcheck.reporters.plain import slip_lines

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
VERSION = "2.1.0"
PROVENANCE, INPUT, COVERAGE = "provenance", "input", "coverage"

_EXTRA_RULES = {
    PROVENANCE: (
        "A value of a claim occurs in its quote, and every quote occurs in the article.",
        "Every value of a claim must occur in its quote (unless it is marked `derived: true`), "
        "and when the claim file names the article's text, every quote must occur in it. A "
        "typo in the claim file is caught like an error in the article.",
    ),
    INPUT: (
        "The claim file can be read: YAML, keys, types, figures, ids and names.",
        "A claim file that cannot be read as written: malformed YAML, an unknown key, a wrong "
        "type, an unreadable figure, a duplicate id or an undefined name. The message names "
        "the key path and the hint says how to fix it.",
    ),
    COVERAGE: (
        "Every figure of the article is used by a claim or listed as unchecked.",
        "When the claim file names the article's text, each figure of the article is either "
        "used by a claim or listed in `unchecked:` with a reason. A figure that is neither is "
        "a note, and an error with --strict, which then fails the run.",
    ),
}


def rules() -> list[dict[str, Any]]:
    """One reporting descriptor per claim kind, in registry order, then the extra rules."""
    out = []
    for kind, module in REGISTRY.items():
        doc = inspect.getdoc(module) or kind_summary(module)
        out.append(
            {
                "id": kind,
                "shortDescription": {"text": kind_summary(module)},
                "fullDescription": {"text": doc.split("Passes::", 1)[0].strip()},
                "help": {
                    "text": doc,
                    "markdown": kind_markdown(module),
                },
                "defaultConfiguration": {"level": "error"},
                "properties": {"tags": ["factcheck", "arithmetic"]},
            }
        )
    for rule_id, (short, full) in _EXTRA_RULES.items():
        out.append(
            {
                "id": rule_id,
                "shortDescription": {"text": short},
                "fullDescription": {"text": full},
                "defaultConfiguration": {"level": "error"},
                "properties": {"tags": ["factcheck", rule_id]},
            }
        )
    return out


def uri(path: str) -> str:
    """A file path as a URI reference: relative paths stay relative (to the repository
    root, where code scanning resolves them); absolute ones become ``file://`` URIs."""
    p = PurePath(path)
    if p.is_absolute():
        return "file://" + quote(p.as_posix())
    return quote(p.as_posix())


def location(pos: Pos) -> dict[str, Any]:
    """A physical location: the file and the line and column where the finding is."""
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": uri(pos.path)},
            "region": {"startLine": one_based(pos.line), "startColumn": one_based(pos.column)},
        }
    }


def fingerprint(*parts: str) -> str:
    """A stable identity for a result that survives the claim moving to another line."""
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def render(report: Report, strict: bool = False, **_: Any) -> str:
    """The report as one SARIF log."""
    from factcheck import __version__

    descriptors = rules()
    index = {r["id"]: i for i, r in enumerate(descriptors)}
    results: list[dict[str, Any]] = []
    for file in report.files:
        for n, p in enumerate(file.problems):
            results.append(
                {
                    "ruleId": INPUT,
                    "ruleIndex": index[INPUT],
                    "level": "error",
                    "message": {"text": "\n".join(explain_problem(p))},
                    "locations": [location(p.pos)],
                    "partialFingerprints": {
                        "factcheck/v1": fingerprint(file.path, INPUT, p.key, str(n))
                    },
                    "properties": {"key": p.key},
                }
            )
        seen: Counter[tuple[str, str]] = Counter()
        for f in notable(file):
            rule = f.kind if f.check == "arithmetic" and f.kind in index else PROVENANCE
            seen[(f.claim_id, rule)] += 1
            results.append(_result(f, rule, index[rule], strict, seen[(f.claim_id, rule)]))
        nth: Counter[str] = Counter()  # a figure's fingerprint: its text, and which of them
        for c in unaccounted(file):
            nth[c.figure.text] += 1
            source = file.coverage.source if file.coverage else file.path
            results.append(
                {
                    "ruleId": COVERAGE,
                    "ruleIndex": index[COVERAGE],
                    "level": coverage_level(strict),
                    "message": {"text": explain_unaccounted(file, c)},
                    "locations": [location(Pos(source, c.line, c.column))],
                    "partialFingerprints": {
                        "factcheck/v1": fingerprint(
                            file.path, COVERAGE, c.figure.text, str(nth[c.figure.text])
                        )
                    },
                    "properties": {"figure": c.figure.text},
                }
            )
    log = {
        "$schema": SCHEMA,
        "version": VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "artifacts": [{"location": {"uri": uri(f.path)}} for f in report.files],
                "results": results,
                "properties": {
                    "summary": {
                        "claims": len(report.results),
                        "problems": len(report.problems),
                        **report.counts(),
                    }
                },
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _result(f: Finding, rule: str, rule_index: int, strict: bool, nth: int) -> dict[str, Any]:
    return {
        "ruleId": rule,
        "ruleIndex": rule_index,
        "level": level(f.verdict, strict),
        "message": {"text": "\n".join([*explain(f), *slip_lines(f, "")])},
        "locations": [location(f.pos)],
        "partialFingerprints": {
            "factcheck/v1": fingerprint(f.pos.path, f.claim_id, rule, str(nth))
        },
        "properties": {
            "claim": f.claim_id,
            "kind": f.kind,
            "verdict": f.verdict.value,
            "slips": [slip_dict(s) for s in f.slips],
        },
    }
