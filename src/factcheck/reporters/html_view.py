"""What the HTML report shows: files, their sources and coverage as plain data, escaped by
Jinja2 when the template writes them, and one card per claim, worst verdicts first, already
written as markup by :mod:`factcheck.reporters.html_cards`.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from markupsafe import Markup

from factcheck.coverage import Coverage
from factcheck.findings import Verdict
from factcheck.models import Problem, Source
from factcheck.report import FileReport, Report
from factcheck.reporters.html_cards import RANK, Cards, escape
from factcheck.reporters.labels import Lang


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
    claims: int
    toc: Markup  # the lines of the table of contents
    cards: Markup


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
    cards = Cards(lang)
    return [_file(i, f, cards) for i, f in enumerate(report.files)]


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


def _file(index: int, f: FileReport, cards: Cards) -> FileView:
    worst = [r.verdict for r in f.results]  # a property that looks at every finding: once
    order = sorted(range(len(worst)), key=lambda i: (RANK[worst[i]], i))
    verdicts = [v.value for v in worst]
    counts = {v.value: 0 for v in Verdict}
    for value in verdicts:
        counts[value] += 1
    cov = None if f.coverage is None else _coverage(f.coverage)
    lang = _html_lang(f.source.language)
    qlang = f' lang="{escape(lang)}"' if lang else ""
    shown = [(f"c{index}-{i}", f.results[i], verdicts[i]) for i in order]
    return FileView(
        path=f.path,
        source=f.source,
        link=safe_link(f.source.url),
        lang=lang,
        counts=counts,
        coverage=cov,
        problems=f.problems,
        claims=len(order),
        toc=Markup(cards.toc((a, v, r.claim.id) for a, r, v in shown)),
        cards=Markup("".join(cards.card(a, f.path, r, v, qlang) for a, r, v in shown)),
    )
