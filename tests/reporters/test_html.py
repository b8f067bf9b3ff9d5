from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest
from tests.conftest import GUILIN
from tests.reporters.bulk import claims_yaml

from factcheck.engine import verify
from factcheck.findings import Verdict
from factcheck.report import FileReport, Report
from factcheck.reporters import html
from factcheck.reporters.html_view import default_lang, safe_link

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "section", "footer",
    "h1", "h2", "h3", "p", "ul", "ol", "li", "b", "i", "a", "code", "span", "mark", "blockquote",
    "details", "summary", "meter", "form", "fieldset", "legend", "label", "input", "select",
    "option", "output", "article", "div", "br", "script", "svg", "g", "text", "line",
    "circle", "polygon",
}  # fmt: skip


class Page(HTMLParser):
    """Every tag with its attributes, the text, and the bodies of script and style."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self._in: str | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in self.raw else None

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in:
            self.raw[self._in].append(data)
        else:
            self.text.append(data)

    def attrs(self, tag: str, name: str) -> list[str]:
        return [a[name] or "" for t, a in self.tags if t == tag and name in a]


VERDICTS = """\
- id: good-share
  kind: share
  quote: 共被骗169万元……为被害人追回被骗的93万元
  values:
    part: 93万元
    whole: 169万元
    share: {value: 55%, derived: true}
- id: bad-share
  kind: share
  quote: 共被骗169万元……为被害人追回被骗的93万元
  values:
    part: 93万元
    whole: 169万元
    share: {value: 65%, derived: true}
- id: loose-grid
  kind: order
  severity: warning
  note: fewer workers than grids
  quote: 划分网格4370个,配备网格员3956名
  values: {grids: 4370个, workers: 3956名}
- id: rate-rise
  kind: change
  quote: 破案率从40%上升到58%,上升45%
  values:
    from: 40%
    to: 58%
    change: 上升45%
"""


@pytest.fixture
def mixed(write):
    return verify([write(VERDICTS, header=True)])


def test_guilin_has_one_card_per_claim_and_a_strict_policy():
    report = verify([GUILIN])
    page = html.render(report)
    parsed = Page(page)
    cards = [a for t, a in parsed.tags if t == "article"]
    assert len(cards) == len(report.results) >= 60
    assert {a["data-verdict"] for a in cards} == {"warning", "consistent"}
    (policy,) = [
        a["content"] or ""
        for t, a in parsed.tags
        if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert policy.startswith("default-src 'none';")
    assert "connect-src 'none'" in policy and "img-src 'none'" in policy
    assert "unsafe-inline" not in policy and "http" not in policy
    for kind in ("style", "script"):
        (body,) = parsed.raw[kind]
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{kind}-src 'sha256-{digest}'" in policy
    assert '<html lang="zh-CN">' in page  # the source is Chinese
    assert "概要" in page and "目录" in page
    assert parsed.attrs("a", "href")[0] == "http://m.thepaper.cn/newsDetail_forward_10686096"


def test_no_reference_to_anything_outside_the_file():
    page = html.render(verify([GUILIN]))
    parsed = Page(page)
    assert {t for t, _ in parsed.tags} <= ALLOWED_TAGS
    for tag, attrs in parsed.tags:
        assert "src" not in attrs, tag
        for name, value in attrs.items():
            if name == "href":
                assert (value or "").startswith(("#", "http://", "https://"))
    assert "@import" not in "".join(parsed.raw["style"])
    assert "url(" not in "".join(parsed.raw["style"])


def test_rendering_is_deterministic():
    report = verify([GUILIN])
    assert html.render(report) == html.render(report)


def test_worst_verdicts_first_with_a_table_of_contents(mixed):
    parsed = Page(html.render(mixed))
    cards = [(a["id"], a["data-verdict"]) for t, a in parsed.tags if t == "article"]
    assert [v for _, v in cards] == ["inconsistent", "ambiguous", "warning", "consistent"]
    toc = [h[1:] for h in parsed.attrs("a", "href") if h.startswith("#")]
    assert toc == [anchor for anchor, _ in cards]


def test_inconsistent_card_shows_arithmetic_gap_and_nearest(mixed):
    page = html.render(mixed, lang="en")
    card = _card(page, "bad-share")
    assert '<b>stated</b>: <code>share</code> = 65% = <span class="r">[64.5%, 65.5%]</span>' in card
    assert "<b>share</b>: <code>part ÷ whole</code> = 93万元 ÷ 169万元" in card
    assert "Nearest consistent figure</b>: <mark>55%</mark>" in card
    assert re.search(r'<g class="st"><title>stated: \[64.5%, 65.5%\]</title>', card)
    assert '<g class="cp"><title>computed: [54.572271%, 55.489614%]</title>' in card
    assert "claims.yaml:12" in card


def test_ambiguous_card_lists_every_reading(mixed):
    card = _card(html.render(mixed, lang="en"), "rate-rise")
    assert "✓ <b>relative</b>" in card and "holds" in card
    assert "✗ <b>points</b>" in card and "does not hold" in card
    assert '<g class="rd ok">' in card and '<g class="rd no">' in card


def test_order_draws_each_value(mixed):
    card = _card(html.render(mixed, lang="en"), "loose-grid")
    assert '<g class="vl"><title>grids: 4370个</title>' in card
    assert '<g class="vl"><title>workers: 3956名</title>' in card
    assert card.count("fewer workers than grids") == 1  # the note, not repeated in the message


def test_quote_marks_the_values_by_name(mixed):
    card = _card(html.render(mixed), "good-share")
    assert '共被骗<mark title="whole">169万元</mark>……为被害人追回被骗的<mark title="part">' in card


def test_labels_follow_the_source_language_unless_chosen(write, mixed):
    assert default_lang(mixed) == "en"  # the test header names no language
    assert '<html lang="en">' in html.render(mixed)
    zh = html.render(mixed, lang="zh")
    assert (
        '<html lang="zh-CN">' in zh and "不一致" in zh and "逐步计算" not in zh.split("<main>")[0]
    )
    assert default_lang(verify([GUILIN])) == "zh"
    assert '<html lang="en">' in html.render(verify([GUILIN]), lang="en")


HOSTILE = """\
version: 1
source:
  title: "<script>alert(1)</script>"
  outlet: '"><img src=x onerror=alert(2)>'
  url: "javascript:alert(3)"
