"""Fixtures for the fake server's own tests (the shared plugin, plus an in-process client)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from zendesk_async.testing import FakeZendesk
from zendesk_async.testing.pytest_plugin import fake_zendesk, fake_zendesk_server

__all__ = ["fake_zendesk", "fake_zendesk_server"]

NOW = 1_700_000_000.0  # every test's clock starts here (long after the seeded tickets)


class Clock:
    """A settable clock for `FakeZendesk(now=...)`."""

    def __init__(self, t: float = NOW) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def fake(clock: Clock) -> FakeZendesk:
    return FakeZendesk(tickets=300, seed=3, now=clock)


@pytest.fixture
async def http(fake: FakeZendesk) -> AsyncIterator[httpx.AsyncClient]:
    async with fake.client() as client:
        yield client
