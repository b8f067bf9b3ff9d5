import pytest
from tests.checks.helpers import run

from factcheck.findings import Verdict

QUOTE = "共被骗169万元……为被害人追回被骗的93万元"


def share(value, part="93万元", whole="169万元"):
    return f"""\
- id: s
  kind: share
  quote: {QUOTE}
  values:
    part: "{part}"
    whole: "{whole}"
    share: {{value: "{value}", derived: true}}
"""


def test_share_holds_with_rounded_amounts(write):
    r = run(write(share("55%"), header=True))["s"]
    assert r.verdict is Verdict.CONSISTENT
    # 93万 ± 5000 over 169万 ± 5000: [92.5/169.5, 93.5/168.5]
    assert r.main.computed.lo * 1695 == 925
    assert r.main.computed.hi * 1685 == 935


def test_share_off_names_nearest(write):
    r = run(write(share("65%"), header=True))["s"]
    assert r.verdict is Verdict.INCONSISTENT
    assert r.main.gap.nearest == "55%"


def test_part_larger_than_whole(write):
    r = run(write(share("55%", part="200万元"), header=True))["s"]
    assert r.verdict is Verdict.INCONSISTENT
    assert any("larger than the whole" in f.message for f in r.findings)


def test_ratio_per_unit(write):
    text = """\
- id: r
  kind: ratio
  quote: 缴获地笼3条64.5米
  values:
    numerator: 64.5米
    denominator: 3条
    ratio: {value: 21.5米, derived: true}
"""
    assert run(write(text, header=True))["r"].verdict is Verdict.CONSISTENT
    assert (
        run(write(text.replace("21.5米", "21.7米"), header=True))["r"].verdict
        is Verdict.INCONSISTENT
    )


def test_ratio_division_by_zero_is_unverifiable(write):
    text = """\
- id: r
  kind: ratio
  quote: 0条 64.5米
  values:
    numerator: 64.5米
    denominator: 0条
    ratio: {value: 21.5米, derived: true}
"""
    assert run(write(text, header=True))["r"].verdict is Verdict.UNVERIFIABLE


# ---- the measures of the figures ------------------------------------------------------------


def written(kind, **values):
    """A claim of derived figures, so that any figures may be tried."""
    lines = "".join(f'    {k}: {{value: "{v}", derived: true}}\n' for k, v in values.items())
    return f"- id: x\n  kind: {kind}\n  quote: q\n  values:\n{lines}"


def refused(write, text):
    r = run(write(text, header=True))["x"]
    assert r.verdict is Verdict.UNVERIFIABLE
    assert (r.main.pos.line, r.main.pos.column, r.main.claim_id) == (5, 5, "x")
    assert r.main.steps == ()  # refused before any arithmetic is written out
    return [f.message for f in r.findings]


@pytest.mark.parametrize(
    ("part", "whole", "value", "message"),
    [
        (
            "2人",
            "100人",
            "2个百分点",
            "a share is a percentage (%, ‰, 成) or a bare number: "
            "share 2个百分点 (points), part 2人 (count)",
        ),
        (
            "2人",
            "100人",
            "2元",
            "a share is a percentage (%, ‰, 成) or a bare number: "
            "share 2元 (money), part 2人 (count)",
        ),
        (
            "50万元",
            "100万元",
            "0.5倍",
            "a share is a percentage (%, ‰, 成) or a bare number: "
            "share 0.5倍 (times), part 50万元 (money)",
        ),
        (
            "93万",
            "169万",
            "55万元",
            "a share is a percentage (%, ‰, 成) or a bare number: "
            "share 55万元 (money), part 93万 (no unit)",
        ),
        (
            "2人",
            "100万元",
            "2%",
            "values of different kinds cannot be compared: part 2人 (count), whole 100万元 (money)",
        ),
    ],
)
def test_a_share_of_measures_it_does_not_allow_is_unverifiable(write, part, whole, value, message):
    text = written("share", part=part, whole=whole, share=value)
    assert refused(write, text) == [message]


@pytest.mark.parametrize(
    ("part", "whole", "value"),
    [
        ("93万元", "169万元", "55%"),
        ("93万元", "169万元", "5.5成"),
        ("93万元", "169万元", "0.55"),  # a bare number: no unit, no constraint
        ("93万", "169万元", "55%"),
        ("2人", "100名", "2%"),  # counts of another measure word are counts
        ("2人", "1000人", "2‰"),
        ("30%", "60%", "50%"),
    ],
)
def test_a_share_of_measures_it_allows_is_checked(write, part, whole, value):
    r = run(write(written("share", part=part, whole=whole, share=value), header=True))["x"]
    assert r.verdict is Verdict.CONSISTENT, [f.message for f in r.findings]
    assert r.main.steps


@pytest.mark.parametrize(
    ("num", "den", "value", "message"),
    [
        (
            "64.5米",
            "3条",
            "21.5公斤",
            "a ratio of different measures is in the numerator's measure: "
            "ratio 21.5公斤 (mass), numerator 64.5米 (length)",
        ),
        (
            "64.5米",
            "3条",
            "2150%",
            "a ratio of different measures is in the numerator's measure: "
            "ratio 2150% (ratio), numerator 64.5米 (length)",
        ),
        (
            "100元",
            "50元",
            "2元",
            "a ratio of like figures has no unit: ratio 2元 (money), numerator 100元 (money)",
        ),
        (
            "147个",
            "17个",
            "8.6元",
            "a ratio is a bare number, %, 成 or 倍, or in the numerator's measure: "
            "ratio 8.6元 (money), numerator 147个 (count)",
        ),
    ],
)
def test_a_ratio_of_measures_it_does_not_allow_is_unverifiable(write, num, den, value, message):
    text = written("ratio", numerator=num, denominator=den, ratio=value)
    assert refused(write, text) == [message]


@pytest.mark.parametrize(
    ("num", "den", "value"),
    [
        ("64.5米", "3条", "21.5米"),  # metres per net: the numerator's measure
        ("64.5米", "3", "21.5米"),
        ("3956名", "4370个", "0.91名"),  # workers per grid: counts of different things
        ("147个", "17个", "8.6个"),
        ("147个", "17个", "8.6"),  # a bare number: no unit, no constraint
        ("147个", "17个", "865%"),
        ("100元", "50元", "2倍"),  # like figures: a pure number
        ("100元", "50元", "200%"),
        ("100元", "50元", "2"),
        ("162万余元", "38个", "4.3万元"),  # per account
        ("1000万元", "5万人", "200元"),  # 人均
        ("56小时", "7天", "8小时"),  # hours a day: like measures in different units
        ("93万", "169万元", "55%"),  # a bare numerator: no constraint
        ("30%", "3个", "10%"),
    ],
)
def test_a_ratio_of_measures_it_allows_is_checked(write, num, den, value):
    text = written("ratio", numerator=num, denominator=den, ratio=value)
    r = run(write(text, header=True))["x"]
    assert r.verdict is Verdict.CONSISTENT, [f.message for f in r.findings]
    assert r.main.steps
