"""Exact values written back out as decimal text: the way back from :mod:`factcheck.numerals`.

:func:`decimal_text` writes a :class:`~fractions.Fraction` exactly when six decimals hold it
(``82.04``), else rounded to six; :func:`significant` writes six significant digits at any
magnitude (``0.197574``, ``1.5e+301``). A float appears only there, and only for display.
"""

from __future__ import annotations

from fractions import Fraction

__all__ = ["decimal_text", "significant"]


def decimal_text(d: Fraction) -> str:
    """``d`` in decimal: exact up to six decimals, else six decimals (six digits below 1),
    the last rounded half to even."""
    p, q = d.numerator, d.denominator
    sign = "-" if p < 0 else ""
    p = abs(p)
    rest, twos, fives = q, 0, 0
    while not rest & 1:
        rest >>= 1
        twos += 1
    while not rest % 5:
        rest //= 5
        fives += 1
    k = max(twos, fives)  # the decimals of an exact decimal
    if rest == 1 and k <= 6:
        return sign + _point(p * 10**k // q, k)
    k = 6
    if p < q:  # six significant decimals for small values: 0.000123457, not 0.000123
        k = 5 + len(str(q // p))
    n, r = divmod(p * 10**k, q)
    if 2 * r > q or (2 * r == q and n & 1):
        n += 1
    return sign + _point(n, k)


_FLOAT_RANGE = (Fraction(1, 10**300), Fraction(10**300))


def significant(x: Fraction, digits: int = 6) -> str:
    """``x`` to ``digits`` significant digits, as ``%g`` writes it, at any magnitude.

    Within the range of a float the float does it (for display only); beyond it, where
    ``float()`` would overflow or lose the value, the digits are computed exactly.
    """
    if x == 0:
        return "0"
    if _FLOAT_RANGE[0] < abs(x) < _FLOAT_RANGE[1]:
        return f"{float(x):.{digits}g}"
    sign = "-" if x < 0 else ""
    x = abs(x)
    e = (x.numerator.bit_length() - x.denominator.bit_length()) * 30103 // 100000
    while x >= Fraction(10) ** (e + 1):
        e += 1
    while x < Fraction(10) ** e:
        e -= 1
    m = round(x / Fraction(10) ** (e - digits + 1))
    if m >= 10**digits:  # rounded up to the next power of ten
        m, e = m // 10, e + 1
    mantissa = str(m).rstrip("0") or "0"
    head = mantissa[0] + (f".{mantissa[1:]}" if len(mantissa) > 1 else "")
    return f"{sign}{head}e{e:+03d}"


def _point(n: int, k: int) -> str:
    if k == 0:
        return str(n)
    digits = str(n).rjust(k + 1, "0")
    return f"{digits[:-k]}.{digits[-k:]}"
