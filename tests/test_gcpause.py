"""gcpause: the collector is off inside the block and as the caller had it after."""

from __future__ import annotations

import gc

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
