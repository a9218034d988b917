"""Pytest fixtures: `fake_zendesk` (the app), `fake_zendesk_server` (its loopback base URL) and
`zendesk_client` (a `Zendesk` configured for that server).

Enable with `pytest_plugins = ["zendesk_async.testing.pytest_plugin"]` in a conftest, or
`-p zendesk_async.testing.pytest_plugin`. Override `fake_zendesk` in your own conftest to seed
differently; `fake_zendesk_server` serves whatever `fake_zendesk` returns.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from .._client import Zendesk
from ..auth import ApiTokenAuth
from .app import FakeZendesk
from .server import serve_in_thread

#: Short timeouts for loopback tests: a hung fake fails a test in about a second, not minutes.
CLIENT_TIMEOUT = httpx.Timeout(5.0, read=1.0)


@pytest.fixture
def fake_zendesk() -> FakeZendesk:
    """A fresh fake account with 200 seeded tickets (seed 0)."""
    return FakeZendesk(tickets=200, seed=0)


@pytest.fixture
def fake_zendesk_server(fake_zendesk: FakeZendesk) -> Iterator[str]:
    """`fake_zendesk` served on 127.0.0.1 (a free port); yields the base URL."""
    with serve_in_thread(fake_zendesk) as base_url:
        yield base_url


@pytest.fixture
async def zendesk_client(
    fake_zendesk: FakeZendesk, fake_zendesk_server: str, anyio_backend: object
) -> AsyncIterator[Zendesk]:
    """A `Zendesk` on `fake_zendesk_server` with the fake's API token and short timeouts.

    Async: use it from tests marked ``@pytest.mark.anyio`` (it runs on their backend).
    The client is closed after the test.
    """
    del anyio_backend  # requested so anyio's plugin runs this fixture on the test's backend
    email, _, token = fake_zendesk.auth.primary.partition("/token:")
    auth = ApiTokenAuth(email, token)
    async with Zendesk(base_url=fake_zendesk_server, auth=auth, timeout=CLIENT_TIMEOUT) as client:
        yield client
