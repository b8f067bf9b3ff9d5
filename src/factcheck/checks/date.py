"""A date: ``start`` ± ``duration`` = ``end``, the span between two dates, and dates that fall
inside or outside a span.

Dates are written ``2020年10月14日``, ``2020-10-14``, ``14 October 2020`` or ``October 14,
2020``, or as a month (``2020年6月``, ``June 2020``: any of its days), a quarter or a half
(``2020年第三季度``, ``2020年上半年``) or a year, always with the year; durations in days, weeks,
months or years (``3天``, ``百日``, ``2周``, ``3个月``, ``1年``), with qualifiers
(``100天左右``) and as relative phrases (``3天之后``, ``3天前``).
Named values:

- ``start`` (needed), ``end``, ``duration``: checks ``start + duration = end``;
- ``within``: a date inside the span from ``start`` to ``end`` (or ``start + duration``);
  ``outside``: a date outside it;
- ``elapsed``: how long after ``start`` the ``within`` date falls (``83天``).

Counting the first day or not are two readings (2020-10-14 + 100 days is 2021-01-22, or
2021-01-21 counting the first day as day 1): both are evaluated, and a claim that holds under
one only is ambiguous. ``count_first_day: true`` or ``false`` keeps one reading.

A claim with nothing to check besides ``start``, a ``within`` or ``outside`` date with no span
to lie in (no ``end`` or ``duration``; ``within`` may instead be where ``elapsed`` runs to) and
an ``elapsed`` time with no date to run to are mistakes in the claim file, reported when the
file is read.

Passes::

    - id: campaign-end
      kind: date
      quote: 2020年10月14日,在全市市域社会治理突出问题集中整治百日攻坚行动启动大会上
      count_first_day: false
      values:
        start: 2020年10月14日
        duration: 百日
        end: {value: 2021-01-22, derived: true}

Fails::

    - id: fraud-bust
      kind: date
      quote:
        - 2020年10月9日,全州县公安局指挥中心接到全州县某公司财务人员小唐报警
        - 3天之后,一个盘踞在全国各地专门从事电信网络诈骗的团伙被打掉
      values:
        start: 2020年10月9日
        duration: 3天之后
        end: {value: 2020-10-15, derived: true}
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from fractions import Fraction
from typing import Any, NamedTuple

from factcheck.checks.base import Context, Mistake, Option, finding
from factcheck.dates import day_text, parse_date
from factcheck.durations import OutsideCalendar, days_text, parse_duration, shift
from factcheck.expr import possible
from factcheck.findings import Finding, Gap, Reading, Step, Verdict
from factcheck.intervals import Interval
from factcheck.models import Claim, Value
from factcheck.quantity import Quantity
from factcheck.rounding import rounded

KIND = "date"
VALUES: tuple[str, ...] = ("start",)
DATES = ("start", "end", "within", "outside")
OPTIONS: dict[str, Option] = {
    "count_first_day": Option(
        "bool", "true: the start is day 1; false: day 0 (default: both readings)"
    ),
}
VALUE_PARSERS: dict[str, Callable[[str], Quantity]] = {
    **{n: parse_date for n in DATES},
    "duration": parse_duration,
    "elapsed": parse_duration,
}
READING_NAMES = {False: "first day not counted", True: "first day counted"}


def check_shape(values: list[Value], options: dict[str, Any]) -> list[Mistake]:
    """Load-time problems: nothing asserted, a date or an elapsed time with nothing to meet."""
    names = {v.name for v in values}
    span = "end" in names or "duration" in names
    if not names & {"end", "duration", "within", "outside", "elapsed"}:
        return [
            Mistake(
                "values",
                "a date claim asserts nothing without `end`, `duration`, `within`, `outside` "
                "or `elapsed`",
                "add the end or the duration the article states: `duration: 百日`",
            )
        ]
    out = []
    if "elapsed" in names and not names & {"within", "end"}:
        hint = "name the date it runs to: `within: 2021年1月5日`, or `end`"
        out.append(Mistake("values.elapsed", "`elapsed` needs a `within` or `end` date", hint))
    for name in ("within", "outside"):
        if name in names and not span and (name == "outside" or "elapsed" not in names):
            out.append(
                Mistake(
                    f"values.{name}",
                    f"`{name}` needs a span to lie {'in' if name == 'within' else 'outside'}: "
                    "an `end` or a `duration`",
                    "give the span's `end` or `duration` after `start`"
                    + (", or the `elapsed` time to it" if name == "within" else ""),
                )
            )
    return out


def _days(iv: Interval) -> str:
    return iv.format(day_text)


def _span(iv: Interval) -> str:
    """A number of days, or a range of them: 83 days, [140, 169] days."""
    return days_text(iv.lo) if iv.is_point and iv.lo is not None else f"{iv} days"


class _Test(NamedTuple):
    """One assertion under one reading: whether it holds, and its arithmetic."""

    holds: bool
    step: Step
    said: str  # what holds or fails, in words
    stated: Interval | None = None
    computed: Interval | None = None
    shown: Callable[[Interval], str] = _days  # how stated and computed are written
    nearest: str | None = None  # the nearest figure, where it is no day of ``computed``


def _nearest(stated: Interval, computed: Interval) -> Interval:
    """The day (or number of days) of ``computed`` nearest to ``stated``, which it misses:
    a figure, where ``computed`` may be a range of days."""
    if computed.hi is not None and stated.lo is not None and computed.hi <= stated.lo:
        return Interval.point(computed.hi if computed.hi_closed else computed.hi - 1)
    if computed.lo is not None and stated.hi is not None and computed.lo >= stated.hi:
        return Interval.point(computed.lo if computed.lo_closed else computed.lo + 1)
    return computed


def _reach(claim: Claim, start: Value, d: Value, counted: bool) -> Interval:
    """The days ``start`` ± ``d`` reaches under one reading."""
    sign = -1 if d.quantity.direction < 0 else 1
    return shift(claim.interval(start), d.quantity, claim.interval(d), sign, counted)


def _tests(claim: Claim, counted: bool) -> list[_Test]:
    """Every assertion the claim's values make, under one reading."""
    v = {n: claim.value(n) for n in (*DATES, "duration", "elapsed")}
    start, end, duration = v["start"], v["end"], v["duration"]
    assert start is not None
    s = claim.interval(start)
    out: list[_Test] = []
    span_end: Interval | None = None
    if duration is not None:
        reach = _reach(claim, start, duration, counted)
        op = "−" if duration.quantity.direction < 0 else "+"
        figures = f"{start.text} {op} {duration.text}"
        if end is not None:
            e = claim.interval(end)
            ok = reach.meets(e)
            out.append(
                _Test(
                    ok,
                    Step("end", f"start {op} duration", figures, reach, _days(reach)),
                    f"{figures} = {_days(reach)}"
                    + (f", the stated {end.text}" if ok else f", not the stated {end.text}"),
                    e,
                    reach,
                )
            )
        span_end = reach
    if end is not None:
        span_end = claim.interval(end)
        if duration is None:
            ok = possible(s, "<=", span_end)
            out.append(
                _Test(
                    ok,
                    Step(
                        "order",
                        "start ≤ end",
                        f"{start.text} ≤ {end.text}",
                        None,
                        "holds" if ok else "fails",
                    ),
                    f"{start.text} {'is' if ok else 'is not'} on or before {end.text}",
                )
            )
    if span_end is not None:
        out.extend(_inside(claim, s, span_end))
    elapsed, within = v["elapsed"], v["within"]
    if elapsed is not None:
        target = within or end
        assert target is not None  # check_shape
        reach = _reach(claim, start, elapsed, counted)
        t = claim.interval(target)
        ok = reach.meets(t)
        gap = _span(t - s)
        step = Step(
            "elapsed", "start + elapsed", f"{start.text} + {elapsed.text}", reach, _days(reach)
        )
        said = f"{target.text} is {gap} after {start.text}" + (
            f", as {elapsed.text} says" if ok else f", not {elapsed.text}"
        )
        q = elapsed.quantity
        if q.unit.dimension == "duration" and q.direction >= 0:
            # days forward: the figure to weigh is the elapsed time itself (84天 against the
            # 83 days there are), not the date it would reach
            days = t - s + (1 if counted else 0)
            out.append(_Test(ok, step, said, claim.interval(elapsed), days, _shown_as(q)))
        else:  # months or years move along the calendar: the dates are weighed, and the
            # nearest figure is the whole number of months (or years) that reaches the date
            near = None if ok else _nearest_count(claim, s, elapsed, t, counted)
            out.append(_Test(ok, step, said, t, reach, nearest=near))
    return out


