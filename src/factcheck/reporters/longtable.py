"""A long Rich table written as Rich would print it, without building it cell by cell.

Rich renders each cell of a table through several objects (a ``Padding``, a ``Text``, its
segments), about 50 µs a cell: 2 s for the 7,000 rows of a 1 MB article (issue 8). Most cells
of such a table are short strings that Rich shows as they are; :func:`print_table` measures
and writes those with string formatting, asks Rich for every other cell (markup, a cell to
fold or cut), and gives the whole table to Rich when its layout is one it does not reproduce.
tests/reporters/test_longtable.py compares the two on tables of every kind of cell, so a
version of Rich that lays tables out otherwise fails there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import zip_longest
from typing import cast

from rich import box
from rich.cells import cell_len, get_character_cell_size
from rich.color import ColorSystem
from rich.console import Console, ConsoleOptions, RenderableType
from rich.markup import RE_TAGS
from rich.measure import Measurement
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.table import Column, Table
from rich.text import Text

Cell = str | Text

# what Rich does not show as written: control characters (stripped, or line breaks) and
# line separators; markup tags and emoji codes are looked for apart (_size)
_SPECIAL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_EMOJI_CODE = re.compile(r":\S*?:")


def print_table(console: Console, table: Table, rows: Sequence[Sequence[Cell]]) -> None:
    """Print ``table`` with ``rows`` added, the same text as ``console.print(table)``."""
    text = _render(console, table, rows)
    if text is None:
        for row in rows:
            table.add_row(*row)
        console.print(table)
    else:
        console.file.write(text)


def _supported(console: Console, table: Table) -> bool:
    """The layout this module reproduces: SIMPLE_HEAD, a header, no styles but Text's own."""
    t = table
    plain_columns = all(
        c.width is None
        and c.ratio is None
        and c.justify == "left"
        and c.vertical == "top"
        and not c.style
        and not c.header_style
        and not c.highlight
        and isinstance(c.header, str)
        and not c._cells
        for c in t.columns
    )
    return (
        plain_columns
        and bool(t.columns)
        and t.box is box.SIMPLE_HEAD
        and not console.legacy_windows
        and console.encoding.startswith("utf")
        and t.show_header
        and t.show_edge
        and not t.show_footer
        and not t.show_lines
        and not t.leading
        and t.padding == (0, 1, 0, 1)
        and t.pad_edge
        and not t.collapse_padding
        and not t.expand
        and t.width is None
        and t.min_width is None
        and not t.caption
        and not t.row_styles
        and not t.rows
        and t.style in ("none", "", None)
        and not t.border_style
        and t.header_style == "table.header"
        and t.title_style is None
        and t.title_justify == "center"
        and not t.highlight
        and isinstance(t.title, str | None)
        and (console.color_system is None or console.color_system == "standard")
        and not (console.no_color and console.color_system)
    )


def _size(cell: Cell) -> int | None:
    """The width of ``cell`` in cells when Rich shows it as written in one style, else None."""
    if isinstance(cell, Text):
        own = (cell.justify, cell.overflow, cell.no_wrap, cell.end)
        if own != (None, None, None, "\n") or cell.spans:
            return None
        cell = cell.plain
    elif ("[" in cell and ("\\[" in cell or RE_TAGS.search(cell))) or (
        ":" in cell and _EMOJI_CODE.search(cell)
    ):
        return None
    if _SPECIAL.search(cell):
        return None
    return len(cell) if cell.isascii() else cell_len(cell)  # printable ASCII: one cell each


def _sizes(cells: Sequence[Cell]) -> list[int | None]:
    """``[_size(c) for c in cells]``: a column's cells looked at together when all are strings
    and none holds markup, an emoji code or a control character (most columns of a long
    table), else one by one."""
    if set(map(type, cells)) - {str}:
        return [_size(c) for c in cells]
    strings = cast(Sequence[str], cells)
    # what a cell holds the text joined holds too: none of them in the text, none in a cell
    joined = " ".join(strings)
    if (
        ("[" in joined and ("\\[" in joined or RE_TAGS.search(joined)))
        or (":" in joined and _EMOJI_CODE.search(joined))
        or _SPECIAL.search(joined)
    ):
        return [_size(c) for c in cells]
    if joined.isascii():
        return [len(c) for c in strings]
    wide = set("".join(c for c in strings if not c.isascii()))
    if all(ch.isascii() or get_character_cell_size(ch) == 2 for ch in wide):
        # printable ASCII one cell each and the rest two (a column of Chinese): each cell is
        # twice its length less its ASCII characters, as cell_len adds them up
        return [2 * len(c) - len(c.encode("ascii", "ignore")) for c in strings]
    return [len(c) if c.isascii() else cell_len(c) for c in strings]


