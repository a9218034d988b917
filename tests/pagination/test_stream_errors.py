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
    UnsafeURLError,
)
from zendesk_async.pagination import Kind, Paginator, check_same_host, parse_url

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


BASE_URL = httpx.URL("https://acme.zendesk.com")


@pytest.mark.parametrize(
    ("next_url", "message"),
    [
        (
            "https://evil.example.com/api/v2/tickets?page[after]=x",
            "refusing a next-page URL to https://evil.example.com: not the configured Zendesk "
            "host https://acme.zendesk.com",
        ),
        (
            "https://user:pw@acme.zendesk.com/api/v2/tickets",
            "refusing a next-page URL to a URL that carries credentials",
        ),
    ],
)
def test_a_next_page_url_on_another_origin_is_refused_by_name(next_url: str, message: str) -> None:
    with pytest.raises(UnsafeURLError) as info:
        check_same_host(next_url, BASE_URL)
    assert str(info.value) == message


def test_a_next_page_url_on_the_origin_comes_back_parsed() -> None:
    given = "HTTPS://ACME.zendesk.com:443/api/v2/tickets.json?page[after]=x"
    got = check_same_host(given, BASE_URL)
    assert got.path == "/api/v2/tickets.json" and got.params["page[after]"] == "x"
    assert check_same_host("/api/v2/users?page=2", BASE_URL) == httpx.URL("/api/v2/users?page=2")


async def test_a_page_carries_its_items_response_body_and_sideloads() -> None:
    body = {
        "tickets": items(2),
        "users": [{"id": 7, "name": "u"}],
        "groups": [],
        "count": 2,
        "meta": {"has_more": True, "after_cursor": "c1"},
        "links": {"next": None},
    }
    last = {"tickets": items(1, 3), "meta": {"has_more": False}}
    answers = [ok(body), ok(last)]
    pages = [p async for p in stream(lambda r: answers.pop(0)).pages()]
    first, second = pages
    assert first.items == items(2) and first.has_more and first.checkpoint is None
    assert first.body == body and first.response.json() == body
    assert first.included.names() == ["users", "groups"]
    assert first.included.raw("users") == [{"id": 7, "name": "u"}]
    assert "tickets" not in first.included
    assert second.items == items(1, 3) and not second.has_more
    assert second.included.names() == [] and second.body == last
