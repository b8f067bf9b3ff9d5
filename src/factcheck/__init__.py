"""factcheck: check the arithmetic of news articles.

``verify(path)`` loads claim files and recomputes every claim; ``load(path)`` only reads one.
Names are imported on first use, so ``import factcheck`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.report import Report

__all__ = [
    "Claim",
    "ClaimFile",
    "ClaimResult",
    "FileReport",
    "Finding",
    "Problem",
    "Report",
    "Verdict",
    "load",
    "verify",
]
__version__ = "0.1.0"

_LAZY = {
    "Claim": "factcheck.models",
    "ClaimFile": "factcheck.models",
    "Finding": "factcheck.findings",
    "Problem": "factcheck.models",
    "Verdict": "factcheck.findings",
    "ClaimResult": "factcheck.report",
    "FileReport": "factcheck.report",
    "Report": "factcheck.report",
    "load": "factcheck.loader",
}


def verify(*paths: str | Path) -> Report:
    """Load and check claim files (or directories of them); never raises on bad input."""
    from factcheck.engine import verify as run

    return run(paths)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
