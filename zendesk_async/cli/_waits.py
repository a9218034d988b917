"""Why the client is waiting, for the progress line ("waiting 42 s: export budget 10/min").

Every wait of a client -- a 429 pause, an endpoint budget, the account budget, a retry back-off --
goes through the governor, which tells its `on_wait` hook the reason and length of each wait as it
starts (and ``None`` when it ends). `report_waits` sets that hook for the length of a ``with``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from .._ratelimit import Governor, OnWait


@contextmanager
def report_waits(governor: Governor, on_wait: OnWait) -> Iterator[None]:
    previous, governor.on_wait = governor.on_wait, on_wait
    try:
        yield
    finally:
        governor.on_wait = previous
