"""Channel operations (not routed by the fake) via respx, and `zd.gather` fan-out."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import anyio
import httpx
import pytest
import respx

from zendesk_async import ApiTokenAuth, Zendesk
from zendesk_async.errors import CallCancelledError, NotFoundError, ResponseParseError

pytestmark = pytest.mark.anyio
BASE = "https://acme.zendesk.com"


@pytest.fixture
async def mocked() -> AsyncIterator[tuple[Zendesk, respx.MockRouter]]:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        async with Zendesk(subdomain="acme", auth=ApiTokenAuth("a@b.c", "tok")) as zd:
            yield zd, router


async def test_channel_operations(mocked: tuple[Zendesk, respx.MockRouter]) -> None:
    zd, router = mocked
    tweet = router.post("/api/v2/channels/twitter/tickets").respond(201, json={"ticket": {"id": 7}})
    assert await zd.tickets.channels.from_tweet(11, 22) == {"ticket": {"id": 7}}
    sent = json.loads(tweet.calls.last.request.content)
    assert sent == {"ticket": {"twitter_status_message_id": 11, "monitored_twitter_handle_id": 22}}

    status = router.get("/api/v2/channels/twitter/tickets/5/statuses")
    status.respond(200, json={"statuses": [{"id": 1, "retweet": False}]})
    assert await zd.tickets.channels.twicket_statuses(5, ids=[1, 2]) == [
        {"id": 1, "retweet": False}
    ]
    assert status.calls.last.request.url.params["ids"] == "1,2"

    router.post("/api/v2/channels/voice/agents/3/tickets/4/display").respond(200)
    assert await zd.tickets.channels.open_in_agent_browser(3, 4) is None

    router.post("/api/v2/channels/voice/tickets").respond(201, json={"ticket": {"id": 9}})
    voice = await zd.tickets.channels.voice_ticket(via_id=44, comment={"body": "hi"})
    assert voice.id == 9


async def test_a_body_that_does_not_fit_is_a_parse_error(
    mocked: tuple[Zendesk, respx.MockRouter],
) -> None:
    zd, router = mocked
    router.get("/api/v2/tickets/1").respond(200, json={"tickets": []})
    with pytest.raises(ResponseParseError) as err:
        await zd.tickets.get(1)
    assert isinstance(err.value.body, bytes) and b'"tickets"' in err.value.body


async def test_gather_reports_each_input(mocked: tuple[Zendesk, respx.MockRouter]) -> None:
    zd, router = mocked
    router.get("/api/v2/tickets/1").respond(200, json={"ticket": {"id": 1}})
    router.get("/api/v2/tickets/2").respond(404, json={"error": "RecordNotFound"})
    router.get("/api/v2/tickets/3").respond(200, json={"ticket": {"id": 3}})
    async with zd.gather(concurrency=2) as g:
        for tid in (1, 2, 3):
            g.submit(zd.tickets.get, tid, key=tid)
    assert [o.key for o in g.outcomes] == [1, 2, 3]
    assert [t.id for t in g.results] == [1, 3]
    assert isinstance(g.errors[0].error, NotFoundError) and g.errors[0].key == 2
    with pytest.raises(ExceptionGroup):
        g.raise_errors()


async def test_cancelled_gather_calls_are_never_ok(
    mocked: tuple[Zendesk, respx.MockRouter],
) -> None:
    """Cancel the scope around `zd.gather()`: the call that finished keeps its value; every call
    that did not finish (running, waiting for a slot) says it was cancelled and is not ok."""
    zd, router = mocked
    router.get("/api/v2/tickets/1").respond(200, json={"ticket": {"id": 1}})
    first_done = anyio.Event()

    async def fast() -> Any:
        ticket = await zd.tickets.get(1)
        first_done.set()
        return ticket

    async def blocked() -> Any:
        await anyio.sleep_forever()

    with anyio.CancelScope() as scope:
        async with zd.gather(concurrency=2) as g:
            g.submit(fast, key="fast")
            for key in range(3):  # one runs beside `fast`, the others wait for a slot
                g.submit(blocked, key=key)
            await first_done.wait()
            scope.cancel()
    assert scope.cancelled_caught
    done, *unfinished = g.outcomes
    assert done.ok and done.unwrap().id == 1 and not done.cancelled
    for outcome in unfinished:
        assert not outcome.ok and outcome.value is None and outcome.cancelled
        assert isinstance(outcome.error, CallCancelledError)
        with pytest.raises(CallCancelledError):
            outcome.unwrap()
    assert [t.id for t in g.results] == [1]
    assert [o.key for o in g.errors] == [0, 1, 2]
    with pytest.raises(ExceptionGroup) as info:
        g.raise_errors()
    assert all(isinstance(e, CallCancelledError) for e in info.value.exceptions)


async def test_gather_cancelled_before_any_call_started() -> None:
    """Cancelled before the task group ran anything: no call is ok."""

    async def value() -> int:
        return 1

    with anyio.CancelScope() as scope:
        async with Zendesk(subdomain="acme", auth=ApiTokenAuth("a@b.c", "tok")).gather() as g:
            for key in range(3):
                g.submit(value, key=key)
            scope.cancel()
    assert [o.ok for o in g.outcomes] == [False] * 3
    assert all(o.cancelled for o in g.outcomes) and g.results == []


async def test_fulfilled_sends_a_comma_separated_list(
    mocked: tuple[Zendesk, respx.MockRouter],
) -> None:
    zd, router = mocked
    route = router.get("/api/v2/routing/requirements/fulfilled")
    route.respond(200, json={"fulfilled_ticket_ids": [1]})
    assert await zd.routing.tickets.fulfilled([1, 2]) == [1]
    assert route.calls.last.request.url.params["ticket_ids"] == "1,2"


def test_resources_repr_has_no_secret() -> None:
    zd = Zendesk(subdomain="acme", auth=ApiTokenAuth("a@b.c", "s3cret-token"))
    assert "s3cret" not in repr(zd) + repr(zd.tickets) + repr(zd.routing)
    assert isinstance(zd.http, httpx.AsyncClient)
