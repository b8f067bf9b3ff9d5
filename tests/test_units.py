from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.units import BLOCKED, one_start

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
    assert [m.span() for m in BLOCKED.finditer(text)] == spans
