"""End to end against the fake Zendesk, through the real `RequestPath` (governor, retries)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from zendesk_generated.models import TicketObject

from zendesk_async._ratelimit import Governor
from zendesk_async._transport import RequestPath
from zendesk_async.errors import StalledPaginationError, UnsafeURLError
from zendesk_async.incremental import IncrementalExport
from zendesk_async.pagination import Kind, Paginator
from zendesk_async.testing import FakeZendesk, Fault, VirtualClock

pytestmark = pytest.mark.anyio

NOW = 1_700_000_000.0
TICKETS = 300
START = 1_600_000_000


@pytest.fixture
def fake() -> FakeZendesk:
    return FakeZendesk(tickets=TICKETS, seed=5, now=lambda: NOW)


@pytest.fixture
async def requester(fake: FakeZendesk) -> AsyncIterator[RequestPath]:
    time = VirtualClock(0.0)
    async with fake.client() as client:
        yield RequestPath(client, governor=Governor(clock=time.now, sleep=time.sleep))


def clock() -> float:
    return NOW


async def test_cursor_and_offset_list_the_same_tickets(requester: RequestPath) -> None:
    typed = Paginator(
        requester, Kind.CURSOR, "/api/v2/tickets", "tickets", parse=TicketObject.from_dict
    )
    tickets = await typed.collect()
    assert tickets and all(isinstance(t, TicketObject) for t in tickets)
    offset = Paginator(requester, Kind.OFFSET, "/api/v2/tickets", "tickets", page_size=40)
    assert [t["id"] async for t in offset] == [t.id for t in tickets]


async def test_ticket_audits_variant_against_the_fake(requester: RequestPath) -> None:
    audits = Paginator(requester, Kind.CURSOR, "/api/v2/ticket_audits", "audits", page_size=50)
    got = await audits.collect()
    ids = [a["id"] for a in got]
    assert len(got) > TICKETS and len(set(ids)) == len(ids)


async def test_time_export_has_every_ticket_once_and_resumes(requester: RequestPath) -> None:
    def export(**kw: Any) -> IncrementalExport[Any]:
        return IncrementalExport(
            requester, Kind.TIME, "/api/v2/incremental/tickets", "tickets",
            page_size=50, clock=clock, **kw,
        )  # fmt: skip

    pages = [p async for p in export(start_time=START).pages()]
    ids = [t["id"] for p in pages for t in p.items]
    assert len(ids) == TICKETS == len(set(ids))  # deleted ones included, none twice
    middle = len(pages) // 2
    done = [t["id"] for p in pages[: middle + 1] for t in p.items]
    rest = [t["id"] async for t in export(checkpoint=pages[middle].checkpoint)]
    assert done + rest == ids


async def test_cursor_export_matches_time_export(requester: RequestPath) -> None:
    export = IncrementalExport(
        requester, Kind.INCREMENTAL_CURSOR, "/api/v2/incremental/tickets/cursor", "tickets",
        start_time=START, page_size=70, clock=clock,
    )  # fmt: skip
    ids = [t["id"] async for t in export]
    assert len(ids) == TICKETS == len(set(ids))


@pytest.mark.parametrize("kind", ["attributes", "attribute_values", "instance_values"])
async def test_routing_exports_end(requester: RequestPath, kind: str) -> None:
    export: IncrementalExport[Any] = IncrementalExport(
        requester, Kind.ROUTING, f"/api/v2/incremental/routing/{kind}", kind
    )
    pages = [p async for p in export.pages()]
    assert pages[-1].body["count"] == 0 or pages[-1].body["next_page"] is None
    assert not pages[-1].has_more and pages[-1].checkpoint is not None


CASES = [
    (Kind.CURSOR, "/api/v2/tickets", "tickets", {"page_size": 50}),
    (Kind.OFFSET, "/api/v2/tickets", "tickets", {"page_size": 50}),
    (Kind.TIME, "/api/v2/incremental/tickets", "tickets", {"start_time": START, "page_size": 50}),
    (
        Kind.INCREMENTAL_CURSOR,
        "/api/v2/incremental/tickets/cursor",
        "tickets",
        {"start_time": START, "page_size": 50},
    ),
    (Kind.ROUTING, "/api/v2/incremental/routing/instance_values", "instance_values", {}),
]


def stream(requester: RequestPath, kind: Kind, path: str, key: str, kw: Any) -> Any:
    if kind in (Kind.CURSOR, Kind.OFFSET):
        return Paginator(requester, kind, path, key, **kw)
    return IncrementalExport(requester, kind, path, key, clock=clock, **kw)


@pytest.mark.parametrize(("kind", "path", "key", "kw"), CASES, ids=[c[0].name for c in CASES])
async def test_stuck_cursor_fault_is_refused(
    fake: FakeZendesk, requester: RequestPath, kind: Kind, path: str, key: str, kw: Any
) -> None:
    fake.faults.add(Fault.stuck_cursor(), path=path)
    with pytest.raises(StalledPaginationError):
        await stream(requester, kind, path, key, kw).collect()


@pytest.mark.parametrize(("kind", "path", "key", "kw"), CASES, ids=[c[0].name for c in CASES])
async def test_foreign_next_page_fault_is_refused(
    fake: FakeZendesk, requester: RequestPath, kind: Kind, path: str, key: str, kw: Any
) -> None:
    fake.faults.add(Fault.foreign_next_page(), path=path)
    with pytest.raises(UnsafeURLError):
        await stream(requester, kind, path, key, kw).collect()
    assert len(fake.requests) == 1  # the foreign next page was never requested
