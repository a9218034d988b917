"""Issue 11, defect 1: the OAuth token request, over loopback on both backends.

It obeys the client's timeouts and the retry deadline: a stalled ``/oauth/tokens`` ends in a
typed `APITimeoutError` (for the caller and every task waiting on the refresh), not a hang.

A generous `anyio.fail_after` bound only turns a hang into a failure; the assertions are on
typed errors.
"""

from __future__ import annotations

from collections.abc import Iterator

import anyio
import pytest

from zendesk_async import OAuthAuth, Zendesk
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

    async with Zendesk(base_url=url, auth=_auth(), timeout=0.3) as zd:
        with anyio.fail_after(GENEROUS):
            async with anyio.create_task_group() as tg:
                for _ in range(10):
                    tg.start_soon(call, zd)
    assert len(errors) == 10
    assert all(isinstance(e, APITimeoutError) for e in errors), errors
    assert _token_posts(fake) == 1  # the waiters share the failure, no queue of 0.3 s stalls
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
