"""What a stream says when a page is unusable or does not advance: exact messages and the kept
response (mutation testing found the end-to-end tests checked only the class)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from zendesk_async.errors import (
    InvalidArgumentError,
    PaginationError,
    ResponseParseError,
    StalledPaginationError,
)
from zendesk_async.pagination import Kind, Paginator, parse_url

from ._stub import StubRequester, items, ok

pytestmark = pytest.mark.anyio

PATH = "/api/v2/tickets"


def stream(handler: Any) -> Paginator[Any]:
    return Paginator(StubRequester(handler), Kind.CURSOR, PATH, "tickets")


UNDER = f"{PATH}: expected a list under 'tickets' in the response, got"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"<html>",
            f"{PATH}: the response is not JSON (Expecting value: line 1 column 1 (char 0))",
        ),
        (b"[1, 2]", f"{PATH}: expected a JSON object, got list"),
        (b'{"tickets": {"id": 1}}', f"{UNDER} dict"),
        (b'{"other": []}', f"{UNDER} NoneType"),
    ],
)
async def test_unusable_page_keeps_the_response(content: bytes, message: str) -> None:
    answer = httpx.Response(200, content=content)
    with pytest.raises(ResponseParseError) as info:
        await stream(lambda r: answer).collect()
    exc = info.value
    assert str(exc) == message
    assert exc.response is not None and exc.response.content == content
    assert exc.body == content
    if "under" in message:
        assert exc.model == "tickets"


async def test_stall_message_names_the_page_and_the_request() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("page[after]")
        cursor = {None: "a", "a": "b"}.get(after, "b")
        return ok({"tickets": items(1), "meta": {"has_more": True, "after_cursor": cursor}})

    with pytest.raises(StalledPaginationError) as info:
        await stream(handle).collect()
    assert str(info.value) == (
        f"{PATH}: page 3 points at itself as the next page (page[size]=100, page[after]=b); "
        "stopping instead of looping"
    )


async def test_collect_stops_at_the_page_that_reaches_the_limit() -> None:
    stub = StubRequester(
        lambda r: ok({"tickets": items(2), "meta": {"has_more": True, "after_cursor": "n"}})
    )
    got = await Paginator(stub, Kind.CURSOR, PATH, "tickets").collect(limit=2)
    assert len(got) == 2 and len(stub.calls) == 1


async def test_collect_refuses_a_negative_limit() -> None:
    with pytest.raises(InvalidArgumentError) as info:
        await stream(lambda r: ok({})).collect(limit=-1)
    assert str(info.value) == "limit must be 0 or more, not -1"


def test_unusable_next_page_url() -> None:
    with pytest.raises(PaginationError) as info:
        parse_url("https://[::1/x")
    assert str(info.value).startswith("the server sent an unusable next-page URL: ")
