"""The fast roads against the careful one, on broken and mutated files: composing in C must give
the nodes of the event walk whenever it vouches for a text, and a file loaded a slice of claims
at a time must load exactly as whole, problems included."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from tests.fuzz import strategies
from tests.fuzz.harness import GUILIN
from tests.test_safeyaml import shape

from factcheck import loader, safeyaml, yamlevents, yamlsplit

SAMPLE = settings(
    max_examples=100,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def same_nodes(text: str) -> None:
    try:
        root, nodes = safeyaml.compose_fast(text)
    except safeyaml.Unsure:
        return  # composed the careful way, which places any refusal
    careful = yamlevents.compose_careful(text)  # a refusal here is one the fast road missed
    assert (root is None) == (careful is None)
    if root is not None and careful is not None:
        assert shape(root) == shape(careful)
    assert nodes == sum(
        isinstance(e, yaml.NodeEvent) for e in yaml.parse(text, Loader=safeyaml.Loader)
    )


@SAMPLE
@given(data=strategies.claim_texts())
def test_fast_composing_vouches_only_for_what_the_event_walk_accepts(data: bytes) -> None:
    same_nodes(data.decode("utf-8", "replace"))


@SAMPLE
@given(ops=strategies.mutations)
def test_fast_composing_of_mutated_claims(ops: list[tuple[str, int, int, bytes]]) -> None:
    same_nodes(strategies.apply(GUILIN.read_bytes(), ops).decode("utf-8", "replace"))


@SAMPLE
@given(ops=strategies.mutations)
def test_a_mutated_file_loads_in_slices_exactly_as_whole(
    ops: list[tuple[str, int, int, bytes]],
) -> None:
    with tempfile.TemporaryDirectory() as where, pytest.MonkeyPatch.context() as mp:
        path = Path(where) / "c.yaml"
        path.write_bytes(strategies.apply(GUILIN.read_bytes(), ops))
        mp.setattr(loader, "SPLIT_CHARS", 1 << 40)
        whole = loader.load(path)
        mp.setattr(loader, "SPLIT_CHARS", 0)
        mp.setattr(yamlsplit, "PER_SLICE", 3)
        assert loader.load(path) == whole
