"""The loader's limits and the encodings it accepts: every refusal with its message and place."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck import loader
from factcheck.loader import MAX_BYTES, MAX_CLAIMS, load
from factcheck.numerals import MAX_DIGITS
from factcheck.safeyaml import TooLargeError, read_bounded
from factcheck.values import MAX_FIGURE
from factcheck.yamlnodes import MAX_TEXT

RATIO = """\
claims:
  - id: r
    kind: ratio
    quote: 缴获地笼3条64.5米
    values:
      numerator: {numerator}
      denominator: 3条
      ratio: {{value: 21.5米, derived: true}}
"""


def problems(path: Path, **kw: int) -> list[tuple[int, int, str, str]]:
    return [(p.pos.line, p.pos.column, p.message, p.hint) for p in load(path, **kw).problems]


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    big = tmp_path / "big.yaml"
    with big.open("wb") as fh:  # sparse: 60 MB on paper, nothing on disk
        fh.truncate(60 * 1024 * 1024)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    assert problems(big) == [
        (
            1,
            1,
            f"file is 62,914,560 bytes, over the limit of {MAX_BYTES:,} bytes",
            "split the claims into several files, or raise --max-bytes",
        )
    ]


def test_the_size_limit_is_a_parameter(write):
    path = write(RATIO.format(numerator="64.5米"))
    assert load(path).problems == ()
    ((line, col, message, _),) = problems(path, max_bytes=100)
    assert (line, col) == (1, 1)
    assert message == f"file is {path.stat().st_size:,} bytes, over the limit of 100 bytes"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_or_pipe_is_read_no_further_than_the_limit():
    with pytest.raises(TooLargeError) as e:
        read_bounded(Path("/dev/zero"), 1000)
    assert e.value.size == "more than 1,000 bytes"


def test_a_pipe_within_the_limit_is_read(tmp_path):
    r, w = os.pipe()
    os.write(w, b"claims: []\n")
    os.close(w)
    try:
        assert read_bounded(Path(f"/dev/fd/{r}"), 1000) == b"claims: []\n"
    finally:
        os.close(r)


def test_a_100000_digit_figure_is_refused_at_once(write):
    path = write(RATIO.format(numerator="1" + "0" * 100_000))
    assert problems(path) == [
        (
            6,
            18,
            "cannot read figure '1000000000000000000000000000000000000000… (100,001 characters)': "
            f"a figure of 100001 digits is longer than the limit of {MAX_DIGITS}",
            "no real figure has that many digits; this looks like damaged or hostile input",
        )
    ]


def test_a_figure_at_the_digit_limit_is_read(write):
    path = write(RATIO.format(numerator="9" * MAX_DIGITS))
    assert problems(path) == []


def test_a_long_figure_that_reads_is_still_refused(write):
    padded = "'64.5" + " " * MAX_FIGURE + "米'"
    assert problems(write(RATIO.format(numerator=padded))) == [
        (
            6,
            18,
            f"a figure is {MAX_FIGURE + 5:,} characters long, over the limit of {MAX_FIGURE:,}",
            "write the figure as the article does",
        )
    ]


def test_a_quote_over_the_text_limit(write):
    text = RATIO.format(numerator="64.5米").replace("缴获地笼3条64.5米", "桂" * (MAX_TEXT + 1))
    assert problems(write(text)) == [
        (
            4,
            12,
            f"a quote is {MAX_TEXT + 1:,} characters long, over the limit of {MAX_TEXT:,}",
            "quote the sentence the figures come from, not the whole article",
        )
    ]


def test_too_many_claims(write, monkeypatch):
    monkeypatch.setattr(loader, "MAX_CLAIMS", 2)
    text = "claims:\n" + "".join(f"  - id: c{i}\n" for i in range(3))
    assert problems(write(text)) == [(2, 3, "3 claims, over the limit of 2", "split the file")]
    assert MAX_CLAIMS == 150_000


def test_a_figure_on_two_lines(write):
    text = RATIO.format(numerator='"64.5\\n米"')
    assert problems(write(text)) == [
        (
            6,
            18,
            "figure '64.5\\n米' runs over more than one line",
            "write a figure on one line, as the article does",
        )
    ]


def test_a_negative_count_is_refused(write):
    text = RATIO.format(numerator="64.5米").replace("denominator: 3条", "denominator: -3条")
    assert problems(write(text)) == [
        (
            7,
            20,
            "a count cannot be negative: '-3条'",
            "a number of things is zero or more; a fall is a change: write 减少3件 as the "
            "`change` of a change claim",
        )
    ]


def test_a_negative_count_may_be_the_change_of_a_change_claim(write):
    text = """\
