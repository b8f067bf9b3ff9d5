"""The claims of the HTML report as markup: one ``<article>`` per claim, and its line in the
table of contents.

Jinja2 lays out the page (templates/report.html.j2); the cards are written here because a
report may hold ten thousand of them, and a template pays an attribute lookup and a call to
MarkupSafe's escape for each of the sixty values of a card: half a second of a 10,000-claim
report, where writing the same markup here takes under a tenth. Every text that comes from a
claim file or a check goes through :func:`escape`, which writes what MarkupSafe, Jinja2's
autoescaping, writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

from factcheck.cuts import literal_places
from factcheck.findings import Finding, Verdict
from factcheck.models import Claim
from factcheck.report import ClaimResult
from factcheck.reporters.html_lines import lines, reading_text, step_shown
from factcheck.reporters.labels import LABELS, SYMBOLS, VERDICTS, Lang, kind_label, term
from factcheck.reporters.numberline import draw
from factcheck.scanner import scan
from factcheck.value_places import same_figure

RANK = {v: i for i, v in enumerate(Verdict)}  # worst first, as Verdict.rank


def replace_specials(text: str) -> str:
    """``text`` with ``& < > ' "`` written as MarkupSafe writes them (``&#39;``, ``&#34;``)."""
    return (
        text.replace("&", "&amp;")
        .replace(">", "&gt;")
        .replace("<", "&lt;")
        .replace("'", "&#39;")
        .replace('"', "&#34;")
    )


try:  # the C function behind markupsafe.escape (MarkupSafe 3), without its Markup: a tenth
    from markupsafe import _escape_inner as escape
except ImportError:  # an older MarkupSafe
    escape = replace_specials


def badges(lang: Lang) -> dict[str, str]:
    """The badge of each verdict: its symbol and its name in ``lang``."""
    return {
        v: f'<span class="badge b-{v}">{SYMBOLS[v]} {escape(name)}</span>'
        for v, name in VERDICTS[lang].items()
    }


