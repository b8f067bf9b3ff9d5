"""The HTML report as a person sees it: Debian's Chromium, driven by Playwright, opens the
Guilin report offline. Screenshots at 1280 and 390 px wide land in build/ for a human to look at.

Skipped only where /usr/bin/chromium is missing outside CI; in CI (CI=true) a missing browser
fails, since .ci/run installs it. A browser is never downloaded.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import GUILIN, ROOT

from factcheck.cli.output import write_atomic
from factcheck.engine import verify
from factcheck.reporters import html

CLAIMS = len(verify([GUILIN]).results)

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BUILD = ROOT / "build"
IN_CI = os.environ.get("CI", "").lower() == "true"

os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")


def _require_browser() -> Any:
    if not CHROMIUM.exists():
        if IN_CI:
            pytest.fail("/usr/bin/chromium is missing in CI; .ci/run installs Debian's chromium")
        pytest.skip("no /usr/bin/chromium here (apt-get install chromium fonts-noto-cjk)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if IN_CI:
            pytest.fail("playwright is missing in CI; it is in the dev extra")
        pytest.skip("playwright is not installed (pip install -e '.[dev]')")
    return sync_playwright


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_playwright = _require_browser()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def report_url() -> str:
    BUILD.mkdir(exist_ok=True)
    path = BUILD / "guilin.html"
    write_atomic(path, html.render(verify([GUILIN])))
    return path.resolve().as_uri()


class Watched:
    """A page with everything it asked the network for and every error it logged."""

    def __init__(self, browser: Any, width: int = 1280, js: bool = True) -> None:
        self.context = browser.new_context(
            viewport={"width": width, "height": 900}, java_script_enabled=js
        )
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.context.route(
            "**/*",
            lambda route: (
                route.continue_() if route.request.url.startswith("file:") else route.abort()
            ),
        )

    def open(self, url: str) -> Any:
        self.page.goto(url)
        self.page.wait_for_load_state("load")
        return self.page

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser) -> Iterator[Watched]:
    w = Watched(browser)
    yield w
    w.close()


def visible_cards(page: Any) -> int:
    return int(
        page.eval_on_selector_all(
            "article.card", "cs => cs.filter(c => c.getClientRects().length > 0).length"
        )
    )


def test_opens_offline_with_no_request_and_no_error(watched, report_url):
    page = watched.open(report_url)
    assert watched.requests == [report_url]
    assert watched.errors == []
    assert page.title().startswith("数字核查报告 — 让平安与山水同行")
    assert page.is_visible("#filters")  # our script ran: the policy allowed it by its hash


def test_every_claim_card_is_present_and_visible(watched, report_url):
    page = watched.open(report_url)
    cards = page.locator("article.card")
    assert cards.count() == CLAIMS
    for i in range(cards.count()):
        assert cards.nth(i).is_visible()
    assert page.locator("article.card svg.nl").count() == CLAIMS
    first = cards.nth(0)
    assert first.get_attribute("data-verdict") == "warning"
    assert "警示" in first.inner_text()


def test_chinese_is_rendered_in_a_cjk_font_not_as_tofu(watched, report_url):
    page = watched.open(report_url)
    widths = page.evaluate(
        """() => {
            const h1 = document.querySelector('h1');
            const text = h1.textContent.slice(0, 8);
            const probe = (t) => {
                const s = document.createElement('span');
                s.style.font = getComputedStyle(h1).font;
                s.style.whiteSpace = 'pre';
                s.textContent = t;
                h1.parentNode.appendChild(s);
                const w = s.getBoundingClientRect().width;
                s.remove();
                return w;
            };
            return {
                han: probe(text),
                tofu: probe('\\uE000'.repeat(text.length)),
                em: parseFloat(getComputedStyle(h1).fontSize) * text.length,
            };
        }"""
    )
    # A CJK font draws each Han character one em wide; missing glyphs draw as boxes whose
    # width is that of the fallback's .notdef glyph, as the private-use probe shows.
    assert abs(widths["han"] - widths["em"]) < 0.1 * widths["em"], widths
    assert abs(widths["han"] - widths["tofu"]) > 0.2 * widths["han"], widths
    cdp = watched.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "article.card blockquote"})
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
    assert any("CJK" in f["familyName"] for f in fonts), fonts


def test_filters_hide_and_show_cards(watched, report_url):
    page = watched.open(report_url)
    assert visible_cards(page) == CLAIMS
    page.uncheck("#filters input[value=consistent]")
    assert visible_cards(page) == 1
    assert page.text_content("#shown") == "1"
    assert page.locator(".toc li:visible").count() == 1
    page.check("#filters input[value=consistent]")
    assert visible_cards(page) == CLAIMS
    page.select_option("#filters select[name=k]", "share")
    shares = sum(1 for r in verify([GUILIN]).results if r.claim.kind == "share")
    assert visible_cards(page) == shares > 0
    page.select_option("#filters select[name=k]", "")
    page.fill("#filters input[name=q]", "fraud-amounts")
    assert visible_cards(page) == 1
    page.fill("#filters input[name=q]", "no such claim anywhere")
    assert visible_cards(page) == 0
    assert page.is_visible("#empty")
    page.fill("#filters input[name=q]", "")
    assert visible_cards(page) == CLAIMS
    assert watched.errors == []


def test_reads_fully_without_javascript(browser, report_url):
    w = Watched(browser, js=False)
    try:
        page = w.open(report_url)
        assert visible_cards(page) == CLAIMS
        assert not page.is_visible("#filters")  # controls that cannot work are not shown
        assert w.requests == [report_url]
    finally:
        w.close()


def test_print_keeps_cards_whole_on_a4(watched, report_url):
    page = watched.open(report_url)
    page.emulate_media(media="print")
    style = page.eval_on_selector(
        "article.card", "c => [getComputedStyle(c).breakInside, getComputedStyle(c).display]"
    )
    assert style == ["avoid", "block"]
    assert not page.is_visible("#filters")
    pdf = page.pdf(path=str(BUILD / "guilin.pdf"), prefer_css_page_size=True)
    pages = re.findall(rb"/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]", pdf)
    assert len(pages) >= 10  # sixty cards, a few to a page
    for w, h in pages:  # A4 is 595.3 x 841.9 points, the size the stylesheet asks for
        assert abs(float(w) - 595.3) < 1.5 and abs(float(h) - 841.9) < 1.5, (w, h)


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots_for_a_human(browser, report_url, width):
    w = Watched(browser, width=width)
    try:
        page = w.open(report_url)
        overflow = page.evaluate("() => document.documentElement.scrollWidth")
        assert overflow <= width  # nothing wider than the screen
        shot = BUILD / f"guilin-{width}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
        assert w.errors == []
    finally:
        w.close()


HOSTILE = """\
version: 1
source:
  title: "<script>alert(1)</script>"
  outlet: '"><img src="http://127.0.0.1:9/x.png" onerror=alert(2)>'
  url: "javascript:alert(3)"
