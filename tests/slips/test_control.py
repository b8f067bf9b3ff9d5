"""Correct claims shaped like the slips: no slip is ever reported."""

from __future__ import annotations

from tests.slips.helpers import CONTROL, results, slip_names

from factcheck.engine import verify
from factcheck.findings import Verdict
from factcheck.reporters import Format, render
from factcheck.reporters.plain import NO_SLIP


def test_control_claims_hold_and_carry_no_slip():
    rs = results(CONTROL)
    assert len(rs) == 23
    ambiguous = {cid for cid, r in rs.items() if r.verdict is Verdict.AMBIGUOUS}
    assert ambiguous == {"output-bei-both-readings", "turnout-either"}
    assert all(r.verdict is Verdict.CONSISTENT for cid, r in rs.items() if cid not in ambiguous)
    assert {cid: slip_names(r) for cid, r in rs.items() if slip_names(r)} == {}


def test_control_output_mentions_no_slip():
    out = render(verify([CONTROL]), Format.plain)
    assert "likely slip" not in out
    assert NO_SLIP not in out
    assert "23 claims in 1 file: 2 ambiguous, 21 consistent" in out
