"""zendesk_async.testing: a stateful fake Zendesk server to test your code against.

In-process (fast, no sockets)::

    from zendesk_async.testing import FakeZendesk, Fault

    fake = FakeZendesk(tickets=500, seed=7)
    async with fake.client() as http:                # httpx.AsyncClient on ASGITransport
        page = (await http.get("/api/v2/tickets.json", params={"page[size]": 100})).json()

Over a real socket (what the client, the CLI and the benchmarks use)::

    from zendesk_async.testing import serve_in_thread

    with serve_in_thread(fake) as base_url:          # http://127.0.0.1:<free port>
        ...                                          # point a Zendesk client at base_url

or from a shell: `python -m zendesk_async.testing --port 8085 --tickets 100000 --seed 1`.

Faults (see `faults.py`)::

    fake.faults.add(Fault.status(503, retry_after=1), path="/api/v2/tickets", times=2)
    fake.faults.add(Fault.reset_after_read(), path="/api/v2/tickets/*", method="PUT")

Credentials the fake accepts by default: Basic `agent@example.com/token:fake-api-token`,
Bearer `fake-oauth-token`, OAuth client `fake-client`/`fake-secret` with refresh token
`fake-refresh-token`. Pytest fixtures: add `-p zendesk_async.testing.pytest_plugin` (or
`pytest_plugins = ["zendesk_async.testing.pytest_plugin"]` in a conftest) for `fake_zendesk` and
`fake_zendesk_server`.
"""

from __future__ import annotations

from .app import FakeZendesk
from .clock import VirtualClock
from .faults import Fault, FaultKind, FaultRule, FaultSet, catalogue
from .server import serve_in_thread, uvicorn_config

__all__ = [
    "FakeZendesk",
    "Fault",
    "FaultKind",
    "FaultRule",
    "FaultSet",
    "VirtualClock",
    "catalogue",
    "serve_in_thread",
    "uvicorn_config",
]
