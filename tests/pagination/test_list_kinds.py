"""Cursor and offset streams: multi-page, empty, exactly full, stop rules, guards."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from zendesk_async.errors import (
    OffsetLimitError,
    StalledPaginationError,
    UnsafeURLError,
)
from zendesk_async.pagination import Kind, Page, Paginator

from ._stub import (
    StubRequester,
    cursor_server,
    items,
    offset_server,
    ok,
    q,
    url,
)

pytestmark = pytest.mark.anyio

PATH = "/api/v2/tickets"


def cursor(data: list[dict[str, Any]], **kw: Any) -> tuple[Paginator[Any], StubRequester]:
    stub = StubRequester(cursor_server(data))
    return Paginator(stub, Kind.CURSOR, PATH, "tickets", **kw), stub


def offset(data: list[dict[str, Any]], **kw: Any) -> tuple[Paginator[Any], StubRequester]:
    stub = StubRequester(offset_server(data))
    return Paginator(stub, Kind.OFFSET, PATH, "tickets", **kw), stub


# -- cursor ----------------------------------------------------------------------------------------
async def test_cursor_streams_items_across_pages() -> None:
    data = items(250)
    stream, stub = cursor(data)
    got = [t async for t in stream]
    assert got == data
    assert [c[1].get("page[after]") for c in stub.calls] == [None, "100", "200"]
    assert all(c[1]["page[size]"] == 100 for c in stub.calls)


async def test_cursor_pages_expose_has_more_response_body() -> None:
    stream, _ = cursor(items(5), page_size=2)
    pages: list[Page[Any]] = [p async for p in stream.pages()]
    assert [len(p.items) for p in pages] == [2, 2, 1]
    assert [p.has_more for p in pages] == [True, True, False]
    assert all(isinstance(p.response, httpx.Response) and p.checkpoint is None for p in pages)
    assert pages[0].body["meta"]["after_cursor"] == "2"


async def test_cursor_empty_first_page() -> None:
    stream, _ = cursor([])
    pages = [p async for p in stream.pages()]
    assert len(pages) == 1 and pages[0].items == [] and not pages[0].has_more
    assert await stream.first() is None
    assert await stream.collect() == []


async def test_cursor_last_page_exactly_full_stops_on_has_more() -> None:
    stream, stub = cursor(items(200))
    assert len(await stream.collect()) == 200
    assert len(stub.calls) == 2  # no third request: has_more was false


async def test_cursor_filters_sent_on_every_request() -> None:
    stream, stub = cursor(items(3), params={"sort": "-created_at", "skip": None}, page_size=2)
    await stream.collect()
    assert all(c[1]["sort"] == "-created_at" and "skip" not in c[1] for c in stub.calls)


async def test_cursor_that_does_not_advance_raises() -> None:
    starts = iter(range(1, 100, 2))

    def handle(request: httpx.Request) -> httpx.Response:
        page = items(2, start=next(starts))
        return ok({"tickets": page, "meta": {"has_more": True, "after_cursor": "same"}})

    stream = Paginator(StubRequester(handle), Kind.CURSOR, PATH, "tickets")
    seen: list[Any] = []
    with pytest.raises(StalledPaginationError, match="itself"):
        async for t in stream:
            seen.append(t)
    assert len(seen) == 4  # two pages, then the repeat is refused


async def test_cursor_foreign_next_link_refused() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return ok(
            {
                "tickets": items(2),
                "meta": {"has_more": True, "after_cursor": "x"},
                "links": {"next": "https://evil.example.com/api/v2/tickets?page[after]=x"},
            }
        )

    stub = StubRequester(handle)
    with pytest.raises(UnsafeURLError, match=r"evil\.example\.com"):
        await Paginator(stub, Kind.CURSOR, PATH, "tickets").collect()
    assert len(stub.calls) == 1


async def test_ticket_audits_top_level_cursor_variant() -> None:
    data = items(7)

    def handle(request: httpx.Request) -> httpx.Response:
        limit = int(q(request, "limit") or q(request, "page[size]") or 100)
        start = int(q(request, "cursor") or 0)
        page = data[start : start + limit]
        stop = start + len(page)
        after = str(stop) if stop < len(data) else None
        return ok(
            {
                "audits": page,
                "after_cursor": after,
                "after_url": url("/api/v2/ticket_audits", cursor=after, limit=limit)
                if after
                else None,
                "before_cursor": None,
                "before_url": None,
            }
        )

    stub = StubRequester(handle)
    stream = Paginator(stub, Kind.CURSOR, "/api/v2/ticket_audits", "audits", page_size=3)
    assert await stream.collect() == data
    assert [c[1] for c in stub.calls] == [
        {"page[size]": 3},
        {"cursor": "3", "limit": "3"},
        {"cursor": "6", "limit": "3"},
    ]


async def test_ticket_audits_variant_ends_on_empty_page_even_with_cursor() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return ok({"audits": [], "after_cursor": "tail", "after_url": url("/x", cursor="tail")})

    stream = Paginator(StubRequester(handle), Kind.CURSOR, "/api/v2/ticket_audits", "audits")
    assert [p.has_more async for p in stream.pages()] == [False]


async def test_page_size_above_maximum_refused() -> None:
    from zendesk_async.errors import InvalidArgumentError

    with pytest.raises(InvalidArgumentError, match="1 to 100"):
        cursor(items(1), page_size=101)


# -- offset ----------------------------------------------------------------------------------------
async def test_offset_streams_following_next_page() -> None:
    data = items(250)
    stream, stub = offset(data, params={"sort_order": "desc"})
    assert await stream.collect() == data
    assert [c[1].get("page") for c in stub.calls] == [None, "2", "3"]
    assert all(c[1]["sort_order"] == "desc" for c in stub.calls)


async def test_offset_empty_and_exactly_full() -> None:
    stream, stub = offset([])
    assert [len(p.items) async for p in stream.pages()] == [0]
    stream, stub = offset(items(200))
    assert len(await stream.collect()) == 200 and len(stub.calls) == 2


async def test_offset_cap_raised_before_the_request_that_would_fail() -> None:
    data = items(10_050)
    stream, stub = offset(data)
    got: list[Any] = []
    with pytest.raises(OffsetLimitError, match="cursor pagination") as info:
        async for t in stream:
            got.append(t)
    assert len(got) == 10_000 and len(stub.calls) == 100  # page 101 was never sent
    assert info.value.status_code == 400


async def test_offset_cap_from_server_400_is_typed() -> None:
    # a server with a lower limit than ours: its 400 on a deep page becomes OffsetLimitError
    stub = StubRequester(offset_server(items(500), limit=200))
    # start deep (page 101 x 100 is past 10,000 records): the server's 400 becomes typed
    stream = Paginator(stub, Kind.OFFSET, PATH, "tickets", page_size=100, params={"page": 101})
    with pytest.raises(OffsetLimitError, match="was refused") as info:
        await stream.collect()
    assert info.value.response.status_code == 400


async def test_offset_unrelated_400_is_not_relabelled() -> None:
    from zendesk_async.errors import BadRequestError

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"error": "InvalidValue", "description": "bad sort"})

    stream = Paginator(StubRequester(handle), Kind.OFFSET, PATH, "tickets")
    with pytest.raises(BadRequestError) as info:
        await stream.collect()
    assert not isinstance(info.value, OffsetLimitError)


async def test_offset_next_page_that_goes_back_raises() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return ok({"tickets": items(1), "next_page": url(PATH, page=1)})

    with pytest.raises(StalledPaginationError):
        await Paginator(StubRequester(handle), Kind.OFFSET, PATH, "tickets").collect()


async def test_offset_foreign_next_page_refused_never_sent() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        assert request.url.host == "acme.zendesk.com"
        return ok(
            {"tickets": items(1), "next_page": "http://evil.example.com/api/v2/tickets?page=2"}
        )

    stub = StubRequester(handle)
    with pytest.raises(UnsafeURLError):
        await Paginator(stub, Kind.OFFSET, PATH, "tickets").collect()
    assert len(stub.calls) == 1


@pytest.mark.parametrize(
    "link",
    [
        "https://acme.zendesk.com:8443/api/v2/tickets?page=2",  # other port
        "http://acme.zendesk.com/api/v2/tickets?page=2",  # other scheme
    ],
)
async def test_next_page_on_other_port_or_scheme_refused(link: str) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return ok({"tickets": items(1), "next_page": link})

    with pytest.raises(UnsafeURLError):
        await Paginator(StubRequester(handle), Kind.OFFSET, PATH, "tickets").collect()
