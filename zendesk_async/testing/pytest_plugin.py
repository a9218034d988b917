"""Pytest fixtures: `fake_zendesk` (the app) and `fake_zendesk_server` (its loopback base URL).

Enable with `pytest_plugins = ["zendesk_async.testing.pytest_plugin"]` in a conftest, or
`-p zendesk_async.testing.pytest_plugin`. Override `fake_zendesk` in your own conftest to seed
differently; `fake_zendesk_server` serves whatever `fake_zendesk` returns.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .app import FakeZendesk
from .server import serve_in_thread


@pytest.fixture
def fake_zendesk() -> FakeZendesk:
    """A fresh fake account with 200 seeded tickets (seed 0)."""
    return FakeZendesk(tickets=200, seed=0)


@pytest.fixture
def fake_zendesk_server(fake_zendesk: FakeZendesk) -> Iterator[str]:
    """`fake_zendesk` served on 127.0.0.1 (a free port); yields the base URL."""
    with serve_in_thread(fake_zendesk) as base_url:
        yield base_url
