"""What the HTML report shows, as plain data: files, their sources, and one card per claim,
worst verdicts first. The template only lays it out; every string here is still raw text,
escaped by Jinja2 when it is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from urllib.parse import urlsplit

from factcheck.checks.base import plain
from factcheck.coverage import Coverage
from factcheck.models import Claim, Finding, Problem, Source, Verdict
from factcheck.provenance import literal_places
from factcheck.quantity import Quantity, same_quantity, scan
from factcheck.report import ClaimResult, FileReport, Report
from factcheck.reporters.labels import LABELS, Lang, kind_label, term
from factcheck.reporters.numberline import Item, Line, number_line

LABEL_MAX = 11  # characters of a row label on the number line


@dataclass(frozen=True)
class Segment:
    """A piece of a quote: plain text, or a value of the claim (``cls`` ``v``, ``title`` its
    name)."""

    text: str
    cls: str = ""
    title: str = ""


@dataclass(frozen=True)
class FindingView:
    """One finding as shown: message, arithmetic, number line, readings and gap."""

    verdict: str
    check: str
    message: str
    where: str
    steps: tuple[tuple[str, str, str, str], ...]  # label, formula, figures, result
    line: Line | None
    readings: tuple[tuple[str, bool, str], ...]  # name, holds, computed
    gap: str
    relative: str
    nearest: str
    hint: str
    slips: tuple[tuple[str, str, str, tuple[tuple[str, str, str, str], ...]], ...] = ()
    no_slip: bool = False


@dataclass(frozen=True)
class Card:
    """One claim."""

    anchor: str
    id: str
    kind: str
    kind_label: str  # the kind in the report's language, then its name in claim files
    verdict: str
    where: str
    quotes: tuple[tuple[Segment, ...], ...]
    values: tuple[tuple[str, str, bool, str], ...]  # name, text, derived, note
    note: str
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class FileView:
    """One claim file: its source, summary, coverage, problems and cards."""

    path: str
    source: Source
    link: str | None  # the source URL when it is safe to link (http or https)
    lang: str  # the language of the article's text, for quotes
    counts: dict[str, int]
    coverage: CoverageView | None
    problems: tuple[Problem, ...]
    cards: tuple[Card, ...]


def default_lang(report: Report) -> Lang:
    """The language of the first source that names one, else English."""
    for f in report.files:
        code = f.source.language.lower()
        if code.startswith("zh"):
            return Lang.zh
        if code:
            return Lang.en
    return Lang.en


def _html_lang(code: str) -> str:
    """A language tag for the article's text; a bare ``zh`` is taken as Simplified Chinese,
    so that browsers pick a Simplified Chinese font."""
    return "zh-CN" if code.lower() == "zh" else code


def safe_link(url: str) -> str | None:
    """The URL, when it is an http(s) address: a ``javascript:`` or ``data:`` one is never
    made a link."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(c.isspace() or ord(c) < 32 for c in url):
        return None
    return url


def files(report: Report, lang: Lang) -> list[FileView]:
    """Every file of the report as shown."""
    return [_file(i, f, lang) for i, f in enumerate(report.files)]


RANK = {v: i for i, v in enumerate(Verdict)}  # worst first, as Verdict.rank


@dataclass(frozen=True)
class CoverageView:
    """The article's figures as the header shows them: claimed, declared unchecked, and the
    ones nothing accounts for, listed."""

    figures: int
    covered: int
    unchecked: int
    uncovered: tuple[str, ...]

    @property
    def share(self) -> float:
        """The claimed share, for display; 1.0 when the article has no figures."""
        return self.covered / self.figures if self.figures else 1.0


def _coverage(c: Coverage) -> CoverageView:
    counts = c.counts()
    return CoverageView(
        counts["figures"],
        counts["claimed"],
        counts["unchecked"],
        tuple(x.figure.text for x in c.unaccounted),
    )


def _file(index: int, f: FileReport, lang: Lang) -> FileView:
    verdicts = [r.verdict for r in f.results]
    order = sorted(range(len(f.results)), key=lambda i: (RANK[verdicts[i]], i))
    counts = {v.value: 0 for v in Verdict}
    for v in verdicts:
        counts[v.value] += 1
    cov = None if f.coverage is None else _coverage(f.coverage)
    return FileView(
        path=f.path,
        source=f.source,
        link=safe_link(f.source.url),
        lang=_html_lang(f.source.language),
        counts=counts,
        coverage=cov,
        problems=f.problems,
        cards=tuple(_card(f"c{index}-{i}", f.path, f.results[i], verdicts[i], lang) for i in order),
    )


