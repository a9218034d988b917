"""One paginator for every Zendesk pagination kind.

A `Paginator` is a lazy, re-iterable stream: nothing is sent until it is iterated, every
iteration starts from the beginning, and only the current page is held in memory.

```python
async for ticket in Paginator(requester, Kind.CURSOR, "/api/v2/tickets", "tickets"): ...
async for page in paginator.pages(): page.items, page.has_more, page.response
first = await paginator.first()
some = await paginator.collect(limit=250)
```

Every kind follows the same loop: send, decode once, ask the kind's `_Strategy` what the page
holds and what to send next, refuse a next page that would leave the configured host or that
does not advance (`StalledPaginationError`), yield, repeat. Next-page requests are built from
the cursor / page number the server handed back and sent to the *same path* through the
`Requester` (auth, governor, retries), so a link is never followed anywhere else. The
incremental kinds (`TIME`, `INCREMENTAL_CURSOR`, `ROUTING`) live in `zendesk_async.incremental`.
"""

from __future__ import annotations

import enum
import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Mapping
from contextlib import aclosing
from typing import Any, Generic, TypeVar, cast

import attrs
import httpx

from . import _constants as C
from ._requester import Requester
from ._urls import check_origin
from .errors import (
    BadRequestError,
    InvalidArgumentError,
    OffsetLimitError,
    PaginationError,
    ResponseParseError,
    StalledPaginationError,
)

__all__ = ["Kind", "Page", "Paginator"]

T = TypeVar("T")
Json = dict[str, Any]
Params = dict[str, Any]


class Kind(enum.Enum):
    """How an endpoint pages (api-notes §1)."""

    CURSOR = "cursor"  # page[size] / page[after]; meta.has_more (or top-level after_cursor)
    OFFSET = "offset"  # page / per_page; next_page until null; 400 past 10,000 records
    TIME = "time"  # incremental time-based: start_time -> end_time, end_of_stream
    INCREMENTAL_CURSOR = "incremental_cursor"  # start_time once, then cursor; end_of_stream
    ROUTING = "routing"  # skill-based routing exports: cursor; stop when count == 0


@attrs.frozen
class Page(Generic[T]):
    """One page of a stream.

    `items` are typed models, or plain dicts in raw mode. `checkpoint` (exports only) is a small
    JSON-serialisable dict: store it *after* the page is durably handled and pass it back as
    `checkpoint=` to resume right after this page. `body` is the decoded JSON, `response` the
    raw `httpx.Response`.
    """

    items: list[T]
    has_more: bool
    checkpoint: dict[str, Any] | None
    response: httpx.Response = attrs.field(repr=False)
    body: dict[str, Any] = attrs.field(repr=False)


@attrs.frozen
class _Step:
    """What a strategy read from one page: the items to yield and what to send next."""

    items: list[Json]
    next_params: Params | None  # None: the stream ends after this page
    checkpoint: dict[str, Any] | None = None
    link: str | None = None  # the server's next-page URL, host-checked when the stream goes on
    refuse: Exception | None = None  # raised after this page instead of sending the next one


class _Strategy:
    """Per-kind rules. `first()` gives the first query; `step()` reads a decoded page."""

    def first(self) -> Params:
        raise NotImplementedError

    def step(self, body: Json, items: list[Json], sent: Params) -> _Step:
        raise NotImplementedError

    def translate(self, exc: BadRequestError, sent: Params) -> Exception | None:
        """A better error for a 400 on `sent`, or None to re-raise it unchanged."""
        return None


