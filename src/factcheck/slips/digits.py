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

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping

from factcheck.checks.base import Context
from factcheck.models import Claim, Value
from factcheck.quantity import Quantity, QuantityError, parse
from factcheck.scanner import scan
from factcheck.slips.base import Attempt, by_reading, the_one
from factcheck.slips.figures import NUMBER, Written, split
from factcheck.slips.pruning import could_hold

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


@functools.lru_cache(maxsize=1 << 16)
def _figure(text: str) -> tuple[str, tuple[str, int, str]] | None:
    """A figure's digits and its key in an index (``None`` for a Chinese numeral), as
    :func:`split` and :func:`_key` give them, without making a Written: every figure of a
    file is indexed (a file writes many more than once: half of them, in the benchmark)."""
    s = unicodedata.normalize("NFKC", text)
    m = NUMBER.search(s)
    if m is None:
        return None
    whole, _, fraction = m.group().partition(".")
    digits = whole.replace(",", "") + fraction
    return digits, ("".join(sorted(digits)), len(fraction), s[m.end() :].strip())


class _Nearby:
    """The figures of a file's claims by their digits, looked up for the claims near one
    claim: as a figure typed from another is looked for, a file of 100,000 claims costs no
    more per claim than one of 200 (and a match 50,000 claims away would be chance, not
    evidence). The claims are indexed a block of ``NEAR`` at a time, when a claim near them
    is first diagnosed: a file whose claims mostly hold indexes few of them."""

    def __init__(self, claims: tuple[Claim, ...]) -> None:
        self.claims = claims
        self.place = {id(c): i for i, c in enumerate(claims)}
        self.blocks: dict[int, dict[tuple[str, int, str], list[tuple[int, str, str]]]] = {}

    def block(self, b: int) -> dict[tuple[str, int, str], list[tuple[int, str, str]]]:
        """The figures of claims ``b × NEAR`` to ``(b + 1) × NEAR``, by key: (the place of
        the claim, the digits, the text), in the order of the file."""
        out = self.blocks.get(b)
        if out is None:
            out = self.blocks[b] = {}
            figure, get = _figure, out.get
            for i, c in enumerate(self.claims[b * NEAR : (b + 1) * NEAR], b * NEAR):
                for v in c.values:
                    if (f := figure(text := v.text)) is not None:
                        if (found := get(f[1])) is None:
                            out[f[1]] = [(i, f[0], text)]
                        else:
                            found.append((i, f[0], text))
        return out

    def near(self, claim: Claim) -> Index:
        """An index of the figures of the claims near ``claim`` (all of them when ``claim``
        is not one of the file's own)."""
        i = self.place.get(id(claim))
        return _Window(self, (0, len(self.claims)) if i is None else (i - NEAR, i + NEAR))


