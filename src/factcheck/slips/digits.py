"""A typing slip: two digits transposed (1,389 for 1,839), the doubled digit on the wrong one
(1,337 for 1,377), or a digit typed twice before the point (18,839 for 1,839).

Every figure of the claim is read again with its digits corrected in each of these ways, and
first as any figure written elsewhere — in the claim's quotes, in the other claims near it in
the file (the 100 before and the 100 after), in the article — with the same digits in another
order (and as many after the point, and the same unit); the claim's own check is run on each
reading, and a reading under which it adds up is this slip. A correction that leaves a leading
zero (09.36%) is not tried. Any kind.

Example::

    - id: grid-centres-total
      kind: total
      quote: 县级网格中心17个,乡镇网格中心147个,村级网格中心1899个,共计2036个
      values:
        county: 17个
        township: 147个
        village: 1899个
        total: 2036个

17 + 147 + 1899 = 2063, so the claim is inconsistent; 2036 is 2063 with its last two digits
transposed.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator, Mapping

from factcheck.checks.base import Context
from factcheck.models import Claim, Value
from factcheck.quantity import Quantity, QuantityError, parse
from factcheck.scanner import scan
from factcheck.slips.base import Attempt, by_reading, could_hold, the_one
from factcheck.slips.figures import Written, split

NAME = "digits"
EXPLAIN_EN = (
    "A typing slip: two digits transposed (1,389 for 1,839), the doubled digit on the wrong "
    "one (1,337 for 1,377), or a digit typed twice (18,839 for 1,839)."
)
EXPLAIN_ZH = (
    "录入错误：两位数字颠倒（把1,839写成1,389）、"
    "重复的数字错位（把1,377写成1,337），或把一个数字打了两遍（把1,839写成18,839）。"
)
KINDS: tuple[str, ...] = ()


Index = Mapping[tuple[str, int, str], list[tuple[str, str, str]]]
"""(sorted digits, digits after the point, what follows the number) -> (digits, text, where)"""


def _key(w: Written) -> tuple[str, int, str]:
    return "".join(sorted(w.digits)), len(w.fraction), w.after.strip()


def _index(figures: Iterable[tuple[str, str]]) -> Index:
    """Figures by their digits; at most two places for each distinct figure (one may be the
    claim's own), so a figure repeated across a large file costs no more than one."""
    out: dict[tuple[str, int, str], list[tuple[str, str, str]]] = {}
    seen: dict[tuple[str, int, str, str], int] = {}
    for text, where in figures:
        w = split(text)
        if w is not None:
            key = _key(w)
            n = seen.get((*key, w.digits), 0)
            if n < 2:
                seen[(*key, w.digits)] = n + 1
                out.setdefault(key, []).append((w.digits, text, where))
    return out


@functools.lru_cache(maxsize=16)
def _article(text: str) -> Index:
    return _index((f.quantity.text, "in the article") for f in scan(text))


NEAR = 100  # claims either side whose figures count as written nearby


class _Nearby:
    """The figures of a file's claims by their digits, each with the place of its claim in
    the file, looked up for the claims near one claim: as a figure typed from another is
    looked for, a file of 100,000 claims costs no more per claim than one of 200 (and a
    match 50,000 claims away would be chance, not evidence)."""

    def __init__(self, claims: tuple[Claim, ...]) -> None:
        self.claims = claims
        self.place = {id(c): i for i, c in enumerate(claims)}
        self.figures: dict[tuple[str, int, str], tuple[list[int], list[tuple[str, str]]]] = {}
        # a file writes many figures more than once (half of them, in the benchmark): each
        # text is split once
        split_as: dict[str, tuple[list[int], list[tuple[str, str]], tuple[str, str]] | None] = {}
        for i, c in enumerate(claims):
            for v in c.values:
                text = v.text
                if text in split_as:
                    entry = split_as[text]
                else:
                    w = split(text)
                    entry = split_as[text] = (
                        None
                        if w is None
                        else (*self.figures.setdefault(_key(w), ([], [])), (w.digits, text))
                    )
                if entry is not None:
                    at, found, figure = entry
                    at.append(i)
                    found.append(figure)

    def near(self, claim: Claim) -> Index:
        """An index of the figures of the claims near ``claim`` (all of them when ``claim``
        is not one of the file's own)."""
        i = self.place.get(id(claim))
        return _Window(self, None if i is None else (i - NEAR, i + NEAR))


class _Window(Mapping[tuple[str, int, str], list[tuple[str, str, str]]]):
    """:class:`_Nearby` seen from one claim: the figures within its window."""

    def __init__(self, nearby: _Nearby, window: tuple[int, int] | None) -> None:
        self.nearby, self.window = nearby, window

    def __getitem__(self, key: tuple[str, int, str]) -> list[tuple[str, str, str]]:
        at, found = self.nearby.figures[key]
        start, end = 0, len(at)
        if self.window is not None:
            start, end = (
                bisect.bisect_left(at, self.window[0]),
                bisect.bisect_right(at, self.window[1]),
            )
        claims = self.nearby.claims
        return [
            (d, t, f"in claim {claims[i].id}")
            for i, (d, t) in zip(at[start:end], found[start:end], strict=True)
        ]

    def __iter__(self) -> Iterator[tuple[str, int, str]]:
        return iter(self.nearby.figures)

    def __len__(self) -> int:
        return len(self.nearby.figures)


_FILES: dict[int, _Nearby] = {}


def _file_index(claim: Claim, claims: tuple[Claim, ...]) -> Index:
    """The figures of the claims near ``claim``, from an index of the file made once per
    file (not once per claim: a file of 100,000 claims would make that quadratic)."""
    cached = _FILES.get(id(claims))
    if cached is None or cached.claims is not claims:
        if len(_FILES) > 8:
            _FILES.clear()
        cached = _FILES[id(claims)] = _Nearby(claims)
    return cached.near(claim)


def elsewhere(claim: Claim, ctx: Context) -> list[Index]:
    """Figures written elsewhere, by their digits: the quotes, the claims near this one, the
    article. The claim's own figures are in the file's index too; ``candidates`` skips them."""
    out = [
        _index((f.quantity.text, "in the quote") for q in claim.quotes for f in scan(q.text)),
        _file_index(claim, ctx.claims),
    ]
    if ctx.source.text:
        out.append(_article(ctx.source.text))
    return out


def candidates(value: Value, known: list[Index], own: str = "") -> Iterator[tuple[str, str, bool]]:
    """Texts the figure may have been typed from, most telling first: (text, how, written
    elsewhere); ``own`` names the claim's own place in the indexes, which is skipped."""
    w = split(value.text)
    if w is None:
        return
    d = w.digits
    for index in known:
        for digits, text, where in index.get(_key(w), ()):
            if digits != d and where != own:
                yield w.with_digits(digits), f"written {text} {where}", True
    for i in range(len(d) - 1):
        if d[i] != d[i + 1]:
            swapped = d[:i] + d[i + 1] + d[i] + d[i + 2 :]
            how = f"{d[i + 1]}{d[i]} transposed to {d[i]}{d[i + 1]}"
            yield w.with_digits(swapped), how, False
    for i in range(len(d) - 2):
        a, b, c = d[i], d[i + 1], d[i + 2]
        if a == b != c:
            how = f"{a}{c}{c} typed as {a}{a}{c}"
            yield w.with_digits(d[:i] + a + c + c + d[i + 3 :]), how, False
        if a != b == c:
            how = f"{a}{a}{c} typed as {a}{c}{c}"
            yield w.with_digits(d[:i] + a + a + c + d[i + 3 :]), how, False
    for i in range(len(w.integer) - 1):  # not after the point: that would change precision
        if d[i] == d[i + 1]:
            yield w.with_digits(d[:i] + d[i + 1 :]), f"{d[i]} typed twice", False


def recompute(claim: Claim, ctx: Context) -> Iterator[Attempt]:
    """Each figure read as typed from another, the claim checked again.

    A typing correction is counted only when it is the one correction of that figure under
    which the claim holds: where several hold, the claim does not pin the figure down (an
    order or an "at least" holds for many figures) and none of them says anything. A figure
    written the same way elsewhere is evidence of its own and always counted.
    """
    known = elsewhere(claim, ctx)
    for value in claim.values:
        seen = {value.text}
        readings: list[tuple[str, Quantity, str, bool]] = []
        for text, how, written in candidates(value, known, f"in claim {claim.id}"):
            if text in seen:
                continue
            seen.add(text)
            if _leading_zero(text):
                continue
            try:
                readings.append((text, parse(text), how, written))
            except QuantityError:
                continue
        tried = could_hold(claim, value, readings, _quantity, ctx)
        for text, q, how, written in tried:
            if written:
                yield by_reading(claim, value, text, q, ctx, how)
        typed = the_one(claim, value, ((t, q, h) for t, q, h, w in tried if not w), ctx)
        if typed is not None:
            yield typed


def _leading_zero(text: str) -> bool:
    """A number no one writes: 09.36%, 01起."""
    w = split(text)
    return w is not None and len(w.integer) > 1 and w.integer.startswith("0")


def _quantity(reading: tuple[str, Quantity, str, bool]) -> Quantity:
    return reading[1]
