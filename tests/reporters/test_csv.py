from __future__ import annotations

import csv
import io
import subprocess
import sys

from tests.conftest import GUILIN
from tests.mixed import write_mixed

from factcheck.engine import verify
from factcheck.reporters import Format, render


def rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_one_row_per_claim_equal_to_the_frame(tmp_path):
    write_mixed(tmp_path)
    report = verify([tmp_path])
    text = render(report, Format.csv)
    frame = report.to_frame()
    got = rows(text)
    assert list(got[0]) == list(frame.columns)
    assert [r["id"] for r in got] == ["amounts", "typo", "recovered-share"]
    assert [(r["verdict"], r["line"], r["column"]) for r in got] == [
        ("inconsistent", "5", "5"),
        ("inconsistent", "12", "5"),
        ("consistent", "5", "5"),
    ]
    expected = frame.astype(str).to_dict("records")
    assert got == expected
    assert "\r" not in text


def test_guilin_rows():
    report = verify([GUILIN])
    got = rows(render(report, Format.csv))
    assert [r["id"] for r in got] == [r.claim.id for r in report.results]
    assert {r["file"] for r in got} == {str(GUILIN)}


def test_pandas_is_imported_only_for_csv():
    code = (
        "import sys; from factcheck.engine import verify; from factcheck.reporters import "
        f"Format, render; r = verify([{str(GUILIN)!r}]);"
        "[render(r, f) for f in Format if f is not Format.csv];"
        "print('pandas' in sys.modules); render(r, Format.csv); print('pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
