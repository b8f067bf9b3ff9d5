"""Exact values of written numerals, with the precision their writing implies.

Reads Arabic digits (ASCII or full-width), thousands separators, decimals, scales (万, 亿,
million, bn) and Chinese numerals (三, 十二, 一千三百, 壹佰: :mod:`factcheck.chinese_numerals`).
Values are :class:`fractions.Fraction` built from the digits by hand; a binary float never
enters.

Text is NFKC-normalised first (full-width digits and ``，`` become ASCII). :mod:`factcheck.nfkc`
keeps the way back to offsets in the original text, so errors and spans point at what the
author wrote.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

from factcheck.chinese_numerals import CN_CHARS, read_chinese
from factcheck.nfkc import normalize

# Longest figure read, in digits. No written figure comes near it; the bound keeps every value
# and every result computed from two of them under intervals.MAX_BITS (about 1,800 digits), so
# that all of them can be written back with str() (Python refuses more than 4,300 digits).
MAX_DIGITS = 1000

# Scales written after a number. Chinese ones directly (3千, 169万, 10万亿); English ones
# optionally after a space (3.2 million, 1.5bn). A bare "m" is not a scale: it means metres.
_CN_SCALES: dict[str, int] = {
    "万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "十亿": 10**9, "亿": 10**8,
    "千万": 10**7, "百万": 10**6, "十万": 10**5, "万": 10**4, "千": 10**3, "百": 10**2,
    "萬億": 10**12, "億": 10**8, "萬": 10**4,
}  # fmt: skip
_EN_SCALES: dict[str, int] = {
    "trillion": 10**12, "tn": 10**12, "billion": 10**9, "bn": 10**9,
    "million": 10**6, "mn": 10**6, "thousand": 10**3,
}  # fmt: skip
_HS = r"[ \t\u00a0\u2009\u202f]"  # horizontal space, including thin and no-break spaces
_CN_SCALE_RE = re.compile("|".join(sorted(_CN_SCALES, key=len, reverse=True)))
_EN_SCALE_RE = re.compile(
    rf"{_HS}*(?i:({'|'.join(sorted(_EN_SCALES, key=len, reverse=True))}))(?![A-Za-z])"
)
_SPACE_RE = re.compile(rf"{_HS}+")

_SIGNS = "-−+"
_DIGIT_RUN = re.compile(r"[0-9]+")
_GROUP = re.compile(r"[0-9]{3}(?![0-9])")
_SEPARATORS = ", \u00a0\u2009\u202f"
_STRICT_SEPARATORS = ",\u00a0\u2009\u202f"
_NOT_A_NUMBER = re.compile(r"(?i:nan|inf(?:inity)?)(?![A-Za-z])")
_EXPONENT = re.compile(r"[eE][-+]?[0-9]")

HINT_NUMBER = (
    "write digits (1,234.5, １６９, -3) or Chinese numerals (三, 十二, 一千三百), optionally "
    "with a scale: 169万, 3.2 million, 1.5bn"
)


class LocatedError(ValueError):
    """Text that cannot be read, with the offset where it goes wrong and a hint."""

    def __init__(self, message: str, offset: int, hint: str = "") -> None:
        super().__init__(message, offset, hint)
        self.message = message
        self.offset = offset
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} (at offset {self.offset}; {self.hint})"


class NumeralError(LocatedError):
    """A numeral that cannot be read; ``offset`` is where in the input it went wrong."""

    def __init__(self, message: str, offset: int, hint: str = HINT_NUMBER) -> None:
        super().__init__(message, offset, hint)


class Number(NamedTuple):
    """A written number: its value, the place of its last written digit, of its last nonzero.

    ``step`` is None for an exact integer; ``last_nonzero_place`` is the place value of the
    last nonzero digit (of the last written digit when there is none, as in ``0``).
    """

    value: Fraction
    step: Fraction | None
    last_nonzero_place: Fraction

    def scaled(self, factor: int | Fraction) -> Number:
        """The number times a scale (万, million): rounded at its last digit times the scale."""
        value, step, place = self
        if (
            type(factor) is int
            and value.denominator == 1
            and place.denominator == 1
            and (step is None or step == 1)
        ):
            # an integer scaled (169万): its step is the scale, and the rest integers
            return Number(
                Fraction(value.numerator * factor),
                Fraction(factor),
                Fraction(place.numerator * factor),
            )
        f = Fraction(factor)
        return Number(value * f, (step or Fraction(1)) * f, place * f)


class Reading(NamedTuple):
    """A number read from text: where it ends, and how it was written (a named tuple, as
    scanner.scan builds one per candidate figure)."""

    number: Number
    start: int
    end: int
    scale: int  # the scale applied (万 → 10000), 1 when none
    scale_text: str  # the scale as written ("万", " million"), "" when none
    chinese: bool  # written in Chinese numerals


def _trailing_zeros(digits: str) -> int:
    return len(digits) - len(digits.rstrip("0"))


def read_digits(text: str, pos: int, space_groups: bool) -> tuple[Number, int]:
    """Arabic digits at ``pos``: thousands groups, then an optional decimal part."""
    m = _DIGIT_RUN.match(text, pos)
    assert m is not None
    end = m.end()
    nxt = text[end : end + 1]
    seps = _SEPARATORS if space_groups else _STRICT_SEPARATORS
    if not nxt or (nxt != "." and nxt not in seps):
        # digits alone, as most figures are written: the Number of the digits, kept
        whole = m.group()
        number = _INTEGERS.get(whole)
        if number is not None:
            return number, end
        if len(whole) <= MAX_DIGITS:
            number = _integer(whole)
            if len(_INTEGERS) < 4096:
                _INTEGERS[whole] = number
            return number, end
    return _read_grouped(text, pos, m, seps)


def _read_grouped(text: str, pos: int, m: re.Match[str], seps: str) -> tuple[Number, int]:
    """:func:`read_digits` the long way, from the first run of digits ``m`` on: any number of
    them, with separators ``seps`` and a decimal part."""
    end = m.end()
    groups = [m.group()]
    count = len(groups[0])
    # a separator counts only before exactly three digits, and always the same one
    if count <= 3 and end < len(text) and text[end] in seps:
        sep = text[end]
        while end < len(text) and text[end] == sep and (g := _GROUP.match(text, end + 1)):
            groups.append(g.group())
            end = g.end()
            count += 3
            if count > MAX_DIGITS:
                break
    frac = ""
    if end + 1 < len(text) and text[end] == "." and "0" <= text[end + 1] <= "9":
        f = _DIGIT_RUN.match(text, end + 1)
        assert f is not None
        frac = f.group()
        end = f.end()
        count += len(frac)
    if count > MAX_DIGITS:
        raise NumeralError(
            f"a figure of {count} digits is longer than the limit of {MAX_DIGITS}",
            pos,
            "no real figure has that many digits; this looks like damaged or hostile input",
        )
    whole = "".join(groups)
    step: Fraction | None = None
    if frac:
        step = _tenth_power(len(frac))
        value = Fraction(int(whole + frac), 10 ** len(frac))
    else:
        value = Fraction(int(whole))
    significant = frac.rstrip("0")
    if significant:
        place = _tenth_power(len(significant))
    elif value:
        place = Fraction(10 ** _trailing_zeros(whole))
    else:
        place = step or Fraction(1)
    return Number(value, step, place), end


def _tenth_power(k: int) -> Fraction:
    """``Fraction(1, 10**k)``, the few of them written kept (a Fraction is immutable)."""
    return _TENTHS[k] if k < len(_TENTHS) else Fraction(1, 10**k)


_TENTHS = tuple(Fraction(1, 10**k) for k in range(12))


def _integer(digits: str) -> Number:
    """The Number of a run of digits: what :func:`read_digits` makes of it, with no separator
    or decimal part."""
    value = int(digits)
    if value == 0:
        return Number(Fraction(0), None, Fraction(1))
    zeros = _trailing_zeros(digits)
    return Number(Fraction(value), None, Fraction(10**zeros) if zeros else _ONE)


# the Numbers of runs of digits read so far: an article writes the same ones many times
_INTEGERS: dict[str, Number] = {}
_ONE = Fraction(1)


def _chinese_number(value: int, scale: int) -> Number:
    zeros = 0
    v = value
    while v and v % 10 == 0:
        v //= 10
        zeros += 1
    # a numeral ending in 万 or 亿 is a scaled figure, rounded at that scale (三万 ~ 3万)
    step = Fraction(scale) if scale > 1 else None
    return Number(Fraction(value), step, Fraction(10**zeros))


def read_scale(text: str, pos: int, *, space: bool = False) -> tuple[int, int] | None:
    """The scale written at ``pos`` (万, 亿, 千, million, bn) as (factor, end), or None.

    English scales may follow a space; Chinese ones only when ``space`` is true.
    """
    p = pos
    if space and (sp := _SPACE_RE.match(text, pos)):
        p = sp.end()
    m = _CN_SCALE_RE.match(text, p)
    if m:
        return _CN_SCALES[m.group()], m.end()
    m = _EN_SCALE_RE.match(text, pos)
    if m:
        return _EN_SCALES[m.group(1).lower()], m.end()
    return None


def read_number(
    text: str, pos: int = 0, *, scale: bool = True, space_groups: bool = True
) -> Reading:
    """Read the number at ``text[pos:]`` (already normalised) and say where it ends.

    With ``scale`` a following 万/亿/千/百/million/bn is applied; ``space_groups`` allows a
    plain space as thousands separator (thin and no-break spaces always are).
    """
    start = pos
    negative = False
    if pos < len(text) and text[pos] in _SIGNS:
        negative = text[pos] != "+"
        pos += 1
    if pos < len(text) and "0" <= text[pos] <= "9":
        number, end = read_digits(text, pos, space_groups)
        factor, scale_text, chinese = 1, "", False
    elif pos < len(text) and text[pos] in CN_CHARS:
        value, end, factor, scale_start = read_chinese(text, pos)
        if end == pos:
            raise NumeralError("expected a number", pos)
        number = _chinese_number(value, factor)
        scale_text, chinese = text[scale_start:end], True
    elif _NOT_A_NUMBER.match(text, pos):
        raise NumeralError(
            "NaN and infinity are not figures", pos, "write the figure the article gives"
        )
    else:
        raise NumeralError("expected a number", pos)
    if scale and not chinese and (found := read_scale(text, end, space=True)) is not None:
        f, scale_end = found
        number = number.scaled(f)
        factor, scale_text, end = f, _SPACE_RE.sub(" ", text[end:scale_end]), scale_end
    if negative:
        number = Number(-number.value, number.step, number.last_nonzero_place)
    return Reading(number, start, end, factor, scale_text, chinese)


def _digits_out(text: str, pos: int) -> str:
    """The hint for a figure in exponent notation (``1.5e6`` at ``pos``): its digits, when
    there are not too many to write (``1500000``)."""
    mantissa = re.search(r"[0-9][0-9,]*(?:\.[0-9]+)?\Z", text[:pos])
    exponent = re.match(r"[eE]([-+]?[0-9]{1,3})(?![0-9])", text[pos:])
    if mantissa and exponent and abs(int(exponent[1])) <= 30:
        digits = Decimal(mantissa[0].replace(",", "")).scaleb(int(exponent[1]))
        written = format(digits.normalize(), "f")
        return f"write the digits out: {written}"
    return "write the digits out (1500000, not 1.5e6)"


def explain_leftover(text: str, pos: int) -> NumeralError:
    """The error for text left over after a number: a dangling point, an exponent, ..."""
    c = text[pos]
    if c == ".":
        return NumeralError("a decimal point must be followed by a digit", pos + 1)
    if _EXPONENT.match(text, pos):
        return NumeralError(
            "exponent notation is not a written figure", pos, _digits_out(text, pos)
        )
    if c in _SEPARATORS:
        return NumeralError(
            "a thousands separator must be followed by exactly three digits",
            pos,
            "write 1,234 or 1234",
        )
    if c in CN_CHARS:
        return NumeralError(
            "this Chinese numeral cannot be read",
            pos,
            "write place units between digits (三十四, not 三四) or use digits",
        )
    return NumeralError(f"unexpected {c!r} after the number", pos)


def parse_number(text: str) -> Number:
    """The exact value and precision of a numeral: ``"169万"`` → 1690000, step 10000."""
    norm = normalize(text)
    s = norm.text
    pos = len(s) - len(s.lstrip())
    if pos == len(s):
        raise NumeralError("empty text is not a number", 0)
    try:
        reading = read_number(s, pos)
        end = reading.end + len(s[reading.end :]) - len(s[reading.end :].lstrip())
        if end != len(s):
            raise explain_leftover(s, reading.end)
    except NumeralError as e:
        raise NumeralError(e.message, norm.start(e.offset), e.hint) from None
    return reading.number
