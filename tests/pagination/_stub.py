"""A stub `Requester` over `httpx.MockTransport`, and small in-test Zendesk page servers."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlencode

import httpx

from zendesk_async.errors import status_error_from_response

BASE = "https://acme.zendesk.com"
Handler = Callable[[httpx.Request], httpx.Response]


class StubRequester:
    """Implements the `Requester` protocol: sends through an httpx client, raises typed errors."""

    def __init__(self, handler: Handler, base: str = BASE) -> None:
        self._client = httpx.AsyncClient(transport=httpx.MockTransport(handler), base_url=base)
        self.calls: list[tuple[str, dict[str, Any], str | None]] = []

    @property
    def base_url(self) -> httpx.URL:
        return self._client.base_url

    async def request(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        budget: str | None = None,
        idempotent: bool | None = None,
    ) -> httpx.Response:
        self.calls.append((str(url), dict(params or {}), budget))
        response = await self._client.request(method, url, params=params)
        if response.status_code >= 400:
            raise status_error_from_response(response)
        return response


def ok(body: dict[str, Any]) -> httpx.Response:
    return httpx.Response(200, content=json.dumps(body).encode())


def url(path: str, **params: Any) -> str:
    return f"{BASE}{path}?{urlencode(params)}"


def q(request: httpx.Request, name: str) -> str | None:
    return request.url.params.get(name)


def items(n: int, start: int = 1) -> list[dict[str, Any]]:
    return [{"id": i, "subject": f"t{i}"} for i in range(start, start + n)]


def cursor_server(data: list[dict[str, Any]], key: str = "tickets") -> Handler:
    """Cursor pagination like Zendesk's: page[size], page[after]; meta + links."""

    def handle(request: httpx.Request) -> httpx.Response:
        size = int(q(request, "page[size]") or 100)
        after = q(request, "page[after]")
        start = int(after) if after else 0
        page = data[start : start + size]
        stop = start + len(page)
        has_more = stop < len(data)
        cursor = str(stop) if page else None
        nxt = url(request.url.path, **{"page[size]": size, "page[after]": cursor})
        return ok(
            {
                key: page,
                "meta": {"has_more": has_more, "after_cursor": cursor, "before_cursor": None},
                "links": {"next": nxt if has_more else None, "prev": None},
            }
        )

    return handle


def offset_server(data: list[dict[str, Any]], key: str = "tickets", limit: int = 10_000) -> Handler:
    """Offset pagination: page, per_page; next_page URL until null; 400 past `limit` records."""

    def handle(request: httpx.Request) -> httpx.Response:
        page = int(q(request, "page") or 1)
        per_page = int(q(request, "per_page") or 100)
        if page > 1 and page * per_page > limit:
            return httpx.Response(
                400, json={"error": "InvalidPaginationParameter", "description": "offset limit"}
            )
        start = (page - 1) * per_page
        chunk = data[start : start + per_page]
        more = start + per_page < len(data)
        nxt = url(request.url.path, page=page + 1, per_page=per_page) if more else None
        return ok({key: chunk, "next_page": nxt, "previous_page": None, "count": len(data)})

    return handle


def ticket(i: int, ts: int) -> dict[str, Any]:
    return {"id": i, "generated_timestamp": ts, "subject": f"t{i}"}


def time_server(data: list[dict[str, Any]], key: str = "tickets") -> Handler:
    """Time-based export: items sorted by generated_timestamp; a page is `per_page` items plus
    the rest of its last second; the next page starts at that second, so those items repeat."""

    def handle(request: httpx.Request) -> httpx.Response:
        start = int(q(request, "start_time") or -1)
        per_page = int(q(request, "per_page") or 1000)
        rest = [t for t in data if t["generated_timestamp"] >= start]
        page = rest[:per_page]
        eos = len(rest) <= per_page
        if not eos:
            last = page[-1]["generated_timestamp"]
            page += [t for t in rest[per_page:] if t["generated_timestamp"] == last]
            eos = len(page) == len(rest)
        end = page[-1]["generated_timestamp"] if page else start
        if not eos and end == start:
            end += 1
        return ok(
            {
                key: page,
                "count": len(page),
                "end_time": end,
                "end_of_stream": eos,
                "next_page": url(request.url.path, start_time=end, per_page=per_page),
            }
        )

    return handle


def incremental_cursor_server(data: list[dict[str, Any]], key: str = "tickets") -> Handler:
    """Cursor-based export: start_time once, then cursor (an index); end_of_stream."""

    def handle(request: httpx.Request) -> httpx.Response:
        per_page = int(q(request, "per_page") or 1000)
        cursor = q(request, "cursor")
        if cursor is not None:
            start = int(cursor)
        else:
            st = int(q(request, "start_time") or 0)
            start = next(
                (n for n, t in enumerate(data) if t["generated_timestamp"] >= st), len(data)
            )
        page = data[start : start + per_page]
        stop = start + len(page)
        eos = stop >= len(data)
        return ok(
            {
                key: page,
                "after_cursor": str(stop),
                "after_url": url(request.url.path, cursor=stop, per_page=per_page),
                "before_cursor": None,
                "before_url": None,
                "end_of_stream": eos,
            }
        )

    return handle


def routing_server(data: list[dict[str, Any]], key: str = "attributes", size: int = 3) -> Handler:
    """SBR export: cursor from next_page; next_page is always set; count 0 at the end."""

    def handle(request: httpx.Request) -> httpx.Response:
        start = int(q(request, "cursor") or 0)
        page = data[start : start + size]
        nxt = start + len(page)
        return ok(
            {
                key: page,
                "count": len(page),
                "end_time": 1_600_000_000 + nxt,
                "next_page": url(request.url.path, cursor=nxt),
            }
        )

    return handle
