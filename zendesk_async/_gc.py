"""`gc_paused()`: build a page of typed models without cyclic-GC passes in the middle.

Why (issue 15, profiled): a page of 100 tickets becomes ~1,500 attrs instances (a `TicketObject`
and its seven `CustomFieldValue`s, `via`, ...) next to the ~2,500 containers of the decoded JSON.
CPython's generational collector runs every 700 such allocations; each pass scans the half-built
page again and promotes it to the older generations, which brings on full collections of the
whole heap. On the benchmark machine the collector took ~25 % of a typed stream's CPU time and
~20-40 % of `get_many`'s; with the pause a typed 100k-ticket export ran in 13 s instead of 26 s.

A pass while models are built can free nothing: models built from a JSON tree hold no reference
cycles. So the collector is switched off for that one *synchronous* step (no `await` inside, so
no other task of this event loop runs meanwhile) and back on right after; the collection that
became due runs at the next allocation. Other threads are not collected during that step either
(a few milliseconds per page). If the collector was already off (an application that manages it
itself), it is left alone.

Decoding is *not* wrapped: pausing around `orjson.loads` too let the request/stream reference
cycles of each response (which hold the body's chunks) reach the oldest generation, and a raw
100k-ticket export's peak RSS grew from 79 to 112 MB with the number of pages; with the pause
around model building only, peak RSS stays flat (87 MB at 100k and at 200k tickets).
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