def weighed_in_days(claim: Claim) -> Value | None:
    """The ``elapsed`` value when the claim's headline weighs a number of days (an elapsed
    time in days, forward, with no end that a duration reaches), else None: what a report
    draws in days rather than in dates."""
    v = claim.value("elapsed")
    if v is None or (claim.value("end") is not None and claim.value("duration") is not None):
        return None
    q = v.quantity
    return v if q.unit.dimension == "duration" and q.direction >= 0 else None


def _nearest_count(
    claim: Claim, s: Interval, elapsed: Value, target: Interval, counted: bool
) -> str | None:
    """The whole number of months (or years) nearest the stated ``elapsed`` that takes the
    start to the target date, written as the stated figure is (3个月 for a stated 5个月)."""
    q = elapsed.quantity
    sign = -1 if q.direction < 0 else 1
    step = q.step or Fraction(1)
    base = round(q.value / step)
    for d in sorted(range(-60, 61), key=lambda d: (abs(d), d)):
        k = (base + d) * step
        if k < 0:
            continue
        span = rounded(k, step, claim.rounding)  # the months a figure written so stands for
        try:
            if shift(s, q, span, sign, counted).meets(target):
                return q.written(k)
        except OutsideCalendar:  # past the year 9999: a figure no nearer
            continue
    return None


