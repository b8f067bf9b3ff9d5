"""The words around a figure: units, measure words, qualifier and direction words.

Each unit spelling maps to a dimension and a factor to that dimension's base unit (元, kg,
m, day, month, year; ratios and percentage points are stored as fractions). The tables are
data; :mod:`factcheck.quantity` and :mod:`factcheck.scanner` read figures with them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from fractions import Fraction
from typing import NamedTuple

F = Fraction
_ONE = F(1)


class Unit(NamedTuple):
    """A unit as written: canonical symbol, dimension, and how ``show()`` writes it back.

    ``factor`` is the number of base units in one display unit, scale included: 万元 → 10000,
    % → 1/100, 小时 → 1/24 (day).
    """

    symbol: str
    dimension: str
    display: str
    factor: Fraction = _ONE


class UnitSpec(NamedTuple):
    """One entry of the unit table: a spelling's symbol, dimension and base-unit factor."""

    symbol: str
    dimension: str
    factor: Fraction
    after_chinese: bool = True  # may follow a Chinese numeral in free text (三成, 两天)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


COUNT = "count"
# integers in these dimensions are rounded at one of their unit: 50% is 49.5%..50.5%
ROUNDED_AT_UNIT = frozenset({"ratio", "points"})

_TABLE: list[tuple[str, str, Fraction, str]] = [
    # dimension, symbol, factor, spellings (| separated; ~ marks "not after a Chinese numeral")
    ("ratio", "%", F(1, 100), "~%|percent|per cent"),
    ("ratio", "‰", F(1, 1000), "~‰"),
    ("ratio", "成", F(1, 10), "成"),
    ("points", "pp", F(1, 100), "个百分点|百分点|~pp|percentage points|percentage point"),
    ("times", "倍", F(1), "倍|times|fold|-fold|~x"),
    ("money", "元", F(1), "元|yuan|rmb"),
    ("mass", "kg", F(1), "公斤|千克|~kg|kilograms|kilogram"),
    ("mass", "g", F(1, 1000), "克|~g|grams|gram"),
    ("mass", "t", F(1000), "吨|~t|tonnes|tonne"),
    ("mass", "jin", F(1, 2), "斤"),
    ("length", "m", F(1), "米|~m|metres|meters|metre|meter"),
    ("length", "km", F(1000), "公里|千米|~km|kilometres|kilometers|kilometre|kilometer"),
    ("length", "cm", F(1, 100), "厘米|~cm|centimetres|centimeters"),
    ("length", "mm", F(1, 1000), "毫米|~mm|millimetres|millimeters"),
    # a square or cubic unit is its own dimension: 5m³ is no length, nor 5m² (m2, m3 only
    # right after the digits, as the one-letter symbols)
    (
        "area",
        "m²",
        F(1),
        "平方米|~m²|~㎡|~m2|~sqm|square metres|square meters|square metre|square meter|sq m",
    ),
    (
        "area",
        "km²",
        F(10**6),
        "平方公里|平方千米|~km²|~㎢|~km2|square kilometres"
        "|square kilometers|square kilometre|square kilometer|sq km",
    ),
    ("area", "cm²", F(1, 10**4), "平方厘米|~cm²|~㎠|~cm2|square centimetres|square centimeters"),
    ("area", "ha", F(10**4), "公顷|hectares|hectare"),
    ("area", "亩", F(2000, 3), "亩"),  # a mu, 1/15 of a hectare
    ("volume", "m³", F(1), "立方米|~m³|~㎥|~m3|cubic metres|cubic meters|cubic metre|cubic meter"),
    ("volume", "cm³", F(1, 10**6), "立方厘米|~cm³|~㎤|~cm3|cubic centimetres|cubic centimeters"),
    ("duration", "day", F(1), "天|~日|days|day"),
    ("duration", "hour", F(1, 24), "小时|个小时|~h|~hr|~hrs|hours|hour"),
    ("duration", "minute", F(1, 1440), "分钟|~分|~min|~mins|minutes|minute"),
    ("duration", "second", F(1, 86400), "秒|秒钟|~sec|~secs|seconds|second"),
    ("duration", "week", F(7), "~周|星期|个星期|weeks|week"),
    ("months", "month", F(1), "个月|~月|months|month"),
    ("years", "year", F(1), "年|周年|周岁|岁|years|year"),
]

