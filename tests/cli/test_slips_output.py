"""The likely slip in every format of `factcheck verify`."""

from __future__ import annotations

import json

from tests.slips.helpers import INVENTED
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.engine import verify
from factcheck.reporters.plain import NO_SLIP

runner = CliRunner()

UNEXPLAINED = """\
- id: odd
  kind: change
  quote: 均价从200元涨到500元,上涨170%
  values: {from: 200元, to: 500元, change: 上涨170%}
"""


def test_plain_prints_the_slip_under_the_claim():
    result = runner.invoke(app, ["verify", str(INVENTED), "--format", "plain"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    head = next(i for i, x in enumerate(lines) if " price-rise-percent (change) " in x)
    assert lines[head].startswith(f"{INVENTED}:7:5: inconsistent price-rise-percent")
    below = lines[head + 1 : head + 8]
    assert (
        "    likely slip: ratio_for_change: 上涨250% is to ÷ from = 250%, the new value as a "
        "multiple of the old one, not the change"
    ) in below
    assert "      the ratio taken for the change: to ÷ from = 500元 ÷ 200元 = 250%" in below


def test_plain_says_when_no_slip_explains_the_figure(write):
    path = write(UNEXPLAINED, header=True)
    result = runner.invoke(app, ["verify", str(path), "--format", "plain"])
    assert result.exit_code == 1
    assert f"    {NO_SLIP}" in result.stdout.splitlines()
    assert "likely slip" not in result.stdout


def test_rich_prints_the_slip():
    result = runner.invoke(app, ["verify", str(INVENTED), "--format", "rich"])
    assert result.exit_code == 1
    assert "likely slip: forced_to_100: 33.4% is 100% − 33.3% − 33.3%" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour codes when not a terminal


def test_json_carries_name_explanations_and_arithmetic():
    result = runner.invoke(app, ["verify", str(INVENTED), "--format", "json"])
    doc = json.loads(result.stdout)
    assert doc == verify([INVENTED]).to_dict()
    claims = {c["id"]: c for c in doc["files"][0]["claims"]}
    slip = claims["recovered-complement"]["findings"][0]["slips"][0]
    assert set(slip) == {
        "name",
        "explanation_en",
        "explanation_zh",
        "message",
        "computed",
        "computed_shown",
        "steps",
    }
    assert slip["name"] == "complement"
    assert slip["explanation_zh"].startswith("报成了互补的比例")
    assert slip["steps"][1]["formula"] == "1 − part ÷ whole"
    assert slip["computed"]["lo_closed"] is True
    assert claims["schools-checked"]["findings"][0]["slips"] == []
