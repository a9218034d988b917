"""What every scenario shares: credentials, expected counts, client factories, the outcome type."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from zendesk_async import _constants as C

EMAIL = "agent@example.com"
API_TOKEN = "fake-api-token"
FIRST_ID = C.FAKE_FIRST_TICKET_ID
DELETED_EVERY = C.FAKE_SEED_DELETED_EVERY


class Timer:
    """Wall and CPU time of this process from creation: the wall time is what the scenarios
    compare; the CPU time (client only: the fake runs in another process) barely moves when
    other processes load the shared cores, so it explains a noisy ratio."""

    def __init__(self) -> None:
        self._wall = time.perf_counter()
        self._cpu = time.process_time()

    def outcome(self, count: int) -> Outcome:
        wall = time.perf_counter() - self._wall
        return Outcome(count, wall, {"cpu": time.process_time() - self._cpu})


class ContenderUnavailable(Exception):
    """This contender cannot run here (not installed, not landed, cannot do the scenario)."""


@dataclass
class Outcome:
    """What one contender did in one scenario: items handled, timed seconds, anything else."""

    count: int
    seconds: float
    extra: dict[str, Any] = field(default_factory=dict)


def visible_tickets(n: int) -> int:
    """Seeded tickets a list shows: every 97th of the first `n` is deleted (exports only)."""
    return n - (n + 1) // DELETED_EVERY


def seeded_ids(n: int) -> list[int]:
    return [FIRST_ID + i for i in range(n)]


def visible_ids(n: int) -> list[int]:
    """The first `n` ids that exist (GET answers 200)."""
    ids: list[int] = []
    i = 0
    while len(ids) < n:
        if i % DELETED_EVERY != DELETED_EVERY - 1:
            ids.append(FIRST_ID + i)
        i += 1
    return ids


# -- raw httpx (the floor) -----------------------------------------------------------------------
def raw_client(url: str, connections: int = C.DEFAULT_MAX_CONNECTIONS) -> httpx.AsyncClient:
    """A plain httpx.AsyncClient, pool sized like the library's default."""
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    return httpx.AsyncClient(
        base_url=url, auth=httpx.BasicAuth(f"{EMAIL}/token", API_TOKEN), limits=limits
    )


# -- zendesk-async -------------------------------------------------------------------------------
def za_client(url: str, **kwargs: Any) -> Any:
    """`zendesk_async.Zendesk` on the fake; `ContenderUnavailable` until the client has landed."""
    try:
        from zendesk_async import Zendesk  # type: ignore[attr-defined,unused-ignore]
        from zendesk_async.auth import ApiTokenAuth
    except ImportError as exc:
        raise ContenderUnavailable(f"zendesk_async.Zendesk not available ({exc})") from exc
    return Zendesk(base_url=url, auth=ApiTokenAuth(EMAIL, API_TOKEN), **kwargs)


# -- zenpy ---------------------------------------------------------------------------------------
def zenpy_client(url: str) -> Any:
    """zenpy builds https://{subdomain}.{domain}/api/v2 URLs; its documented environment
    overrides ZENPY_FORCE_SCHEME / ZENPY_FORCE_NETLOC point it at the loopback fake. Caching is
    disabled so every call is a request (the scenarios never re-read an id anyway)."""
    try:
        from zenpy import Zenpy
    except ImportError as exc:
        raise ContenderUnavailable("zenpy not installed (pip install -e '.[bench]')") from exc
    os.environ["ZENPY_FORCE_SCHEME"] = "http"
    os.environ["ZENPY_FORCE_NETLOC"] = url.removeprefix("http://")
    client = Zenpy(subdomain="bench", email=EMAIL, token=API_TOKEN)
    client.disable_caching()
    return client


# -- python-zendesk (Speakeasy) ------------------------------------------------------------------
def pyzd_client(url: str, *, retry: bool = False) -> Any:
    """python-zendesk's `Zendesk` with `server_url` and Basic security; `retry`: the SDK's
    documented RetryConfig (backoff, honours Retry-After), off by default as in the SDK."""
    try:
        from zendesk import Zendesk, models
        from zendesk.utils import BackoffStrategy, RetryConfig
    except ImportError as exc:
        msg = "python-zendesk not installed (pip install -e '.[bench]')"
        raise ContenderUnavailable(msg) from exc
    kwargs: dict[str, Any] = {}
    if retry:
        kwargs["retry_config"] = RetryConfig(
            "backoff", BackoffStrategy(500, 60_000, 1.5, 600_000), retry_connection_errors=True
        )
    security = models.Security(username=f"{EMAIL}/token", password=API_TOKEN)
    return Zendesk(security=security, server_url=url, **kwargs)
