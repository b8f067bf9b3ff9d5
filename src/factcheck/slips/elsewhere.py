"""Figures written elsewhere, for the typing slip (factcheck.slips.digits): those of the
claim's quotes, of the claims near it in the file and of the article, by their digits, so
that a figure typed from another (1,389 from 1,839) is found by looking up its own."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping

from factcheck.checks.base import Context
from factcheck.models import Claim
from factcheck.scanner import scan
from factcheck.slips.figures import NUMBER, Written, split

Index = Mapping[tuple[str, int, str], list[tuple[str, str, str]]]
"""(sorted digits, digits after the point, what follows the number) -> (digits, text, where)"""


def key(w: Written) -> tuple[str, int, str]:
    """Where a figure is filed: its digits sorted, how many after the point, what follows."""
    return "".join(sorted(w.digits)), len(w.fraction), w.after.strip()


def _index(figures: Iterable[tuple[str, str]]) -> Index:
    """Figures by their digits; at most two places for each distinct figure (one may be the
    claim's own), so a figure repeated across a large file costs no more than one."""
    out: dict[tuple[str, int, str], list[tuple[str, str, str]]] = {}
    seen: dict[tuple[str, int, str, str], int] = {}
    for text, where in figures:
        w = split(text)
        if w is not None:
            k = key(w)
            n = seen.get((*k, w.digits), 0)
            if n < 2:
                seen[(*k, w.digits)] = n + 1
                out.setdefault(k, []).append((w.digits, text, where))
    return out


@functools.lru_cache(maxsize=16)
def _article(text: str) -> Index:
    return _index((f.quantity.text, "in the article") for f in scan(text))


NEAR = 100  # claims either side whose figures count as written nearby


@functools.lru_cache(maxsize=1 << 16)
def _figure(text: str) -> tuple[str, tuple[str, int, str]] | None:
    """A figure's digits and its key in an index (``None`` for a Chinese numeral), as
    :func:`split` and :func:`key` give them, without making a Written: every figure of a
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
