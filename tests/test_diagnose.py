"""Diagnosis attaches slips to inconsistent arithmetic only, and never changes a verdict."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from tests.checks.helpers import run
from tests.conftest import GUILIN
from tests.slips.helpers import INVENTED

from factcheck.checks import REGISTRY
from factcheck.checks.base import Context, quiet
from factcheck.diagnose import MAX_PER_SLIP, applies, diagnose, slips_for
from factcheck.engine import check_claim, verify
from factcheck.figure import QuantityError, parse
from factcheck.findings import Verdict
from factcheck.loader import load


def test_diagnosis_changes_nothing_but_the_slips():
    cf = load(INVENTED)
    ctx = Context(cf.path, cf.source, cf.claims)
    for claim in cf.claims:
        plain = list(REGISTRY[claim.kind].check(claim, ctx))
        diagnosed = diagnose(claim, plain, ctx)
        assert [replace(f, slips=()) for f in diagnosed] == plain
        for before, after in zip(plain, diagnosed, strict=True):
            assert after.slips == () or before.verdict is Verdict.INCONSISTENT


def test_guilin_claims_carry_no_slip():
    report = verify([GUILIN])
    assert report.exit_code() == 0
    assert [r.claim.id for r in report.results for f in r.findings if f.slips] == []


def _transposed():
    cf = load(GUILIN)
    for claim in cf.claims:
        for value in claim.values:
            for m in re.finditer(r"(?=(\d)(\d))", value.text):
                a, b = m.group(1), m.group(2)
                if a != b:
                    i = m.start()
                    text = value.text[:i] + b + a + value.text[i + 2 :]
                    yield pytest.param(claim, value, text, id=f"{claim.id}.{value.name}:{text}")


CF = load(GUILIN)
CTX = Context(CF.path, CF.source, CF.claims)


@pytest.mark.parametrize(("claim", "value", "text"), list(_transposed()))
def test_a_transposed_guilin_figure_is_found(claim, value, text):
    try:
        q = parse(text)
    except QuantityError:
        return
    values = tuple(replace(v, text=text, quantity=q) if v is value else v for v in claim.values)
    result = check_claim(replace(claim, values=values), CTX)
    bad = [
        f for f in result.findings if f.check == "arithmetic" and f.verdict.value == "inconsistent"
    ]
    if not bad:
        return  # the arithmetic still holds (an order, a bound): provenance catches the typo
    restoring = f"{value.name} {text} would hold as {value.text} ("
    assert any(s.name == "digits" and s.message.startswith(restoring) for s in bad[0].slips), [
        s.message for s in bad[0].slips
    ]


def test_warning_ambiguous_and_unverifiable_claims_carry_no_slip(write):
    path = write(
        """\
        - id: warned
          kind: change
          severity: warning
          quote: 均价从200元涨到500元,上涨250%
          values: {from: 200元, to: 500元, change: 上涨250%}
        - id: either
          kind: change
          quote: 产量从200吨增加到500吨,增长2.5倍
          values: {from: 200吨, to: 500吨, change: 增长2.5倍}
        - id: zero
          kind: ratio
          quote: 0条 64.5米 21.5米
          values: {numerator: 64.5米, denominator: 0条, ratio: 21.5米}
        """,
        header=True,
    )
    rs = run(path)
    assert [rs[i].verdict.value for i in ("warned", "either", "zero")] == [
        "warning",
        "ambiguous",
        "unverifiable",
    ]
    assert all(f.slips == () for r in rs.values() for f in r.findings)


def test_provenance_findings_carry_no_slip(write):
    path = write(
        """\
        - id: typo
          kind: share
          quote: 共被骗169万元,为被害人追回被骗的93万元
          values: {part: 39万元, whole: 169万元, share: {value: 23%, derived: true}}
        """,
        header=True,
    )
    r = run(path)["typo"]
    prov = [f for f in r.findings if f.check == "provenance"]
    assert prov and prov[0].verdict is Verdict.INCONSISTENT and prov[0].slips == ()
    assert r.main.verdict is Verdict.CONSISTENT and r.main.slips == ()


def test_at_most_three_readings_per_slip(write):
    path = write(
        """\
        - id: c
          kind: ratio
          quote: 缴获地笼3条64.5米,平均每条215米
          values: {numerator: 64.5米, denominator: 3条, ratio: 215米}
        """,
        header=True,
    )
    cf = load(path)
    ctx = Context(cf.path, cf.source, cf.claims)
    names = [s.name for s in slips_for(cf.claims[0], ctx)]
    assert names.count("scale") == MAX_PER_SLIP == 3


def test_to_frame_lists_the_slips():
    frame = verify([INVENTED]).to_frame()
    row = frame.set_index("id").loc["revenue-simple-average"]
    assert row["slips"] == "arithmetic_mean, fencepost"
    assert frame.set_index("id").loc["schools-checked", "slips"] == ""


def _substituted():
    """Every 7th one-digit substitution of a Guilin figure (all of them: tests/test_guilin.py)."""
    cases = []
    for claim in CF.claims:
        for value in claim.values:
            for m in re.finditer(r"\d", value.text):
                for d in "0123456789":
                    if d != m.group():
                        text = value.text[: m.start()] + d + value.text[m.end() :]
                        cases.append(pytest.param(claim, value, text, id=f"{claim.id}:{text}"))
    return cases[::7]


@pytest.mark.parametrize(("claim", "value", "text"), _substituted())
def test_diagnosis_of_a_mistyped_guilin_figure_keeps_the_verdict(claim, value, text):
    try:
        q = parse(text)
    except QuantityError:
        return
    mutated = replace(
        claim,
        values=tuple(replace(v, text=text, quantity=q) if v is value else v for v in claim.values),
    )
    with_slips = check_claim(mutated, CTX)
    without = check_claim(mutated, CTX, slips=False)
    assert [replace(f, slips=()) for f in with_slips.findings] == list(without.findings)
    for f in with_slips.findings:
        assert not f.slips or (f.check == "arithmetic" and f.verdict is Verdict.INCONSISTENT)


def test_a_quiet_run_gives_every_verdict_of_a_full_one(tmp_path):
    # slips try readings quietly, for their verdicts alone: those must be the full run's
    from tests.slips.helpers import generated

    for path in (GUILIN, INVENTED, generated(tmp_path, 600, seed=5)):
        cf = load(path)
        ctx = Context(cf.path, cf.source, cf.claims)
        for claim in cf.claims:
            full = [f.verdict for f in REGISTRY[claim.kind].check(claim, ctx)]
            with quiet():
                found = list(REGISTRY[claim.kind].check(claim, ctx))
            assert [f.verdict for f in found] == full, claim.id
            assert all(not f.steps for f in found if f.message == "")


def test_only_claims_with_inconsistent_arithmetic_are_diagnosed(tmp_path):
    # diagnose asks each finding what applies() asks, written out: the two agree
    from tests.slips.helpers import CONTROL, generated

    for path in (INVENTED, CONTROL, generated(tmp_path, 300, seed=4)):
        cf = load(path)
        ctx = Context(cf.path, cf.source, cf.claims)
        for claim in cf.claims:
            plain = list(REGISTRY[claim.kind].check(claim, ctx))
            for f in plain:
                for verdict in Verdict:
                    for check in ("arithmetic", "provenance"):
                        g = replace(f, verdict=verdict, check=check)
                        out = diagnose(claim, [g], ctx)
                        assert (out[0] is g) is not applies(g), (claim.id, verdict, check)