UNITS: dict[str, UnitSpec] = {}
for _dim, _sym, _factor, _spellings in _TABLE:
    for _sp in _spellings.split("|"):
        UNITS[_sp.lstrip("~")] = UnitSpec(_sym, _dim, _factor, not _sp.startswith("~"))

# Counter words: the figure is a count and the word is kept as Quantity.measure.
MEASURES = frozenset(
    _words(
        "名 人 人次 个 件 起 所 家 处 项 批 批次 部 条 次 辆 辆次 例 位 只 头 套"
        " 台 艘 架 架次 枚 座 户 户次 间 张 本 份 种 类 宗 笔 支 队 组 场 块 棵"
        " 株 篇 首 封 单 票 期 层 栋 幢 把 对 双 片 颗 粒 根 轮 车次 级"
    )
)
# After a Chinese numeral these make idioms more often than counts: 四处, 四起, 两头, 一把手.
MEASURES_NOT_AFTER_CHINESE = frozenset(tuple("处起头部把对双片首单票期层块根级"))
# Units written before the number.
PREFIX_UNITS: dict[str, UnitSpec] = {"百分之": UNITS["%"], "千分之": UNITS["‰"]}

# Qualifier words by the Qualifier value they stand for. A guard is a lookaround that keeps
# the word from matching inside a longer word (最近 is "recently", 签约 "sign a contract").
LEADING: dict[str, str] = {
    **dict.fromkeys(
        ["至少", "最少", "不少于", "不低于", "at least", "no less than", "not less than",
         "no fewer than", "not fewer than"], "at_least"),
    **dict.fromkeys(
        ["超过", "逾", "超", "多于", "高于", "大于", "more than", "over", "above", "exceeding",
         "greater than"], "more_than"),
    **dict.fromkeys(
        ["最多", "至多", "不超过", "不多于", "不高于", "at most", "up to", "no more than",
         "not more than", "within"], "at_most"),
    **dict.fromkeys(
        ["不到", "不足", "未满", "少于", "低于", "小于", "less than", "under", "below",
         "fewer than"], "less_than"),
    **dict.fromkeys(["近", "将近", "接近", "几乎", "近乎", "nearly", "almost"], "nearly"),
    **dict.fromkeys(
        ["约", "大约", "大概", "约为", "about", "around", "approximately", "roughly", "some"],
        "about"),
}  # fmt: skip
TRAILING: dict[str, str] = {
    **dict.fromkeys(["以上", "及以上", "或以上", "or more", "or above", "and above"],
                    "at_least"),
    **dict.fromkeys(["以下", "以内", "之内", "内", "or less", "or fewer", "and below"],
                    "at_most"),
    **dict.fromkeys(["左右", "上下", "前后"], "about"),
}  # fmt: skip
PLUS_WORDS = ("余", "多")
RISE = _words(
    "上升 增长 增加 提高 提升 攀升 上涨 增 升 涨 rise rises rose risen increase increases"
    " increased up grew grow grows grown"
)
FALL = _words(
    "下降 减少 降低 下跌 回落 降 减 跌 fall falls fell fallen drop drops dropped decline"
    " declines declined decrease decreases decreased down"
)
# a rise or a fall named by its size: 降幅为10.79% is a fall of 10.79% (为 names no level here)
MAGNITUDES: dict[str, int] = {
    **dict.fromkeys(_words("增幅 涨幅 升幅"), 1),
    **dict.fromkeys(_words("降幅 跌幅 减幅"), -1),
}
DIRECTIONS: dict[str, int] = {
    **dict.fromkeys(RISE, 1),
    **dict.fromkeys(FALL, -1),
    **MAGNITUDES,
}

