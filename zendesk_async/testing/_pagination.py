"""List pagination as Zendesk does it: cursor (`page[size]`/`page[after]`/`page[before]`,
`meta` + `links`) or offset (`page`/`per_page`, `next_page`/`previous_page`/`count`, 400 past
10,000 records). A list is anything with the small `Listing` interface, so a million lazily
generated tickets page as cheaply as a ten-item Python list."""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from zendesk_async import _constants as C

from ._http import Request, bad_request, envelope

T = TypeVar("T")
Key = int | str


class Listing(Protocol):
    def size(self) -> int: ...
    def render(self, start: int, stop: int) -> list[bytes]: ...
    def key_at(self, index: int) -> Key: ...
    def index_after(self, key: Key) -> int:
        """The index of the first item after `key` (in list order)."""
        ...


class ListListing:
    """A Python list in display order, rendered per item; cursors are item keys."""

    def __init__(
        self, items: Sequence[T], key: Callable[[T], Key], render: Callable[[T], bytes]
    ) -> None:
        self._items: Sequence[Any] = items
        self._key: Callable[[Any], Key] = key
        self._render: Callable[[Any], bytes] = render

    def size(self) -> int:
        return len(self._items)

    def render(self, start: int, stop: int) -> list[bytes]:
        return [self._render(item) for item in self._items[start:stop]]

    def key_at(self, index: int) -> Key:
        return self._key(self._items[index])

    def index_after(self, key: Key) -> int:
        for i, item in enumerate(self._items):
            if self._key(item) == key:
                return i + 1
        return len(self._items)  # the anchor is gone: nothing after it we can place


def encode_cursor(key: Key) -> str:
    """An opaque cursor for `key` (base64, like Zendesk's)."""
    tag = "i" if isinstance(key, int) else "s"
    return base64.urlsafe_b64encode(f"{tag}:{key}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> Key:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        tag, _, value = raw.partition(":")
        if tag == "i":
            return int(value)
        if tag == "s":
            return value
    except ValueError:
        pass
    raise bad_request(
        "InvalidPaginationParameter", "page[after]/page[before] is not a valid cursor"
    )


START_CURSOR = encode_cursor("__start__")  # only handed out by the stuck-cursor fault


def is_cursor_request(req: Request) -> bool:
    return any(k in req.query for k in ("page[size]", "page[after]", "page[before]"))


def paginate(
    req: Request,
    listing: Listing,
    key: str,
    *,
    extra: dict[str, Any] | None = None,
    cursor_only: bool = False,
) -> bytes:
    """The page `req` asks for, in cursor or offset form."""
    if cursor_only or is_cursor_request(req):
        return cursor_page(req, listing, key, extra)
    return offset_page(req, listing, key, extra)


def _page_size(req: Request, name: str, default: int = C.CURSOR_PAGE_SIZE_MAX) -> int:
    size = req.q_int(name, default) or default
    if size < 1 or size > C.CURSOR_PAGE_SIZE_MAX:
        raise bad_request(
            "InvalidPaginationParameter", f"{name} must be between 1 and {C.CURSOR_PAGE_SIZE_MAX}"
        )
    return size


def cursor_page(req: Request, listing: Listing, key: str, extra: dict[str, Any] | None) -> bytes:
    size = _page_size(req, "page[size]")
    after, before = req.q("page[after]"), req.q("page[before]")
    if after and before:
        raise bad_request(
            "InvalidPaginationParameter", "page[after] and page[before] cannot be used together"
        )
    total = listing.size()
    if before:
        stop = listing.index_after(decode_cursor(before)) - 1
        stop = max(stop, 0)
        start = max(0, stop - size)
        has_more = start > 0
    else:
        start = (
            0 if not after or after == START_CURSOR else listing.index_after(decode_cursor(after))
        )
        stop = min(total, start + size)
        has_more = stop < total
    items = listing.render(start, stop)
    after_cursor = encode_cursor(listing.key_at(stop - 1)) if stop > start else None
    before_cursor = encode_cursor(listing.key_at(start)) if stop > start else None
    if req.stuck_cursor:  # the fault: the "next" page is this page again
        after_cursor = after or START_CURSOR
        has_more = True
    meta = {"has_more": has_more, "after_cursor": after_cursor, "before_cursor": before_cursor}
    keep = {k: v[-1] for k, v in req.query.items() if not k.startswith("page[")}
    links = {
        "next": req.url(**keep, **{"page[size]": size, "page[after]": after_cursor})
        if after_cursor
        else None,
        "prev": req.url(**keep, **{"page[size]": size, "page[before]": before_cursor})
        if before_cursor
        else None,
    }
    return envelope(key, items, {"meta": meta, "links": links, **(extra or {})})


def offset_page(req: Request, listing: Listing, key: str, extra: dict[str, Any] | None) -> bytes:
    page = req.q_int("page", 1) or 1
    per_page = min(max(req.q_int("per_page", C.CURSOR_PAGE_SIZE_MAX) or 1, 1), 100)
    if page < 1:
        raise bad_request("InvalidPaginationParameter", "page must be 1 or more")
    if page * per_page > C.OFFSET_RECORD_LIMIT and page > 1:
        # Zendesk's body for this is undocumented (api-notes §1); this shape is our guess.
        raise bad_request(
            "InvalidPaginationParameter",
            "Offset pagination is limited to the first 10,000 records. Use cursor pagination.",
        )
    total = listing.size()
    start = (page - 1) * per_page
    stop = min(total, start + per_page)
    items = listing.render(start, stop) if start < total else []
    other = {k: v for k, v in req.query.items() if k not in ("page", "per_page")}
    params = {k: v[-1] for k, v in other.items()}
    next_page = req.url(**params, page=page + 1, per_page=per_page) if stop < total else None
    if req.stuck_cursor:
        next_page = req.url(**params, page=page, per_page=per_page)
    prev_page = req.url(**params, page=page - 1, per_page=per_page) if page > 1 else None
    return envelope(
        key,
        items,
        {"next_page": next_page, "previous_page": prev_page, "count": total, **(extra or {})},
    )
