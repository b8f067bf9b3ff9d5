"""Claim files for the machine formats: one good, one with an inconsistent claim and a
value missing from its quote, one that is not YAML, and one with every other verdict."""

from __future__ import annotations

from pathlib import Path

HEADER = "version: 1\nsource:\n  title: test\nclaims:\n"

GOOD = (
    HEADER
    + """\
  - id: recovered-share
    kind: share
    quote: 共被骗169万元……为被害人追回被骗的93万元
    values:
      part: 93万元
      whole: 169万元
      share: {value: 55%, derived: true}
"""
)

BAD = (
    HEADER
    + """\
  - id: amounts
    kind: order
    quote: 追回93万元,被骗169万元
    order: [lost, recovered]
    values:
      recovered: 93万元
      lost: 169万元
  - id: typo
    kind: share
    quote: 共被骗169万元……为被害人追回被骗的93万元
    values:
      part: 94万元
      whole: 169万元
      share: {value: 55%, derived: true}
"""
)

BROKEN = "claims:\n  - id: [\n"

NOTABLE = (
    HEADER
    + """\
  - id: rate-rise
    kind: change
    quote: 比例从20%上升到29%,上升45%
    values:
      from: 20%
      to: 29%
      change: 45%
  - id: per-grid
    kind: ratio
    quote: 0个网格配备3名网格员
    values:
      numerator: 3名
      denominator: 0个
      ratio: {value: 1名, derived: true}
  - id: grid
    kind: order
    severity: warning
    quote: 划分网格4370个,配备网格员3956名
    values: {grids: 4370个, workers: 3956名}
"""
)


def write_mixed(directory: Path, notable: bool = False) -> dict[str, Path]:
    """Write good.yaml, bad.yaml and broken.yaml (and notable.yaml) into ``directory``."""
    texts = {"good": GOOD, "bad": BAD, "broken": BROKEN}
    if notable:
        texts["notable"] = NOTABLE
    paths = {}
    for name, text in texts.items():
        paths[name] = directory / f"{name}.yaml"
        paths[name].write_text(text, encoding="utf-8")
    return paths
