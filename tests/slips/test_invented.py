"""The invented claims: every slip of the catalogue reproduced and named."""

from __future__ import annotations

import pytest
from tests.slips.helpers import INVENTED, line_of, results, slip_names

from factcheck.findings import Verdict
from factcheck.slips import BY_NAME, REGISTRY

RESULTS = results(INVENTED)
EXPECTED = {cid: r.claim.note for cid, r in RESULTS.items() if r.claim.note in BY_NAME}
FORMULA_SLIPS = {m.NAME for m in REGISTRY} - {"scale", "digits"}


def test_every_slip_is_exercised():
    assert set(EXPECTED.values()) == set(BY_NAME)


@pytest.mark.parametrize(("claim_id", "name"), sorted(EXPECTED.items()))
def test_slip_reproduces_and_is_named(claim_id, name):
    r = RESULTS[claim_id]
    assert r.verdict is Verdict.INCONSISTENT
    main = r.main
    assert main is not None and main.verdict is Verdict.INCONSISTENT
    assert (main.pos.line, main.pos.column, main.claim_id) == (
        line_of(INVENTED, claim_id),
        5,
        claim_id,
    )
    names = [s.name for s in main.slips]
    assert name in names
    if name in FORMULA_SLIPS:
        assert names[0] == name, names  # the most specific slip comes first
    slip = next(s for s in main.slips if s.name == name)
    module = BY_NAME[name]
    assert (slip.explanation_en, slip.explanation_zh) == (module.EXPLAIN_EN, module.EXPLAIN_ZH)
    assert slip.steps and slip.computed is not None and slip.message


def test_claims_that_hold_carry_no_slip():
    held = [r for r in RESULTS.values() if r.claim.note.startswith("consistent")]
    assert len(held) == 3
    for r in held:
        assert r.verdict is Verdict.CONSISTENT
        assert slip_names(r) == []


def test_formula_slip_arithmetic_gives_the_stated_figure():
    slip = RESULTS["price-rise-percent"].main.slips[0]
    assert [s.label for s in slip.steps] == ["stated", "the ratio taken for the change"]
    assert slip.steps[1].formula == "to ÷ from"
    assert slip.steps[1].figures == "500元 ÷ 200元"
    assert slip.computed_shown == "250%"
    assert slip.message.startswith("上涨250% is to ÷ from = 250%")


def test_reading_slip_names_the_figure_and_the_reading():
    messages = [s.message for s in RESULTS["residents-wan-for-qian"].main.slips]
    assert messages == ["suburbs 8万人 would hold as 8千人 (千 written as 万)"]
    messages = [s.message for s in RESULTS["spending-million-for-thousand"].main.slips]
    assert messages == [
        "schools 800 million yuan would hold as 800 thousand yuan (thousand written as million)"
    ]
    messages = [s.message for s in RESULTS["schools-surveyed-share"].main.slips]
    assert messages == [
        "whole 1938所 would hold as 1839所 (written 1839所 in claim schools-checked)"
    ]
    messages = [s.message for s in RESULTS["cases-typed-twice"].main.slips]
    assert messages == ["total 18,839起 would hold as 1,839起 (8 typed twice)"]


def test_every_equivalent_reading_is_listed():
    # 215 ÷ 10 = 64.5 × 10 ÷ 3 = 64.5 ÷ 0.3: which figure slipped, the arithmetic cannot tell
    slips = RESULTS["net-length-decimal-point"].main.slips
    assert [s.message.split(" would")[0] for s in slips] == [
        "numerator 64.5米",
        "denominator 3条",
        "ratio 215米",
    ]
