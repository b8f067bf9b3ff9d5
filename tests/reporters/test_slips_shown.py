"""A slip named under an inconsistent finding reaches SARIF and the HTML report too."""

from __future__ import annotations

import json

from tests.reporters.test_json import SLIP

from factcheck.engine import verify
from factcheck.reporters import Format, html, render


def test_sarif_and_html_carry_the_slip(tmp_path):
    path = tmp_path / "slip.yaml"
    path.write_text(SLIP, encoding="utf-8")
    report = verify([path])
    (finding,) = [f for r in report.results for f in r.findings if f.slips]
    names = [s.name for s in finding.slips]
    assert "digits" in names

    (result,) = json.loads(render(report, Format.sarif))["runs"][0]["results"]
    assert [s["name"] for s in result["properties"]["slips"]] == names
    assert "likely slip: digits" in result["message"]["text"]

    page = html.render(report, lang="en")
    assert page.count('<div class="slip">') == len(names)
    assert "<code>digits</code>" in page
    assert finding.slips[0].explanation_en in page
    assert finding.slips[0].explanation_zh in html.render(report, lang="zh")
