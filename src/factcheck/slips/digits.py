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

from collections.abc import Callable, Iterator

from factcheck.checks.base import Context
from factcheck.figure import QuantityError, parse
from factcheck.intervals import Interval
from factcheck.models import Claim, Value
from factcheck.quantity import Quantity
from factcheck.slips.base import Attempt, by_reading, the_one
from factcheck.slips.elsewhere import Index, elsewhere, key
from factcheck.slips.figures import split
from factcheck.slips.pruning import hull_of, pruned

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


def candidates(value: Value, known: list[Index], own: str = "") -> Iterator[tuple[str, str, bool]]:
    """Texts the figure may have been typed from, most telling first: (text, how, written
    elsewhere); ``own`` names the claim's own place in the indexes, which is skipped."""
    w = split(value.text)
    if w is None:
        return
    d, filed = w.digits, key(w)
    for index in known:
        for digits, text, where in index.get(filed, ()):
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
    found = made.readings.get(id(value))
    if found is None:
        found = made.readings[id(value)] = _readings(claim, value, made.known)
    return found


def hulls(claim: Claim, value: Value, ctx: Context) -> dict[bool, Interval | None]:
    """The hull of the intervals of the readings of ``value`` above the written figure
    (``True``) and of those below it (``None`` where there are none), made once for both
    slips: the scale slip runs the claim over a side's hull beside its own readings there,
    and this slip leaves out the readings of a side by its hull."""
    made = _made(claim, ctx)
    found = made.hulls.get(id(value))
    if found is None:
        written, rounding, approx = value.quantity.value, claim.rounding, claim.approx
        sides: dict[bool, list[Interval]] = {True: [], False: []}
        for _, q, _, _ in readings(claim, value, ctx):
            sides[q.value > written].append(q.interval(rounding, approx))
        found = {side: hull_of(ivs) if ivs else None for side, ivs in sides.items()}
        made.hulls[id(value)] = found
    return found


class _Made:
    """What is made for the claim being diagnosed: the figures written elsewhere, and the
    readings of each figure and their hulls, by the figure's id (the objects themselves
    are kept, so that an id is never taken for another object's)."""

    __slots__ = ("claim", "ctx", "hulls", "known", "readings")

    def __init__(self, claim: Claim, ctx: Context) -> None:
        self.claim, self.ctx, self.known = claim, ctx, elsewhere(claim, ctx)
        self.readings: dict[int, list[Reading]] = {}
        self.hulls: dict[int, dict[bool, Interval | None]] = {}


_MADE: dict[tuple[int, int], _Made] = {}


def _made(claim: Claim, ctx: Context) -> _Made:
    """What is made for ``claim``, made anew for another claim."""
    key = (id(claim), id(ctx))
    made = _MADE.get(key)
    if made is None or made.claim is not claim or made.ctx is not ctx:
        if len(_MADE) > 8:
            _MADE.clear()
        made = _MADE[key] = _Made(claim, ctx)
    return made


def _readings(claim: Claim, value: Value, known: list[Index]) -> list[Reading]:
    seen = {value.text}
    out: list[Reading] = []
    for text, how, written in candidates(value, known, f"in claim {claim.id}"):
        if text in seen:
            continue
        seen.add(text)
        # a text without a 0 has no leading zero: most are not split again to find out
        if "0" in text and _leading_zero(text):
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
        above, spread = _sides(claim, value, ctx)
        tried = pruned(claim, value, readings(claim, value, ctx), above, spread, ctx)
        for text, q, how, written in tried:
            if written:
                yield by_reading(claim, value, text, q, ctx, how)
        typed = the_one(claim, value, ((t, q, h) for t, q, h, w in tried if not w), ctx)
        if typed is not None:
            yield typed


def _sides(
    claim: Claim, value: Value, ctx: Context
) -> tuple[Callable[[Reading], bool], Callable[[list[Reading]], Interval]]:
    """Whether a reading lies above the written figure, and the hull of a group of readings
    for :func:`pruned`: a group is all the readings of one side, whose hull :func:`hulls`
    has made (for the scale slip, most often)."""
    written = value.quantity.value

    def above(r: Reading) -> bool:
        return r[1].value > written

    def spread(group: list[Reading]) -> Interval:
        hull = hulls(claim, value, ctx)[above(group[0])]
        assert hull is not None  # a side with readings has their hull
        return hull

    return above, spread


def _leading_zero(text: str) -> bool:
    """A number no one writes: 09.36%, 01起."""
    w = split(text)
    return w is not None and len(w.integer) > 1 and w.integer.startswith("0")