_GUARDS: dict[str, str] = {
    "近": r"(?<![最附临靠亲])近",
    "约": r"(?<![预签合制公条契节违履邀特相立失赴践租])约",
    "超": r"(?<![赶高])超",
    "增": r"(?<!新)增",
    "内": r"内(?![部容外地涵心在蒙务科陆河])",
    "上下": r"上下(?![班车楼游级文])",
    "前后": r"前后(?![端台门院排座])",
    "以下": r"以下(?!简称)",
    "分": r"分(?!之)",
}


def is_ascii_word(word: str) -> bool:
    """True for spellings made of ASCII letters (English words and symbols)."""
    return word.isascii() and any(c.isalpha() for c in word)


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, English ones case-insensitively."""
    parts: list[str] = []
    english: list[str] = []
    chars: list[str] = []
    for w in sorted(set(words), key=len, reverse=True):
        if is_ascii_word(w):
            english.append(r"\s+".join(re.escape(p) for p in w.split()))
        elif len(w) == 1 and w not in _GUARDS:
            if not chars:
                parts.append("")  # the place of the class of single characters, below
            chars.append(re.escape(w))
        else:
            parts.append(_GUARDS.get(w, re.escape(w)))
    if chars:  # one class instead of an alternative each: the same matches, cheaper to compile
        parts[parts.index("")] = f"[{''.join(sorted(chars))}]"
    if english:  # no English word matches where a Chinese one does: one guarded group
        parts.append(rf"(?<![A-Za-z])(?i:{'|'.join(english)})(?![A-Za-z])")
    return "|".join(parts)


def key(word: str) -> str:
    """The table key of a spelling as written: English lower-cased, spaces collapsed (a
    no-break or thin space between two English words too: the patterns match any)."""
    words = " ".join(word.split())
    return words.lower() if is_ascii_word(words) else word


# Compiled once (the English units on first use, ascii_unit): figure.py matches these at a
# position (forward), scanner.py also as words that end where a number begins
# (scanner._ending_at).
HS = r"[ \t\u00a0\u2009\u202f]"  # horizontal space, thin and no-break spaces included
# symbols of a square or a cube (m², ㎡) are read as English symbols are: a space may come
# between them and the number (5 m² is plainly square metres)
_POWERS = [w for w in UNITS if any(c in "²³㎡㎢㎠㎥㎤" for c in w)]
_CJK = [w for w in [*UNITS, *MEASURES] if not is_ascii_word(w) and w not in _POWERS]
# single letters (m, g, t, h, x) and symbols with a digit (m2, km2) only right after the
# digits: "5 m" is too often not metres, "5 M2" not square metres
_GLUED = [w for w in UNITS if is_ascii_word(w) and (len(w) == 1 or any(c.isdigit() for c in w))]
_WORDS = [w for w in UNITS if is_ascii_word(w) and w not in _GLUED] + _POWERS
_LETTERS = "|".join(sorted(_GLUED, key=len, reverse=True))
# what (?i:) also reads as i, s or k: İ and ı, ſ, and K (the Kelvin sign)
_ODD_CASES = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def _begin(words: Iterable[str]) -> set[str]:
    """The characters ``alternation(words)`` can begin with, in either case."""
    firsts = {w[0] for w in words}
    chars = {c for f in firsts for c in (f, f.lower(), f.upper())}
    return chars | {x for f in firsts for x in _ODD_CASES.get(f.lower(), "")}


CJK_UNIT_RE = re.compile(rf"{HS}*(?P<u>{alternation(_CJK)})")
# the words are tried only after a lookahead for what they can begin with: most places after
# a number are followed by none of them, and the alternatives are then not tried one by one
_WORD_BEGIN = _begin(_WORDS)
_ASCII_UNIT = (
    rf"(?:{HS}*(?=[{re.escape(''.join(sorted(_WORD_BEGIN)))}])(?P<w>{alternation(_WORDS)})"
    rf"|(?P<l>{_LETTERS}))(?![A-Za-z0-9])"
)
_HS_CHARS = " \t\u00a0\u2009\u202f"  # the characters of HS
_ASCII_LEAD = frozenset(_WORD_BEGIN | {w[0] for w in _GLUED})  # what a unit can begin with


def ascii_unit(s: str, pos: int) -> re.Match[str] | None:
    """The English unit or symbol written at ``pos``, after horizontal space (" yuan", "kg").

    The pattern is compiled on first use, and tried only where a letter follows: a Chinese
    article seldom writes one after a number, and compiling it costs most of a millisecond of
    every start.
    """
    end, i = len(s), pos
    while i < end and s[i] in _HS_CHARS:
        i += 1
    if i == end or s[i] not in _ASCII_LEAD:
        return None
    return _ascii_unit_re().match(s, pos)


@functools.cache
def _ascii_unit_re() -> re.Pattern[str]:
    return re.compile(_ASCII_UNIT)


LEADING_FWD = re.compile(rf"(?:{alternation(LEADING)})\s*")
_CN_DIR = alternation(w for w in (*RISE, *FALL) if not is_ascii_word(w))
_EN_DIR = alternation(w for w in (*RISE, *FALL) if is_ascii_word(w))
_MAG = rf"(?P<m>{alternation(MAGNITUDES)})(?:为|是|达到|达)?\s*"
_TO = r"(?i:to)(?![A-Za-z])"
DIRECTION_FWD = re.compile(
    rf"{_MAG}|(?P<v>{_CN_DIR})(?:了|(?P<lvl>到|至|为))?\s*"
    rf"|(?P<ve>{_EN_DIR})(?:\s+(?i:by)(?![A-Za-z])|\s+(?P<lvle>{_TO}))?\s+"
)
TRAILING_RE = re.compile(
    rf"{HS}*(?P<cn>{alternation(w for w in TRAILING if not is_ascii_word(w))})"
    rf"|{HS}+(?P<en>{alternation(w for w in TRAILING if is_ascii_word(w))})"
)


# What scan() must not take for figures. First, spans that are dates, times or addresses
# (another module reads dates): 2020年10月14日, 2020年, 10月9日, 2020-10-14, 18:00, 10时30分.
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)


def one_start(branches: Iterable[tuple[str, str]]) -> str:
    """An alternation of ``(first characters, rest)`` branches as a regex that begins with one
    character class: the regex engine then skips ahead to where a match can begin, instead of
    trying each branch at every position of a long text. A lookbehind on what precedes the
    first character goes after it (``[12](?<![0-9][12])`` is ``(?<![0-9])[12]``)."""
    pairs = list(branches)
    first = "".join(dict.fromkeys("".join(cs for cs, _ in pairs)))
    return f"[{re.escape(first)}](?:{after_first(pairs)})"


def after_first(branches: Iterable[tuple[str, str]]) -> str:
    """The branches of :func:`one_start` once its first character is read: each rest is tried
    when that character is one of its own (seen through a lookbehind)."""
    return "|".join(f"(?<=[{re.escape(cs)}])(?:{rest})" for cs, rest in branches)


_DIGITS = "0123456789"
_D2 = r"(?<![0-9]{2})[0-9]?"  # after a first digit: (?<![0-9])[0-9]{1,2}
_MONTH_LIST = _MONTHS.split("|")
_MONTH_INITIALS = "".join(dict.fromkeys(m[0] for m in _MONTH_LIST))
# the names by first letter, in their order within each group: names of different first
# letters never match at the same place, so the alternation matches as _MONTHS does
_MONTH_REST = {c: [re.escape(m[1:]) for m in _MONTH_LIST if m[0] == c] for c in _MONTH_INITIALS}
# the dates and times that begin with a digit, in the order they are tried
_DIGIT_FIRST = [
    ("12", r"(?<![0-9][12])[0-9]{3}\s*年(?:\s*[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*[日号])?)?"),
    (_DIGITS, rf"{_D2}\s*月\s*[0-9]{{1,2}}\s*[日号]"),
    ("12", r"(?<![0-9.][12])[0-9]{3}[-/][0-9]{1,2}(?:[-/][0-9]{1,2})?(?![0-9])"),
    ("12", r"(?<![0-9.][12])[0-9]{3}\.[0-9]{1,2}\.[0-9]{1,2}(?![0-9])"),
    (_DIGITS, rf"{_D2}/[0-9]{{1,2}}/[0-9]{{4}}(?![0-9])"),
    (_DIGITS, rf"{_D2}:[0-9]{{2}}(?::[0-9]{{2}})?(?![0-9])"),
    (_DIGITS, rf"{_D2}\s*[时点]\s*[0-9]{{1,2}}\s*分(?:\s*[0-9]{{1,2}}\s*秒)?"),
    (_DIGITS, rf"{_D2}\s*时"),
    (_DIGITS, rf"{_D2}(?:st|nd|rd|th)?\s+(?:{_MONTHS})(?![A-Za-z])(?:\s+[0-9]{{4}})?"),
]


def _blocked(months: bool) -> str:
    """The spans scan passes over: URLs, dates and times; English dates (5 May 2020,
    Sept 5) only with ``months``."""
    return one_start(
        [
            ("h", r"ttps?://[^\s，。、；）)]+"),
            ("w", r"ww\.[^\s，。、；）)]+"),
            # each begins a run of digits (each says so itself): a digit inside a run, most
            # digits of a text, is passed over after one lookbehind instead of one a branch
            (
                _DIGITS,
                rf"(?<![0-9]{{2}})(?:{after_first(_DIGIT_FIRST if months else _DIGIT_FIRST[:-1])})",
            ),
            *(
                [
                    (
                        _MONTH_INITIALS,
                        rf"(?<![A-Za-z][{_MONTH_INITIALS}])"
                        rf"(?:{after_first((c, '|'.join(r)) for c, r in _MONTH_REST.items())})"
                        rf"\.?\s+[0-9]{{1,2}}(?:st|nd|rd|th)?(?:\s*,\s*[0-9]{{4}})?(?![0-9])",
                    )
                ]
                if months
                else []
            ),
        ]
    )


BLOCKED_WITHOUT_MONTHS = re.compile(_blocked(months=False))


@functools.cache
def _blocked_with_months() -> re.Pattern[str]:
    return re.compile(_blocked(months=True))


def blocked_for(text: str) -> re.Pattern[str]:
    """What scan passes over in ``text``. The English dates only where the text may name a
    month: the same spans (without a month's name they match nowhere), and most Chinese
    articles never compile them (a tenth of the patterns' cost at start-up)."""
    return _blocked_with_months() if names_a_month(text) else BLOCKED_WITHOUT_MONTHS


_MONTH_STARTS = tuple({m[:3].lower().encode() for m in _MONTH_LIST})  # every name begins so
_CASED_ELSEWHERE = "\u0130\u0131\u017f"  # İ ı ſ: what (?i:) matches i and s with, past ASCII


def names_a_month(s: str) -> bool:
    """True when ``s`` may name an English month: it holds the first three letters of one,
    in any case, among its ASCII letters (or a letter that (?i:) reads as i or s)."""
    if any(c in s for c in _CASED_ELSEWHERE):
        return True
    ascii_text = s.encode("ascii", "ignore").lower()
    return any(m in ascii_text for m in _MONTH_STARTS)


# a "-" is no minus sign after these, nor after an ASCII letter or digit: 3-5 is a range,
# COVID-19 a name, 3%-5% a range
NOT_BEFORE_SIGN = "%‰._)）"
# a Chinese numeral after these is an ordinal, a weekday or a school year: 第三, 星期三, 初三
NOT_BEFORE_CN = "第星期周礼拜初" + "0123456789"
# numeral + unit that are idioms: 四周 (all around), 九天 (the heavens), 三天两头 (often)
CN_IDIOMS = ("四周", "九天", "三天两头", "三年五载", "三年两载")
# N日 followed by these is a day of the month: 5日起施行, 3日上午
DATE_AFTER_DAY = ("起", "至", "上午", "下午", "晚", "凌晨", "早", "中午", "夜", "零时")
# the only units a bare 一 is taken with: 一倍, 一成, 一个百分点 (一 is mostly "a")
CN_UNIT_OK_WITH_ONE = frozenset({"倍", "成", "pp"})
# between the two ends of a range: 3-5天, 3至5天 (scan reports neither end)
RANGE_MARKS = "-−~～—–至到"
