"""The HTML audit report: one self-contained file an editor can open offline and print.

Jinja2 templates shipped with the package, autoescaping on, lay out the page; the claims'
cards come already written, escaped, from :mod:`factcheck.reporters.html_cards`. The
stylesheet and the small filtering script are inlined, and a Content-Security-Policy allows
exactly those two by their hashes and nothing else, so the page makes no network request even
if markup slipped past escaping. Jinja2 is imported here only, inside :func:`render`.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib.resources import files as resources
from typing import TYPE_CHECKING, Any

from factcheck import __version__
from factcheck.findings import Verdict
from factcheck.gcpause import paused
from factcheck.report import Report
from factcheck.reporters import html_cards, html_view
from factcheck.reporters.labels import HTML_LANG, LABELS, Lang, kind_label

if TYPE_CHECKING:
    import jinja2

TOC_OPEN = 300  # the table of contents starts folded above this many claims


def render(report: Report, lang: Lang | str | None = None, **_: Any) -> str:
    """The report as one HTML document; ``lang`` chooses the labels (default: the source's)."""
    # Rendering makes a great many short-lived objects beside the large, long-lived report;
    # the cyclic collector would walk that report again and again (two thirds of the time of
    # a 10,000-claim report). Nothing here needs it; it runs again afterwards, without first
    # walking everything made here (gcpause.paused).
    with paused():
        return _render(report, lang)


def _render(report: Report, lang: Lang | str | None) -> str:
    from markupsafe import Markup

    chosen = Lang(lang) if lang else html_view.default_lang(report)
    css, js = _static("report.css"), _static("report.js")
    files = html_view.files(report, chosen)
    counts = {v.value: sum(f.counts[v.value] for f in files) for v in Verdict}  # report.counts()
    titles = [f.source.title for f in report.files if f.source.title]
    labels = LABELS[chosen]
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            html_lang=HTML_LANG[chosen],
            csp=csp(css, js),
            css=Markup(css),
            js=Markup(js),
            version=__version__,
            title=f"{labels['title']} — {titles[0]}" if len(titles) == 1 else labels["title"],
            L=labels,
            B={v: Markup(badge) for v, badge in html_cards.badges(chosen).items()},
            verdicts=[v.value for v in Verdict],
            kinds=[
                (k, kind_label(chosen, k)) for k in sorted({r.claim.kind for r in report.results})
            ],
            files=files,
            claim_files=report.claim_files,  # a missing path has a section, but is no file
            totals=counts,
            claims=len(report.results),
            toc_open=TOC_OPEN,
        )
    )


def csp(css: str, js: str) -> str:
    """A policy that forbids every network request and allows only our own style and script."""
    return (
        "default-src 'none'; "
        f"style-src {_hash(css)}; "
        f"script-src {_hash(js)}; "
        "img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; "
        "object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'; "
        "form-action 'none'; base-uri 'none'"
    )


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


@cache
def _static(name: str) -> str:
    return (resources("factcheck.reporters") / "templates" / name).read_text(encoding="utf-8")


@cache
def _environment() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("factcheck.reporters", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
