"""The Guilin claim file against its article: every quote is found, one changed character
anywhere in a quote is caught, and every figure of the article is accounted for."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace

import pytest
from tests.conftest import GUILIN
from typer.testing import CliRunner

from factcheck.checks.base import Context
from factcheck.cli import app
from factcheck.engine import check_claim, verify
from factcheck.figure import QuantityError, parse
from factcheck.findings import Verdict
from factcheck.fold import fold
from factcheck.loader import load

CF = load(GUILIN)
CTX = Context(str(GUILIN), CF.source)


def test_every_quote_and_every_value_is_found():
    assert CF.source.text is not None
    report = verify([GUILIN])
    assert report.problems == []
    prov = [(r.claim.id, f.message) for r in report.results for f in r.findings]
    assert [p for p in prov if "quote" in p[1] and "does not occur" in p[1]] == []
    assert [f.message for r in report.results for f in r.findings if f.check == "provenance"] == []


def test_every_figure_is_accounted_for():
    cov = verify([GUILIN]).files[0].coverage
    assert cov is not None
    assert [c.figure.text for c in cov.unaccounted] == []
    assert cov.counts()["figures"] >= 100
    assert cov.count("unchecked") >= 1 and cov.count("claimed") >= 50


def _substitute(c: str) -> str:
    """Another character, one that folds differently (a typo, not a spelling variant)."""
    if c.isdigit():
        return str((int(c) + 1) % 10)
    return next(s for s in ("X", "某", "?") if fold(s) != fold(c))


def _quote_mutations(claim):
    for qi, quote in enumerate(claim.quotes):
        for j, c in enumerate(quote.text):
            text = quote.text[:j] + _substitute(c) + quote.text[j + 1 :]
            quotes = tuple(
                replace(q, text=text) if k == qi else q for k, q in enumerate(claim.quotes)
            )
            yield replace(claim, quotes=quotes), f"quote {qi} [{j}] {c!r}"


@pytest.mark.parametrize("claim", CF.claims, ids=[c.id for c in CF.claims])
def test_one_character_changed_in_any_quote_makes_the_claim_fail(claim):
    for mutated, where in _quote_mutations(claim):
        result = check_claim(mutated, CTX, arithmetic=False)
        assert result.verdict is Verdict.INCONSISTENT, f"{claim.id}: {where} still passes"
        assert any(f.check == "provenance" and f.claim_id == claim.id for f in result.findings), (
            where
        )


def _value_and_quote_mutations():
    """A digit of a value changed, and the same digit of its quote: a consistent typo."""
    for claim in CF.claims:
        for value in claim.values:
            if value.derived:
                continue
            for m in re.finditer(r"\d", value.text):
                d = str((int(m.group()) + 1) % 10)
                text = value.text[: m.start()] + d + value.text[m.end() :]
                yield pytest.param(claim, value, text, id=f"{claim.id}.{value.name}:{text}")
                break  # one digit per value keeps the test short; every value is covered


@pytest.mark.parametrize(("claim", "value", "text"), list(_value_and_quote_mutations()))
def test_a_typo_made_in_value_and_quote_alike_is_caught_by_the_article(claim, value, text):
    try:
        q = parse(text)
    except QuantityError:
        return  # the loader reports it: exit 2
    values = tuple(replace(v, text=text, quantity=q) if v is value else v for v in claim.values)
    quotes = tuple(replace(x, text=x.text.replace(value.text, text)) for x in claim.quotes)
    assert any(value.text in x.text for x in claim.quotes), "the value is written as quoted"
    result = check_claim(replace(claim, values=values, quotes=quotes), CTX)
    assert result.verdict is Verdict.INCONSISTENT
    assert any("quote does not occur" in f.message for f in result.findings)


def test_verify_exits_1_naming_the_claim_whose_quote_was_changed(tmp_path):
    shutil.copytree(GUILIN.parent / "sources", tmp_path / "sources")
    text = GUILIN.read_text(encoding="utf-8")
    changed = text.replace("quote: 缴获地笼3条64.5米", "quote: 缴获地笼3条64.6米", 1)
    changed = changed.replace('numerator: "64.5米"', 'numerator: "64.6米"', 1)
    assert changed != text
    path = tmp_path / "guilin.yaml"
    path.write_text(changed, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["verify", str(path), "--format", "plain"])
    assert result.exit_code == 1
    line = next(n for n, t in enumerate(changed.splitlines(), 1) if "quote: 缴获地笼3条64.6米" in t)
    assert f"{path}:{line}:12: inconsistent: quote does not occur in sources/guilin.txt" in (
        result.stdout
    )
    assert "inconsistent gongcheng-net-length (ratio)" in result.stdout


def test_verify_prints_the_coverage_of_the_article():
    result = CliRunner().invoke(app, ["verify", str(GUILIN), "--format", "plain"])
    assert result.exit_code == 0
    line = next(x for x in result.stdout.splitlines() if x.startswith("coverage of "))
    assert re.fullmatch(
        r"coverage of \S+guilin\.txt by \S+guilin\.yaml: \d+ figures: \d+ claimed, "
        r"\d+ unchecked, \d+ unaccounted \(\d+ names not counted\)",
        line,
    )
