from __future__ import annotations

import io
import random

import pytest
from rich import box
from rich.console import Console
from rich.errors import MarkupError
from rich.table import Table
from rich.text import Text
from tests.conftest import GUILIN, ROOT

from factcheck.coverage import compute
from factcheck.extract import extract
from factcheck.loader import load
from factcheck.reporters import figures, longtable

ARTICLE = ROOT / "claims" / "sources" / "guilin.txt"


def _console(color: bool, width: int) -> Console:
    return Console(
        file=io.StringIO(),
        force_terminal=color,
        no_color=not color,
        width=width,
        color_system="standard" if color else None,
        highlight=False,
        soft_wrap=False,
    )


def _table(title: str | None, coverage: bool) -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAD, expand=False)
    table.add_column("line:col", no_wrap=True)
    table.add_column("figure", overflow="fold", min_width=8, max_width=24)
    table.add_column("kind", no_wrap=True)
    table.add_column("value", overflow="fold", min_width=8)
    table.add_column("interval", overflow="fold", min_width=10)
    if coverage:
        table.add_column("coverage", no_wrap=True)
        table.add_column("by", overflow="ellipsis", no_wrap=True, max_width=28)
    return table


def _printed(title: str | None, rows: list[list[str | Text]], color: bool, width: int) -> str:
    """What longtable prints, or the error it raises."""
    console = _console(color, width)
    try:
        longtable.print_table(console, _table(title, len(rows[0]) > 5 if rows else False), rows)
    except MarkupError as e:
        return f"MarkupError {e}"
    return console.file.getvalue()  # type: ignore[attr-defined]


PIECES = [
    "1", "82.04%", "162万余元", "2020年6月", "[51.205, 51.215]", "−∞", "…", " ", "\u3000",
    "亮剑", "“两个建成”", "《桂林日报》", "A1版", "18:00", ":", "[", "]", "\\", "[bold]",
    "[/]", ":100:", ":smile:", "\t", "\n", "\r", "\x1b", "\u200b", "e\u0301", "💯", "ﾃｽﾄ",
    "change-000001", ", ", "a" * 30, "字" * 15,
]  # fmt: skip


def _cell(r: random.Random) -> str:
    if r.random() < 0.5:
        return r.choice(["1:2", "12.5%", "quantity", "date", "[1, 2]", "", "gongcheng-net-length"])
    return "".join(r.choice(PIECES) for _ in range(r.randint(0, r.choice([1, 2, 4]))))


@pytest.mark.parametrize("seed", range(300))
def test_the_same_text_as_rich(seed):
    r = random.Random(seed)
    coverage = r.random() < 0.5
    rows: list[list[str | Text]] = []
    for _ in range(r.randint(0, 12)):
        row: list[str | Text] = [_cell(r) for _ in range(5)]
        if coverage:
            status = r.choice(["claimed", "unchecked", "unaccounted", ""])
            style = figures.STYLES.get(status, "")
            row += [Text(status, style=style), _cell(r)]
        rows.append(row)
    title = r.choice([None, "a.txt", "claims/sources/guilin.txt", _cell(r), "x" * 130])
    color, width = r.random() < 0.5, r.choice([40, 80, 120, 200])
    fast = _printed(title, rows, color, width)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(longtable, "_render", lambda *a: None)
        slow = _printed(title, rows, color, width)
    assert fast == slow


@pytest.mark.parametrize("seed", range(300))
def test_a_columns_sizes_are_those_of_its_cells(seed):
    r = random.Random(seed)
    tame = ["1:2", "12.5%", "[1, 2]", "字", "a", "", ":", "[", "]", "b]", "[a", ":a", "b:", "—"]
    tame += ["162万余元", "桂林", "１２", "💯", "\u3000", "ﾃ", "…", "e\u0301", "\u200d", "\ufe0f"]
    cells: list[str | Text] = [
        r.choice(tame) if r.random() < 0.8 else _cell(r) for _ in range(r.randint(0, 8))
    ]
    if r.random() < 0.1:
        cells.append(Text("x"))
    assert longtable._sizes(cells) == [longtable._size(c) for c in cells]


@pytest.mark.parametrize("seed", range(200))
def test_a_column_of_chinese_has_the_sizes_of_its_cells(seed):
    r = random.Random(seed)
    wide = ["字", "桂林", "万元", "１２", "💯", "\u3000", "“两个建成”"]
    tame = ["1", "12.5%", "a b", "", "3.2 million"]
    odd = ["…", "−∞", "ﾃ", "e\u0301", "\u200d", "\ufe0f", "\u00e9"]
    cells: list[str | Text] = [
        "".join(r.choice(wide + tame) for _ in range(r.randint(0, 4)))
        for _ in range(r.randint(0, 12))
    ]
    if r.random() < 0.3:
        cells.append(r.choice(odd) + r.choice(wide))
    assert longtable._sizes(cells) == [longtable._size(c) for c in cells]


@pytest.mark.parametrize("color", [False, True])
@pytest.mark.parametrize("with_claims", [False, True])
@pytest.mark.parametrize("width", [None, 60])
def test_figures_of_an_article_as_rich_prints_them(monkeypatch, color, with_claims, width):
    text = ARTICLE.read_text(encoding="utf-8")
    found = extract(text)
    cov = None
    if with_claims:
        cf = load(GUILIN)
        cov = compute(cf.claims, cf.unchecked, text, str(ARTICLE), found)
    items = figures.figure_dicts(text, found, cov)
    footer = ["100 figures", "coverage of " + "x" * 130]
    fast = figures.render_table(items, str(ARTICLE), footer, color=color, width=width)
    monkeypatch.setattr(longtable, "_render", lambda *a: None)
    slow = figures.render_table(items, str(ARTICLE), footer, color=color, width=width)
    assert fast == slow
