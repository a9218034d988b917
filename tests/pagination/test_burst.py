"""Stall detection versus legitimate repeats (issue 11, defect 8).

A time-based export page that is one burst of tickets sharing a `generated_timestamp` (after a
gap) is legitimately served twice: first from a `start_time` before the burst (`end_time` = the
burst's second), then from that second (the same items, `end_time` moved on by one). A stall is
only a next request identical to the one just sent; these pages must complete, with every
record exactly once, and resuming from every checkpoint must give exactly the rest.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from zendesk_async._ratelimit import Governor
from zendesk_async._transport import RequestPath
from zendesk_async.errors import StalledPaginationError
from zendesk_async.incremental import IncrementalExport
from zendesk_async.pagination import Kind, Paginator
from zendesk_async.testing import FakeZendesk, VirtualClock

from ._stub import StubRequester, items, ok, ticket, time_server

pytestmark = pytest.mark.anyio

NOW = 1_700_000_000
TIME_PATH = "/api/v2/incremental/tickets"
EVENTS_PATH = "/api/v2/incremental/ticket_events"
START = 1_600_000_000


def clock() -> float:
    return float(NOW)


def burst_data() -> list[dict[str, Any]]:
    """Two lone tickets, a gap, a burst of 4 in one second, a gap, a burst of 3, one more."""
    lone = [ticket(1, START), ticket(2, START + 1)]
    burst = [ticket(i, START + 100) for i in range(3, 7)]
    second = [ticket(i, START + 200) for i in range(7, 10)]
    return [*lone, *burst, *second, ticket(10, START + 300)]


def time_export(
    data: list[dict[str, Any]], page_size: int, **kw: Any
) -> tuple[IncrementalExport[Any], StubRequester]:
    stub = StubRequester(time_server(data))
    if "checkpoint" not in kw:
        kw["start_time"] = START
    export: IncrementalExport[Any] = IncrementalExport(
        stub, Kind.TIME, TIME_PATH, "tickets", page_size=page_size, clock=clock, **kw
    )
    return export, stub


def burst_first() -> list[dict[str, Any]]:
    """A gap after `start_time`, then a first page that is exactly one burst of 4."""
    return [*(ticket(i, START + 100) for i in range(1, 5)), ticket(5, START + 200)]


@pytest.mark.parametrize("page_size", [1, 2, 3, 4, 5, 7, 1000])
@pytest.mark.parametrize("make", [burst_data, burst_first])
async def test_burst_pages_complete_with_every_record_once(make: Any, page_size: int) -> None:
    data = make()
    export, stub = time_export(data, page_size)
    pages = [p async for p in export.pages()]
    assert [t for p in pages for t in p.items] == data
    bodies = [[t["id"] for t in p.body["tickets"]] for p in pages]
    if page_size == 1 or (page_size == 4 and make is burst_first):
        # the server did serve a whole page again, under a new start_time
        assert any(a == b and a for a, b in itertools.pairwise(bodies))
    starts = [c[1]["start_time"] for c in stub.calls]
    assert starts == sorted(set(starts))  # no request was sent twice


@pytest.mark.parametrize("page_size", [1, 3, 4])
@pytest.mark.parametrize("make", [burst_data, burst_first])
async def test_burst_export_resumes_from_every_checkpoint(make: Any, page_size: int) -> None:
    data = make()
    export, _ = time_export(data, page_size)
    handled: list[Any] = []
    async for page in export.pages():
        handled.extend(page.items)
        checkpoint = json.loads(json.dumps(page.checkpoint))
        resumed, _ = time_export(data, page_size, checkpoint=checkpoint)
        assert handled + await resumed.collect() == data


async def test_time_export_whose_next_request_is_the_same_is_a_stall() -> None:
    """`end_time` == `start_time` without end_of_stream: the next request would be identical."""

    def handle(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params["start_time"])
        page = [ticket(1, START + 5)]
        return ok({"tickets": page, "end_time": max(start, START + 5), "end_of_stream": False})

    stub = StubRequester(handle)
    export = IncrementalExport(stub, Kind.TIME, TIME_PATH, "tickets", start_time=START, clock=clock)
    got: list[Any] = []
    with pytest.raises(StalledPaginationError, match="does not advance"):
        async for t in export:
            got.append(t)
    assert got == [ticket(1, START + 5)]  # the first answer is kept, the repeat never asked
    assert [c[1]["start_time"] for c in stub.calls] == [START, START + 5]


async def test_same_items_under_a_new_cursor_are_not_a_stall() -> None:
    """Content alone never makes a stall: a cursor that moves on is followed."""
    served: list[str | None] = []

    def handle(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("page[after]")
        served.append(after)
        more = len(served) < 3
        meta = {"has_more": more, "after_cursor": f"c{len(served)}" if more else None}
        return ok({"tickets": items(2), "meta": meta})

    stream = Paginator(StubRequester(handle), Kind.CURSOR, "/api/v2/tickets", "tickets")
    assert [t["id"] for t in await stream.collect()] == [1, 2, 1, 2, 1, 2]
    assert served == [None, "c1", "c2"]


async def test_identical_request_spelled_differently_is_a_stall() -> None:
    """`per_page=3` (int, ours) and `per_page="3"` (the server's next_page URL) are one request."""

    def handle(request: httpx.Request) -> httpx.Response:
        nxt = "https://acme.zendesk.com/api/v2/tickets?per_page=3&page=2"
        return ok({"tickets": items(3), "next_page": nxt})

    stub = StubRequester(handle)
    stream = Paginator(stub, Kind.OFFSET, "/api/v2/tickets", "tickets", page_size=3)
    with pytest.raises(StalledPaginationError):
        await stream.collect()
    assert len(stub.calls) == 2


# -- over the fake, with a seeded burst ---------------------------------------------------------
SEEDED = 20
BURST_AT = NOW - 10_000


class Clock:
    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def fake() -> FakeZendesk:
    """20 seeded tickets one second apart, then (long after) a burst: 4 tickets created and one
    seeded ticket updated in the same second."""
    at = Clock(BURST_AT)
    fake = FakeZendesk(tickets=SEEDED, seed=11, now=at)
    for n in range(4):
        fake.account.create_ticket({"subject": f"burst {n}", "comment": {"body": "same second"}})
    fake.account.update_ticket(fake.account.seed.first_id + 3, {"priority": "high"})
    at.t = NOW
    return fake


@pytest.fixture
async def requester(fake: FakeZendesk) -> AsyncIterator[RequestPath]:
    time = VirtualClock(0.0)
    async with fake.client() as client:
        yield RequestPath(client, governor=Governor(clock=time.now, sleep=time.sleep))


def expected(fake: FakeZendesk) -> list[tuple[int, int]]:
    return list(fake.account.tickets.export_from(START))


def fake_export(requester: RequestPath, path: str, page_size: int, **kw: Any) -> Any:
    key = "tickets" if path == TIME_PATH else "ticket_events"
    if "checkpoint" not in kw:
        kw["start_time"] = START
    return IncrementalExport(
        requester, Kind.TIME, path, key, page_size=page_size, clock=clock, **kw
    )


@pytest.mark.parametrize("page_size", [1, 2, 5, 1000])
async def test_fake_burst_export_completes_and_resumes(
    fake: FakeZendesk, requester: RequestPath, page_size: int
) -> None:
    want = expected(fake)
    assert len({ts for ts, _ in want if ts == BURST_AT}) == 1
    assert sum(ts == BURST_AT for ts, _ in want) == 5  # the seeded burst
    pages = [p async for p in fake_export(requester, TIME_PATH, page_size).pages()]
    got = [(t["generated_timestamp"], t["id"]) for p in pages for t in p.items]
    assert got == want
    handled: list[tuple[int, int]] = []
    for page in pages:
        handled.extend((t["generated_timestamp"], t["id"]) for t in page.items)
        resumed = fake_export(requester, TIME_PATH, page_size, checkpoint=page.checkpoint)
        rest = [(t["generated_timestamp"], t["id"]) async for t in resumed]
        assert handled + rest == want


async def test_fake_burst_ticket_events_complete(fake: FakeZendesk, requester: RequestPath) -> None:
    want = [tid for _, tid in expected(fake)]
    events = await fake_export(requester, EVENTS_PATH, 5).collect()
    assert [e["ticket_id"] for e in events] == want
