"""Coverage claims a figure only through the places the provenance checks gave a claim: the
engine places each claim once and hands that placement to coverage."""

from __future__ import annotations

import os
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import GUILIN

from factcheck import coverage, quote_places, value_places
from factcheck.coverage import CLAIMED
from factcheck.engine import verify, verify_file
from factcheck.loader import load

CF = load(GUILIN)
TEXT = CF.source.text
assert TEXT is not None
SHOWN = os.path.normpath(os.path.join(os.path.dirname(CF.path), CF.source.text_path or ""))


def _by_itself(cf):
    """The coverage of the file's article with every claim placed by coverage itself."""
    assert cf.source.text is not None
    return coverage.compute(cf.claims, cf.unchecked, cf.source.text, SHOWN)


def test_guilin_coverage_is_that_of_claims_placed_by_coverage_itself():
    cov = verify_file(CF).coverage
    assert cov is not None and cov.count(CLAIMED) == 71
    assert cov == _by_itself(CF)


def test_coverage_uses_the_placement_of_the_checks(monkeypatch):
    # every placement after a claim's first finds nothing: coverage that placed a claim again,
    # rather than take the checks' placement, would claim no figure
    assigned: set[str] = set()
    placed: set[str] = set()
    real_assign, real_place = value_places.assign, quote_places.place

    def assign_once(claim):
        a = real_assign(claim)
        if claim.id in assigned:
            return a._replace(owner={})
        assigned.add(claim.id)
        return a

    def place_once(claim, text):
        standing = real_place(claim, text)
        if claim.id in placed:
            return [s._replace(whole=[]) for s in standing]
        placed.add(claim.id)
        return standing

    monkeypatch.setattr(value_places, "assign", assign_once)
    monkeypatch.setattr(quote_places, "place", place_once)
    (report,) = verify([GUILIN]).files
    assert report.coverage is not None
    monkeypatch.undo()
    assert report.coverage == verify_file(CF).coverage
    assert report.coverage.count(CLAIMED) == 71


# what a slip of the article's keyboard puts in: digits, scales, qualifiers, punctuation
_CHARS = st.sampled_from([*"0123456789万余多约,.%、。 \n名件", "", "12", "万余"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(TEXT)), st.integers(0, 3), _CHARS), max_size=6))
def test_an_edited_article_is_covered_as_the_checks_placed_its_claims(edits):
    # each edit replaces up to 3 characters at a place: quotes then cut figures, stand twice,
    # or no longer occur, and coverage must follow the checks in each case
    text = TEXT
    for at, n, new in edits:
        at = min(at, len(text))
        text = text[:at] + new + text[at + n :]
    cf = replace(CF, source=replace(CF.source, text=text))
    assert verify_file(cf, arithmetic=False).coverage == _by_itself(cf)
