"""JSON: ``Report.to_dict()``, sorted keys, stable bytes."""

from __future__ import annotations

import json
from typing import Any

from factcheck.report import Report


def render(report: Report, **_: Any) -> str:
    """The report as one JSON document."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
