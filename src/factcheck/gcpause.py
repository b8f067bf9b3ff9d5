"""Pausing the cyclic garbage collector while claims are loaded and checked.

Loading and checking build millions of small objects that hold no reference cycles (nodes,
frozen models, intervals, findings); every few hundred allocations the collector would walk
all of them again, which costs as much as the work itself on a large file and grows faster
than the file. Reference counting still frees everything; the collector is restored after.

On the way out, every object the collector tracks is moved to its oldest generation
(``gc.freeze`` then ``gc.unfreeze``, which scan nothing): left in the youngest, the objects made
in the block would all be walked by the first collection after it, a second on 100,000 claims.
A cycle among them is still freed, by a full collection, as any long-lived cycle is.
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
        gc.freeze()  # to the permanent generation, and back to the oldest: no scan
        gc.unfreeze()
        if enabled:
            gc.enable()
