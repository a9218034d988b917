"""Fetching records by id through `show_many` endpoints: `get_many` and its `FetchedList`."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import anyio

from .. import _constants as C
from .._requester import Requester
from ..errors import InvalidArgumentError, ResponseParseError, ZendeskError
from ._common import all_or_first_error, check_concurrency, chunked, json_object

T = TypeVar("T")

__all__ = ["FetchedList", "get_many", "ideal_wall_time"]


def _normalise_ids(ids: Iterable[int | str], what: str = "ids") -> list[int | str]:
    out: list[int | str] = []
    for raw in ids:
        if isinstance(raw, bool) or not isinstance(raw, int | str):
            raise InvalidArgumentError(f"{what} must be integers or strings, got {raw!r}")
        if isinstance(raw, str):
            if not raw.strip():
                raise InvalidArgumentError(f"{what} must not contain empty strings")
            if raw.strip().isdigit():
                out.append(int(raw))
                continue
        out.append(raw)
    return out


class FetchedList(list[T]):
    """A list of fetched records in input order; `.missing` lists the ids Zendesk did not return."""

    missing: list[int | str]

    def __init__(self, items: Iterable[T] = (), missing: Iterable[int | str] = ()) -> None:
        super().__init__(items)
        self.missing = list(missing)


async def get_many(
    requester: Requester,
    path: str,
    ids: Iterable[int | str],
    *,
    items_key: str,
    parse: Callable[[Any], T],
    concurrency: int = C.DEFAULT_CONCURRENCY,
    chunk_size: int = C.SHOW_MANY_MAX_IDS,
    id_param: str = "ids",
    extra_params: Mapping[str, Any] | None = None,
) -> FetchedList[T]:
    """Fetch records by id through a `show_many` endpoint, chunks fetched concurrently.

    Duplicate ids are collapsed (first position wins); ids Zendesk did not return end up in
    `.missing` rather than being dropped silently.
    """
    check_concurrency(concurrency)
    if not 1 <= chunk_size <= C.SHOW_MANY_MAX_IDS:
        raise InvalidArgumentError(
            f"chunk_size must be between 1 and {C.SHOW_MANY_MAX_IDS}, got {chunk_size}"
        )
    unique = list(dict.fromkeys(_normalise_ids(ids)))
    if not unique:
        return FetchedList()
    found: dict[int | str, Any] = {}
    limiter = anyio.CapacityLimiter(concurrency)

    async def fetch(chunk: Sequence[int | str]) -> None:
        async with limiter:
            params: dict[str, Any] = dict(extra_params or {})
            params[id_param] = ",".join(str(i) for i in chunk)
            response = await requester.request("GET", path, params=params)
        body = json_object(response)
        records = body.get(items_key)
        if not isinstance(records, list):
            raise ResponseParseError(
                f"expected a list under {items_key!r} in the show_many response",
                response=response,
                body=response.content,
                model=items_key,
            )
        wanted = set(chunk)
        for record in records:
            rid = record.get("id") if isinstance(record, Mapping) else None
            if rid in wanted:
                found[rid] = record

    await all_or_first_error([functools.partial(fetch, c) for c in chunked(unique, chunk_size)])

    items: list[T] = []
    missing: list[int | str] = []
    for rid in unique:
        if rid in found:
            try:
                items.append(parse(found[rid]))
            except ZendeskError:
                raise
            except Exception as exc:
                raise ResponseParseError(
                    f"record {rid!r} from {path} does not fit the model: {exc}", model=items_key
                ) from exc
        else:
            missing.append(rid)
    return FetchedList(items, missing)


def ideal_wall_time(n_ids: int, concurrency: int, latency: float) -> float:
    """The best possible wall time of `get_many` (used by the benchmarks)."""
    chunks = math.ceil(n_ids / C.SHOW_MANY_MAX_IDS)
    return math.ceil(chunks / concurrency) * latency