class Cards:
    """Writes the cards of a report in one language."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self.labels = {k: escape(v) for k, v in LABELS[lang].items()}
        self.badges = badges(lang)
        self.names = {v: escape(name) for v, name in VERDICTS[lang].items()}
        self.en = ' lang="en"' if lang is not Lang.en else ""  # the checks write English

    def toc(self, items: Iterable[tuple[str, str, str]]) -> str:
        """The lines of the table of contents, from (anchor, verdict, claim id)."""
        names = self.names
        return "".join(
            f'<li class="t-{v}" data-for="{a}"><a href="#{a}"><span class="s" title="{names[v]}">'
            f"{SYMBOLS[v]}</span> {escape(id_)}</a></li>\n"
            for a, v, id_ in items
        )

    def card(self, anchor: str, path: str, r: ClaimResult, verdict: str, qlang: str) -> str:
        """One claim: its head, quotes with the values marked, values, then its findings."""
        c = r.claim
        out = [
            f'<article class="card v-{verdict}" id="{anchor}" data-verdict="{verdict}" '
            f'data-kind="{escape(c.kind)}">\n<h3>{self.badges[verdict]} <code>{escape(c.id)}'
            f'</code> <span class="kind">{escape(kind_label(self.lang, c.kind))}</span> '
            f'<span class="where">{escape(path)}:{c.pos.line}</span></h3>\n'
        ]
        for q in c.quotes:
            out.append(f"<blockquote{qlang}>{highlight(q.text, c)}</blockquote>\n")
        out.append('<ul class="vals">')
        derived = self.labels["derived"]
        for v in c.values:
            out.append(f"<li><code>{escape(v.name)}</code> = {escape(v.text)}")
            if v.derived:
                note = f": {escape(v.note)}" if v.note else ""
                out.append(f" <i>({derived}{note})</i>")
            elif v.note:
                out.append(f" <i>({escape(v.note)})</i>")
            out.append("</li>")
        out.append("</ul>\n")
        # headed by the finding that gives the claim its verdict, as in the plain format
        # (ClaimResult.headline: a quote not in the article under arithmetic that holds)
        findings = sorted(r.findings, key=lambda x: (x.check != "arithmetic", RANK[x.verdict]))
        head = r.headline
        if head is not None:
            findings.remove(head)
            self._finding(out, c, head, boxed=False)
        for f in findings:
            self._finding(out, c, f, boxed=True)
        if c.note:
            out.append(f'<p class="note"><b>{self.labels["note"]}</b>: {escape(c.note)}</p>\n')
        out.append("</article>\n")
        return "".join(out)

    def _finding(self, out: list[str], claim: Claim, f: Finding, boxed: bool) -> None:
        """A finding: message, arithmetic, number line, readings, gap, slips and hint."""
        L, lang, en = self.labels, self.lang, self.en
        if boxed:
            pos = f.pos
            where = escape(f"{pos.path}:{pos.line}:{pos.column}")
            out.append(f'<div class="other">{self.badges[f.verdict.value]} <code>{where}</code>')
        message = f.message
        if claim.note and message.startswith(f"{claim.note} — "):
            message = message[len(claim.note) + 3 :]  # the note is shown once, below
        if not boxed and f.check != "arithmetic":  # a headline that is no arithmetic: its place
            where = escape(f"{f.pos.path}:{f.pos.line}:{f.pos.column}")
            out.append(f'<p class="msg"{en}><code>{where}</code> {escape(message)}</p>\n')
        else:
            out.append(f'<p class="msg"{en}>{escape(message)}</p>\n')
        if f.steps:
            out.append('<ol class="steps">\n')
            for step in f.steps:
                out.append(
                    f"<li><b>{escape(term(lang, step.label))}</b>: "
                    f"<code>{escape(step.formula)}</code> = {escape(step.figures)} = "
                    f'<span class="r">{escape(step_shown(claim, step, lang))}</span></li>\n'
                )
            out.append("</ol>\n")
        if f.check == "arithmetic":
            for items in lines(claim, f, lang):
                out.append(draw(items, L["number_line"], escape))
        if f.readings:
            out.append(f'<p class="gap"><b>{L["readings"]}</b></p><ul class="rd">\n')
            for x in f.readings:
                name, shown = escape(term(lang, x.name)), escape(x.shown)
                if claim.kind == "change":  # in its own unit: a points reading in points
                    shown = escape(reading_text(claim, f, x, lang))
                if x.holds:
                    out.append(f'<li class="ok">✓ <b>{name}</b>: {shown} — {L["holds"]}</li>\n')
                else:
                    out.append(f'<li class="no">✗ <b>{name}</b>: {shown} — {L["fails"]}</li>\n')
            out.append("</ul>\n")
        gap = f.gap
        if gap and gap.touching:  # no distance, and still no value in common
            by = L[f"touching_{gap.touching.excluded_by}"]
            out.append(f'<p class="gap"><b>{L["gap"]}</b>: {L["touching"].format(by=by)}')
            if gap.nearest:
                out.append(f" · <b>{L['nearest']}</b>: <mark>{escape(gap.nearest)}</mark>")
            out.append("</p>\n")
        elif gap and gap.shown:
            shown = gap.shown
            if claim.kind == "date" and gap.absolute.denominator == 1:  # days, in lang
                shown = LABELS[lang]["day" if gap.absolute == 1 else "days"].format(n=gap.absolute)
            out.append(f'<p class="gap"><b>{L["gap"]}</b>: {escape(shown)}')
            if gap.relative is not None:
                out.append(f" ({L['relative_gap']} {percent(gap.relative)})")
            if gap.nearest:
                out.append(f" · <b>{L['nearest']}</b>: <mark>{escape(gap.nearest)}</mark>")
            out.append("</p>\n")
        for slip in f.slips:
            why = slip.explanation_zh if lang is Lang.zh else slip.explanation_en
            out.append(
                f'<div class="slip"><p><b>{L["slip"]}</b>: <code>{escape(slip.name)}</code> — '
                f"{escape(why)}</p><p{en}>{escape(slip.message)}</p>\n"
            )
            if slip.steps:
                out.append(f'<ol class="steps"{en}>')
                for step in slip.steps:
                    out.append(
                        f"<li>{escape(term(lang, step.label))}: {escape(step.figures)} = "
                        f"<b>{escape(step.shown)}</b></li>"
                    )
                out.append("</ol>")
            out.append("</div>\n")
        if f.check == "arithmetic" and f.verdict is Verdict.INCONSISTENT and not f.slips:
            out.append(f'<p class="slip none">{L["no_slip"]}</p>\n')
        if f.hint:
            out.append(f'<p class="hint"{en}>{L["hint"]}: {escape(f.hint)}</p>\n')
        if boxed:
            out.append("</div>\n")


def percent(x: Fraction) -> str:
    """``x`` in percent to one decimal, as a float prints it; a figure too large for a float
    (a relative gap of 10^400) through Decimal, which has room for it."""
    try:
        return f"{float(x):.1%}"
    except OverflowError:
        return f"{Decimal(x.numerator) / Decimal(x.denominator):.1%}"


def highlight(quote: str, claim: Claim) -> str:
    """A quote as markup, the claim's own figures marked and named.

    A value is found as the text it was written with; only when one is not (``60%`` for the
    article's ``百分之六十``) is the quote scanned for the same figure written another way.
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
            same = next((v for v in missing if same_figure(v.quantity, found.quantity)), None)
            if same is not None:
                spans.append((found.start, found.end, same.name))
                missing.remove(same)
    spans.sort()
    out: list[str] = []
    at = 0
    for start, end, name in spans:
        if start > at:
            out.append(escape(quote[at:start]))
        out.append(f'<mark title="{escape(name)}">{escape(quote[start:end])}</mark>')
        at = end
    if at < len(quote):
        out.append(escape(quote[at:]))
    return "".join(out)
