from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.units import (
    _DIGIT_FIRST,
    _MONTH_INITIALS,
    _MONTH_REST,
    after_first,
    blocked_for,
    one_start,
)

BRANCHES = [
    ("12", r"(?<![0-9][12])[0-9]{3}年"),
    ("0123456789", r"(?<![0-9]{2})[0-9]?月"),
    ("J", "an"),
]
PLAIN = re.compile(r"(?<![0-9])[12][0-9]{3}年|(?<![0-9])[0-9]{1,2}月|Jan")


@given(st.text(alphabet="0129年月Jan x", max_size=20), st.integers(0, 3))
def test_one_start_matches_as_the_plain_alternation(text: str, pos: int) -> None:
    fast = re.compile(one_start(BRANCHES))
    assert [m.span() for m in fast.finditer(text, pos)] == [
        m.span() for m in PLAIN.finditer(text, pos)
    ]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("2020年10月14日起", [(0, 11)]),
        ("12020年", []),
        ("于10月9日", [(1, 6)]),
        ("at 18:00, Sept 5, 2020", [(3, 8), (10, 22)]),
        ("xSept 5", []),
        ("5 May 2020", [(0, 10)]),
        ("Aug 5, 2020", [(0, 11)]),
        ("April 5", [(0, 7)]),
        ("on Sep 5", [(3, 8)]),
        ("Sept. 30", [(0, 8)]),
        ("5 Sept 2020", [(0, 11)]),
        ("see https://a.cn/2020/1 now", [(4, 23)]),
    ],
)
def test_blocked_spans(text: str, spans: list[tuple[int, int]]) -> None:
    assert [m.span() for m in blocked_for(text).finditer(text)] == spans


BLOCKED = blocked_for("May")  # with the English dates


# BLOCKED as first written: the branches that begin with a digit tried one after another
MONTHS_FIRST = (
    rf"(?<![A-Za-z][{_MONTH_INITIALS}])"
    rf"(?:{after_first((c, '|'.join(r)) for c, r in _MONTH_REST.items())})"
    rf"\.?\s+[0-9]{{1,2}}(?:st|nd|rd|th)?(?:\s*,\s*[0-9]{{4}})?(?![0-9])"
)
BLOCKED_PLAINLY = re.compile(
    one_start(
        [
            ("h", r"ttps?://[^\s，。、；）)]+"),
            ("w", r"ww\.[^\s，。、；）)]+"),
            *_DIGIT_FIRST[:-1],
            (_MONTH_INITIALS, MONTHS_FIRST),
            _DIGIT_FIRST[-1],
        ]
    )
)
DATE_PIECES = [
    *"0123456789年月日号时点分秒:/.-, ", "2020", "12", "Sept", "May", "st", "www.", "http://",
]  # fmt: skip


@given(st.lists(st.sampled_from(DATE_PIECES), max_size=16), st.integers(0, 3))
def test_blocked_matches_as_its_branches_tried_one_by_one(parts: list[str], pos: int) -> None:
    text = "".join(parts)
    assert [m.span() for m in BLOCKED.finditer(text, pos)] == [
        m.span() for m in BLOCKED_PLAINLY.finditer(text, pos)
    ]


@given(st.lists(st.sampled_from([*DATE_PIECES, "桂林", "Ma", "y", "SEP", "ſep"]), max_size=16))
def test_a_text_naming_no_month_is_passed_over_as_with_the_english_dates(parts: list[str]) -> None:
    text = "".join(parts)
    assert [m.span() for m in blocked_for(text).finditer(text)] == [
        m.span() for m in BLOCKED.finditer(text)
    ]
