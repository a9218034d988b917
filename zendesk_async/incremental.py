"""Incremental exports that resume exactly where they stopped.

```python
export = IncrementalExport(requester, Kind.INCREMENTAL_CURSOR,
                           "/api/v2/incremental/tickets/cursor", "tickets", start_time=1700000000)
async for page in export.pages():
    await save(page.items)          # handle the page durably first...
    await store(page.checkpoint)    # ...then store its checkpoint
# later, or after a crash:
export = IncrementalExport(..., checkpoint=await load())   # goes on right after that page
```

Store the checkpoint only **after** the page is durably handled: resuming from it then loses
nothing and repeats nothing (time-based exports also drop the items Zendesk itself repeats across
page boundaries). A checkpoint is a small, versioned, JSON-serialisable dict; treat it as opaque.
The checkpoint of the last page (end of stream) is where the next incremental run starts.

Kinds (api-notes §1):
- `Kind.TIME` (`/incremental/tickets`, `/incremental/ticket_events`): `start_time`, then the
  previous `end_time`; stops on `end_of_stream`; boundary duplicates removed.
- `Kind.INCREMENTAL_CURSOR` (`/incremental/tickets/cursor`): `start_time` once, then `cursor`
  = `after_cursor`; stops on `end_of_stream`.
- `Kind.ROUTING` (`/incremental/routing/...`): optional `start_time`, then `cursor` from
  `next_page`; stops when `count` is 0 (even if `next_page` is set) or `next_page` is null.

Every request names the governor budget `budget` (default ``"incremental"``: 10 requests/min).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

from . import _constants as C
from ._dedupe import BoundaryDedupe, Key
from ._requester import Requester
from .errors import InvalidArgumentError, PaginationError
from .pagination import (
    Json,
    Kind,
    Page,
    Paginator,
    Params,
    _int,
    _Step,
    _Strategy,
    parse_url,
    query_of,
    stalled,
)

__all__ = ["CHECKPOINT_VERSION", "IncrementalExport", "Page"]

T = TypeVar("T")

CHECKPOINT_VERSION: Final = 1
_EXPORT_KINDS = (Kind.TIME, Kind.INCREMENTAL_CURSOR, Kind.ROUTING)


class IncrementalExport(Paginator[T]):
    """A resumable incremental export; see the module docstring for the storage pattern.

    Give `start_time` (Unix seconds, more than a minute in the past) to start, or `checkpoint`
    (a `Page.checkpoint` you stored) to resume; the routing exports need neither. `page_size`
    is `per_page` (≤ 1000; not for routing exports). `clock` is injectable for tests.
    """

    def __init__(
        self,
        requester: Requester,
        kind: Kind,
        path: str,
        items_key: str,
        *,
        start_time: int | None = None,
        checkpoint: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        page_size: int | None = None,
        parse: Callable[[dict[str, Any]], T] | None = None,
        budget: str | None = "incremental",
        clock: Callable[[], float] = time.time,
    ) -> None:
        if kind not in _EXPORT_KINDS:
            raise InvalidArgumentError(
                f"{kind} is not an export kind; use Paginator for list endpoints"
            )
        super().__init__(
            requester,
            kind,
            path,
            items_key,
            params=params,
            page_size=page_size,
            parse=parse,
            budget=budget,
        )
        self._clock = clock
        if start_time is not None and checkpoint is not None:
            raise InvalidArgumentError("give start_time or checkpoint, not both")
        self._state = (
            load_checkpoint(checkpoint, kind, path)
            if checkpoint is not None
            else _fresh_state(kind, path, start_time)
        )
        start = self._state.get("start_time")
        if kind is not Kind.ROUTING and start is not None:
            _check_not_recent(start, clock(), resumed=checkpoint is not None)

    def _check_page_size(self) -> None:
        size = self._page_size
        if size is None:
            return
        if self.kind is Kind.ROUTING:
            raise InvalidArgumentError(
                "the skill-based routing exports take no page size (Zendesk sends up to 3000)"
            )
        maximum = C.INCREMENTAL_PER_PAGE_MAX
        if not isinstance(size, int) or isinstance(size, bool) or not 1 <= size <= maximum:
            raise InvalidArgumentError(
                f"page_size must be an integer from 1 to {maximum} for {self.path}, not {size!r}"
            )

    def _strategy(self) -> _Strategy:
        base = dict(self._params)
        if self._page_size is not None:
            base["per_page"] = self._page_size
        state = self._state
        if self.kind is Kind.TIME:
            return _TimeStrategy(self.path, base, state)
        if self.kind is Kind.INCREMENTAL_CURSOR:
            return _IncrementalCursorStrategy(self.path, base, state)
        return _RoutingStrategy(self.path, base, state)


# -- checkpoints ---------------------------------------------------------------------------------
def _norm(path: str) -> str:
    path = path.rstrip("/")
    return path.removesuffix(".json")


def _header(kind: Kind, path: str) -> dict[str, Any]:
    return {"v": CHECKPOINT_VERSION, "kind": kind.value, "path": _norm(path)}


def _fresh_state(kind: Kind, path: str, start_time: int | None) -> dict[str, Any]:
    if start_time is not None:
        if not isinstance(start_time, int) or isinstance(start_time, bool) or start_time < 0:
            raise InvalidArgumentError(
                f"start_time must be Unix seconds (an int >= 0), not {start_time!r}"
            )
    elif kind is not Kind.ROUTING:
        raise InvalidArgumentError(
            f"{_norm(path)} needs start_time (Unix seconds) or a checkpoint to resume from"
        )
    state = _header(kind, path)
    state.update(start_time=start_time, cursor=None, seen=[])
    return state


def _check_not_recent(start_time: int, now: float, *, resumed: bool) -> None:
    if start_time >= now - C.INCREMENTAL_MIN_AGE:  # "more than one minute in the past"
        what = "the checkpoint's start_time" if resumed else "start_time"
        raise InvalidArgumentError(
            f"{what} ({start_time}) is not more than {C.INCREMENTAL_MIN_AGE} seconds in the past; "
            "Zendesk refuses it (and withholds the latest minute). "
            + ("Resume a little later." if resumed else "Use an older start_time.")
        )


def load_checkpoint(checkpoint: Mapping[str, Any], kind: Kind, path: str) -> dict[str, Any]:
    """Validate a stored checkpoint for this export; `InvalidArgumentError` says what is wrong."""
    if not isinstance(checkpoint, Mapping):
        raise InvalidArgumentError(f"checkpoint must be a dict, not {type(checkpoint).__name__}")
    if checkpoint.get("v") != CHECKPOINT_VERSION:
        raise InvalidArgumentError(
            f"checkpoint version {checkpoint.get('v')!r} is not supported "
            f"(this library writes version {CHECKPOINT_VERSION})"
        )
    if checkpoint.get("kind") != kind.value:
        raise InvalidArgumentError(
            f"checkpoint is from a {checkpoint.get('kind')!r} export, not a {kind.value!r} one"
        )
    if checkpoint.get("path") != _norm(path):
        raise InvalidArgumentError(
            f"checkpoint is from {checkpoint.get('path')!r}, not {_norm(path)!r}"
        )
    start, cursor, seen = (
        checkpoint.get("start_time"),
        checkpoint.get("cursor"),
        checkpoint.get("seen", []),
    )
    if start is not None and (not isinstance(start, int) or isinstance(start, bool)):
        raise InvalidArgumentError(f"checkpoint start_time is not an int: {start!r}")
    if cursor is not None and not isinstance(cursor, str):
        raise InvalidArgumentError(f"checkpoint cursor is not a string: {cursor!r}")
    if kind is Kind.TIME and start is None:
        raise InvalidArgumentError("a time-based export checkpoint needs start_time")
    if kind is Kind.INCREMENTAL_CURSOR and start is None and cursor is None:
        raise InvalidArgumentError("a cursor export checkpoint needs cursor or start_time")
    if not isinstance(seen, list) or not all(
        isinstance(k, list) and len(k) == 2 and all(_scalar(v) for v in k) for k in seen
    ):
        raise InvalidArgumentError("checkpoint seen must be a list of [id, stamp] pairs")
    state = _header(kind, path)
    state.update(start_time=start, cursor=cursor, seen=seen)
    return state


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, int | str | float)


# -- export kinds --------------------------------------------------------------------------------
class _TimeStrategy(_Strategy):
    """`start_time` -> `end_time`; stops on `end_of_stream`; drops boundary duplicates."""

    def __init__(self, path: str, base: Params, state: dict[str, Any]) -> None:
        self._path = path
        self._base = base
        self._start: int = state["start_time"]
        self._header = _header(Kind.TIME, path)
        self._dedupe = BoundaryDedupe(_keys(state["seen"]))

    def first(self) -> Params:
        return {**self._base, "start_time": self._start}

    def step(self, body: Json, items: list[Json], sent: Params) -> _Step:
        start: int = sent["start_time"]
        eos = body.get("end_of_stream") is True
        end_time = _int(body.get("end_time"))
        if end_time is None:
            if not eos:
                raise PaginationError(f"{self._path}: a page without end_time (not the last)")
            end_time = start
        kept = self._dedupe.filter(items)
        self._dedupe.advance(items, end_time)
        checkpoint = {**self._header, "start_time": end_time, "seen": self._dedupe.snapshot()}
        if eos:
            return _Step(kept, None, checkpoint)
        link = body.get("next_page")
        return _Step(
            kept,
            {**self._base, "start_time": end_time},
            checkpoint,
            link if isinstance(link, str) else None,
            None
            if end_time > start
            else stalled(self._path, f"end_time {end_time} does not advance past {start}"),
        )


class _IncrementalCursorStrategy(_Strategy):
    """`start_time` once, then `cursor` = `after_cursor`; stops on `end_of_stream`."""

    def __init__(self, path: str, base: Params, state: dict[str, Any]) -> None:
        self._path = path
        self._base = base
        self._state = state
        self._header = _header(Kind.INCREMENTAL_CURSOR, path)

    def first(self) -> Params:
        cursor = self._state["cursor"]
        if cursor is not None:
            return {**self._base, "cursor": cursor}
        return {**self._base, "start_time": self._state["start_time"]}

    def step(self, body: Json, items: list[Json], sent: Params) -> _Step:
        after = body.get("after_cursor")
        if after is not None and not isinstance(after, str):
            raise PaginationError(f"{self._path}: after_cursor is not a string: {after!r}")
        cursor = after or sent.get("cursor")
        checkpoint = {**self._header, "cursor": cursor, "start_time": None}
        if cursor is None:
            checkpoint["start_time"] = sent.get("start_time")
        if body.get("end_of_stream") is True:
            return _Step(items, None, checkpoint)
        if not after:
            raise PaginationError(f"{self._path}: no after_cursor and not end_of_stream")
        link = body.get("after_url")
        return _Step(
            items,
            {**self._base, "cursor": after},
            checkpoint,
            link if isinstance(link, str) else None,
        )


class _RoutingStrategy(_Strategy):
    """Skill-based routing exports: `cursor` from `next_page`; stops when `count` is 0."""

    def __init__(self, path: str, base: Params, state: dict[str, Any]) -> None:
        self._path = path
        self._base = base
        self._state = state
        self._header = _header(Kind.ROUTING, path)

    def first(self) -> Params:
        if self._state["cursor"] is not None:
            return {**self._base, "cursor": self._state["cursor"]}
        start = self._state["start_time"]
        return {**self._base, "start_time": start} if start is not None else dict(self._base)

    def step(self, body: Json, items: list[Json], sent: Params) -> _Step:
        count = _int(body.get("count"))
        if count is None:
            count = len(items)
        next_page = body.get("next_page")
        cursor: str | None = None
        if isinstance(next_page, str) and next_page:
            value = query_of(parse_url(next_page)).get("cursor")
            cursor = value if isinstance(value, str) and value else None
        resume = cursor or sent.get("cursor")
        checkpoint = {
            **self._header,
            "cursor": resume,
            "start_time": None if resume else sent.get("start_time"),
        }
        if count == 0 or not next_page:
            return _Step(items, None, checkpoint)
        if cursor is None:
            raise PaginationError(f"{self._path}: next_page carries no cursor: {next_page}")
        return _Step(items, {**self._base, "cursor": cursor}, checkpoint, str(next_page))


def _keys(seen: list[list[Any]]) -> list[Key]:
    return [(k[0], k[1]) for k in seen]
