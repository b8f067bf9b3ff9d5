"""Many claims of every kind, some inconsistent, for size and speed measurements of reports."""

from __future__ import annotations

TEMPLATES = (
    """\
  - id: share-{i}
    kind: share
    quote: 第{i}号案件共被骗{whole}万元……为被害人追回被骗的{part}万元
    values:
      part: {part}万元
      whole: {whole}万元
      share: {{value: "{share}%", derived: true}}
""",
    """\
  - id: ratio-{i}
    kind: ratio
    quote: 第{i}号案件缴获地笼3条{metres}米
    values:
      numerator: {metres}米
      denominator: 3条
      ratio: {{value: "{per_net}米", derived: true}}
""",
    """\
  - id: total-{i}
    kind: total
    quote: 第{i}片区建立县(市、区)网格中心17个,乡镇(街道)网格中心{township}个
    values:
      county: 17个
      township: {township}个
      total: {{value: "{total}个", derived: true}}
""",
    """\
  - id: change-{i}
    kind: change
    quote: 第{i}区群众安全感从2015年的82.04%提升到2020年第三季度的98.26%
    values:
      from: 82.04%
      to: 98.26%
      change: {{value: "{change}%", derived: true}}
""",
    """\
  - id: order-{i}
    kind: order
    quote: 第{i}号案件共被骗169万元……涉案资金162万余元,为被害人追回被骗的{part}万元
    values:
      recovered: {part}万元
      frozen: 162万余元
      lost: 169万元
""",
    """\
  - id: expression-{i}
    kind: expression
    quote: 第{i}区配备专职心理老师73名、兼职心理老师{part_time}名
    expr: part_time / full_time > 100
    values:
      full_time: 73名
      part_time: {part_time}名
""",
)


def claims_yaml(n: int) -> str:
    """A claim file of ``n`` claims cycling through the kinds, each with figures and a quote of
    its own; every seventh one is wrong."""
    out = ["version: 1\nsource:\n  title: bulk\n  language: zh\nclaims:\n"]
    for i in range(n):
        bad = i % 7 == 0
        whole = 100 + i % 900
        part = whole * 55 // 100
        metres = 3 * (10 + i % 50)
        out.append(
            TEMPLATES[i % len(TEMPLATES)].format(
                i=i,
                whole=whole,
                part=part,
                share=round(100 * part / whole) + (10 if bad else 0),
                metres=metres,
                per_net=metres // 3 + (3 if bad else 0),
                township=100 + i % 500,
                total=117 + i % 500 + (10 if bad else 0),
                change=16.2 if bad else 19.8,
                part_time=8000 + i,
            )
        )
    return "".join(out)
