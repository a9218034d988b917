"""Helpers for the core tests: a fake clock whose sleep only advances time."""

from __future__ import annotations

import heapq

import anyio
import anyio.lowlevel
import pytest


class FakeClock:
    """`now()` / `sleep()` for the governor: sleeping advances time at once and records the wait."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        wake = self.t + max(0.0, seconds)
        await anyio.lowlevel.checkpoint()  # let concurrent sleepers book their wake-up too
        self.t = max(self.t, wake)  # concurrent sleeps overlap instead of adding up


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


class VirtualClock:
    """Virtual time for concurrency tests: sleepers block until `run()` advances the clock to their
    wake-up, which it does only once every other task is blocked. Nothing sleeps for real."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start
        self.sleeps: list[float] = []
        self._waiters: list[tuple[float, int, anyio.Event]] = []
        self._seq = 0

    def now(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        if seconds <= 0:
            await anyio.lowlevel.checkpoint()
            return
        event = anyio.Event()
        self._seq += 1
        heapq.heappush(self._waiters, (self.t + seconds, self._seq, event))
        await event.wait()

    async def run(self) -> None:
        """Start this in a task group and cancel it when the test's tasks are done."""
        while True:
            await anyio.wait_all_tasks_blocked()
            if not self._waiters:
                await anyio.lowlevel.checkpoint()
                continue
            wake, _, event = heapq.heappop(self._waiters)
            self.t = max(self.t, wake)
            event.set()