claims:
  - id: evil
    kind: order
    quote: "</blockquote><script>alert(4)</script>追回93万元,被骗169万元 \\"' onmouseover=alert(5)"
    values:
      recovered: {value: 93万元, note: "<svg onload=alert(6)>"}
      lost: 169万元
    note: '<a href="javascript:alert(7)">click</a>'
  - id: "x\\"><script>alert(8)</script>"
    kind: order
    quote: 追回93万元,被骗169万元
    values: {recovered: 93万元, lost: 169万元}
"""


def _assert_inert(page: str) -> Page:
    parsed = Page(page)
    assert {t for t, _ in parsed.tags} <= ALLOWED_TAGS
    assert len(parsed.raw["script"]) == 1  # our own, and nothing else
    for tag, attrs in parsed.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "src" not in attrs
    for tag, attrs in parsed.tags:
        for name in ("href", "action", "formaction", "xlink:href"):
            assert (attrs.get(name) or "#").startswith("#"), (tag, attrs)
    return parsed


def test_hostile_claim_file_is_escaped(write):
    report = verify([write(HOSTILE)])
    parsed = _assert_inert(html.render(report))
    assert "javascript:" not in " ".join(v or "" for _, a in parsed.tags for v in a.values())
    text = "".join(parsed.text)
    for n in (1, 2, 4, 6):
        assert f"alert({n})" in text  # shown as text, never as markup
    assert "javascript:alert(3)" in text  # the URL is shown, not linked
    assert '<a href="javascript:alert(7)">click</a>' in text
    assert "alert(8)" in text  # the bad id is a located problem, shown as text


def test_hostile_ids_and_kinds_are_escaped_even_past_the_loader(write):
    report = verify([write(HOSTILE)])
    f = report.files[0]
    evil = '"><script>alert(9)</script><a href="javascript:alert(10)">'
    results = tuple(
        replace(r, claim=replace(r.claim, id=evil, kind=evil, note=evil)) for r in f.results
    )
    report = Report((FileReport(f.path, replace(f.source, language=evil), results, ()),))
    parsed = _assert_inert(html.render(report))
    assert any(a.get("data-kind") == evil for t, a in parsed.tags if t == "article")
    assert "".join(parsed.text).count("alert(9)") >= 2


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//example.org/x", False),
        ("https://exa mple.org", False),
        ("", False),
    ],
)
def test_only_http_links(url, linked):
    assert (safe_link(url) is not None) is linked


def test_size_per_claim_stays_small(tmp_path):
    path = tmp_path / "bulk.yaml"
    path.write_text(claims_yaml(600), encoding="utf-8")
    report = verify([path])
    assert len(report.results) == 600 and not report.problems
    assert {r.verdict.value for r in report.results} >= {"inconsistent", "ambiguous", "consistent"}
    size = len(html.render(report).encode("utf-8"))
    assert size / 600 < 3 * 1024


def _card(page: str, claim_id: str) -> str:
    start = page.index(f"<code>{claim_id}</code>")
    return page[page.rindex("<article", 0, start) : page.index("</article>", start)]


def test_render_leaves_the_garbage_collector_as_it_found_it(mixed):
    import gc

    assert gc.isenabled()
    html.render(mixed)
    assert gc.isenabled()
    gc.disable()
    try:
        html.render(mixed)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_both_languages_have_every_label():
    from factcheck.reporters.labels import KINDS, LABELS, VERDICTS, Lang

    assert LABELS[Lang.en].keys() == LABELS[Lang.zh].keys()
    assert VERDICTS[Lang.en].keys() == VERDICTS[Lang.zh].keys() == {v.value for v in Verdict}
    from factcheck.checks import REGISTRY

    assert set(REGISTRY) <= KINDS[Lang.zh].keys()


def test_the_header_counts_claim_files_not_paths(tmp_path):
    # a missing path gets a section for its problem, but it is no claim file
    page = html.render(verify([GUILIN, tmp_path / "nope.yaml"]), lang="en")
    assert "<p>1 file</p>" in page
    assert page.count('<section class="file">') == 2
    other = tmp_path / "other.yaml"
    other.write_text(GUILIN.read_text(encoding="utf-8"), encoding="utf-8")
    assert "<p>2 files</p>" in html.render(verify([GUILIN, other]), lang="en")
