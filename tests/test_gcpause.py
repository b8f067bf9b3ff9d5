"""gcpause: the collector is off inside the block and as the caller had it after."""

from __future__ import annotations

import gc
import weakref

import pytest

from factcheck.gcpause import paused


@pytest.mark.parametrize("enabled", [True, False])
def test_paused_restores_the_callers_setting(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(KeyError), paused():
            raise KeyError("x")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_what_the_block_made_is_old_after_it() -> None:
    with paused():
        made = [[] for _ in range(1000)]
    assert gc.get_count()[0] < 1000  # the first collection after will not walk them all
    assert gc.get_freeze_count() == 0  # nothing is left out of collection for good
    del made


def test_a_cycle_made_in_the_block_is_still_freed() -> None:
    class Node:
        pass

    with paused():
        a, b = Node(), Node()
        a.other, b.other = b, a  # type: ignore[attr-defined]
        gone = weakref.ref(a)
    del a, b
    gc.collect()
    assert gone() is None
