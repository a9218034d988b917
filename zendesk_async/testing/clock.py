"""`VirtualClock`: a clock that moves only when something sleeps on it.

Give it to a client as ``Zendesk(..., clock=vc, sleep=vc.sleep)``: Retry-After waits, back-offs,
rate-limit pauses and job polling then cost no wall time, and a test can assert how long the
client *would* have waited (`slept`).
"""

from __future__ import annotations

import anyio.lowlevel

__all__ = ["VirtualClock"]


class VirtualClock:
    """`vc()` / `vc.now()` read the time; `await vc.sleep(s)` advances it by `s` at once (and
    yields to other tasks once); `vc.slept` is the total slept so far."""

    def __init__(self, start: float = 0.0) -> None:
        self.t = start
        self.slept = 0.0

    def __call__(self) -> float:
        return self.t

    def now(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        seconds = max(0.0, seconds)
        self.t += seconds
        self.slept += seconds
        await anyio.lowlevel.checkpoint()
