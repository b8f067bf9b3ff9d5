from __future__ import annotations

from tests.checks.helpers import run

from factcheck.findings import Verdict

LEVELS = """\
- id: levels
  kind: count
  quote: 全力推动市、县、乡、村四级综治中心建设
  items: [市, 县, 乡, 村]
  values:
    count: 四级
"""

NINE = """\
- id: nine
  kind: count
  quote:
    - 着力解决政治安全、信访治理、公共安全、扫黑除恶等9个方面的突出问题
    - 对涉及社会大局稳定和事关民生的9个领域存在问题进行专项治理
  items: [政治安全, 信访治理, 公共安全, 扫黑除恶]
  values:
    count: 9个方面
    areas: 9个领域
"""


def test_closed_listing_must_match(write):
    assert run(write(LEVELS, header=True))["levels"].verdict is Verdict.CONSISTENT
    r = run(write(LEVELS.replace("[市, 县, 乡, 村]", "[市, 县, 乡]"), header=True))["levels"]
    assert r.verdict is Verdict.INCONSISTENT
    assert (r.main.pos.line, r.main.pos.column) == (5, 5)
    assert "四级 but 3 items are listed" in r.main.message


def test_deng_makes_the_listing_a_lower_bound(write):
    r = run(write(NINE, header=True))["nine"]
    assert r.verdict is Verdict.CONSISTENT and "at least the 4 items" in r.main.message


def test_listing_longer_than_its_count(write):
    text = NINE.replace("9个方面", "3个方面").replace("9个领域", "3个领域")
    r = run(write(text, header=True))["nine"]
    assert r.verdict is Verdict.INCONSISTENT and "longer than its count" in r.main.message


def test_counts_of_the_same_things_must_agree(write):
    text = NINE.replace("values:\n    count: 9个方面", "values:\n    count: 8个方面")
    r = run(write(text.replace("等9个方面", "等8个方面"), header=True))["nine"]
    assert r.verdict is Verdict.INCONSISTENT
    assert (r.main.pos.line, r.main.pos.column) == (13, 14)  # at the second count


def test_open_can_be_stated(write):
    closed = NINE.replace("  values:", "  open: false\n  values:")
    r = run(write(closed, header=True))["nine"]
    assert r.verdict is Verdict.INCONSISTENT and "exactly" in r.main.computed_shown


def test_items_must_come_from_the_quote(write):
    r = run(write(LEVELS.replace("[市, 县, 乡, 村]", "[市, 县, 乡, 镇]"), header=True))["levels"]
    prov = [f for f in r.findings if f.check == "provenance"]
    assert [(f.pos.line, f.pos.column) for f in prov] == [(8, 12)]
    assert "'镇' does not occur in the quote" in prov[0].message
