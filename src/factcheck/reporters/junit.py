"""JUnit XML: a testsuite per claim file, a testcase per claim.

A claim that fails the run (inconsistent; with ``strict``, anything short of consistent) is a
``<failure>`` whose message ends ``at FILE:LINE:COL``; an unverifiable claim is ``<skipped>``;
an ambiguous or warning claim passes with its explanation in ``<system-out>``. Every problem
reading a file is a testcase with an ``<error>``, so a broken file shows in the test report
and never hides the others. A file whose article has figures no claim accounts for gets one
more testcase, ``coverage of ARTICLE``, listing them: a ``<failure>`` with ``strict`` (they
then fail the run), else passed with the list in ``<system-out>``. No timestamps or
durations: the same input gives the same bytes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from factcheck.findings import Verdict
from factcheck.report import ClaimResult, FileReport, Report
from factcheck.reporters.findings import (
    explain,
    explain_problem,
    explain_unaccounted,
    fails,
    unaccounted,
)

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: str) -> str:
    """Text XML can hold: characters it forbids become U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _element(parent: ET.Element, tag: str, text: str = "", **attrs: str) -> ET.Element:
    e = ET.SubElement(parent, tag, {k: clean(v) for k, v in attrs.items()})
    if text:
        e.text = clean(text)
    return e


def _testcase(suite: ET.Element, file: FileReport, r: ClaimResult, strict: bool) -> str:
    """Add one claim's testcase; return its outcome: passed, failure or skipped."""
    case = _element(
        suite,
        "testcase",
        name=r.claim.id,
        classname=file.path,
        file=file.path,
        line=str(r.claim.pos.line),
    )
    bad = [f for f in r.findings if f.verdict is not Verdict.CONSISTENT]
    if not bad:
        return "passed"
    worst = min(bad, key=lambda f: f.verdict.rank)
    body = "\n\n".join(f"{f.pos}: {f.verdict.value}\n" + "\n".join(explain(f)) for f in bad)
    message = f"{worst.message} at {worst.pos}"
    if fails(r.verdict, strict):
        _element(case, "failure", body, message=message, type=r.verdict.value)
        return "failure"
    if r.verdict is Verdict.UNVERIFIABLE:
        _element(case, "skipped", body, message=message)
        return "skipped"
    _element(case, "system-out", body)
    return "passed"


def _suite(root: ET.Element, file: FileReport, strict: bool) -> dict[str, int]:
    suite = _element(root, "testsuite", name=file.path)
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for p in file.problems:
        case = _element(
            suite,
            "testcase",
            name=f"load {p.key or 'file'}",
            classname=file.path,
            file=file.path,
            line=str(p.pos.line),
        )
        _element(
            case,
            "error",
            "\n".join(explain_problem(p)),
            message=f"{p.message} at {p.pos}",
            type="input",
        )
        counts["tests"] += 1
        counts["errors"] += 1
    for r in file.results:
        outcome = _testcase(suite, file, r, strict)
        counts["tests"] += 1
        if outcome == "failure":
            counts["failures"] += 1
        elif outcome == "skipped":
            counts["skipped"] += 1
    missing = unaccounted(file)
    if missing and file.coverage is not None:
        source = file.coverage.source
        case = _element(
            suite, "testcase", name=f"coverage of {source}", classname=file.path, file=source
        )
        body = "\n".join(
            f"{source}:{c.line}:{c.column}: {explain_unaccounted(file, c)}" for c in missing
        )
        counts["tests"] += 1
        if strict:
            message = f"{len(missing)} unaccounted figure{'s' if len(missing) != 1 else ''}"
            _element(case, "failure", body, message=message, type="coverage")
            counts["failures"] += 1
        else:
            _element(case, "system-out", body)
    for k, v in counts.items():
        suite.set(k, str(v))
    return counts


def render(report: Report, strict: bool = False, **_: Any) -> str:
    """The report as one JUnit XML document."""
    root = ET.Element("testsuites", {"name": "factcheck"})
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for file in report.files:
        for k, v in _suite(root, file, strict).items():
            totals[k] += v
    for k, v in totals.items():
        root.set(k, str(v))
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
