from tests.checks.helpers import run

from factcheck.models import Verdict

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
