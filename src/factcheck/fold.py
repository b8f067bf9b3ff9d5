"""Texts in the form in which quotes are compared with the article, with the way back.

Folding is Unicode NFKC (full-width ``，１６９％`` become ``,169%``), one spelling of quote
marks and dashes (“ ” 「 」 become ``"``, ‘ ’ become ``'``, 。 becomes ``.`` and 、 ``,``,
except between two digits, where they part two figures that a point or a comma would join
(``12、345人``, ``第3。2020年``),
— becomes ``-``), and whitespace folded: a run of whitespace becomes one space between two
letters or digits of a spaced script (``more than 1,400``), and between a separator that
follows a digit and a digit (``Of 1,000, 560``: dropping it would make one figure of two),
and disappears anywhere else, so a line break inside a Chinese sentence, or a space before a
CJK character or after punctuation, does not matter.

:func:`fold_map` keeps, for every folded character, the offset of the character of the
original text it came from, so that places found in the folded text point back at what the
author wrote.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from functools import lru_cache
from typing import NamedTuple

_PUNCT = str.maketrans(
    {
        **dict.fromkeys("“”„‟«»「」『』〝〞〟＂", '"'),
        **dict.fromkeys("‘’‚‛", "'"),
        "。": ".",
        "｡": ".",
        "、": ",",
        "､": ",",
        **dict.fromkeys("—–―‒−", "-"),
        "・": "·",
        "•": "·",
    }
)


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    return unicodedata.normalize("NFKC", c).translate(_PUNCT)


def _spaced(c: str) -> bool:
    """True for letters and digits of scripts that separate words with spaces."""
    return c.isalnum() and not (
        "\u2e80" <= c <= "\u9fff"  # CJK radicals, kana, CJK ideographs
        or "\uf900" <= c <= "\ufaff"
        or "\uff66" <= c <= "\uff9f"  # half-width kana
        or c >= "\U00020000"
    )


_SEPARATORS = frozenset(".,")  # folded: 。 and ， are among them
# 、 and 。 fold to "," and "." but not between two digits, where they part two figures
# (12、345人, 第3。2020年) that a comma or point would join into one
_LIST_MARKS = {"、": "、", "､": "、", "。": "。", "｡": "。"}
_STAND_IN = {"、": "\x01", "。": "\x02"}  # for a kept mark in fold(): never folded to


def _between_digits(text: str, j: int) -> bool:
    return 0 < j < len(text) - 1 and text[j - 1].isdigit() and text[j + 1].isdigit()


def _kept(before: str, last: str, nxt: str) -> bool:
    """True when a run of whitespace between ``last`` and ``nxt`` folds to one space, not to
    nothing; ``before`` is the character before ``last``."""
    if _spaced(last):
        return _spaced(nxt)
    return last in _SEPARATORS and before.isdecimal() and nxt.isdecimal()


class Folded(NamedTuple):
    """A folded text and, for each of its characters, the original offset it came from."""

    text: str
    original: str
    origin: array[int] | None = None  # None: folding changed nothing

    def start(self, i: int) -> int:
        """The original offset of the folded character at ``i`` (the end for ``len``)."""
        if self.origin is None:
            return i
        return self.origin[i] if i < len(self.origin) else len(self.original)

    def end(self, i: int) -> int:
        """The original offset just after the folded text ``[..i)``."""
        if self.origin is None:
            return i
        return self.origin[i - 1] + 1 if i > 0 else 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the folded span ``[start, end)``."""
        if end <= start:
            s = self.start(start)
            return s, s
        return self.start(start), self.end(end)


