from __future__ import annotations

import dataclasses
import re
import textwrap
from fractions import Fraction

import markupsafe
from hypothesis import given
from hypothesis import strategies as st
from tests.reporters.test_html import VERDICTS, _assert_inert
from tests.reporters.test_json import SLIP, TOUCHING

from factcheck.engine import verify
from factcheck.findings import Finding, Gap, Reading, Slip, Step
from factcheck.models import Claim, Pos, Quote, Value
from factcheck.report import ClaimResult, Report
from factcheck.reporters import html
from factcheck.reporters.html_cards import escape, percent, replace_specials

EVIL = "\"'><img src=x onerror=alert(1)>&amp;<script>alert(2)</script>"
SHOWN = (Claim, Quote, Value, Finding, Step, Reading, Gap, Slip, Pos, ClaimResult)


@given(st.text())
def test_escape_writes_what_markupsafe_writes(text):
    assert escape(text) == replace_specials(text) == str(markupsafe.escape(text))


def poison(x):
    """Every text of a claim and its findings, hostile markup added, as far as the models go."""
    if isinstance(x, tuple):
        return tuple(poison(y) for y in x)
    if not isinstance(x, SHOWN):
        return x
    changes = {}
    for f in dataclasses.fields(x):
        value = getattr(x, f.name)
        if type(value) is str and f.name != "check":  # not an enum: verdicts stay verdicts
            changes[f.name] = EVIL + value
        else:
            changes[f.name] = poison(value)
    return dataclasses.replace(x, **changes)


def test_every_text_of_a_card_is_escaped(write):
    claims = textwrap.dedent(SLIP.split("claims:\n")[1]) + VERDICTS
    report = verify([write(claims, header=True)])
    f = report.files[0]
    assert any(x.slips for r in f.results for x in r.findings)  # every part of a card is drawn
    assert any(x.readings for r in f.results for x in r.findings)
    results = tuple(poison(r) for r in f.results)
    bad = Report((dataclasses.replace(f, results=results),))
    for lang in ("en", "zh"):
        page = html.render(bad, lang=lang)
        parsed = _assert_inert(page)
        assert "".join(parsed.text).count("alert(2)") > 30
        assert "<script>alert" not in page and "<img" not in page


def test_a_relative_gap_beyond_floats_is_shown(write):
    huge = "1" + "0" * 400
    text = f"""\
    - id: huge
      kind: change
      quote: 从三成到两成,变化{huge}
      values: {{from: 三成, to: 两成, change: '{huge}'}}
      reading: points
    """
    page = html.render(verify([write(text, header=True)]), lang="en")  # was an OverflowError
    assert f"(relative {huge}" in page
    assert percent(Fraction(1, 3)) == "33.3%" and percent(Fraction(-1, 8)) == "-12.5%"
    assert percent(Fraction(10**400, 3)) == "3" * 28 + "0" * 374 + ".0%"


def test_a_gap_of_intervals_that_only_touch_says_so_in_each_language(write):
    report = verify([write(TOUCHING)])
    en = html.render(report, lang="en")
    zh = html.render(report, lang="zh")
    assert (
        '<p class="gap"><b>Gap</b>: none, yet no value is shared: the two touch only at an '
        "end that the stated figure excludes · <b>Nearest consistent figure</b>: "
        "<mark>12%</mark></p>"
    ) in en
    assert (
        '<p class="gap"><b>差距</b>: 为零，但没有共同的值：两者仅在一个端点相接，而陈述值不含该端点'
        " · <b>最接近的一致数字</b>: <mark>12%</mark></p>"
    ) in zh
    assert "(relative 0.0%)" not in en and "Gap</b>: 0%" not in en


GRIDS = """\
version: 1
source: {title: t, text: a.txt}
claims:
  - id: grids
    kind: expression
    quote: QUOTE
    expr: EXPR
    values: {a: A名, b: 4370个}
"""


def _grids(tmp_path, write, a: str, expr: str = "a < b") -> str:
    (tmp_path / "a.txt").write_text("全市共有网格员3956名,划分网格4370个。\n", encoding="utf-8")
    text = GRIDS.replace("QUOTE", f"全市共有网格员{a}名,划分网格4370个")
    report = verify([write(text.replace("EXPR", expr).replace("A", a))])
    page = html.render(report, lang="zh")
    start = page.index("<code>grids</code>")
    return page[page.rindex("<article", 0, start) : page.index("</article>", start)]


def test_a_claim_failing_on_provenance_is_headed_by_it(tmp_path, write):
    card = _grids(tmp_path, write, "3965")  # the article has 3956
    assert card.startswith('<article class="card v-inconsistent"')
    first = re.search(r'<p class="msg"[^>]*>(.*?)</p>', card, flags=re.S)
    assert first is not None
    assert re.match(r"<code>\S+claims\.yaml:6:12</code> quote does not occur in a\.txt", first[1])
    # the arithmetic follows, in a box under its own badge: it holds
    box = card[card.index('<div class="other">') :]
    assert box.startswith('<div class="other"><span class="badge b-consistent">')
    assert "a &lt; b: 3965 &lt; 4370 holds" in box


def test_an_arithmetic_headline_stays_first_and_unboxed(tmp_path, write):
    card = _grids(tmp_path, write, "3956", "a > b")
    assert card.startswith('<article class="card v-inconsistent"')
    assert '<div class="other">' not in card
    assert re.search(r'<p class="msg"[^>]*>a &gt; b: 3956 &gt; 4370 fails</p>', card)
