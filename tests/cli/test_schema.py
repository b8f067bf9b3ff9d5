from __future__ import annotations

import json

import jsonschema
import yaml
from tests.conftest import GUILIN
from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()


def test_schema_prints_the_schema_that_validates_guilin():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    s = json.loads(result.stdout)
    doc = yaml.safe_load(GUILIN.read_text(encoding="utf-8"))
    jsonschema.validate(doc, s, cls=jsonschema.Draft202012Validator)
    doc["claims"][0]["unknown"] = 1
    assert not jsonschema.Draft202012Validator(s).is_valid(doc)


def test_schema_o_writes_the_schema(tmp_path):
    out = tmp_path / "s.json"
    result = runner.invoke(app, ["schema", "-o", str(out)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "factcheck claim file"
