from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from zendesk_async import ApiTokenAuth, Zendesk
from zendesk_async.testing import FakeZendesk

BASE = "http://127.0.0.1:8080"  # never contacted: requests go to the in-process ASGI app


@pytest.fixture
def fake() -> FakeZendesk:
    return FakeZendesk(tickets=250, seed=7, job_polls=0)


@pytest.fixture
async def zd(fake: FakeZendesk) -> AsyncIterator[Zendesk]:
    async with Zendesk(
        base_url=BASE,
        auth=ApiTokenAuth("agent@example.com", "fake-api-token"),
        transport=httpx.ASGITransport(app=fake),
    ) as client:
        yield client