class Paginator(Generic[T]):
    """A lazy stream over a list operation; see the module docstring.

    `path` is already formatted (``/api/v2/tickets/123/comments``); `params` are extra query
    filters sent on every request; `page_size` is the page size to ask for (cursor: `page[size]`
    ≤ 100, offset: `per_page` ≤ 100); `parse` turns each item dict into a model (None: yield the
    dicts as they are, the fast path); `budget` names a governor budget (``"incremental"``).
    """

    def __init__(
        self,
        requester: Requester,
        kind: Kind,
        path: str,
        items_key: str,
        *,
        params: Mapping[str, Any] | None = None,
        page_size: int | None = None,
        parse: Callable[[dict[str, Any]], T] | None = None,
        budget: str | None = None,
    ) -> None:
        self._requester = requester
        self.kind = kind
        self.path = path
        self.items_key = items_key
        self._params: Params = {k: v for k, v in (params or {}).items() if v is not None}
        self._page_size = page_size
        self._parse = parse
        self._budget = budget
        self._check_page_size()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.kind.name} {self.path}>"

    # -- public API ------------------------------------------------------------------------------
    def __aiter__(self) -> AsyncIterator[T]:
        """Items across pages."""
        return self._items()

    def pages(self) -> AsyncIterator[Page[T]]:
        """Pages, each with `items`, `has_more`, `checkpoint`, `response`, `body`."""
        return self._pages()

    async def first(self) -> T | None:
        """The first item, or None when the list is empty. Stops after the page holding it."""
        async with aclosing(self._items()) as items:
            async for item in items:
                return item
        return None

    async def collect(self, limit: int | None = None) -> list[T]:
        """All items (or the first `limit`) as a list. Fetches only the pages needed."""
        if limit is not None and limit < 0:
            raise InvalidArgumentError(f"limit must be 0 or more, not {limit}")
        out: list[T] = []
        if limit == 0:
            return out
        async with aclosing(self._pages()) as pages:
            async for page in pages:
                out.extend(page.items)
                if limit is not None and len(out) >= limit:
                    del out[limit:]
                    break
        return out

    # -- the engine ------------------------------------------------------------------------------
    def _strategy(self) -> _Strategy:
        """A fresh strategy for one pass over the stream (exports override this)."""
        if self.kind is Kind.CURSOR:
            return _CursorStrategy(self._params, self._page_size or C.CURSOR_PAGE_SIZE_MAX)
        if self.kind is Kind.OFFSET:
            return _OffsetStrategy(self.path, self._params, self._page_size)
        raise InvalidArgumentError(
            f"{self.kind} is an incremental export kind: use zendesk_async.incremental."
            "IncrementalExport for it"
        )

    def _check_page_size(self) -> None:
        size = self._page_size
        if size is None:
            return
        maximum = C.CURSOR_PAGE_SIZE_MAX
        if not isinstance(size, int) or isinstance(size, bool) or not 1 <= size <= maximum:
            raise InvalidArgumentError(
                f"page_size must be an integer from 1 to {maximum} for {self.path}, not {size!r}"
            )

    async def _items(self) -> AsyncGenerator[T, None]:
        async with aclosing(self._pages()) as pages:
            async for page in pages:
                for item in page.items:
                    yield item

    async def _pages(self) -> AsyncGenerator[Page[T], None]:
        strategy = self._strategy()
        params = strategy.first()
        parse = self._parse
        base = self._requester.base_url
        prev_signature: tuple[Any, ...] | None = None
        number = 1
        while True:
            response = await self._send(strategy, params)
            body = _decode(response, self.path)
            raw = body.get(self.items_key)
            if not isinstance(raw, list):
                raise ResponseParseError(
                    f"{self.path}: expected a list under {self.items_key!r} in the response, "
                    f"got {type(raw).__name__}",
                    response=response,
                    body=response.content,
                    model=self.items_key,
                )
            signature = _signature(raw)
            if signature is not None and signature == prev_signature:
                raise StalledPaginationError(
                    f"{self.path}: page {number} repeats the previous page; stopping "
                    "instead of looping"
                )
            prev_signature = signature
            step = strategy.step(body, raw, params)
            nxt = step.next_params
            if nxt is not None and step.link is not None:
                check_same_host(step.link, base)
            items: list[T]
            if parse is None:
                items = cast(list[T], step.items)
            else:
                items = _parse_all(parse, step.items, response, self.items_key)
            # this page is good; a next page that does not advance is refused before sending
            yield Page(items, nxt is not None, step.checkpoint, response, body)
            if nxt is None:
                return
            if step.refuse is not None:
                raise step.refuse
            if nxt == params:
                raise StalledPaginationError(
                    f"{self.path}: page {number} points at itself as the next page "
                    f"({_describe(nxt)}); stopping instead of looping"
                )
            params = nxt
            number += 1

    async def _send(self, strategy: _Strategy, params: Params) -> httpx.Response:
        try:
            return await self._requester.request(
                "GET", self.path, params=params, budget=self._budget
            )
        except BadRequestError as exc:
            better = strategy.translate(exc, params)
            if better is None:
                raise
            raise better from exc


# -- helpers shared with incremental.py ----------------------------------------------------------
def _decode(response: httpx.Response, path: str) -> Json:
    try:
        body = json.loads(response.content)
    except ValueError as exc:
        raise ResponseParseError(
            f"{path}: the response is not JSON ({exc})", response=response, body=response.content
        ) from None
    if not isinstance(body, dict):
        raise ResponseParseError(
            f"{path}: expected a JSON object, got {type(body).__name__}",
            response=response,
            body=response.content,
        )
    return body


def _parse_all(
    parse: Callable[[Json], T], items: list[Json], response: httpx.Response, key: str
) -> list[T]:
    try:
        return [parse(item) for item in items]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseParseError(
            f"an item under {key!r} does not fit its model: {exc!r}",
            response=response,
            body=response.content,
            model=key,
        ) from exc


def _signature(items: list[Any]) -> tuple[Any, ...] | None:
    """(length, first id, last id) of a page, to spot a page served twice; None if unknown."""
    if not items:
        return None
    head, tail = items[0], items[-1]
    if not isinstance(head, dict) or not isinstance(tail, dict):
        return None
    first, last = head.get("id"), tail.get("id")
    if first is None or last is None:
        return None
    return (len(items), first, last)


def stalled(path: str, why: str) -> StalledPaginationError:
    return StalledPaginationError(f"{path}: {why}; stopping instead of looping")


def _describe(params: Params) -> str:
    return ", ".join(f"{k}={v}" for k, v in params.items()) or "no parameters"


