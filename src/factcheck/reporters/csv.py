"""CSV: one row per claim, the columns of ``Report.to_frame()``, written by pandas.

pandas is imported only when this format is chosen. Problems reading a file are not rows (a
file that failed has no claims); they go to standard error like in every format.
"""

from __future__ import annotations

from typing import Any

from factcheck.report import Report


def render(report: Report, **_: Any) -> str:
    """The report as CSV text with a header row and ``\\n`` line ends."""
    return str(report.to_frame().to_csv(index=False, lineterminator="\n"))
