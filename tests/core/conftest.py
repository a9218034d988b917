"""Helpers for the core tests: a fake clock whose sleep only advances time."""

from __future__ import annotations

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
