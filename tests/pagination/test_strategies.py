"""The list strategies as pure functions: exact next requests, refusals and messages.

These pin what `_CursorStrategy` / `_OffsetStrategy` hand back for every page shape, so a
changed message, a wrong page number or a lost parameter fails here (found by mutation testing:
the end-to-end tests only saw that *some* error was raised)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from zendesk_async import _constants as C
from zendesk_async.errors import (
    BadRequestError,
    InvalidArgumentError,
    OffsetLimitError,
    PaginationError,
    ResponseParseError,
    StalledPaginationError,
    status_error_from_response,
)
from zendesk_async.pagination import (
    Kind,
    Paginator,
    _CursorStrategy,
    _describe,
    _int,
    _OffsetStrategy,
    _parse_all,
    _signature,
)

from ._stub import StubRequester, ok

PATH = "/api/v2/tickets"
BASE = "https://acme.zendesk.com"
ITEMS = [{"id": 1}, {"id": 2}]


# -- offset ------------------------------------------------------------------------------------
def test_offset_first_request_carries_filters_and_per_page() -> None:
    assert _OffsetStrategy(PATH, {"sort": "id"}, 25).first() == {"sort": "id", "per_page": 25}
    assert _OffsetStrategy(PATH, {"sort": "id"}, None).first() == {"sort": "id"}


def test_offset_last_page() -> None:
    step = _OffsetStrategy(PATH, {}, 25).step({"next_page": None}, ITEMS, {"per_page": 25})
    assert (step.items, step.next_params, step.link, step.refuse) == (ITEMS, None, None, None)


def test_offset_next_page_keeps_filters_and_takes_the_links_query() -> None:
    link = f"{BASE}{PATH}?page=3&per_page=25"
    strategy = _OffsetStrategy(PATH, {"sort": "id", "per_page": 99}, 25)
    step = strategy.step({"next_page": link}, ITEMS, {"page": 2, "per_page": 25})
    assert step.next_params == {"sort": "id", "per_page": "25", "page": "3"}
    assert (step.items, step.link, step.refuse) == (ITEMS, link, None)


def test_offset_first_page_counts_as_page_one() -> None:
    link = f"{BASE}{PATH}?page=2"
    step = _OffsetStrategy(PATH, {}, None).step({"next_page": link}, ITEMS, {})
    assert step.refuse is None and step.next_params == {"page": "2"}


@pytest.mark.parametrize("page", [1, 2])
def test_offset_next_page_that_goes_back_is_refused(page: int) -> None:
    link = f"{BASE}{PATH}?page={page}"
    step = _OffsetStrategy(PATH, {}, None).step({"next_page": link}, ITEMS, {"page": "2"})
    assert isinstance(step.refuse, StalledPaginationError)
    assert str(step.refuse) == (
        f"{PATH}: next_page goes from page 2 back to page {page}; stopping instead of looping"
    )
    assert step.items == ITEMS and step.link == link


def test_offset_next_page_that_is_not_a_url() -> None:
    with pytest.raises(PaginationError) as info:
        _OffsetStrategy(PATH, {}, None).step({"next_page": 5}, ITEMS, {})
    assert str(info.value) == f"{PATH}: next_page is not a URL: 5"


def test_offset_next_page_without_a_page_number() -> None:
    link = f"{BASE}{PATH}?per_page=5"
    with pytest.raises(PaginationError) as info:
        _OffsetStrategy(PATH, {}, None).step({"next_page": link}, ITEMS, {})
    assert str(info.value) == f"{PATH}: next_page has no page number: {link}"


LIMIT_MESSAGE = (
    "{path}: offset pagination stops at 10,000 records (page {page} x {size} per page {verb} by "
    "Zendesk). Use cursor pagination (page_size=...) where the endpoint supports it, or an "
    "incremental export."
)


@pytest.mark.parametrize(
    ("per_page", "page", "refused"),
    [(100, 100, False), (100, 101, True), (None, 101, True), (None, 100, False), (7, 1429, True)],
)
def test_offset_next_page_past_10000_records_is_refused_before_sending(
    per_page: int | None, page: int, refused: bool
) -> None:
    query = f"page={page}" + (f"&per_page={per_page}" if per_page else "")
    link = f"{BASE}{PATH}?{query}"
    step = _OffsetStrategy(PATH, {}, None).step({"next_page": link}, ITEMS, {"page": page - 1})
    assert step.next_params is not None and step.link == link
    if not refused:
        assert step.refuse is None
        return
    exc = step.refuse
    assert isinstance(exc, OffsetLimitError)
    size = per_page or C.CURSOR_PAGE_SIZE_MAX
    message = LIMIT_MESSAGE.format(path=PATH, page=page, size=size, verb="would be refused")
    assert str(exc) == message
    assert (exc.error, exc.description, exc.status_code) == ("OffsetLimit", message, 400)
    # the response Zendesk would have given, for code that inspects it
    assert json.loads(exc.response.content) == {"error": "OffsetLimit", "description": message}
    assert exc.response.request.method == "GET"
    assert exc.response.request.url.path == PATH
    assert dict(exc.response.request.url.params) == {"page": str(page), "per_page": str(size)}


def _bad_request(body: dict[str, Any]) -> BadRequestError:
    request = httpx.Request("GET", f"{BASE}{PATH}")
    exc = status_error_from_response(httpx.Response(400, json=body, request=request))
    assert isinstance(exc, BadRequestError)
    return exc


@pytest.mark.parametrize(
    ("sent", "translated"),
    [
        ({"page": "101", "per_page": "100"}, True),
        ({"page": 11, "per_page": 1000}, True),
        ({"page": "101"}, True),  # per_page defaults to 100
        ({"page": "2", "per_page": "5001"}, True),  # page 2 can be past the limit too
        ({"page": "100", "per_page": "100"}, False),  # exactly 10,000: not the limit
        ({"page": "1", "per_page": "100000"}, False),  # page 1 is never the limit
        ({"per_page": "100000"}, False),
    ],
)
def test_offset_400_past_the_limit_becomes_offset_limit_error(
    sent: dict[str, Any], translated: bool
) -> None:
    exc = _bad_request({"error": "InvalidPaginationParameter", "description": "too far"})
    better = _OffsetStrategy(PATH, {}, None).translate(exc, sent)
    if not translated:
        assert better is None
        return
    assert isinstance(better, OffsetLimitError)
    page, size = _int(sent["page"]), _int(sent.get("per_page")) or 100
    message = LIMIT_MESSAGE.format(path=PATH, page=page, size=size, verb="was refused")
    assert str(better) == message and better.response is exc.response


def test_offset_limit_error_is_not_translated_twice() -> None:
    exc = _OffsetStrategy(PATH, {}, None).limit_error(101, 100, sent=True)
    assert _OffsetStrategy(PATH, {}, None).translate(exc, {"page": "101"}) is None


# -- cursor ------------------------------------------------------------------------------------
def test_cursor_first_request() -> None:
    assert _CursorStrategy({"sort": "id"}, 50).first() == {"sort": "id", "page[size]": 50}


def test_cursor_meta_has_more() -> None:
    body = {
        "meta": {"has_more": True, "after_cursor": "abc"},
        "links": {"next": f"{BASE}{PATH}?page[after]=abc"},
    }
    step = _CursorStrategy({"sort": "id"}, 50).step(body, ITEMS, {})
    assert step.next_params == {"sort": "id", "page[size]": 50, "page[after]": "abc"}
    assert (step.items, step.link) == (ITEMS, f"{BASE}{PATH}?page[after]=abc")


def test_cursor_meta_has_more_without_links() -> None:
    body = {"meta": {"has_more": True, "after_cursor": "abc"}, "links": None}
    step = _CursorStrategy({}, 50).step(body, ITEMS, {})
    assert step.link is None and step.next_params == {"page[size]": 50, "page[after]": "abc"}


def test_cursor_meta_ends() -> None:
    step = _CursorStrategy({}, 50).step({"meta": {"has_more": False}}, ITEMS, {})
    assert (step.items, step.next_params) == (ITEMS, None)


def test_cursor_has_more_without_cursor_is_an_error() -> None:
    with pytest.raises(PaginationError) as info:
        _CursorStrategy({}, 50).step({"meta": {"has_more": True}}, ITEMS, {})
    assert str(info.value) == "meta.has_more is true but meta.after_cursor is missing"


def test_cursor_audits_variant_follows_after_url_query() -> None:
    after_url = f"{BASE}/api/v2/ticket_audits?cursor=xyz&limit=100"
    body = {"after_cursor": "xyz", "after_url": after_url}
    step = _CursorStrategy({}, 100).step(body, ITEMS, {})
    assert step.next_params == {"cursor": "xyz", "limit": "100"} and step.link == after_url


def test_cursor_audits_variant_after_url_without_query() -> None:
    after_url = f"{BASE}/api/v2/ticket_audits"
    body = {"after_cursor": "xyz", "after_url": after_url}
    step = _CursorStrategy({"x": 1}, 100).step(body, ITEMS, {})
    assert step.next_params == {"x": 1, "page[size]": 100, "page[after]": "xyz"}
    assert step.link == after_url and step.items == ITEMS


def test_cursor_audits_variant_without_after_url() -> None:
    step = _CursorStrategy({}, 100).step({"after_cursor": "xyz", "after_url": ""}, ITEMS, {})
    assert step.next_params == {"page[size]": 100, "page[after]": "xyz"} and step.link is None
    assert step.items == ITEMS


@pytest.mark.parametrize(
    ("body", "items"),
    [({"after_cursor": None}, ITEMS), ({"after_cursor": "xyz"}, []), ({}, ITEMS)],
)
def test_cursor_audits_variant_ends(body: dict[str, Any], items: list[Any]) -> None:
    step = _CursorStrategy({}, 100).step(body, items, {})
    assert step.next_params is None and step.items == items


# -- helpers -----------------------------------------------------------------------------------
def test_signature_ignores_order_and_spelling_only() -> None:
    assert _signature({"a": 1, "b": "x"}) == _signature({"b": "x", "a": "1"})
    assert _signature({"a": 1}) != _signature({"a": 2})
    assert _signature({"a": 1}) != _signature({"b": 1})
    assert _signature({}) == ()


def test_describe() -> None:
    assert _describe({"cursor": "c", "per_page": 5}) == "cursor=c, per_page=5"
    assert _describe({}) == "no parameters"


def test_parse_all_wraps_a_model_error() -> None:
    response = httpx.Response(200, content=b'{"tickets": [{"id": 1}, {"id": "x"}]}')

    def parse(item: dict[str, Any]) -> int:
        return int(item["id"])

    assert _parse_all(parse, [{"id": 1}], response, "tickets") == [1]
    for bad, kind in (({"id": "x"}, "ValueError"), ({}, "KeyError"), ({"id": None}, "TypeError")):
        with pytest.raises(ResponseParseError) as info:
            _parse_all(parse, [{"id": 1}, bad], response, "tickets")
        exc = info.value
        assert str(exc).startswith(f"an item under 'tickets' does not fit its model: {kind}(")
        assert (exc.model, exc.body, exc.response) == ("tickets", response.content, response)
        assert type(exc.__cause__).__name__ == kind


def test_int() -> None:
    assert [_int(v) for v in (3, "12", True, "1.5", None, "", -2)] == [3, 12, None, None, None,
                                                                     None, -2]  # fmt: skip


def test_paginator_repr_names_kind_and_path() -> None:
    stream: Paginator[Any] = Paginator(StubRequester(lambda r: ok({})), Kind.OFFSET, PATH, "x")
    assert repr(stream) == "<Paginator OFFSET /api/v2/tickets>"


@pytest.mark.parametrize("size", [1, 100])
def test_page_size_bounds_are_inclusive(size: int) -> None:
    stub = StubRequester(lambda r: ok({}))
    assert Paginator(stub, Kind.CURSOR, PATH, "x", page_size=size)._page_size == size


@pytest.mark.parametrize("size", [0, 101, True, 2.0, "5"])
def test_page_size_refused(size: Any) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        Paginator(StubRequester(lambda r: ok({})), Kind.CURSOR, PATH, "x", page_size=size)
    assert str(info.value) == f"page_size must be an integer from 1 to 100 for {PATH}, not {size!r}"


@pytest.mark.anyio
async def test_offset_paginator_sends_its_page_size() -> None:
    stub = StubRequester(lambda r: ok({"tickets": ITEMS, "next_page": None}))
    paginator: Paginator[Any] = Paginator(stub, Kind.OFFSET, PATH, "tickets", page_size=7)
    assert await paginator.collect() == ITEMS
    assert stub.calls[0][1] == {"per_page": 7}


@pytest.mark.anyio
@pytest.mark.parametrize("kind", [Kind.TIME, Kind.INCREMENTAL_CURSOR, Kind.ROUTING])
async def test_export_kinds_need_incremental_export(kind: Kind) -> None:
    paginator: Paginator[Any] = Paginator(StubRequester(lambda r: ok({})), kind, PATH, "x")
    with pytest.raises(InvalidArgumentError) as info:
        await paginator.collect()
    assert str(info.value) == (
        f"{kind} is an incremental export kind: use zendesk_async.incremental.IncrementalExport "
        "for it"
    )
