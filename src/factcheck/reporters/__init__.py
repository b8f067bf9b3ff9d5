"""Reporters: one module each, ``render(report, **options) -> str``, chosen by format."""

from __future__ import annotations

from enum import StrEnum
from importlib import import_module
from typing import Any

from factcheck.report import Report


class Format(StrEnum):
    """The output formats of ``factcheck verify``; the value names the reporter module."""

    rich = "rich"
    plain = "plain"
    json = "json"
    junit = "junit"
    github = "github"
    sarif = "sarif"
    csv = "csv"


_MODULES = {
    Format.rich: "terminal",
    Format.plain: "plain",
    Format.json: "json",
    Format.junit: "junit",
    Format.github: "github",
    Format.sarif: "sarif",
    Format.csv: "csv",
}


def render(report: Report, fmt: Format, **options: Any) -> str:
    """Render with the reporter of that format (imported only when chosen)."""
    module = import_module(f"factcheck.reporters.{_MODULES[fmt]}")
    return str(module.render(report, **options))
