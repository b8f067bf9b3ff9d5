from __future__ import annotations

from dataclasses import fields, replace

from tests.slips.helpers import CONTROL, INVENTED

from factcheck.figure import parse
from factcheck.loader import load
from factcheck.models import Claim, Value
from factcheck.slips.base import _reread, _with_values


def test_a_claim_read_again_is_built_as_replace_builds_it():
    # rerun builds its Value and Claim directly, field by field: the fields must stay those
    # it passes, and the result what dataclasses.replace gives
    assert [f.name for f in fields(Value)] == ["name", "text", "quantity", "pos", "derived", "note"]
    assert [f.name for f in fields(Claim)] == [
        "id",
        "kind",
        "quotes",
        "values",
        "pos",
        "rounding",
        "approx",
        "severity",
        "note",
        "options",
        "option_pos",
    ]
    q = parse("12万元")
    for path in (INVENTED, CONTROL):
        for claim in load(path).claims:
            values = tuple(_reread(v, "12万元", q) for v in claim.values)
            assert values == tuple(replace(v, text="12万元", quantity=q) for v in claim.values)
            assert _with_values(claim, values) == replace(claim, values=values)