def fold_map(text: str) -> Folded:
    """Fold ``text`` (see the module docstring), keeping offsets into the original.

    A run of characters that each fold to one other character, or to themselves, is folded
    by one ``str.translate``; only whitespace, a list mark between digits and characters
    that fold to none or several are looked at one by one (an article's line breaks, a few in
    a hundred).
    """
    table = {c: _fold_char(c) for c in set(text)}
    if all(f == c and not c.isspace() for c, f in table.items()):
        return Folded(text, text)
    single: dict[int, str] = {}  # what folds to one other character: translated in runs
    odd: list[str] = []  # what is looked at one by one
    for c, f in table.items():
        if c.isspace() or len(f) != 1 or f.isspace():
            odd.append(c)
        elif f != c:
            single[ord(c)] = f
    at = [m.start() for m in re.finditer(f"[{''.join(map(re.escape, odd))}]", text)] if odd else []
    if not _LIST_MARKS.keys().isdisjoint(table):  # a list mark between digits is kept
        kept = _marks_between_digits(text)
        at = sorted(at + kept) if kept else at
    parts: list[str] = []
    origin = array("q")
    space_at = -1  # original offset of a pending whitespace run
    before = last = ""  # the last two folded characters written

    def put(piece: str, j: int) -> None:  # one folded character from text[j]
        nonlocal before, last
        parts.append(piece)
        origin.append(j)
        before, last = last, piece

    def run(a: int, b: int) -> None:  # text[a:b], each character folding to one
        nonlocal space_at, before, last
        folded = text[a:b].translate(single) if single else text[a:b]
        if space_at >= 0:
            if last and _kept(before, last, folded[0]):
                put(" ", space_at)
            space_at = -1
        parts.append(folded)
        origin.extend(range(a, b))
        before, last = (folded[-2], folded[-1]) if b - a > 1 else (last, folded[-1])

    pos = 0
    for j in at:
        if j > pos:
            run(pos, j)
        pos = j + 1
        c = text[j]
        f = _LIST_MARKS.get(c) or table[c]  # a list mark here is one between digits
        if not f or f.isspace():
            if space_at < 0:
                space_at = j
            continue
        if space_at >= 0:
            if last and _kept(before, last, f[0]):
                put(" ", space_at)
            space_at = -1
        for ch in f:
            if not ch.isspace():  # NFKC can make a space (¨ → space + diaeresis): drop it
                put(ch, j)
    if pos < len(text):
        run(pos, len(text))
    return Folded("".join(parts), text, origin)


@lru_cache(maxsize=8)
def fold_source(text: str) -> Folded:
    """:func:`fold_map` of an article, kept for the claims that follow (texts are hashed once)."""
    return fold_map(text)


_GAP = "\x00"  # stands for a run of whitespace in fold(): the only character never folded to


# the characters fold() may change: all but printable ASCII other than the space, and the CJK
# ideographs U+4E00..U+9FFF (most of a Chinese quote), which fold to themselves
_ODD = re.compile(r"[^!-~\u4e00-\u9fff]")
_SPECIAL = frozenset((_GAP, "\x01", "\x02"))
_MARKS = re.compile(f"[{''.join(_LIST_MARKS)}]")


def _marks_between_digits(text: str) -> list[int]:
    """Where a list mark stands between two digits, kept as it is (12、345人)."""
    return [m.start() for m in _MARKS.finditer(text) if _between_digits(text, m.start())]


@lru_cache(maxsize=8192)  # a claim file folds each quote once per value and check
def fold(text: str) -> str:
    """The folded form of ``text``: what quotes and articles are compared in.

    The same text as ``fold_map(text).text``, without the offsets: one ``str.translate`` and a
    pass over the whitespace runs instead of a step per character, and only the characters
    that may change looked at (none, in most values).
    """
    odd = set(_ODD.findall(text))
    if not odd:
        return text
    if not _SPECIAL.isdisjoint(odd):
        return fold_map(text).text
    if not _LIST_MARKS.keys().isdisjoint(odd):
        listed = _marks_between_digits(text)
        if listed:  # kept through the translation below under a stand-in
            chars = list(text)
            for j in listed:
                chars[j] = _STAND_IN[_LIST_MARKS[chars[j]]]
            kept = fold("".join(chars))
            return kept.replace("\x01", "、").replace("\x02", "。")
    table: dict[int, str] = {}
    for c in odd:
        f = _fold_char(c)
        if not f or f.isspace():
            table[ord(c)] = _GAP
        elif f != c:
            if any(ch.isspace() for ch in f):
                return fold_map(text).text  # rare: the character-by-character way
            table[ord(c)] = f
    if not table:
        return text
    pieces = _translated(text, table).split(_GAP)
    if len(pieces) == 1:
        return pieces[0]
    out = [pieces[0]]
    tail = pieces[0][-2:]  # the last two characters written
    for p in pieces[1:]:
        if p:
            if tail and _kept(tail[-2:-1], tail[-1], p[0]):
                out.append(" ")
                tail = " "
            tail = (tail + p)[-2:]
            out.append(p)
    return "".join(out)


def _translated(text: str, table: dict[int, str]) -> str:
    """``text.translate(table)``; for a few characters (the full-width punctuation of a
    quote), a ``str.replace`` each, several times faster on a short text. Never where a
    replacement holds a character that is itself replaced."""
    if len(table) > 4 or any(ord(ch) in table for f in table.values() for ch in f):
        return text.translate(table)
    for o, f in table.items():
        text = text.replace(chr(o), f)
    return text