def _shown_as(q: Quantity) -> Callable[[Interval], str]:
    """Numbers of days written in the unit of the figure ``q`` (83天)."""
    from factcheck.checks.base import show

    return lambda iv: show(q, iv)


def _inside(claim: Claim, s: Interval, e: Interval) -> Iterator[_Test]:
    """``within`` can fall inside the span; ``outside`` can fall outside it."""
    span = Interval(s.lo, e.hi) if e.hi is None or s.lo is None or s.lo <= e.hi else None
    shown = f"{_days(s)} – {_days(e)}"
    within, outside = claim.value("within"), claim.value("outside")
    if within is not None:
        w = claim.interval(within)
        ok = span is not None and span.meets(w)
        yield _Test(
            ok,
            Step("inside", "start ≤ within ≤ end", f"{within.text} in {shown}", w, _days(w)),
            f"{within.text} {'lies' if ok else 'does not lie'} inside {shown}",
        )
    if outside is not None:
        o = claim.interval(outside)
        ok = possible(o, "<", s) or possible(o, ">", e)
        yield _Test(
            ok,
            Step("outside", "before start or after end", f"{outside.text} vs {shown}", o, _days(o)),
            f"{outside.text} {'lies' if ok else 'does not lie'} outside {shown}",
        )


def _headline(tests: list[_Test]) -> _Test | None:
    """The test that computes a date (the end, or the elapsed time), if any."""
    return next((t for t in tests if t.computed is not None), None)


def check(claim: Claim, ctx: Context) -> Iterator[Finding]:
    """Evaluate every assertion under each reading of the first day."""
    pinned = claim.options.get("count_first_day")
    readings = [False, True] if pinned is None else [pinned]
    results = {counted: _tests(claim, counted) for counted in readings}
    holding = [c for c in readings if all(t.holds for t in results[c])]
    main = holding[0] if holding else readings[0]
    tests = results[main]
    said = "; ".join(t.said for t in tests if holding or not t.holds)
    steps = tuple(t.step for t in tests)
    reading_objs = []
    for c in readings:
        head = _headline(results[c])
        computed = head.computed if head else None
        reading_objs.append(
            Reading(
                READING_NAMES[c],
                all(t.holds for t in results[c]),
                computed,
                head.shown(computed) if head and computed else "",
                tuple(t.step for t in results[c]),
            )
        )
    end_test = _headline(tests)
    common = {
        "steps": steps,
        "readings": tuple(reading_objs) if pinned is None else (),
        "stated": end_test.stated if end_test else None,
        "computed": end_test.computed if end_test else None,
        "stated_shown": end_test.shown(end_test.stated) if end_test and end_test.stated else "",
        "computed_shown": (
            end_test.shown(end_test.computed) if end_test and end_test.computed else ""
        ),
    }
    where = f" ({READING_NAMES[main]})"
    if len(holding) == len(readings):
        both = "" if pinned is not None or len(readings) == 1 else " (either reading)"
        yield finding(claim, Verdict.CONSISTENT, f"{said}{both or where}", **common)
    elif holding:
        yield finding(
            claim,
            Verdict.AMBIGUOUS,
            f"holds only with the {READING_NAMES[holding[0]]}: {said}",
            **common,
        )
    else:
        gap = None  # only the test that computes a figure has one to miss by
        if (
            end_test
            and not end_test.holds
            and end_test.stated is not None
            and end_test.computed is not None
        ):
            days = end_test.stated.gap(end_test.computed)
            nearest = end_test.nearest or end_test.shown(
                _nearest(end_test.stated, end_test.computed)
            )
            gap = Gap(days, None, days_text(days), nearest)
        if pinned is None:
            other = _headline(results[True])
            where = f" ({READING_NAMES[False]}" + (
                f"; counting it: {other.shown(other.computed)})"
                if other and other.computed
                else ")"
            )
        yield finding(claim, Verdict.INCONSISTENT, f"{said}{where}", gap=gap, **common)
