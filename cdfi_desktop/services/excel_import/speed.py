"""Bulk work without pauses of the cyclic garbage collector (half the time of a big read otherwise)."""

# A workbook read makes hundreds of thousands of small objects; collections triggered by them, not the work
# itself, cost about half the time. Nothing here makes reference cycles: reference counting frees it all.

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic collector for the block (reference counting still frees everything); nestable."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
