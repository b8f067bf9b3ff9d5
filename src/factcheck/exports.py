"""The report as data for other programs: one JSON-ready document, with every interval as
exact text (the schema is docs/json.md), and a pandas table of one row per claim. Only the
formats that export a report read it.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.findings import Finding, Slip, Step
    from factcheck.intervals import Interval
    from factcheck.report import FileReport, Report

SCHEMA_VERSION = 1


def report_dict(report: Report) -> dict[str, Any]:
    """The report as a plain, JSON-ready document (:meth:`Report.to_dict`)."""
    return {
        "version": SCHEMA_VERSION,
        "files": [_file_dict(f) for f in report.files],
        "summary": {
            "claims": len(report.results),
            "problems": len(report.problems),
            **report.counts(),
        },
    }


def report_frame(report: Report) -> pd.DataFrame:
    """One row per claim (:meth:`Report.to_frame`; pandas is imported here, only when asked for)."""
    import pandas as pd

    rows = []
    for f in report.files:
        for r in f.results:
            m = r.main
            rows.append(
                {
                    "file": f.path,
                    "id": r.claim.id,
                    "kind": r.claim.kind,
                    "verdict": r.verdict.value,
                    "line": r.claim.pos.line,
                    "column": r.claim.pos.column,
                    "stated": m.stated_shown if m else "",
                    "computed": m.computed_shown if m else "",
                    "message": "; ".join(x.message for x in r.findings),
                    "slips": ", ".join(dict.fromkeys(s.name for x in r.findings for s in x.slips)),
                }
            )
    columns = [
        "file",
        "id",
        "kind",
        "verdict",
        "line",
        "column",
        "stated",
        "computed",
        "message",
        "slips",
    ]
    return pd.DataFrame(rows, columns=columns)


def exact(x: Fraction | None) -> str | None:
    """A rational as exact text: a terminating decimal when short, else ``p/q``."""
    return None if x is None else exact_ratio(x.numerator, x.denominator)


def exact_ratio(n: int, d: int) -> str:
    """:func:`exact` of ``n / d`` in lowest terms (``d`` > 0), worked out in integers."""
    rest, twos, fives = d, 0, 0
    while rest % 2 == 0:
        rest //= 2
        twos += 1
    while rest % 5 == 0:
        rest //= 5
        fives += 1
    places = max(twos, fives)
    if rest == 1 and places <= 30:
        scaled = n * (10**places // d)  # the denominator divides 10^places
        sign = "-" if scaled < 0 else ""
        digits = str(abs(scaled)).rjust(places + 1, "0")
        return sign + (digits[:-places] + "." + digits[-places:] if places else digits)
    return f"{n}/{d}"


def interval_dict(iv: Interval | None) -> dict[str, Any] | None:
    """An interval as a JSON object with exact bounds (null is infinite)."""
    if iv is None:
        return None
    return {
        "lo": exact(iv.lo),
        "hi": exact(iv.hi),
        "lo_closed": iv.lo_closed,
        "hi_closed": iv.hi_closed,
    }


def _step_dict(s: Step) -> dict[str, Any]:
    return {
        "label": s.label,
        "formula": s.formula,
        "figures": s.figures,
        "result": interval_dict(s.result),
        "shown": s.shown,
    }


def slip_dict(s: Slip) -> dict[str, Any]:
    """A slip as a JSON object: which, why in English and Chinese, and its arithmetic."""
    return {
        "name": s.name,
        "explanation_en": s.explanation_en,
        "explanation_zh": s.explanation_zh,
        "message": s.message,
        "computed": interval_dict(s.computed),
        "computed_shown": s.computed_shown,
        "steps": [_step_dict(x) for x in s.steps],
    }


def finding_dict(f: Finding) -> dict[str, Any]:
    """A finding as a JSON object."""
    return {
        "check": f.check,
        "verdict": f.verdict.value,
        "message": f.message,
        "line": f.pos.line,
        "column": f.pos.column,
        "hint": f.hint,
        "stated": interval_dict(f.stated),
        "computed": interval_dict(f.computed),
        "stated_shown": f.stated_shown,
        "computed_shown": f.computed_shown,
        "steps": [_step_dict(s) for s in f.steps],
        "readings": [
            {
                "name": r.name,
                "holds": r.holds,
                "computed": interval_dict(r.computed),
                "shown": r.shown,
            }
            for r in f.readings
        ],
        "gap": None
        if f.gap is None
        else {
            "absolute": exact(f.gap.absolute),
            "relative": exact(f.gap.relative),
            "shown": f.gap.shown,
            "nearest": f.gap.nearest,
            "touching": None
            if f.gap.touching is None
            else {"at": exact(f.gap.touching.at), "excluded_by": f.gap.touching.excluded_by},
        },
        "slips": [slip_dict(x) for x in f.slips],
    }


def _file_dict(f: FileReport) -> dict[str, Any]:
    return {
        "path": f.path,
        "source": {
            "title": f.source.title,
            "outlet": f.source.outlet,
            "date": f.source.date,
            "url": f.source.url,
            "text": f.source.text_path,
        },
        "problems": [
            {
                "line": p.pos.line,
                "column": p.pos.column,
                "message": p.message,
                "hint": p.hint,
                "key": p.key,
            }
            for p in f.problems
        ],
        "claims": [
            {
                "id": r.claim.id,
                "kind": r.claim.kind,
                "verdict": r.verdict.value,
                "line": r.claim.pos.line,
                "column": r.claim.pos.column,
                "quotes": [q.text for q in r.claim.quotes],
                "values": {
                    v.name: {
                        "text": v.text,
                        "derived": v.derived,
                        "line": v.pos.line,
                        "column": v.pos.column,
                    }
                    for v in r.claim.values
                },
                "note": r.claim.note,
                "findings": [finding_dict(x) for x in r.findings],
            }
            for r in f.results
        ],
        "coverage": f.coverage.to_dict() if f.coverage else None,
    }