def _card(anchor: str, path: str, r: ClaimResult, verdict: Verdict, lang: Lang) -> Card:
    c = r.claim
    findings = sorted(r.findings, key=lambda x: (x.check != "arithmetic", RANK[x.verdict]))
    return Card(
        anchor=anchor,
        id=c.id,
        kind=c.kind,
        kind_label=kind_label(lang, c.kind),
        verdict=verdict.value,
        where=f"{path}:{c.pos.line}",
        quotes=tuple(highlight(q.text, c) for q in c.quotes),
        values=tuple((v.name, v.text, v.derived, v.note) for v in c.values),
        note=c.note,
        findings=tuple(_finding(c, x, lang) for x in findings),
    )


def _finding(claim: Claim, f: Finding, lang: Lang) -> FindingView:
    labels = LABELS[lang]
    steps = tuple((term(lang, s.label), s.formula, s.figures, s.shown) for s in f.steps)
    line = number_line(_items(claim, f, labels, lang))
    gap = f.gap
    message = f.message
    if claim.note and message.startswith(f"{claim.note} — "):
        message = message[len(claim.note) + 3 :]  # the note is shown once, below
    return FindingView(
        verdict=f.verdict.value,
        check=f.check,
        message=message,
        where=f"{f.pos.path}:{f.pos.line}:{f.pos.column}",
        steps=steps,
        line=line if f.check == "arithmetic" else None,
        readings=tuple((term(lang, x.name), x.holds, x.shown) for x in f.readings),
        gap=gap.shown if gap else "",
        relative=f"{float(gap.relative):.1%}" if gap and gap.relative is not None else "",
        nearest=(gap.nearest or "") if gap else "",
        hint=f.hint,
        slips=tuple(
            (
                s.name,
                s.explanation_zh if lang is Lang.zh else s.explanation_en,
                s.message,
                tuple((term(lang, x.label), x.formula, x.figures, x.shown) for x in s.steps),
            )
            for s in f.slips
        ),
        no_slip=f.check == "arithmetic" and f.verdict is Verdict.INCONSISTENT and not f.slips,
    )


def _items(claim: Claim, f: Finding, labels: dict[str, str], lang: Lang) -> list[Item]:
    """The intervals of a finding's number line: the values of an order, else the stated
    interval, then the computed one or, for wording read several ways, each reading's."""
    if claim.kind == "order":
        names = claim.options.get("order")
        chain = [claim.value(n) for n in names] if isinstance(names, list) else claim.values
        return [
            (_short(v.name), "vl", claim.interval(v), v.text, v.quantity.show)
            for v in chain
            if v is not None
        ]
    fmt = _formatter(claim, f)
    items: list[Item] = []
    if f.stated is not None:
        first = f.steps[0] if f.steps and f.steps[0].label == "stated" else None
        shown = first.shown if first else f.stated_shown
        items.append((labels["stated"], "st", f.stated, shown, fmt))
    readings = [r for r in f.readings if r.computed is not None]
    for r in readings:
        assert r.computed is not None
        cls = "rd ok" if r.holds else "rd no"
        items.append((_short(term(lang, r.name)), cls, r.computed, r.shown, fmt))
    if f.computed is not None and not readings:
        items.append((labels["computed"], "cp", f.computed, f.computed_shown, fmt))
    return items


def _short(label: str) -> str:
    return label if len(label) <= LABEL_MAX else label[: LABEL_MAX - 1] + "…"


def _formatter(claim: Claim, f: Finding) -> Callable[[Fraction], str]:
    """Numbers on the axis in the unit of the stated figure."""
    value = None
    if f.steps and f.steps[0].label == "stated":
        value = claim.value(f.steps[0].formula)
    if value is not None and isinstance(value.quantity, Quantity):
        return value.quantity.show
    return plain


def highlight(quote: str, claim: Claim) -> tuple[Segment, ...]:
    """A quote cut into segments, the claim's own figures marked and named.

    A value is found as the text it was written with; only when one is not (``1690000 yuan``
    for the article's ``169万元``) is the quote scanned for a figure of the same quantity.
    Scanning every quote would cost more than the rest of the report together."""
    values = [v for v in claim.values if not v.derived]
    spans: list[tuple[int, int, str]] = []
    missing = []
    for v in values:
        before = len(spans)
        n = len(v.text)
        for start in literal_places(v.text, quote):
            if not any(s < start + n and start < e for s, e, _ in spans):
                spans.append((start, start + n, v.name))
                break  # one place per value; a second value of the same text takes the next
        if len(spans) == before:
            missing.append(v)
    if missing:
        for found in scan(quote):
            if any(s < found.end and found.start < e for s, e, _ in spans):
                continue
            same = next((v for v in missing if same_quantity(v.quantity, found.quantity)), None)
            if same is not None:
                spans.append((found.start, found.end, same.name))
                missing.remove(same)
    spans.sort()
    out: list[Segment] = []
    at = 0
    for start, end, name in spans:
        if start > at:
            out.append(Segment(quote[at:start]))
        out.append(Segment(quote[start:end], "v", name))
        at = end
    if at < len(quote):
        out.append(Segment(quote[at:]))
    return tuple(out)
