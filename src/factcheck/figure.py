"""Reading a written figure into a :class:`~factcheck.quantity.Quantity`.

:func:`parse` reads one figure as written in a claim file (``下降10.79%``, ``162万余元``,
``more than 1,400``); :mod:`factcheck.scanner` finds every figure in free text with the same
readers (:func:`read_body`, :func:`make`). docs/quantities.md is the user's account of the rules.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from factcheck.chinese_numerals import CN_CHARS
from factcheck.nfkc import normalize
from factcheck.numerals import (
    HINT_NUMBER,
    LocatedError,
    Number,
    NumeralError,
    explain_leftover,
    read_digits,
    read_number,
    read_scale,
)
from factcheck.quantity import Qualifier, Quantity
from factcheck.units import (
    CJK_UNIT_RE,
    COUNT,
    DIRECTION_FWD,
    DIRECTIONS,
    LEADING,
    LEADING_FWD,
    MEASURES,
    PLUS_WORDS,
    PREFIX_UNITS,
    ROUNDED_AT_UNIT,
    TRAILING,
    TRAILING_RE,
    UNITS,
    Unit,
    UnitSpec,
    ascii_unit,
    key,
)

__all__ = [
    "Body",
    "QuantityError",
    "direction_of",
    "make",
    "parse",
    "read_body",
]


HINT = (
    "a figure is [rise/fall word] [qualifier] number [scale] [unit or measure word] "
    "[qualifier]: 82.04%, 169万元, 162万余元, 不到30分钟, 60%以上, more than 1,400, "
    "3.2 million, 16.22个百分点, 下降10.79%, 提高到96.15%; units: % ‰ 成 个百分点 pp 倍 "
    "times 元 yuan 公斤 kg 克 吨 米 m 公里 km 天 日 小时 h 分钟 秒 周 个月 年"
)


class QuantityError(LocatedError):
    """A figure that cannot be read; ``offset`` is where in the text it went wrong."""

    def __init__(self, message: str, offset: int, hint: str = HINT) -> None:
        super().__init__(message, offset, hint)


class Body(NamedTuple):
    """What follows the leading words: the number, its scale, unit and trailing qualifiers.

    A named tuple, not a frozen dataclass: the scanner builds one per candidate figure, and a
    tuple is built several times faster (and its class at import too)."""

    end: int
    number: Number
    scale: int
    scale_text: str
    spec: UnitSpec | None
    spelling: str  # the unit or measure word as shown back ("万元", " yuan", "名")
    measure: str | None
    qualifiers: tuple[Qualifier, ...]  # in the order written
    chinese: bool
    numeral: str  # the number's own text
    unit_end: int  # end of the unit or measure word (of the number when there is none)


def _plus(s: str, pos: int) -> int | None:
    """The end of 余 or 多 (units.PLUS_WORDS) written at ``pos``, else None."""
    return pos + 1 if s.startswith(PLUS_WORDS, pos) else None


def _unit(s: str, pos: int, scan: bool) -> tuple[str, str, int, bool] | None:
    """The unit or measure word at ``pos``: (table key, display, end, 余/多 inside it)."""
    m = CJK_UNIT_RE.match(s, pos)
    if m and not (scan and m.start("u") != pos):
        word = m.group("u")
        if word == "个" and (plus := _plus(s, m.end())) is not None:
            # 3个多月: 多 sits inside 个月
            inner = CJK_UNIT_RE.match(s, plus)
            if inner and inner.start("u") == plus and "个" + inner.group("u") in UNITS:
                return "个" + inner.group("u"), "个" + inner.group("u"), inner.end(), True
        return word, word, m.end(), False
    m = ascii_unit(s, pos)
    if m:
        word = m.group("w") or m.group("l")
        spaced = " " if m.start("w" if m.group("w") else "l") != pos else ""
        return key(word), spaced + " ".join(word.split()), m.end(), False
    return None


def read_body(s: str, pos: int, scan: bool) -> Body:
    """Read from the number to the end of the figure; raises NumeralError or QuantityError."""
    spec: UnitSpec | None = None
    if s.startswith(_PREFIXES, pos):  # 百分之, 千分之
        spec = PREFIX_UNITS[s[pos : pos + 3]]
        pos += 3
    if "0" <= s[pos : pos + 1] <= "9":  # read_number's own road for digits, without a Reading
        numeral_start = pos
        number, pos = read_digits(s, pos, not scan)
        factor, scale_text, chinese = 1, "", False
    else:
        reading = read_number(s, pos, scale=False, space_groups=not scan)
        number, pos, factor, scale_text = (
            reading.number,
            reading.end,
            reading.scale,
            reading.scale_text,
        )
        numeral_start, chinese = reading.start, reading.chinese
    numeral_end = pos
    quals: list[Qualifier] = []
    spelling, measure = spec.symbol if spec else "", None
    unit_end = pos
    if spec is None:
        if (p := _plus(s, pos)) is not None:  # 10余万, 100多个
            quals.append(Qualifier.PLUS)
            pos = p
        found = _unit(s, pos, scan)
        if found is None and (sc := read_scale(s, pos, space=not scan)) is not None:
            number = number.scaled(sc[0])
            factor *= sc[0]
            written = s[pos : sc[1]]
            # a space only before an English scale (3.2 million): 万 is taken as written
            scale_text += written if written.isalpha() else _SPACES.sub(" ", written)
            pos = sc[1]
            if not quals and (p := _plus(s, pos)) is not None:  # 162万余元
                quals.append(Qualifier.PLUS)
                pos = p
            found = _unit(s, pos, scan)
        if found is not None:
            word, shown, pos, inner_plus = found
            if inner_plus:
                quals.append(Qualifier.PLUS)
            if word in MEASURES:
                measure = shown
            else:
                spec = UNITS[word]
            spelling = shown
            unit_end = pos
            if not quals and (p := _plus(s, pos)) is not None:
                nxt = s[p : p + 1]
                # 3年多 is "over 3 years"; 3年多次 is "3 years, many times"
                if not _is_cjk(nxt) or (spec and (s[pos] == "余" or not scan or nxt in "的来时")):
                    quals.append(Qualifier.PLUS)
                    pos = p
        else:
            unit_end = pos
    noun = _noun(s, pos) if measure is not None and not scan else ""
    if noun and noun[0] not in "余多" and not any(c in CN_CHARS for c in noun):
        # a claim may name what is counted: 128个村居, 9个领域 (free text goes on after it)
        spelling += noun
        pos += len(noun)
    trail = TRAILING_RE.match(s, pos)
    # English names what is counted with a noun, as Chinese with a measure word: 1,500 people
    if (
        not scan
        and spec is None
        and measure is None
        and not (trail and trail.group("en"))
        and (m := _EN_NOUN.match(s, pos)) is not None
        and m.group(1).lower() not in _NOT_NOUNS
    ):
        measure = spelling = " " + m.group(1)
        pos = unit_end = m.end()
        trail = TRAILING_RE.match(s, pos)
    if trail and trail.group("cn") and not (scan and trail.start("cn") != pos):
        quals.append(Qualifier(TRAILING[trail.group("cn")]))
        pos = trail.end()
    elif trail and trail.group("en"):
        quals.append(Qualifier(TRAILING[key(trail.group("en"))]))
        pos = trail.end()
    elif spec is not None and s.startswith("起", pos):  # 10元起: from 10 yuan up
        quals.append(Qualifier.AT_LEAST)
        pos += 1
    return Body(
        pos, number, factor, scale_text, spec, spelling, measure, tuple(quals),
        chinese, s[numeral_start:numeral_end], unit_end,
    )  # fmt: skip


_SPACES = re.compile(r"\s+")
_PREFIXES = tuple(PREFIX_UNITS)


# one English word, hyphens allowed, no longer than a word (a leftover of 7,000 letters is not)
_EN_NOUN = re.compile(
    r"[ \t\u00a0\u2009\u202f]+([A-Za-z]{1,30}(?:-[A-Za-z]{1,30}){0,3})(?![-A-Za-z0-9])"
)


# words that go on to something else, never what is counted: 5 to 6, 5 of 10, 3 per day
_NOT_NOUNS = frozenset((
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "per",
    "than", "the", "to", "vs", "versus", "with",
))  # fmt: skip


def _noun(s: str, pos: int) -> str:
    r"""The Han characters from ``pos`` up to a trailing word (以上, 左右…): what
    ``(?:(?!trailing)[\u3400-\u4dbf\u4e00-\u9fff])+`` matches. Not that pattern: compiling
    ranges of 27,000 characters took a millisecond of every start."""
    end = pos
    while (
        end < len(s)
        and ("\u3400" <= s[end] <= "\u4dbf" or "\u4e00" <= s[end] <= "\u9fff")
        # at a Han character, TRAILING_RE matches only a Chinese trailing word starting there
        and TRAILING_RE.match(s, end) is None
    ):
        end += 1
    return s[pos:end]


def _is_cjk(c: str) -> bool:
    return bool(c) and "\u3400" <= c <= "\u9fff"


def make(text: str, body: Body, lead: Qualifier | None, direction: int, to_level: bool) -> Quantity:
    """The Quantity of a figure read by :func:`read_body`, ``text`` as written."""
    spec, number = body.spec, body.number
    value, step, place = number.value, number.step, number.last_nonzero_place
    if spec is None:  # a count: most figures
        dimension, ufactor = COUNT, _ONE
    else:
        dimension, ufactor = spec.dimension, spec.factor
        if ufactor != 1:  # 元 and 倍 are not multiplied by one
            value, place = value * ufactor, place * ufactor
            step = step * ufactor if step is not None else None
        if step is None and dimension in ROUNDED_AT_UNIT:
            step = ufactor
    display = body.scale_text + body.spelling
    unit_key = (spec.symbol if spec else "", display, body.scale)
    unit = _UNITS_MADE.get(unit_key)
    if unit is None:
        factor = ufactor * body.scale if body.scale != 1 else ufactor
        unit = Unit(unit_key[0], dimension, display, factor)
        if len(_UNITS_MADE) < 4096:
            _UNITS_MADE[unit_key] = unit
    qualifier = lead or (body.qualifiers[0] if body.qualifiers else None)
    # Quantity(text, value, ...) without its __init__, which sets each of nine fields through
    # init_field (a Record refuses assignment): half the cost of each of an article's figures
    # (tests/test_scan_shortcuts.py holds the two equal)
    q = _new(Quantity)
    _setattr(
        q,
        "__dict__",
        {
            "text": text, "value": value, "step": step, "unit": unit, "measure": body.measure,
            "qualifier": qualifier, "direction": direction, "to_level": to_level, "place": place,
        },
    )  # fmt: skip
    return q


_new = object.__new__
_setattr = object.__setattr__


# the units made, by symbol, display and scale: an article writes a few dozen (a Unit is
# frozen, so shared)
_UNITS_MADE: dict[tuple[str, str, int], Unit] = {}
_ONE = Fraction(1)
# what joins the two ends of a range written as one figure: 5-6万人, 3至5年, 10~20%, 5 to 6
_RANGE = re.compile(r"(?:[-–—~～−]|至|到|to\s)\s*[0-9〇零一二两三四五六七八九十百千万]")


_IS_OF_FWD = re.compile(
    rf"是[^，。,;；!?！？\n]{{0,30}}?的\s*(?=[-−+0-9]|百分之|千分之|[{CN_CHARS}])"
)


def direction_of(m: re.Match[str]) -> tuple[int, bool]:
    """A rise/fall word matched: its sign, and whether it names the new level (提高到, rose to)."""
    verb = m.group("m") or m.group("v") or m.group("ve")
    return DIRECTIONS[key(verb)], bool(m.group("lvl") or m.group("lvle"))


@lru_cache(maxsize=1 << 16)  # a file repeats its figures; a Quantity is frozen, so shareable
def parse(text: str) -> Quantity:
    """Read one whole figure as written in a claim: ``"162万余元"``, ``"more than 1,400"``."""
    norm = normalize(text)
    s = norm.text
    pos = len(s) - len(s.lstrip())
    try:
        if pos == len(s):
            raise QuantityError("empty figure", 0)
        direction, to_level, lead = 0, False, None
        if m := _IS_OF_FWD.match(s, pos):  # 是去年的2倍: the figure is the new level
            to_level, pos = True, m.end()
        q = LEADING_FWD.match(s, pos)
        if q is None and (d := DIRECTION_FWD.match(s, pos)):
            direction, lvl = direction_of(d)
            to_level, pos = to_level or lvl, d.end()
            q = LEADING_FWD.match(s, pos)
        if q is not None:
            lead, pos = Qualifier(LEADING[key(q.group().strip())]), q.end()
        body = read_body(s, pos, scan=False)
        end = body.end + len(s[body.end :]) - len(s[body.end :].lstrip())
        if end != len(s):
            if s[body.end] in ".eE," or s[body.end] in CN_CHARS:
                raise explain_leftover(s, body.end)
            rest = s[end:] if len(s) - end <= 40 else s[end : end + 40] + "…"
            if _RANGE.match(s, end):  # 5-6万人, 3至5年, 10~20%
                raise QuantityError(
                    f"a range is two figures, not one: cannot read {rest!r} after the figure",
                    end,
                    "a range is not read as a figure: write its ends as values of your own "
                    "(`low: {value: ..., derived: true}`) with a note, or leave it unclaimed",
                )
            raise QuantityError(f"cannot read {rest!r} after the figure", end)
    except (QuantityError, NumeralError) as e:
        # a specific numeral hint (write 1,234 or 1234) says enough on its own
        generic = isinstance(e, NumeralError) and e.hint == HINT_NUMBER
        hint = f"{e.hint}; {HINT}" if generic else e.hint
        raise QuantityError(e.message, norm.start(e.offset), hint) from None
    return make(text, body, lead, direction, to_level)
