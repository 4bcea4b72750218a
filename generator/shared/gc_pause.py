"""Pausing Python's cyclic garbage collector around work that allocates many small objects
and makes no reference cycles.

Reading content allocates several hundred thousand such objects; so does loading the Thai
dictionary for search. The cyclic collector then rescans everything alive, and inside a
MkDocs build that is every page: it took ~40 % of the generator stage, and tripled the cost
of cutting the search index into words (benchmarks/). Reference counting still frees
everything as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
