"""Issue 11, defects 1 and 2: the OAuth token request, over loopback on both backends.

1. It obeys the client's timeouts and the retry deadline: a stalled ``/oauth/tokens`` ends in a
   typed `APITimeoutError` (for the caller and every task waiting on the refresh), not a hang.
2. Once sent, it completes even if the task that triggered it is cancelled: the fake rotates
   the refresh token (the old one stops working), so the answer must be read, stored and given
   to `on_refresh`; the next call then succeeds.

Timing is driven by events (the fake's token endpoint waits on one) and a generous
`anyio.fail_after` bound only turns a hang into a failure; the assertions are on typed errors.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import anyio
import httpx
import pytest

from zendesk_async import OAuthAuth, OAuthTokens, Zendesk
from zendesk_async.errors import APITimeoutError
from zendesk_async.testing import FakeZendesk, Fault, serve_in_thread

pytestmark = pytest.mark.anyio

GENEROUS = 10.0  # seconds: only a hang reaches this; the timeouts under test are 0.3 - 0.5 s
TOKEN_PATH = "/oauth/tokens"


def _auth(**kwargs: object) -> OAuthAuth:
    return OAuthAuth(
        "stale-access",
        refresh_token="fake-refresh-token",
        client_id="fake-client",
        client_secret="fake-secret",
        expires_at=0,  # expired: the first call refreshes
        **kwargs,  # type: ignore[arg-type]
    )


def _token_posts(fake: FakeZendesk) -> int:
    return sum(1 for m, p in list(fake.requests) if m == "POST" and p == TOKEN_PATH)


@pytest.fixture
def hanging() -> Iterator[tuple[FakeZendesk, str]]:
    fake = FakeZendesk(tickets=3)
    fake.faults.add(Fault.hang(), path=TOKEN_PATH)
    with serve_in_thread(fake) as url:
        yield fake, url


async def test_stalled_token_endpoint_ends_in_a_typed_timeout_for_every_waiter(
    hanging: tuple[FakeZendesk, str], anyio_backend: str
) -> None:
    fake, url = hanging
    errors: list[BaseException] = []

    async def call(zd: Zendesk) -> None:
        try:
            await zd.tickets.count()
        except Exception as exc:
            errors.append(exc)

    # 0.3 s for every phase but connecting (a loaded CI machine may be slow to accept)
    timeout = httpx.Timeout(0.3, connect=GENEROUS)
    async with Zendesk(base_url=url, auth=_auth(), timeout=timeout) as zd:
        with anyio.fail_after(GENEROUS):
            async with anyio.create_task_group() as tg:
                for _ in range(10):
                    tg.start_soon(call, zd)
    assert len(errors) == 10
    assert all(isinstance(e, APITimeoutError) for e in errors), errors
    # no queue of 0.3 s stalls: the governor's slow start sends one call first into a cold
    # budget; its failure (no answer) ends the slow start and the other waiters share a renewal
    assert _token_posts(fake) <= 3
    for error in errors:
        assert "OAuth token" in str(error)
        assert isinstance(error, APITimeoutError) and error.request is not None
        assert error.request.content == b""  # the refresh token / secret are not kept
        assert "fake-refresh-token" not in str(error) and "fake-secret" not in str(error)


async def test_token_request_is_bounded_by_the_retry_deadline(
    hanging: tuple[FakeZendesk, str], anyio_backend: str
) -> None:
    _, url = hanging
    async with Zendesk(base_url=url, auth=_auth(), timeout=60.0, retry_deadline=0.5) as zd:
        with anyio.fail_after(GENEROUS), pytest.raises(APITimeoutError, match=r"within 0\.5 s"):
            await zd.tickets.count()


class Gate:
    """The fake's `sleep` for a latency fault on the token endpoint: it reports that the token
    request arrived, then holds it until the test releases it (threads: the fake runs in one)."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()

    async def sleep(self, seconds: float) -> None:
        del seconds
        self.entered.set()
        await anyio.to_thread.run_sync(self.release.wait, GENEROUS)


async def test_refresh_survives_the_cancellation_of_the_task_that_started_it(
    anyio_backend: str,
) -> None:
    gate = Gate()
    fake = FakeZendesk(tickets=3, sleep=gate.sleep)
    fake.faults.add(Fault.latency(1), path=TOKEN_PATH, times=1)
    persisted: list[OAuthTokens] = []
    with serve_in_thread(fake) as url:
        try:
            auth = _auth(on_refresh=persisted.append)
            async with Zendesk(base_url=url, auth=auth, timeout=httpx.Timeout(GENEROUS)) as zd:
                with anyio.fail_after(GENEROUS):
                    async with anyio.create_task_group() as tg:
                        caller = anyio.CancelScope()

                        async def trigger() -> None:
                            with caller:
                                await zd.tickets.count()
                            assert caller.cancelled_caught

                        tg.start_soon(trigger)
                        await anyio.to_thread.run_sync(gate.entered.wait, GENEROUS)
                        caller.cancel()  # the token request is in flight; Zendesk will rotate
                        await anyio.wait_all_tasks_blocked()  # the cancellation has landed
                        gate.release.set()
                    # rotated: the old refresh token is dead, the new one was read and stored
                    assert "fake-refresh-token" not in fake.auth.refresh
                    assert [t.refresh_token in fake.auth.refresh for t in persisted] == [True]
                    assert await zd.tickets.count() >= 0  # the next call succeeds
            assert _token_posts(fake) == 1
            assert auth.refresh_count == 1
        finally:
            gate.release.set()
