"""Figures in free text: :func:`scan` finds every figure of an article or a quote.

Each place a digit or a Chinese numeral stands is read as a figure would be in a claim file
(:func:`factcheck.figure.read_body`), with the qualifier and direction words written before
it, then kept or rejected: dates, labels (A1, COVID-19), ranges, idioms and the many Chinese
numerals that are words (一位, 百色市) are no figures. extract and provenance build on it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.chinese_numerals import CN_BIG, CN_CHARS, CN_DIGITS
from factcheck.figure import Body, QuantityError, direction_of, make, read_body
from factcheck.nfkc import Normalized, normalize
from factcheck.numerals import NumeralError
from factcheck.quantity import Qualifier, Quantity
from factcheck.units import (
    CN_IDIOMS,
    CN_UNIT_OK_WITH_ONE,
    DATE_AFTER_DAY,
    DIRECTION_FWD,
    DIRECTIONS,
    LEADING,
    LEADING_FWD,
    MEASURES,
    MEASURES_NOT_AFTER_CHINESE,
    NOT_BEFORE_CN,
    NOT_BEFORE_SIGN,
    RANGE_MARKS,
    UNITS,
    blocked_for,
    is_ascii_word,
    key,
)

__all__ = ["WORD_ENDS", "Found", "scan", "scan_normalized"]


class Found(NamedTuple):
    """A figure found in free text: ``text[start:end]`` is exactly what was written (a named
    tuple, as scan builds one per figure)."""

    start: int
    end: int
    quantity: Quantity


# where a figure may begin: a digit or a Chinese numeral (百分之 and 千分之 begin with one)
_CANDIDATE = re.compile(rf"[0-9{CN_CHARS}]")
# what a failed candidate skips: the whole run of digits, numerals and separators
_RUN = re.compile(rf"(?:[0-9{CN_CHARS}]|[.,\u00a0\u2009\u202f](?=[0-9]))+")
# the last characters of the words look_back looks for: most numbers follow none of them
WORD_ENDS = frozenset(
    [w[-1] for w in [*LEADING, *DIRECTIONS] if not w.isascii()]
    + list("了到至为的是达")
    + [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    + [chr(c) for c in range(ord("a"), ord("z") + 1)]
)


_NOT_BEFORE_CN_OR_NUMERAL = frozenset(NOT_BEFORE_CN + CN_CHARS)
_IS_OF_BACK = re.compile(r"是[^，。,;；!?！？\n]{0,30}的\s*\Z")


def _reject(s: str, start: int, body: Body) -> bool:
    """True when a figure found by scan is more likely a date, a label or an idiom."""
    end, before = body.unit_end, s[start - 1] if start else ""
    if body.chinese:
        if before and before in _NOT_BEFORE_CN_OR_NUMERAL:
            return True
        has_digit = any(c in CN_DIGITS for c in body.numeral)
        if s.startswith(("百分之", "千分之"), start):
            return False
        if (not has_digit and body.numeral != "十") or s.startswith(CN_IDIOMS, start):
            return True
        if body.numeral in ("一", "壹") and not (
            body.spec and body.spec.symbol in CN_UNIT_OK_WITH_ONE
        ):
            return True  # 一 is "a", "one whole", "the same" far more often than the number 1
        if body.spec is not None:
            return not body.spec.after_chinese or (
                body.spelling == "年" and s.startswith("级", end)
            )
        if body.measure is not None:
            m = body.measure
            return m in MEASURES_NOT_AFTER_CHINESE or s.startswith(m, end)  # 一项项
        return body.scale == 1  # a bare numeral: only 三万 and the like say "figure"
    if before and before.isascii() and (before.isalpha() or before in "_#"):
        return True  # A1, QQ3, #5: labels
    if before and before in ".-" and start >= 2 and s[start - 2].isalnum():
        return True  # 1.2.3, COVID-19
    if (
        before
        and before in RANGE_MARKS
        and start >= 2
        and (s[start - 2].isdigit() or s[start - 2] in "%‰")
    ):
        return True  # the upper end of a range, 3-5天, 3至5天: neither end is the figure
    if before == "第":
        return True
    nxt = s[end : end + 1]
    if not body.spelling and nxt.isascii() and nxt.isalnum():
        return True  # 5G, 3D, 1990s
    if nxt == "." and s[end + 1 : end + 2].isdigit():
        return True  # 192.168.1.1
    if nxt and nxt in RANGE_MARKS and s[end + 1 : end + 2].isdigit():
        return True  # the lower end of a range
    if body.spelling == "月":
        return True  # 6月 is June; a duration is 6个月
    if body.spec is None and body.measure is None and nxt in ("号", "时"):
        return True
    if body.spelling == "日" and (before == "月" or s.startswith(DATE_AFTER_DAY, end)):
        return True
    return body.spelling == "年" and s.startswith("级", end)


# the first characters of the words a Chinese numeral can be read with: units, measure words,
# 余 and 多 (English units begin with a letter or "-", scales after a Chinese numeral with one
# of CN_CHARS)
_WITH_CHINESE = frozenset(
    [w[0] for w in [*UNITS, *MEASURES] if not is_ascii_word(w)] + ["余", "多"]
)
_HS_CHARS = frozenset(" \t\u00a0\u2009\u202f")


def _no_chinese_figure(s: str, i: int) -> bool:
    """True when the Chinese numeral at ``i`` is one :func:`_reject` would reject, seen without
    reading it: most Chinese numerals of free text are words (一位, 队伍, 百色市), and reading
    each cost a tenth of the scan. False when unsure; tests/test_scan_shortcuts.py holds it to
    the full reading."""
    if s.startswith(("百分之", "千分之"), i):
        return False
    if i and s[i - 1] in _NOT_BEFORE_CN_OR_NUMERAL:
        return True
    if s.startswith(CN_IDIOMS, i):
        return True
    c, n = s[i], s[i + 1 : i + 2]
    if c in CN_BIG or (n and n in CN_CHARS):
        return False  # a scale of its own (万), or a numeral of several characters
    if c not in CN_DIGITS and c != "十":
        return True  # 百, 千: no digit
    # one digit (or 十) alone: a figure only with a unit or measure word right after it
    if n in _HS_CHARS or (n.isascii() and (n.isalpha() or n == "-")):
        return False  # an English unit or scale may follow
    if c in ("一", "壹"):
        return not (n and n in "倍成个余多")  # 一 is a figure only with 倍, 成, 个百分点
    return n not in _WITH_CHINESE


def scan(text: str) -> list[Found]:
    """Every figure in free text, with offsets such that ``text[start:end]`` is the figure."""
    return scan_normalized(normalize(text))


def scan_normalized(norm: Normalized) -> list[Found]:
    """:func:`scan` of a text already normalised (``norm.original`` is the text)."""
    text, s = norm.original, norm.text
    blocked = [(m.start(), m.end()) for m in blocked_for(s).finditer(s)]
    found: list[Found] = []
    prev_end = pos = b = 0
    original = norm.forward()  # Normalized.start, figure after figure
    while m := _CANDIDATE.search(s, pos):
        i = m.start()
        while b < len(blocked) and blocked[b][1] <= i:
            b += 1
        if b < len(blocked) and blocked[b][0] <= i:
            pos = blocked[b][1]
            continue
        start = i
        if i and s[i - 1] in "-−+" and s[i].isdigit() and (i == 1 or _sign_may_follow(s[i - 2])):
            start = i - 1
        if start == i and s[i] in CN_CHARS and _no_chinese_figure(s, i):
            run = _RUN.match(s, i)
            pos = run.end() if run else i + 1
            continue
        try:
            body = read_body(s, start, scan=True)
        except (NumeralError, QuantityError):
            body = None
        if (
            body is None
            or _reject(s, start, body)
            or (b < len(blocked) and blocked[b][0] < body.end)
        ):
            run = _RUN.match(s, i)
            pos = run.end() if run else i + 1
            continue
        quantity_start, lead, direction, to_level = look_back(s, start, prev_end)
        if len(body.numeral) == 4 and _year_like(body, lead, direction):  # no call for most
            pos = body.end
            continue
        o_start, o_end = original(quantity_start), original(body.end - 1) + 1  # Normalized.end
        q = make(text[o_start:o_end], body, lead, direction, to_level)
        found.append(Found(o_start, o_end, q))
        prev_end = pos = body.end
    return found


def _sign_may_follow(c: str) -> bool:
    return not ((c.isascii() and c.isalnum()) or c in NOT_BEFORE_SIGN or c in CN_CHARS)


def look_back(s: str, start: int, floor: int) -> tuple[int, Qualifier | None, int, bool]:
    """The qualifier and direction words written just before the number at ``start``."""
    lead: Qualifier | None = None
    lo = max(floor, start - 32)
    j = _last_char(s, start, lo)
    if j < lo or s[j] not in WORD_ENDS:
        return start, None, 0, False  # most numbers follow no word: skip the regexes
    if q := _ending_at(LEADING_FWD, s, _word_from(s, j, lo), start):
        lead = Qualifier(LEADING[key(q.group().strip())])
        start = q.start()
        lo = max(floor, start - 32)
        j = _last_char(s, start, lo)
    direction, to_level = 0, False
    if j >= lo and (d := _ending_at(DIRECTION_FWD, s, _word_from(s, j, lo), start)):
        direction, to_level = direction_of(d)
        start = d.start()
        lo = max(floor, start - 32)
        j = _last_char(s, start, lo)
    if j >= lo and s[j] == "的" and _IS_OF_BACK.search(s, lo, start):
        to_level = True  # 是去年的2倍; the span keeps to the figure itself
    return start, lead, direction, to_level


def _ending_at(pattern: re.Pattern[str], s: str, lo: int, end: int) -> re.Match[str] | None:
    """The leftmost match of ``pattern`` from ``lo`` on that ends at ``end``: what a search
    of the pattern with ``\\Z`` after it finds, without a second pattern compiled for it (the
    words' two would cost more than a millisecond of every start). The words begin with a
    Chinese character, or with a letter that follows no letter (English ones are guarded so):
    only those places are tried, a few in a window of up to 32 characters."""
    fullmatch = pattern.fullmatch
    after_letter = lo > 0 and s[lo - 1] in _LETTERS
    for i in range(lo, end):
        c = s[i]
        if c.isascii():
            letter = c in _LETTERS
            if not letter or after_letter:
                after_letter = letter
                continue
            after_letter = True
        elif after_letter:
            after_letter = False
        if m := fullmatch(s, i, end):
            return m
    return None


_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _last_char(s: str, start: int, lo: int) -> int:
    """The place of the last character before ``start`` that is no space (``lo - 1`` if none
    is from ``lo`` on): where a word written before the number ends."""
    j = start - 1
    while j >= lo and s[j].isspace():
        j -= 1
    return j


# a Chinese qualifier or direction word (with 了, 到, 至 or 为) is this long at most
# the longest Chinese word before a number, and a character after it (了, 到): 降幅达到 is 4
_CN_WORD_MAX = max(len(w) for w in [*LEADING, *DIRECTIONS] if not is_ascii_word(w)) + 2


def _word_from(s: str, j: int, lo: int) -> int:
    """Where a word ending at ``j`` can begin: the words ending at the number
    (:func:`_ending_at`) are tried from there instead of from every place of the window.
    English words may hold spaces: for them, the whole window."""
    return lo if s[j].isascii() else max(lo, j + 1 - _CN_WORD_MAX)


def _year_like(body: Body, lead: Qualifier | None, direction: int) -> bool:
    """A bare four-digit 1900..2099 is a year (亮剑2020), not a count."""
    return (
        not body.chinese
        and body.spec is None
        and body.measure is None
        and not body.qualifiers
        and lead is None
        and direction == 0
        and body.numeral.isdigit()
        and len(body.numeral) == 4
        and 1900 <= int(body.numeral) <= 2099
    )