claims:
  - id: evil
    kind: order
    quote: "</blockquote><img src=http://127.0.0.1:9/y.png>追回93万元,被骗169万元"
    values:
      recovered: 93万元
      lost: 169万元
    note: '<a href="javascript:alert(4)">x</a><link rel=stylesheet href=http://127.0.0.1:9/z.css>'
"""


def test_hostile_claim_file_stays_inert_in_the_browser(watched, tmp_path):
    claims = tmp_path / "hostile.yaml"
    claims.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "hostile.html"
    write_atomic(out, html.render(verify([claims])))
    page = watched.open(out.resolve().as_uri())
    assert watched.requests == [out.resolve().as_uri()]
    assert watched.dialogs == [] and watched.errors == []
    assert page.locator("img, link[rel=stylesheet]").count() == 0
    assert "<script>alert(1)</script>" in page.inner_text("h1")


def test_a_missing_browser_skips_locally_and_fails_in_ci(monkeypatch, tmp_path):
    import tests.browser.test_report_browser as me

    monkeypatch.setattr(me, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.setattr(me, "IN_CI", False)
    with pytest.raises(pytest.skip.Exception):
        me._require_browser()
    monkeypatch.setattr(me, "IN_CI", True)
    with pytest.raises(pytest.fail.Exception, match="missing in CI"):
        me._require_browser()