def parse_url(url: str) -> httpx.URL:
    try:
        return httpx.URL(url)
    except (httpx.InvalidURL, TypeError, UnicodeError) as exc:  # UnicodeError: lone surrogate
        raise PaginationError(f"the server sent an unusable next-page URL: {exc}") from None


def check_same_host(url: str, base: httpx.URL) -> httpx.URL:
    """Parse a next-page URL and refuse it (`UnsafeURLError`) unless it is a path or its scheme,
    host and port match `base` (the request path's own check, `_urls.check_origin`)."""
    parsed = parse_url(url)
    check_origin(parsed, base, what="a next-page URL")
    return parsed


def query_of(url: httpx.URL) -> Params:
    """The query of a URL as a flat dict (the last value wins for repeated keys)."""
    return dict(url.params.multi_items())


# -- list kinds ----------------------------------------------------------------------------------
class _CursorStrategy(_Strategy):
    """`page[size]` / `page[after]`; ends when `meta.has_more` is false.

    The `/ticket_audits` variant has no `meta`: top-level `after_cursor` / `after_url`. It goes on
    while `after_cursor` is set and the page is not empty, sending `after_url`'s query when
    there is one (Zendesk's uses `cursor=` + `limit=`), else `page[after]`.
    """

    def __init__(self, params: Params, size: int) -> None:
        self._base = {**params, "page[size]": size}

    def first(self) -> Params:
        return dict(self._base)

    def step(self, body: Json, items: list[Json], sent: Params) -> _Step:
        meta = body.get("meta")
        if isinstance(meta, dict):
            if not meta.get("has_more"):
                return _Step(items, None)
            after = meta.get("after_cursor")
            if not after:
                raise PaginationError("meta.has_more is true but meta.after_cursor is missing")
            links = body.get("links")
            link = links.get("next") if isinstance(links, dict) else None
            return _Step(items, {**self._base, "page[after]": after}, link=link)
        after = body.get("after_cursor")
        if not after or not items:
            return _Step(items, None)
        after_url = body.get("after_url")
        if isinstance(after_url, str) and after_url:
            query = query_of(parse_url(after_url))
            if query:
                return _Step(items, query, link=after_url)
            return _Step(items, {**self._base, "page[after]": after}, link=after_url)
        return _Step(items, {**self._base, "page[after]": after})


class _OffsetStrategy(_Strategy):
    """`page` / `per_page`; follows `next_page` until null. Zendesk answers 400 past 10,000
    records, so a next page beyond that raises `OffsetLimitError` before it is sent."""

    def __init__(self, path: str, params: Params, per_page: int | None) -> None:
        self._path = path
        self._base = dict(params)
        if per_page is not None:
            self._base["per_page"] = per_page

    def first(self) -> Params:
        return dict(self._base)

    def step(self, body: Json, items: list[Json], sent: Params) -> _Step:
        next_page = body.get("next_page")
        if not next_page:
            return _Step(items, None)
        if not isinstance(next_page, str):
            raise PaginationError(f"{self._path}: next_page is not a URL: {next_page!r}")
        nxt = {**self._base, **query_of(parse_url(next_page))}
        page, per_page = _int(nxt.get("page")), _int(nxt.get("per_page"))
        if page is None:
            raise PaginationError(f"{self._path}: next_page has no page number: {next_page}")
        current = _int(sent.get("page")) or 1
        if page <= current:
            why = f"next_page goes from page {current} back to page {page}"
            return _Step(items, nxt, link=next_page, refuse=stalled(self._path, why))
        size = per_page or C.CURSOR_PAGE_SIZE_MAX
        if page * size > C.OFFSET_RECORD_LIMIT:
            return _Step(
                items, nxt, link=next_page, refuse=self.limit_error(page, size, sent=False)
            )
        return _Step(items, nxt, link=next_page)

    def translate(self, exc: BadRequestError, sent: Params) -> Exception | None:
        if isinstance(exc, OffsetLimitError):
            return None
        page = _int(sent.get("page")) or 1
        size = _int(sent.get("per_page")) or C.CURSOR_PAGE_SIZE_MAX
        if page > 1 and page * size > C.OFFSET_RECORD_LIMIT:
            return self.limit_error(page, size, sent=True, response=exc.response)
        return None

    def limit_error(
        self, page: int, size: int, *, sent: bool, response: httpx.Response | None = None
    ) -> OffsetLimitError:
        limit = f"{C.OFFSET_RECORD_LIMIT:,}"
        message = (
            f"{self._path}: offset pagination stops at {limit} records (page {page} x "
            f"{size} per page {'was refused' if sent else 'would be refused'} by Zendesk). "
            "Use cursor pagination (page_size=...) where the endpoint supports it, or an "
            "incremental export."
        )
        if response is None:  # raised before sending: what Zendesk would have answered
            request = httpx.Request("GET", self._path, params={"page": page, "per_page": size})
            response = httpx.Response(
                400,
                json={"error": "OffsetLimit", "description": message},
                request=request,
            )
        return OffsetLimitError(
            message, response=response, error="OffsetLimit", description=message
        )


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None
