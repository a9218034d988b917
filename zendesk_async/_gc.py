"""`gc_paused()`: decode a body / build a page of models without cyclic-GC passes in the middle.

Why (issue 15, profiled): a page of 100 tickets allocates ~4,000 GC-tracked objects (orjson's
dicts and lists, then ~15 attrs instances per typed ticket). CPython's generational collector
runs every 700 such allocations and each pass scans the half-built page again, promotes it to the
older generations, and so brings on full collections of the whole heap. On the benchmark machine
that was ~40 % of the CPU time of `get_many` (5,000 tickets: 0.77 s of CPU, 0.46 s with the pause)
and ~25 % of a typed stream.

A pass during decoding can free nothing: JSON trees and models built from them hold no reference
cycles. So the collector is switched off for one *synchronous* step (no `await` inside, so no
other task of this event loop runs meanwhile) and switched back on right after; the collection
that became due runs at the next allocation. Other threads are not collected during that step
either (a few milliseconds per page). If the collector was already off (an application that
manages it itself), it is left alone.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the body with the cyclic garbage collector disabled, then restore it."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