def _render(console: Console, table: Table, rows: Sequence[Sequence[Cell]]) -> str | None:
    """The text of the table, or None when Rich must lay it out itself."""
    if not _supported(console, table):
        return None
    columns = table.columns
    n = len(columns)
    header: list[Cell] = [str(c.header) for c in columns]
    body = [list(r) + [""] * (n - len(r)) for r in rows]
    if any(len(r) > n for r in body):
        return None
    extra = 2 + n - 1
    max_width = console.width - extra
    options = console.options.update_width(max_width)
    # each cell's width in cells when Rich shows it as written, else None (Rich measures it),
    # column by column
    by_column = [_sizes(cells) for cells in zip(header, *body, strict=True)]
    widths = []
    for i, col in enumerate(columns):
        column = by_column[i]
        if None not in column:
            widest = max(cast(list[int], column)) + 2
        else:
            widest = 0
            for r, known in zip([header, *body], column, strict=True):
                w = known + 2 if known is not None else _measure(console, options, r[i])
                if w > widest:
                    widest = w
        w = min(widest, max_width)
        if col.min_width is not None:
            w = max(w, col.min_width + 2)
        if col.max_width is not None:
            w = min(w, col.max_width + 2)
        widths.append(w or 1)
    if sum(widths) > max_width:
        return None  # Rich narrows the columns: its own layout
    total = sum(widths) + extra
    colored = console.color_system is not None
    system = ColorSystem.STANDARD if colored else None
    head_style = console.get_style("table.header")
    out: list[str] = []
    if isinstance(table.title, str) and table.title:
        out.append(_title(console, table.title, total))
    out.append(" " * total + "\n")
    head = _row(console, columns, widths, header, [c[0] for c in by_column], head_style, system)
    if len(head) > 1:
        return None  # a header on several lines is aligned to the bottom
    out += head
    out.append(" " + "─" * (total - 2) + " \n")
    plain = None if colored else _plain_lines(body, [c[1:] for c in by_column], widths)
    if plain is not None:
        out += plain
        out.append(" " * total + "\n")
        return "".join(out)
    blank = Style.null()
    sizes = list(zip(*by_column, strict=True))[1:]
    for r, size in zip(body, sizes, strict=True):
        if not colored and None not in size:
            pads = [w - 2 - n for n, w in zip(cast(list[int], size), widths, strict=True)]
            if min(pads) >= 0:  # every cell on one line
                cells = [c.plain if isinstance(c, Text) else c for c in r]
                line = "".join(f" {c}{' ' * p}  " for c, p in zip(cells, pads, strict=True))
                out.append(f" {line}\n")
                continue
        out += _row(console, columns, widths, r, list(size), blank, system)
    out.append(" " * total + "\n")
    return "".join(out)


def _plain_lines(
    body: Sequence[Sequence[Cell]], by_column: list[list[int | None]], widths: list[int]
) -> list[str] | None:
    """The lines of a body without colour whose cells are all written as they are, on one
    line each (the usual long table), built column by column; None when some cell is not."""
    columns = []
    for i, w in enumerate(widths):
        sizes = cast(list[int], by_column[i])
        if None in sizes or (sizes and max(sizes) > w - 2):
            return None
        texts = [c.plain if isinstance(c, Text) else c for c in (r[i] for r in body)]
        if all(len(c) == n for c, n in zip(texts, sizes, strict=True)):
            columns.append([c.ljust(w - 2) for c in texts])  # one cell a character
        else:
            columns.append([c + " " * (w - 2 - n) for c, n in zip(texts, sizes, strict=True)])
    # each cell padded by one space on the left and one on the right, the columns one apart
    return [f"  {line}  \n" for line in map("   ".join, zip(*columns, strict=True))]


def _measure(console: Console, options: ConsoleOptions, cell: Cell) -> int:
    """Rich's measure of a cell, padding included."""
    return Measurement.get(console, options, Padding(cell, (0, 1))).maximum


def _row(
    console: Console,
    columns: Sequence[Column],
    widths: list[int],
    cells: Sequence[Cell],
    sizes: list[int | None],
    style: Style,
    system: ColorSystem | None,
) -> list[str]:
    """The lines of one row (header or body) with cell ``style``, each ending in a newline."""
    rendered: list[list[str]] = []
    for col, c, w, n in zip(columns, cells, widths, sizes, strict=True):
        if n is not None and n <= w - 2:
            inner = (c.plain if isinstance(c, Text) else c) + " " * (w - 2 - n)
            own = console.get_style(c.style) if isinstance(c, Text) else Style.null()
            edge = style.render(" ", color_system=system)
            rendered.append([edge + (style + own).render(inner, color_system=system) + edge])
        else:
            rendered.append(_rich_cell(console, col, c, w, style, system))
    out = []
    for parts in zip_longest(*rendered):
        line = [
            p if p is not None else style.render(" " * w, color_system=system)
            for p, w in zip(parts, widths, strict=True)
        ]
        out.append(" " + " ".join(line) + " \n")
    return out


def _rich_cell(
    console: Console,
    col: Column,
    cell: RenderableType,
    width: int,
    style: Style,
    system: ColorSystem | None,
) -> list[str]:
    """A cell Rich lays out itself (folded, cut short, or marked up): its lines."""
    options = console.options.update(
        width=width,
        justify=col.justify,
        no_wrap=col.no_wrap,
        overflow=col.overflow,
        height=None,
        highlight=col.highlight,
    )
    lines = console.render_lines(Padding(cell, (0, 1)), options, style=style)
    return [_segments(line, system) for line in Segment.set_shape(lines, width)]


def _segments(segments: Iterable[Segment], system: ColorSystem | None) -> str:
    """Segments as the console writes them."""
    return "".join(
        s.style.render(s.text, color_system=system) if s.style else s.text for s in segments
    )


def _title(console: Console, title: str, width: int) -> str:
    """The table's title, centred over it."""
    system = ColorSystem.STANDARD if console.color_system is not None else None
    n = _size(title)
    if n is not None and title == title.strip() and n <= width:
        left = (width - n) // 2
        line = " " * left + title + " " * (width - n - left)
        return console.get_style("table.title").render(line, color_system=system) + "\n"
    text = console.render_str(title, style="table.title", highlight=False)
    options = console.options.update(width=width, height=None, highlight=False, justify="center")
    return _segments(console.render(text, options), system)