claims:
  - id: c
    kind: change
    quote: 从10件减少到7件
    values: {from: 10件, to: 7件, change: {value: -3件, derived: true}}
"""
    assert problems(write(text)) == []


def test_an_unreadable_value_is_reported_once(write):
    text = RATIO.format(numerator="1e309")
    ((_, _, message, hint),) = problems(write(text))
    assert message == "cannot read figure '1e309': exponent notation is not a written figure"
    assert hint == "write the digits out (1500000, not 1.5e6)"


def test_messages_quote_the_file_on_one_line(write):
    text = RATIO.format(numerator="64.5米").replace("kind: ratio", 'kind: "rat\\nio\\u202e"')
    ((line, col, message, _),) = problems(write(text))
    assert (line, col) == (3, 11)
    assert message == "unknown kind 'rat\\nio\\u202e'"


# ---- encodings and line ends ------------------------------------------------------------------

BROKEN = "claims:\n  - id: r\n    kind: ratio\n    quote: 缴获地笼3条64.5米\n    qoute: x\n"
BROKEN_AT = (5, 5, "unknown key 'qoute' in a claim", "did you mean 'quote'?")


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode(),
        lambda t: b"\xef\xbb\xbf" + t.encode(),  # a byte-order mark: accepted, not counted
        lambda t: t.replace("\n", "\r\n").encode(),  # CRLF
        lambda t: t.replace("\n", "\r").encode(),  # CR alone
        lambda t: b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode(),
    ],
    ids=["lf", "bom", "crlf", "cr", "bom-crlf"],
)
def test_positions_are_the_same_in_every_line_end_and_with_a_bom(tmp_path, encode):
    path = tmp_path / "c.yaml"
    path.write_bytes(encode(BROKEN))
    assert BROKEN_AT in problems(path)


def test_crlf_leaves_no_carriage_return_in_values(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_bytes(RATIO.format(numerator="64.5米").replace("\n", "\r\n").encode())
    (claim,) = load(path).claims
    assert [v.text for v in claim.values] == ["64.5米", "3条", "21.5米"]
    assert claim.quotes[0].text == "缴获地笼3条64.5米"


def test_non_utf8_is_placed_in_characters(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_bytes("claims:\n  - id: 桂林".encode() + b"\xff\n")
    assert problems(path) == [(2, 11, "byte 0xff is not UTF-8", "save the file as UTF-8")]


def test_a_gbk_file_is_not_utf8(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_bytes("claims:\n  - quote: 桂林\n".encode("gbk"))
    assert problems(path) == [(2, 12, "byte 0xb9 is not UTF-8", "save the file as UTF-8")]


def test_a_utf16_file_says_so(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_bytes("claims: []\n".encode("utf-16"))
    assert problems(path) == [
        (
            1,
            1,
            "the file is UTF-16, not UTF-8 (it starts with a UTF-16 byte-order mark)",
            "save the file as UTF-8",
        )
    ]


def test_only_comments(write):
    assert problems(write("# claims to come\n")) == [
        (
            1,
            1,
            "file holds no YAML document, only comments",
            "a claim file holds `source:` and a list `claims:`",
        )
    ]


# ---- the source text ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ('"a\\0b"', "the path holds a character no file name can"),
        ("sub", "it is not a regular file"),
        ("nowhere.txt", "no such file"),
    ],
)
def test_a_source_text_that_cannot_be_read(write, tmp_path, target, reason):
    (tmp_path / "sub").mkdir()
    path = write(f"source:\n  text: {target}\nclaims: []\n")
    ((line, col, message, hint),) = problems(path)
    assert (line, col) == (2, 9)
    assert message.endswith(f": {reason}")
    assert hint == "the path is relative to the claim file"


def test_a_source_text_with_a_bom_is_read_without_it(write, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + "缴获地笼3条".encode())
    cf = load(write("source:\n  text: a.txt\nclaims: []\n"))
    assert cf.source.text == "缴获地笼3条"
