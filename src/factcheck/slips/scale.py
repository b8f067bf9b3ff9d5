"""A scale slip: 万 read as 千, thousand as million, 亿 as 万, or a decimal point in the wrong
place — one figure off by a power of ten.

Every figure of the claim is read again with another scale word of the same language
(亿, 百万, 万, 千; thousand, million, billion) and with its decimal point moved
one to three places (×10ⁿ), and the claim's own check is run on it; a reading under which the
claim adds up is this slip. Any kind.

Example::

    - id: residents
      kind: total
      quote: 城区有1.2万人,郊区有8万人,合计2万人
      values:
        city: 1.2万人
        suburbs: 8万人
        total: 2万人

1.2万 + 8万 = 9.2万, so the claim is inconsistent; with the suburbs read as 8千人 the parts add
to 2.0万: a 千 written as 万.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction

from factcheck.checks.base import Context
from factcheck.models import Claim, Value
from factcheck.numerals import decimal_text
from factcheck.quantity import Quantity, QuantityError, parse
from factcheck.slips.base import Attempt, could_hold, the_one
from factcheck.slips.figures import split

NAME = "scale"
EXPLAIN_EN = (
    "A scale slip: 万 read as 千, thousand as million, or a misplaced decimal point "
    "(a figure off by a power of ten)."
)
EXPLAIN_ZH = "数量级错误：把“万”看成“千”、“千”看成“百万”等，或小数点错位（相差10的整数次方倍）。"
KINDS: tuple[str, ...] = ()

_ZH = {"亿": 10**8, "百万": 10**6, "万": 10**4, "千": 10**3}  # the scales that get confused
_EN = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
_ZH_RE = re.compile(r"(?<=[\d.])\s*(亿|百万|万|千)(?!万)")  # not the 千 of 千万
_EN_RE = re.compile(r"(?<=[\d.])\s*(thousand|million|billion)\b", re.IGNORECASE)
SHIFTS = (1, -1, 2, -2, 3, -3)
_POWERS = tuple((n, Fraction(10) ** n) for n in SHIFTS)


def readings(value: Value) -> Iterator[tuple[str, Quantity, str]]:
    """The figure with another scale word, then with its point moved: (text, quantity, how)."""
    q, text = value.quantity, value.text
    seen = {q.value}
    for table, pattern in ((_ZH, _ZH_RE), (_EN, _EN_RE)):
        m = pattern.search(text)
        if m is None:
            continue
        word = m.group(1)
        for other, factor in table.items():
            if other == word.lower():
                continue
            new = text[: m.start(1)] + other + text[m.end(1) :]
            try:
                nq = parse(new)
            except QuantityError:
                continue
            if nq.value in seen or nq.value != q.value * factor / table[word.lower()]:
                continue
            seen.add(nq.value)
            yield new, nq, f"{other} written as {word}"
    w = split(text)
    number = w.number if w else None
    for n, k in _POWERS:
        shifted = q.value * k
        if shifted in seen:
            continue
        seen.add(shifted)
        shown = decimal_text(number * k) if number is not None else q.show(shifted)
        new = w.with_number(shown) if w else shown
        nq = _scaled(q, new, shifted, k)
        places = "place" if abs(n) == 1 else "places"
        size = "small" if n > 0 else "large"
        yield (
            new,
            nq,
            f"a decimal point {abs(n)} {places} off: written {10 ** abs(n)} times too {size}",
        )


def _scaled(q: Quantity, text: str, value: Fraction, k: Fraction) -> Quantity:
    """``q`` written ``k`` times larger: value, step and place scaled."""
    step = None if q.step is None else q.step * k
    if type(q) is Quantity:  # built directly: dataclasses.replace costs several times more
        return Quantity(
            text, value, step, q.unit, q.measure, q.qualifier, q.direction, q.to_level, q.place * k
        )
    return replace(q, text=text, value=value, step=step, place=q.place * k)


def recompute(claim: Claim, ctx: Context) -> Iterator[Attempt]:
    """Each figure read at another scale, the claim checked again.

    A figure under which the claim holds at more than one scale is not counted: the claim is
    then insensitive to it (a fall of nearly 100% stays nearly 100% whatever the starting
    value), and the match says nothing about a slip.
    """
    for value in claim.values:
        tried = could_hold(claim, value, list(readings(value)), _quantity, ctx)
        found = the_one(claim, value, tried, ctx)
        if found is not None:
            yield found


def _quantity(reading: tuple[str, Quantity, str]) -> Quantity:
    return reading[1]
