"""`gc_paused`: pages are decoded and built with the cyclic GC off, and it is always restored."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from zendesk_async import bulk
from zendesk_async._gc import gc_paused
from zendesk_async.errors import ResponseParseError
from zendesk_async.pagination import Kind, Paginator


class StubRequester:
    """The `Requester` protocol over an `httpx.MockTransport` (2xx only in these tests)."""

    def __init__(self, handler: Callable[[httpx.Request], httpx.Response]) -> None:
        transport = httpx.MockTransport(handler)
        self._client = httpx.AsyncClient(transport=transport, base_url="https://acme.zendesk.com")

    @property
    def base_url(self) -> httpx.URL:
        return self._client.base_url

    async def request(self, method: str, url: Any, *, params: Any = None, **_: Any) -> Any:
        return await self._client.request(method, url, params=params)


def ok(body: dict[str, Any]) -> httpx.Response:
    return httpx.Response(200, content=json.dumps(body).encode())


@pytest.fixture(autouse=True)
def _gc_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_paused_inside_restored_after_even_on_error() -> None:
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(KeyError), gc_paused():
        raise KeyError("x")
    assert gc.isenabled()


def test_an_application_that_disabled_the_gc_keeps_it_disabled() -> None:
    gc.disable()
    with gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def _recording_parse(seen: list[bool]) -> Any:
    def parse(item: dict[str, Any]) -> dict[str, Any]:
        seen.append(gc.isenabled())
        if item.get("bad"):
            raise ValueError("does not fit")
        return item

    return parse


@pytest.mark.anyio
async def test_a_typed_page_is_built_with_the_gc_paused_and_restored_between_pages() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("page[after]")
        if after is None:
            return ok({"tickets": [{"id": 1}, {"id": 2}], "meta": {"has_more": True,
                       "after_cursor": "c2"}})  # fmt: skip
        return ok({"tickets": [{"id": 3}, {"bad": True, "id": 4}], "meta": {"has_more": False}})

    seen: list[bool] = []
    stream = Paginator(
        StubRequester(handler), Kind.CURSOR, "/api/v2/tickets", "tickets",
        parse=_recording_parse(seen),
    )  # fmt: skip
    got = []
    with pytest.raises(ResponseParseError):
        async for ticket in stream:
            assert gc.isenabled()  # the caller's code runs with the collector on
            got.append(ticket["id"])
    assert got == [1, 2] and seen == [False] * 4
    assert gc.isenabled()


@pytest.mark.anyio
async def test_get_many_builds_each_chunk_with_the_gc_paused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        ids = request.url.params["ids"].split(",")
        return ok({"tickets": [{"id": int(i)} for i in ids]})

    seen: list[bool] = []
    got = await bulk.get_many(
        StubRequester(handler), "/api/v2/tickets/show_many", range(1, 251), items_key="tickets",
        parse=_recording_parse(seen),
    )  # fmt: skip
    assert len(got) == 250 and seen == [False] * 250
    assert gc.isenabled()
