from __future__ import annotations

from tests.conftest import ROOT

from factcheck.extract import extract
from factcheck.quantity import parse
from factcheck.report import interval_dict
from factcheck.reporters.figures import _interval_dict

ARTICLE = ROOT / "claims" / "sources" / "guilin.txt"
WRITTEN = [
    "82.04%", "162万余元", "不到30分钟", "60%以上", "3.2 million", "16.22个百分点", "下降10.79%",
    "约5公里", "近2小时", "超过3吨", "5‰", "三成", "2周", "十余天", "1.5斤", "300克", "约-3%",
]  # fmt: skip


def test_an_interval_in_the_unit_written_is_the_interval_divided_by_its_factor():
    quantities = [parse(t) for t in WRITTEN]
    quantities += [f.quantity for f in extract(ARTICLE.read_text(encoding="utf-8")) if f.quantity]
    for q in quantities:
        iv = q.interval()
        assert _interval_dict(iv, q.unit.factor) == interval_dict(iv / q.unit.factor), q.text
