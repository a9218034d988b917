"""Incremental exports: stop rules, dedupe, resume from every checkpoint, guards."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from zendesk_async.errors import InvalidArgumentError, StalledPaginationError, UnsafeURLError
from zendesk_async.incremental import IncrementalExport
from zendesk_async.pagination import Kind

from ._stub import (
    StubRequester,
    incremental_cursor_server,
    ok,
    routing_server,
    ticket,
    time_server,
    url,
)

pytestmark = pytest.mark.anyio

NOW = 1_700_000_000.0
TIME_PATH = "/api/v2/incremental/tickets"
CURSOR_PATH = "/api/v2/incremental/tickets/cursor"
SBR_PATH = "/api/v2/incremental/routing/attributes"


def clock() -> float:
    return NOW


def tickets_with_shared_seconds() -> list[dict[str, Any]]:
    """20 tickets over 10 seconds, two per second: pages of 3 always split a second."""
    return [ticket(i, 1_600_000_000 + i // 2) for i in range(20)]


def time_export(
    data: list[dict[str, Any]], **kw: Any
) -> tuple[IncrementalExport[Any], StubRequester]:
    stub = StubRequester(time_server(data))
    kw.setdefault("page_size", 3)
    if "checkpoint" not in kw:
        kw.setdefault("start_time", 1_600_000_000)
    return IncrementalExport(stub, Kind.TIME, TIME_PATH, "tickets", clock=clock, **kw), stub


# -- time-based --------------------------------------------------------------------------------
async def test_time_export_streams_and_dedupes_across_boundaries() -> None:
    data = tickets_with_shared_seconds()
    export, stub = time_export(data)
    raw_served = 0
    got: list[Any] = []
    async for page in export.pages():
        raw_served += len(page.body["tickets"])
        got.extend(page.items)
    assert got == data  # every ticket once, in order
    assert raw_served > len(data)  # the server did repeat boundary items
    starts = [c[1]["start_time"] for c in stub.calls]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    assert all(c[2] == "incremental" and c[1]["per_page"] == 3 for c in stub.calls)


async def test_time_export_keeps_a_new_version_of_the_same_ticket() -> None:
    data = [ticket(1, 1_600_000_000), ticket(2, 1_600_000_001), ticket(1, 1_600_000_002)]
    export, _ = time_export(data, page_size=1)
    assert [(t["id"], t["generated_timestamp"]) for t in await export.collect()] == [
        (1, 1_600_000_000),
        (2, 1_600_000_001),
        (1, 1_600_000_002),
    ]


async def test_time_export_empty_first_page_and_stop_on_end_of_stream() -> None:
    export, _ = time_export([])
    pages = [p async for p in export.pages()]
    assert len(pages) == 1 and pages[0].items == [] and not pages[0].has_more
    assert pages[0].checkpoint is not None and pages[0].checkpoint["start_time"] == 1_600_000_000


async def test_time_export_last_page_exactly_full() -> None:
    data = [ticket(i, 1_600_000_000 + i) for i in range(7)]
    export, stub = time_export(data)
    pages = [p async for p in export.pages()]
    # pages [0,1,2] [2,3,4] [4,5,6]: the last is full and ends the stream, no extra request
    assert [len(p.body["tickets"]) for p in pages] == [3, 3, 3] and len(stub.calls) == 3
    assert [t for p in pages for t in p.items] == data


async def test_resume_from_every_time_checkpoint_gives_exactly_the_rest() -> None:
    data = tickets_with_shared_seconds()
    export, _ = time_export(data)
    pages = [p async for p in export.pages()]
    assert len(pages) > 3
    handled: list[Any] = []
    for page in pages:
        handled.extend(page.items)
        saved = json.loads(json.dumps(page.checkpoint))  # stored as JSON, then loaded
        resumed, _ = time_export(data, checkpoint=saved)
        assert handled + await resumed.collect() == data


async def test_time_export_end_time_that_does_not_advance_raises() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params["start_time"])
        page = [ticket(start, start)]
        return ok({"tickets": page, "end_time": start, "end_of_stream": False})

    stub = StubRequester(handle)
    export = IncrementalExport(
        stub, Kind.TIME, TIME_PATH, "tickets", start_time=1_600_000_000, clock=clock
    )
    seen: list[Any] = []
    with pytest.raises(StalledPaginationError, match="does not advance"):
        async for t in export:
            seen.append(t)
    assert len(seen) == 1 and len(stub.calls) == 1


async def test_time_export_foreign_next_page_refused() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        body = {"tickets": [ticket(1, 1_600_000_001)], "end_time": 1_600_000_001}
        body |= {"end_of_stream": False, "next_page": "https://evil.example.com/x?start_time=1"}
        return ok(body)

    export, _ = time_export([])
    export._requester = StubRequester(handle)
    with pytest.raises(UnsafeURLError):
        await export.collect()


@pytest.mark.parametrize("age", [0, 30, 60])
async def test_start_time_too_recent_refused(age: int) -> None:
    with pytest.raises(InvalidArgumentError, match=r"minute|60 seconds"):
        time_export([], start_time=int(NOW) - age)


async def test_start_time_a_minute_and_a_second_old_accepted() -> None:
    export, _ = time_export([], start_time=int(NOW) - 61)
    assert await export.collect() == []


# -- cursor-based ------------------------------------------------------------------------------
def cursor_export(
    data: list[dict[str, Any]], **kw: Any
) -> tuple[IncrementalExport[Any], StubRequester]:
    stub = StubRequester(incremental_cursor_server(data))
    kw.setdefault("page_size", 4)
    if "checkpoint" not in kw:
        kw.setdefault("start_time", 1_600_000_000)
    return IncrementalExport(
        stub, Kind.INCREMENTAL_CURSOR, CURSOR_PATH, "tickets", clock=clock, **kw
    ), stub


async def test_cursor_export_sends_start_time_once_then_cursor() -> None:
    data = [ticket(i, 1_600_000_000 + i) for i in range(10)]
    export, stub = cursor_export(data, params={"exclude_deleted": "true"})
    assert await export.collect() == data
    first, *rest = [c[1] for c in stub.calls]
    assert first == {"exclude_deleted": "true", "per_page": 4, "start_time": 1_600_000_000}
    assert [r.get("cursor") for r in rest] == ["4", "8"]
    assert not any("start_time" in r for r in rest)
    assert all(c[2] == "incremental" for c in stub.calls)


async def test_cursor_export_empty_and_exactly_full() -> None:
    export, stub = cursor_export([])
    assert [p.items async for p in export.pages()] == [[]]
    data = [ticket(i, 1_600_000_000 + i) for i in range(8)]
    export, stub = cursor_export(data)
    assert await export.collect() == data and len(stub.calls) == 2


async def test_resume_from_every_cursor_checkpoint_gives_exactly_the_rest() -> None:
    data = [ticket(i, 1_600_000_000 + i) for i in range(10)]
    export, _ = cursor_export(data)
    handled: list[Any] = []
    async for page in export.pages():
        handled.extend(page.items)
        resumed, stub = cursor_export(data, checkpoint=json.loads(json.dumps(page.checkpoint)))
        assert handled + await resumed.collect() == data
        assert "start_time" not in stub.calls[0][1]


async def test_cursor_export_that_does_not_advance_raises() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        n = int(request.url.params.get("cursor", "0")) + 1
        return ok({"tickets": [ticket(n, n)], "after_cursor": "7", "end_of_stream": False})

    stub = StubRequester(handle)
    export = IncrementalExport(
        stub, Kind.INCREMENTAL_CURSOR, CURSOR_PATH, "tickets", start_time=1, clock=clock
    )
    with pytest.raises(StalledPaginationError):
        await export.collect()
    assert len(stub.calls) == 2


# -- skill-based routing -----------------------------------------------------------------------
def attrs_(n: int) -> list[dict[str, Any]]:
    return [{"id": f"uuid-{i}", "name": f"a{i}", "type": "create"} for i in range(n)]


async def test_routing_export_stops_at_count_zero_even_with_next_page() -> None:
    data = attrs_(7)
    stub = StubRequester(routing_server(data, size=3))
    export: IncrementalExport[Any] = IncrementalExport(stub, Kind.ROUTING, SBR_PATH, "attributes")
    pages = [p async for p in export.pages()]
    assert [len(p.items) for p in pages] == [3, 3, 1, 0]
    assert pages[-1].body["next_page"] and not pages[-1].has_more
    assert [c[1] for c in stub.calls] == [{}, {"cursor": "3"}, {"cursor": "6"}, {"cursor": "7"}]
    assert all(c[2] == "incremental" for c in stub.calls)


async def test_routing_export_exactly_full_and_start_time() -> None:
    stub = StubRequester(routing_server(attrs_(6), size=3))
    export: IncrementalExport[Any] = IncrementalExport(
        stub, Kind.ROUTING, SBR_PATH, "attributes", start_time=1_600_000_000
    )
    assert len(await export.collect()) == 6
    assert stub.calls[0][1] == {"start_time": 1_600_000_000} and len(stub.calls) == 3


async def test_routing_export_stops_when_next_page_is_null() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return ok({"attributes": attrs_(2), "count": 2, "next_page": None})

    stub = StubRequester(handle)
    export: IncrementalExport[Any] = IncrementalExport(stub, Kind.ROUTING, SBR_PATH, "attributes")
    assert len(await export.collect()) == 2 and len(stub.calls) == 1


async def test_resume_from_every_routing_checkpoint() -> None:
    data = attrs_(8)
    export: IncrementalExport[Any] = IncrementalExport(
        StubRequester(routing_server(data)), Kind.ROUTING, SBR_PATH, "attributes"
    )
    handled: list[Any] = []
    async for page in export.pages():
        handled.extend(page.items)
        resumed: IncrementalExport[Any] = IncrementalExport(
            StubRequester(routing_server(data)),
            Kind.ROUTING,
            SBR_PATH,
            "attributes",
            checkpoint=json.loads(json.dumps(page.checkpoint)),
        )
        assert handled + await resumed.collect() == data


async def test_routing_stuck_cursor_raises() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        n = len(request.url.params)
        return ok(
            {"attributes": attrs_(n + 1)[n:], "count": 1, "next_page": url(SBR_PATH, cursor="c")}
        )

    export: IncrementalExport[Any] = IncrementalExport(
        StubRequester(handle), Kind.ROUTING, SBR_PATH, "attributes"
    )
    with pytest.raises(StalledPaginationError):
        await export.collect()


async def test_routing_foreign_next_page_refused() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        nxt = "https://evil.example.com/api/v2/incremental/routing/attributes?cursor=x"
        return ok({"attributes": attrs_(1), "count": 1, "next_page": nxt})

    stub = StubRequester(handle)
    export: IncrementalExport[Any] = IncrementalExport(stub, Kind.ROUTING, SBR_PATH, "attributes")
    with pytest.raises(UnsafeURLError):
        await export.collect()
    assert len(stub.calls) == 1


async def test_routing_takes_no_page_size() -> None:
    with pytest.raises(InvalidArgumentError, match="page size"):
        IncrementalExport(StubRequester(ok_handler), Kind.ROUTING, SBR_PATH, "x", page_size=10)


# -- checkpoint validation ---------------------------------------------------------------------
def ok_handler(request: httpx.Request) -> httpx.Response:
    return ok({})


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"v": 99}, "version"),
        ({"kind": "incremental_cursor"}, "export"),
        ({"path": "/api/v2/incremental/ticket_events"}, "ticket_events"),
        ({"start_time": "yesterday"}, "not an int"),
        ({"seen": [[1, 2, 3]]}, "pairs"),
    ],
)
async def test_checkpoint_mismatch_refused(change: dict[str, Any], message: str) -> None:
    export, _ = time_export(tickets_with_shared_seconds())
    first = await anext(aiter(export.pages()))
    assert first.checkpoint is not None
    with pytest.raises(InvalidArgumentError, match=message):
        time_export([], checkpoint={**first.checkpoint, **change})


async def test_checkpoint_path_ignores_json_suffix() -> None:
    """A checkpoint from `/incremental/tickets` resumes `/incremental/tickets.json`: the same
    export, going on right after the stored page."""
    data = tickets_with_shared_seconds()
    export, _ = time_export(data)
    first = await anext(aiter(export.pages()))
    assert first.checkpoint is not None
    stub = StubRequester(time_server(data))
    resumed = IncrementalExport(
        stub, Kind.TIME, TIME_PATH + ".json", "tickets", checkpoint=first.checkpoint,
        page_size=3, clock=clock,
    )  # fmt: skip
    assert first.items + await resumed.collect() == data
    assert stub.calls[0][0] == TIME_PATH + ".json"
    assert stub.calls[0][1]["start_time"] == first.checkpoint["start_time"]


async def test_export_needs_start_time_or_checkpoint_not_both() -> None:
    stub = StubRequester(ok_handler)
    with pytest.raises(InvalidArgumentError, match="start_time"):
        IncrementalExport(stub, Kind.TIME, TIME_PATH, "tickets", clock=clock)
    with pytest.raises(InvalidArgumentError, match="not both"):
        IncrementalExport(
            stub, Kind.TIME, TIME_PATH, "tickets", start_time=1, checkpoint={}, clock=clock
        )
    with pytest.raises(InvalidArgumentError, match="1 to 1000"):
        IncrementalExport(
            stub, Kind.TIME, TIME_PATH, "tickets", start_time=1, page_size=1001, clock=clock
        )


async def test_checkpoint_is_small_and_json() -> None:
    export, _ = time_export(tickets_with_shared_seconds())
    for_page = [p.checkpoint async for p in export.pages()]
    assert all(len(json.dumps(cp)) < 200 for cp in for_page)
