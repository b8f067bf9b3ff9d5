"""Readings left unrun by ``could_hold`` are readings under which the claim fails: checked
against running every reading, on the slip test files and on a generated file of every kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.slips.helpers import CONTROL, INVENTED, generated

from factcheck.checks.base import Context
from factcheck.figure import QuantityError, parse
from factcheck.loader import load
from factcheck.models import Claim, Value
from factcheck.slips import base, digits, elsewhere, scale
from factcheck.slips.base import by_reading, the_one
from factcheck.slips.pruning import could_hold, pruned


def _generated(tmp: Path) -> Path:
    return generated(tmp, 600, seed=3)


def _readings(claim: Claim, value: Value, ctx: Context) -> list[tuple[str, object, str]]:
    out = list(scale.readings(value))
    known = elsewhere.elsewhere(claim, ctx)
    for text, how, _ in digits.candidates(value, known, f"in claim {claim.id}"):
        try:
            out.append((text, parse(text), how))
        except QuantityError:
            continue
    return out


@pytest.mark.parametrize("source", ["invented", "control", "generated"])
def test_no_reading_under_which_the_claim_holds_is_left_out(source: str, tmp_path: Path) -> None:
    path = {"invented": INVENTED, "control": CONTROL}.get(source) or _generated(tmp_path)
    cf = load(path)
    ctx = Context(cf.path, cf.source, cf.claims)
    tried = kept = holding = 0
    for claim in cf.claims:
        for value in claim.values:
            rs = _readings(claim, value, ctx)
            left = could_hold(claim, value, rs, lambda r: r[1], ctx)  # type: ignore[arg-type,return-value]
            for text, q, how in rs:
                if by_reading(claim, value, text, q, ctx, how).holds:  # type: ignore[arg-type]
                    holding += 1
                    assert any(r[0] == text for r in left), (claim.id, value.name, text)
            tried += len(rs)
            kept += len(left)
    if source != "control":  # the control file holds no slips, the others do: not empty
        assert holding > 0
    if source == "generated":
        assert kept < tried * 3 // 4  # and most failing readings go unrun


def test_a_total_off_by_a_transposition_keeps_its_slip_and_drops_the_scales(
    tmp_path: Path,
) -> None:
    path = tmp_path / "total.yaml"
    path.write_text(
        "version: 1\nclaims:\n  - id: t\n    kind: total\n"
        "    quote: 县级网格中心17个,乡镇网格中心147个,村级网格中心1899个,共计2036个\n"
        "    values: {county: 17个, township: 147个, village: 1899个, total: 2036个}\n",
        encoding="utf-8",
    )
    cf = load(path)
    assert not cf.problems
    claim = cf.claims[0]
    ctx = Context(cf.path, cf.source, cf.claims)
    total = claim.values[-1]
    rs = list(scale.readings(total))
    left = could_hold(claim, total, rs, lambda r: r[1], ctx)
    assert rs and left == []  # no power of ten makes 17 + 147 + 1899 = 2063
    typed = [(t, parse(t), h) for t, h, _ in digits.candidates(total, [], "")]
    kept = [t for t, _, _ in could_hold(claim, total, typed, lambda r: r[1], ctx)]
    assert "2063个" in kept  # the slip itself is never left out


RESIDENTS = """\
claims:
  - id: residents
    kind: total
    quote: 城区有1.2万人,郊区有8万人,合计2万人
    values:
      city: 1.2万人
      suburbs: 8万人
      total: 2万人
"""


def _residents(write) -> tuple[Claim, Value, Context]:  # type: ignore[no-untyped-def]
    cf = load(write(RESIDENTS))
    claim = cf.claims[0]
    value = claim.value("suburbs")
    assert value is not None
    return claim, value, Context(cf.path, cf.source, cf.claims)


def _counted(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    real = base.holds_as

    def counting(claim, value, text, q, ctx):  # type: ignore[no-untyped-def]
        asked.append(text)
        return real(claim, value, text, q, ctx)

    monkeypatch.setattr(base, "holds_as", counting)
    return asked


def test_the_one_reading_that_holds_is_written_out(write, monkeypatch) -> None:
    claim, value, ctx = _residents(write)
    asked = _counted(monkeypatch)
    found = the_one(claim, value, [(t, parse(t), t) for t in ("80万人", "8千人", "8亿人")], ctx)
    assert asked == ["80万人", "8千人", "8亿人"]
    assert found is not None and found.holds
    assert found == by_reading(claim, value, "8千人", parse("8千人"), ctx, "8千人")


def test_where_two_readings_hold_the_search_stops_and_none_is_counted(write, monkeypatch) -> None:
    claim, value, ctx = _residents(write)
    asked = _counted(monkeypatch)
    texts = ("80万人", "8千人", "0.8万人", "7千人")  # 8千 and 0.8万 both give 2.0万
    assert the_one(claim, value, [(t, parse(t), t) for t in texts], ctx) is None
    assert asked == ["80万人", "8千人", "0.8万人"]


@pytest.mark.parametrize("source", ["invented", "control", "generated"])
def test_the_scale_slips_lazy_readings_are_pruned_as_the_made_ones(
    source: str, tmp_path: Path
) -> None:
    # scale prunes readings it has not made, the moved points' hull scaled from the figure's
    # own interval: the same readings are left as could_hold leaves of the made ones
    path = {"invented": INVENTED, "control": CONTROL}.get(source) or _generated(tmp_path)
    cf = load(path)
    ctx = Context(cf.path, cf.source, cf.claims)
    compared = 0
    for claim in cf.claims:
        for value in claim.values:
            made = list(scale.readings(value))
            eager = could_hold(claim, value, made, lambda r: r[1], ctx)
            lazy = pruned(
                claim,
                value,
                list(scale._readings(value)),
                scale._above(value),
                scale._spread(claim, value),
                ctx,
            )
            assert [r.made() for r in lazy] == eager, (claim.id, value.name)
            above = scale._above(value)
            for r in scale._readings(value):  # the side told without the reading's value
                assert above(r) is (r.made()[1].value > value.quantity.value)
            compared += len(made) > 1
    assert compared > 0


@pytest.mark.parametrize("source", ["invented", "control", "generated"])
def test_every_slip_is_found_as_without_leaving_readings_out(
    source: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the whole road (intervals kept while a claim is diagnosed, the scale slip's runs over
    # both slips' readings of a side, quotes left unscanned): the slips of every claim are
    # those found when no reading is left out and every quote is scanned
    from factcheck import diagnose
    from factcheck.slips import pruning

    path = {"invented": INVENTED, "control": CONTROL}.get(source) or _generated(tmp_path)
    cf = load(path)
    ctx = Context(cf.path, cf.source, cf.claims)
    wrong = [c for c in cf.claims if any(map(diagnose.applies, _findings(c, ctx)))]
    quick = [tuple(diagnose.slips_for(c, ctx)) for c in wrong]
    monkeypatch.setattr(pruning, "NARROWING_KEEPS_FAILURES", frozenset())
    monkeypatch.setattr(elsewhere, "_quote_index", _scanned)
    digits._MADE.clear()
    full = [tuple(diagnose.slips_for(c, ctx)) for c in wrong]
    assert quick == full
    if source != "control":
        assert any(quick)


def _findings(claim: Claim, ctx: Context) -> list[object]:
    from factcheck.checks import REGISTRY

    return list(REGISTRY[claim.kind].check(claim, ctx))


def _scanned(claim: Claim) -> object:
    from factcheck.scanner import scan

    return elsewhere._index(
        (f.quantity.text, "in the quote") for q in claim.quotes for f in scan(q.text)
    )
