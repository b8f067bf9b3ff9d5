"""Reporters: one module each, ``render(report, **options) -> str``, chosen by format."""

from __future__ import annotations

from enum import StrEnum
from importlib import import_module
from typing import Any

from factcheck.gcpause import paused
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
    """Render with the reporter of that format (imported only when chosen).

    The cyclic collector is paused while the output is built, as while the claims were
    checked: an output of 10,000 claims is millions of new objects, and they would set off a
    collection that walks everything the checks made (0.75 s of a 10,000-claim JSON output)."""
    module = import_module(f"factcheck.reporters.{_MODULES[fmt]}")
    with paused():
        return str(module.render(report, **options))
