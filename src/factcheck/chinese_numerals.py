"""Chinese numerals: the characters they are written in (三, 十二, 两, 一千三百, 壹佰, 三万五),
and the reading of one into its value and the scale it ends with. :mod:`factcheck.numerals`
turns what is read into a :class:`~factcheck.numerals.Number`, as it does Arabic digits.
"""

from __future__ import annotations

__all__ = ["CN_BIG", "CN_CHARS", "CN_DIGITS", "CN_SMALL", "CN_ZEROS", "MAX_CHINESE", "read_chinese"]


# Longest Chinese numeral read, in characters: bounds the value (亿 at most 40 times).
MAX_CHINESE = 40

CN_ZEROS = "〇零"
CN_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6,
    "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}  # fmt: skip
CN_SMALL: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
CN_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL) + "".join(CN_BIG)


def read_chinese(text: str, pos: int) -> tuple[int, int, int, int]:
    """A Chinese numeral at ``pos``: (value, end, trailing scale, start of that scale); ``end``
    is ``pos`` when none is there.

    Reads the longest well-formed prefix: 三四 stops after 三 (a range, not 34). A digit right
    after a unit is the next place down (一千三 = 1300, 三万五 = 35000), as speakers mean it.
    """
    first = text[pos]
    if first in CN_ZEROS:
        return 0, pos + 1, 1, pos + 1
    total = 0  # groups closed by 亿
    wan = 0  # the group closed by 万 below the current 亿
    section = 0  # below 万
    digit = 0  # a digit waiting for its unit
    digit_place = 1  # where that digit goes if no unit follows
    last_small = 10**4  # small units must descend within a section
    prev = ""  # what came before: "d" digit, "z" zero, "s" small unit, "b" big unit
    prev_unit = 1
    scale, scale_start = 1, pos
    end = pos
    limit = min(len(text), pos + MAX_CHINESE)
    i = pos
    while i < limit:
        c = text[i]
        if c in CN_ZEROS:
            if prev not in ("s", "b"):
                break
            prev = "z"
        elif c in CN_DIGITS:
            if prev == "d":
                break
            digit = CN_DIGITS[c]
            digit_place = prev_unit // 10 if prev in ("s", "b") else 1
            prev = "d"
            end = i + 1
        elif c in CN_SMALL:
            u = CN_SMALL[c]
            if u >= last_small:
                break
            section += (digit if prev == "d" else 1) * u
            digit, last_small, prev, prev_unit = 0, u, "s", u
            end = i + 1
        elif c in CN_BIG:
            u = CN_BIG[c]
            group = section + (digit * digit_place if prev == "d" else 0)
            if prev == "":
                group = 1  # a bare 万 is one 万
            if u == 10**4:
                if wan or (group == 0 and prev != ""):
                    break
                wan = group * u
            else:
                if total or (group == 0 and not (prev == "b" and prev_unit == 10**4)):
                    break
                if group and wan and prev != "b":
                    break
                total = (wan + group) * u
                wan = 0
            if prev != "b":
                scale, scale_start = 1, i
            scale *= u
            section, digit, last_small, prev, prev_unit = 0, 0, 10**4, "b", u
            end = i + 1
        else:
            break
        i += 1
    if end == pos:  # no numeral at all: the caller says so
        return 0, pos, 1, pos
    if prev == "d":
        section += digit * digit_place
    # a trailing 零 is not taken: ``end`` stops before it
    value = total + wan + section
    if text[end - 1] not in CN_BIG:
        scale, scale_start = 1, end
    return value, end, scale, scale_start
