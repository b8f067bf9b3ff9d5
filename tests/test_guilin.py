"""The Guilin claim file: it passes, and any one-digit slip in it is caught."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from tests.conftest import GUILIN

from factcheck.checks import REGISTRY
from factcheck.checks.base import Context
from factcheck.engine import check_claim, verify
from factcheck.figure import QuantityError
from factcheck.findings import Verdict
from factcheck.loader import load
from factcheck.values import value_parser

CF = load(GUILIN)


def test_guilin_loads_cleanly_and_passes():
    assert CF.problems == (), [str(p) for p in CF.problems]
    report = verify([GUILIN])
    assert report.exit_code() == 0
    assert len(report.results) >= 60
    kinds = {r.claim.kind for r in report.results}
    assert {
        "change",
        "ratio",
        "share",
        "total",
        "order",
        "expression",
        "granularity",
        "date",
        "count",
    } <= kinds


def test_guilin_is_honest_about_the_grid_workers():
    report = verify([GUILIN])
    warned = [r.claim.id for r in report.results if r.verdict is Verdict.WARNING]
    assert warned, "fewer grid workers than grids should be a warning"


def _mutations():
    for claim in CF.claims:
        for value in claim.values:
            for m in re.finditer(r"\d", value.text):
                for d in "0123456789":
                    if d != m.group():
                        text = value.text[: m.start()] + d + value.text[m.end() :]
                        yield pytest.param(claim, value, text, id=f"{claim.id}.{value.name}:{text}")


@pytest.mark.parametrize(("claim", "value", "text"), list(_mutations()))
def test_any_one_digit_changed_makes_the_claim_fail(claim, value, text):
    try:  # read as the loader reads it: dates by the date parser, durations by theirs
        q = value_parser(REGISTRY[claim.kind], value.name)(text)
    except QuantityError:
        return  # the loader reports it: exit 2, also a failure
    values = tuple(replace(v, text=text, quantity=q) if v is value else v for v in claim.values)
    # verdicts only: diagnosis never changes one (tests/test_diagnose.py), and costs time here
    ctx = Context(str(GUILIN), CF.source)
    result = check_claim(replace(claim, values=values), ctx, slips=False)
    assert result.verdict in (Verdict.INCONSISTENT,), (
        f"{claim.id}: {value.name} {value.text} -> {text} still {result.verdict.value}"
    )
