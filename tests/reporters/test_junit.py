from __future__ import annotations

import xml.etree.ElementTree as ET

from tests.conftest import GUILIN
from tests.mixed import write_mixed

from factcheck.engine import verify
from factcheck.reporters import Format, render
from factcheck.reporters.junit import clean


def parse(report, **options):
    return ET.fromstring(render(report, Format.junit, **options).encode("utf-8"))


def test_mixed_files_field_by_field(tmp_path):
    p = write_mixed(tmp_path)
    root = parse(verify([tmp_path]))
    assert root.tag == "testsuites"
    assert root.attrib == {
        "name": "factcheck",
        "tests": "4",
        "failures": "2",
        "errors": "1",
        "skipped": "0",
    }
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [str(p["bad"]), str(p["broken"]), str(p["good"])]
    bad, broken, good = suites
    assert bad.attrib == {
        "name": str(p["bad"]),
        "tests": "2",
        "failures": "2",
        "errors": "0",
        "skipped": "0",
    }
    amounts, typo = bad.findall("testcase")
    assert amounts.attrib == {
        "name": "amounts",
        "classname": str(p["bad"]),
        "file": str(p["bad"]),
        "line": "5",
    }
    failure = amounts.find("failure")
    assert failure is not None
    assert failure.get("type") == "inconsistent"
    assert failure.get("message") == (
        "lost 169万元 <= recovered 93万元 fails: [168.5万元, 169.5万元] against "
        f"[92.5万元, 93.5万元] at {p['bad']}:5:5"
    )
    assert "lost <= recovered = 169万元 <= 93万元 = fails" in (failure.text or "")
    typo_failure = typo.find("failure")
    assert typo_failure is not None
    assert typo_failure.get("message") == (
        f"value 'part' = 94万元 does not occur in the quote at {p['bad']}:16:13"
    )
    (load,) = broken.findall("testcase")
    assert load.get("name") == "load file"
    assert load.get("line") == "3"
    error = load.find("error")
    assert error is not None
    assert error.get("message") == (
        f"malformed YAML: did not find expected node content at {p['broken']}:3:1"
    )
    assert error.get("type") == "input"
    assert broken.get("errors") == "1"
    (ok,) = good.findall("testcase")
    assert ok.get("name") == "recovered-share"
    assert list(ok) == []  # a passing testcase has no children


def test_unverifiable_is_skipped_and_strict_fails_it(tmp_path):
    p = write_mixed(tmp_path, notable=True)
    report = verify([p["notable"]])
    suite = parse(report).find("testsuite")
    assert suite is not None
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    skipped = cases["per-grid"].find("skipped")
    assert skipped is not None
    assert skipped.get("message") == f"the denominator 0个 can be zero at {p['notable']}:12:5"
    # ambiguous and warning claims pass, with their explanation kept
    for name in ("rate-rise", "grid"):
        assert [child.tag for child in cases[name]] == ["system-out"]
    assert (suite.get("failures"), suite.get("skipped")) == ("0", "1")
    strict = parse(report, strict=True).find("testsuite")
    assert strict is not None
    assert (strict.get("failures"), strict.get("skipped")) == ("3", "0")
    types = [c.find("failure").get("type") for c in strict.findall("testcase")]
    assert types == ["ambiguous", "unverifiable", "warning"]


def test_guilin_one_testcase_per_claim():
    report = verify([GUILIN])
    root = parse(report)
    (suite,) = root.findall("testsuite")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [r.claim.id for r in report.results]
    assert [c.get("line") for c in cases] == [str(r.claim.pos.line) for r in report.results]
    assert suite.get("failures") == "0"
    assert root.get("tests") == str(len(report.results))


def test_characters_xml_cannot_hold_are_replaced():
    assert clean("a\x00b\x1bc\td") == "a\ufffdb\ufffdc\td"
