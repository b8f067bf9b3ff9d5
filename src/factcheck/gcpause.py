"""Pausing the cyclic garbage collector while claims are loaded and checked.

Loading and checking build millions of small objects that hold no reference cycles (nodes,
frozen models, intervals, findings); every few hundred allocations the collector would walk
all of them again, which costs as much as the work itself on a large file and grows faster
than the file. Reference counting still frees everything; the collector is restored after.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Disable the cyclic collector for the block, then restore the caller's setting."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
