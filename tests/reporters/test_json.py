from __future__ import annotations

import json
import re
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import GUILIN, ROOT
from tests.mixed import write_mixed

from factcheck.engine import verify
from factcheck.exports import SCHEMA_VERSION, exact
from factcheck.reporters import Format, render
from factcheck.reporters.json import dumps

INTERVAL = {"lo", "hi", "lo_closed", "hi_closed"}


def paths(node, prefix=""):
    """Every field path of a document, as docs/json.md writes them."""
    if isinstance(node, dict):
        if set(node) == INTERVAL:
            yield prefix
            return
        for key, value in node.items():
            name = "NAME" if prefix.endswith(".values") else key
            path = f"{prefix}.{name}" if prefix else name
            yield path
            yield from paths(value, path)
    elif isinstance(node, list):
        for item in node:
            yield from paths(item, f"{prefix}[]")


def test_json_is_to_dict_with_a_version(tmp_path):
    write_mixed(tmp_path, notable=True)
    report = verify([tmp_path, GUILIN])
    doc = json.loads(render(report, Format.json))
    assert doc == report.to_dict()
    assert doc["version"] == SCHEMA_VERSION == 1


GAP = """\
version: 1
claims:
  - id: off
    kind: share
    quote: 共被骗169万元……为被害人追回被骗的93万元
    values:
      part: 93万元
      whole: 169万元
      share: {value: 65%, derived: true}
"""


SLIP = """\
version: 1
claims:
  - id: centres
    kind: total
    quote: 网格中心17个,网格中心147个,网格中心1899个
    values:
      county: 17个
      township: 147个
      village: 1899个
      total: {value: 2036个, derived: true}
"""


# 1/8 is 12.5%, which 13% excludes under half_down: no gap, and yet no value in common
TOUCHING = """\
version: 1
claims:
  - id: hd
    kind: share
    rounding: half_down
    quote: 8人中有1人,占13%
    values: {part: 1人, whole: 8人, share: 13%}
"""


def test_a_gap_says_whether_the_intervals_touch(tmp_path):
    (tmp_path / "touch.yaml").write_text(TOUCHING, encoding="utf-8")
    (tmp_path / "gap.yaml").write_text(GAP, encoding="utf-8")
    doc = verify([tmp_path]).to_dict()
    gaps = {c["id"]: c["findings"][0]["gap"] for f in doc["files"] for c in f["claims"]}
    assert gaps["hd"] == {
        "absolute": "0",
        "relative": "0",
        "shown": "0%",
        "nearest": "12%",
        "touching": {"at": "0.125", "excluded_by": "stated"},
    }
    assert gaps["off"]["touching"] is None and gaps["off"]["absolute"] != "0"


def test_every_field_is_documented(tmp_path):
    write_mixed(tmp_path, notable=True)
    (tmp_path / "gap.yaml").write_text(GAP, encoding="utf-8")
    (tmp_path / "touch.yaml").write_text(TOUCHING, encoding="utf-8")
    (tmp_path / "slip.yaml").write_text(SLIP, encoding="utf-8")
    (tmp_path / "article.txt").write_text("今年共立案5起。", encoding="utf-8")
    (tmp_path / "cov.yaml").write_text(
        "source:\n  text: article.txt\nclaims: []\n", encoding="utf-8"
    )
    doc = verify([tmp_path, GUILIN]).to_dict()
    assert "files[].coverage.unaccounted_figures[].start" in set(paths(doc))
    documented = set(re.findall(r"^\| `([^`]+)` \|", (ROOT / "docs/json.md").read_text(), re.M))
    found = {re.sub(r"^files\[\]\.claims\[\]\.(findings\[\])", r"\1", p) for p in paths(doc)}
    assert "findings[].gap.nearest" in found  # the documents cover every kind of field
    assert "findings[].gap.touching.excluded_by" in found
    assert "findings[].slips[].steps[].shown" in found
    assert "findings[].readings[].holds" in found
    assert found - documented == set()
    assert {f"interval.{k}" for k in INTERVAL} <= documented
    assert documented - found - {f"interval.{k}" for k in INTERVAL} == set()


def _exact_by_fractions(x: Fraction) -> str:
    # the rule in Fractions: a terminating decimal of at most 30 places, else p/q
    for places in range(31):
        scaled = x * 10**places
        if scaled.denominator == 1:
            digits = str(abs(scaled.numerator)).rjust(places + 1, "0")
            sign = "-" if scaled < 0 else ""
            return sign + (digits[:-places] + "." + digits[-places:] if places else digits)
    return f"{x.numerator}/{x.denominator}"


@given(
    st.fractions(max_denominator=10**6)
    | st.builds(
        lambda n, a, b: Fraction(n, 2**a * 5**b),
        st.integers(-(10**9), 10**9),
        st.integers(0, 35),
        st.integers(0, 35),
    )
)
def test_exact_in_integers_is_the_decimal_or_the_fraction(x: Fraction) -> None:
    assert exact(x) == _exact_by_fractions(x)


_scalars = st.none() | st.booleans() | st.integers() | st.text() | st.floats(allow_nan=True)
_keys = st.text(max_size=4) | st.sampled_from(["b", "a", "é", "10", "2", "\u2028", '"'])
_documents = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=4),
    max_leaves=30,
)


@given(_documents)
def test_dumps_writes_what_json_dumps_writes(doc):
    assert dumps(doc) == json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True)


def test_dumps_leaves_what_it_does_not_write_to_json():
    for doc in ({"a": (1, 2)}, [1.5], {1: "x", 2: None}, [True, {"k": [{}, []]}]):
        assert dumps(doc) == json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True)
    with pytest.raises(TypeError):
        dumps({1: "x", "a": None})  # keys of mixed types cannot be sorted, nor by json.dumps