class _Window(Mapping[tuple[str, int, str], list[tuple[str, str, str]]]):
    """:class:`_Nearby` seen from one claim: the figures of the claims from ``window[0]``
    to ``window[1]``."""

    def __init__(self, nearby: _Nearby, window: tuple[int, int]) -> None:
        self.nearby, self.window = nearby, window

    def _blocks(self) -> Iterator[dict[tuple[str, int, str], list[tuple[int, str, str]]]]:
        lo, hi = max(self.window[0], 0), min(self.window[1], len(self.nearby.claims) - 1)
        return (self.nearby.block(b) for b in range(lo // NEAR, hi // NEAR + 1) if lo <= hi)

    def __getitem__(self, key: tuple[str, int, str]) -> list[tuple[str, str, str]]:
        lo, hi = self.window
        claims = self.nearby.claims
        out = [
            (d, t, f"in claim {claims[i].id}")
            for block in self._blocks()
            for i, d, t in block.get(key, ())
            if lo <= i <= hi
        ]
        if not out:
            raise KeyError(key)
        return out

    def __iter__(self) -> Iterator[tuple[str, int, str]]:
        return iter({k: None for block in self._blocks() for k in block})

    def __len__(self) -> int:
        return sum(1 for _ in self)


_FILES: dict[int, _Nearby] = {}


def _file_index(claim: Claim, claims: tuple[Claim, ...]) -> Index:
    """The figures of the claims near ``claim``, from an index of the file kept for the
    file (not made for each claim: a file of 100,000 claims would make that quadratic)."""
    cached = _FILES.get(id(claims))
    if cached is None or cached.claims is not claims:
        if len(_FILES) > 8:
            _FILES.clear()
        cached = _FILES[id(claims)] = _Nearby(claims)
    return cached.near(claim)


def elsewhere(claim: Claim, ctx: Context) -> list[Index]:
    """Figures written elsewhere, by their digits: the quotes, the claims near this one, the
    article. The claim's own figures are in the file's index too; ``candidates`` skips them."""
    out = [_quote_index(claim), _file_index(claim, ctx.claims)]
    if ctx.source.text:
        out.append(_article(ctx.source.text))
    return out


def _quote_index(claim: Claim) -> Index:
    """The figures of the claim's quotes by their digits. The quotes are scanned only when
    a run of digits in them holds the digits of one of the claim's figures in another order:
    a figure's number is such a run or part of one, so that a quote without one holds no
    figure the figure may have been typed from (and most quotes hold none)."""
    wanted = [f[0] for v in claim.values if (f := _figure(v.text)) is not None]
    runs = [
        r.replace(",", "").replace(".", "")
        for q in claim.quotes
        for r in _RUN.findall(unicodedata.normalize("NFKC", q.text))
    ]
    if not any(_reordered_in(runs, d) for d in wanted):
        return {}
    return _index((f.quantity.text, "in the quote") for q in claim.quotes for f in scan(q.text))


_RUN = re.compile(r"[\d,.]+")  # what a figure's number is written with (figures.NUMBER)


def _reordered_in(runs: list[str], digits: str) -> bool:
    """Whether one of ``runs`` holds ``digits`` in another order, one after the other."""
    n, ordered = len(digits), sorted(digits)
    return any(
        d[i : i + n] != digits and sorted(d[i : i + n]) == ordered
        for d in runs
        for i in range(len(d) - n + 1)
    )


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


Reading = tuple[str, Quantity, str, bool]
"""A figure as it may have been typed: (text, quantity, how, written elsewhere)."""


def readings(claim: Claim, value: Value, ctx: Context) -> list[Reading]:
    """The figures ``value`` may have been typed from, each read, most telling first; made
    once for each figure of the claim being diagnosed (the scale slip tries its readings
    of the figure with these first)."""
    made = _made(claim, ctx)
    found = made[3].get(id(value))
    if found is None:
        found = made[3][id(value)] = _readings(claim, value, made[2])
    return found


_MADE: dict[tuple[int, int], tuple[Claim, Context, list[Index], dict[int, list[Reading]]]] = {}


def _made(
    claim: Claim, ctx: Context
) -> tuple[Claim, Context, list[Index], dict[int, list[Reading]]]:
    """The figures written elsewhere for ``claim`` and the readings made so far (the
    objects themselves are kept, so that an id is never taken for another object's)."""
    key = (id(claim), id(ctx))
    made = _MADE.get(key)
    if made is None or made[0] is not claim or made[1] is not ctx:
        if len(_MADE) > 8:
            _MADE.clear()
        made = _MADE[key] = (claim, ctx, elsewhere(claim, ctx), {})
    return made


def _readings(claim: Claim, value: Value, known: list[Index]) -> list[Reading]:
    seen = {value.text}
    out: list[Reading] = []
    for text, how, written in candidates(value, known, f"in claim {claim.id}"):
        if text in seen:
            continue
        seen.add(text)
        if _leading_zero(text):
            continue
        try:
            out.append((text, parse(text), how, written))
        except QuantityError:
            continue
    return out


def recompute(claim: Claim, ctx: Context) -> Iterator[Attempt]:
    """Each figure read as typed from another, the claim checked again.

    A typing correction is counted only when it is the one correction of that figure under
    which the claim holds: where several hold, the claim does not pin the figure down (an
    order or an "at least" holds for many figures) and none of them says anything. A figure
    written the same way elsewhere is evidence of its own and always counted.
    """
    for value in claim.values:
        tried = could_hold(claim, value, readings(claim, value, ctx), _quantity, ctx)
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
