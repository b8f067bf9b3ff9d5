from __future__ import annotations

import json

from tests.conftest import GUILIN
from tests.mixed import write_mixed

from factcheck import __version__
from factcheck.checks import REGISTRY
from factcheck.engine import verify
from factcheck.reporters import Format, render
from factcheck.reporters.sarif import fingerprint, uri


def sarif(report, **options):
    return json.loads(render(report, Format.sarif, **options))


def loc(result):
    (location,) = result["locations"]
    physical = location["physicalLocation"]
    region = physical["region"]
    return physical["artifactLocation"]["uri"], region["startLine"], region["startColumn"]


def test_log_tool_and_rules():
    log = sarif(verify([GUILIN]))
    assert log["version"] == "2.1.0"
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "factcheck"
    assert driver["version"] == __version__
    ids = [r["id"] for r in driver["rules"]]
    assert ids == [*REGISTRY, "provenance", "input", "coverage"]  # a rule per kind, then three
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"]
        assert rule["fullDescription"]["text"]
        assert rule["defaultConfiguration"] == {"level": "error"}
    change = driver["rules"][ids.index("change")]
    assert change["help"]["markdown"].startswith("#### `change`")
    assert "Passes::" not in change["fullDescription"]["text"]
    assert run["columnKind"] == "unicodeCodePoints"


def test_mixed_files_results_field_by_field(tmp_path):
    p = write_mixed(tmp_path)
    log = sarif(verify([tmp_path]))
    (run,) = log["runs"]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    results = run["results"]
    assert [(r["ruleId"], r["level"], loc(r)) for r in results] == [
        ("order", "error", (uri(str(p["bad"])), 5, 5)),
        ("provenance", "error", (uri(str(p["bad"])), 16, 13)),
        ("input", "error", (uri(str(p["broken"])), 3, 1)),
    ]
    for r in results:
        assert ids[r["ruleIndex"]] == r["ruleId"]
    order, prov, problem = results
    assert order["message"]["text"].splitlines() == [
        "lost 169万元 <= recovered 93万元 fails: [168.5万元, 169.5万元] against "
        "[92.5万元, 93.5万元]",
        "lost <= recovered: lost <= recovered = 169万元 <= 93万元 = fails",
        "no known slip reproduces the stated figure",
    ]
    assert order["properties"] == {
        "claim": "amounts",
        "kind": "order",
        "verdict": "inconsistent",
        "slips": [],
    }
    assert order["partialFingerprints"] == {
        "factcheck/v1": fingerprint(str(p["bad"]), "amounts", "order", "1")
    }
    assert prov["properties"]["claim"] == "typo"
    assert prov["message"]["text"].startswith("value 'part' = 94万元 does not occur in the quote")
    assert problem["message"]["text"].startswith(
        "malformed YAML: did not find expected node content"
    )
    assert run["properties"]["summary"] == {
        "claims": 3,
        "problems": 1,
        "inconsistent": 2,
        "ambiguous": 0,
        "warning": 0,
        "unverifiable": 0,
        "consistent": 1,
    }


def test_levels_follow_the_verdicts_and_strict(tmp_path):
    p = write_mixed(tmp_path, notable=True)
    report = verify([p["notable"]])
    levels = [r["level"] for r in sarif(report)["runs"][0]["results"]]
    assert levels == ["warning", "note", "warning"]
    strict = [r["level"] for r in sarif(report, strict=True)["runs"][0]["results"]]
    assert strict == ["error", "error", "error"]


def test_guilin_results_are_its_notable_findings():
    report = verify([GUILIN])
    results = sarif(report)["runs"][0]["results"]
    notable = [f for r in report.results for f in r.findings if f.verdict.value != "consistent"]
    assert [(r["properties"]["claim"], loc(r)[1:]) for r in results] == [
        (f.claim_id, (f.pos.line, f.pos.column)) for f in notable
    ]
    assert all(loc(r)[0] == uri(str(GUILIN)) for r in results)


def test_uris():
    assert uri("claims/guilin.yaml") == "claims/guilin.yaml"
    assert uri("claims/桂林 2020.yaml") == "claims/%E6%A1%82%E6%9E%97%202020.yaml"
    assert uri("/srv/claims/a.yaml") == "file:///srv/claims/a.yaml"
