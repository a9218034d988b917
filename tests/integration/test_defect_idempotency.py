"""Issue 11, defect 3: a write that appends is not resent after it may have reached Zendesk.

Over loopback, on both backends: the fake applies a PUT and then resets the connection. A ticket
update that adds a comment must end in `APIConnectionError` with the comment there once (not
twice: the customer would get two e-mails); a plain status change is still retried. Waits run on
an instant clock (no wall-time sleeping).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import httpx
import pytest

from zendesk_async import ApiTokenAuth, Zendesk
from zendesk_async.errors import APIConnectionError
from zendesk_async.testing import FakeZendesk, Fault, VirtualClock, serve_in_thread

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def fake() -> FakeZendesk:
    return FakeZendesk(tickets=20, seed=3, job_polls=0)


@pytest.fixture(scope="module")
def base_url(fake: FakeZendesk) -> Iterator[str]:
    with serve_in_thread(fake) as url:
        yield url


@pytest.fixture
def client(fake: FakeZendesk, base_url: str, anyio_backend: str) -> Zendesk:
    fake.faults.clear()
    email, _, token = fake.auth.primary.partition("/token:")
    clock = VirtualClock(1000.0)
    return Zendesk(
        base_url=base_url,
        auth=ApiTokenAuth(email, token),
        timeout=httpx.Timeout(5.0, read=2.0),
        clock=clock.now,
        sleep=clock.sleep,
    )


def _puts(fake: FakeZendesk, path: str) -> int:
    return sum(1 for method, p in list(fake.requests) if method == "PUT" and p == path)


async def test_comment_put_reset_after_it_was_applied_is_not_resent(
    client: Zendesk, fake: FakeZendesk
) -> None:
    async with client as zd:
        ticket = await zd.tickets.create(subject="reset", comment={"body": "first"})
        path = f"/api/v2/tickets/{ticket.id}"
        rule = fake.faults.add(Fault.reset_after_read(), path=path, method="PUT", times=1)
        with pytest.raises(APIConnectionError):
            await zd.tickets.update(ticket.id, comment={"body": "second", "public": True})
        assert rule.hits == 1 and _puts(fake, path) == 1
        bodies = [c.body async for c in zd.tickets.comments(ticket.id)]
        assert bodies == ["first", "second"]  # applied once, never twice


async def test_plain_put_reset_after_it_was_applied_is_still_retried(
    client: Zendesk, fake: FakeZendesk
) -> None:
    async with client as zd:
        ticket = await zd.tickets.create(subject="reset", comment={"body": "first"})
        path = f"/api/v2/tickets/{ticket.id}"
        rule = fake.faults.add(Fault.reset_after_read(), path=path, method="PUT", times=1)
        updated = await zd.tickets.update(ticket.id, status="solved")
        assert updated.status == "solved"
        assert rule.hits == 1 and _puts(fake, path) == 2  # reset, then resent
        assert await zd.tickets.comment_count(ticket.id) == 1


async def test_bulk_update_with_a_comment_is_not_resent(client: Zendesk, fake: FakeZendesk) -> None:
    async with client as zd:
        ticket = await zd.tickets.create(subject="bulk", comment={"body": "first"})
        path = "/api/v2/tickets/update_many"
        before = _puts(fake, path)  # the fake is shared by both backends' runs
        fake.faults.add(Fault.reset_after_read(), path=path, method="PUT", times=1)
        with contextlib.suppress(APIConnectionError):  # or a partial result (bulk reports it)
            await zd.tickets.update_many([ticket.id], comment={"body": "bulk note"})
        assert _puts(fake, path) - before == 1
