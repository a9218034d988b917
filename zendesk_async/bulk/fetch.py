"""Fetching records by id through `show_many` endpoints: `get_many` and its `FetchedList`."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import anyio
import httpx

from .. import _constants as C
from .._gc import gc_paused
from .._requester import Requester
from ..errors import InvalidArgumentError, ResponseParseError, ZendeskError
from ..sideloads import Included
from ._common import all_or_first_error, check_concurrency, chunked, json_object

T = TypeVar("T")

__all__ = ["FetchedList", "get_many", "ideal_wall_time"]

Answer = tuple[httpx.Response, Sequence[int | str]]
"""A show_many response and the chunk of ids it answers."""


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
    """A list of fetched records in input order; `.missing` lists the ids Zendesk did not return;
    `.included` the sideloads asked for with ``include=`` (all chunks merged)."""

    missing: list[int | str]
    included: Included

    def __init__(
        self,
        items: Iterable[T] = (),
        missing: Iterable[int | str] = (),
        included: Included | None = None,
    ) -> None:
        super().__init__(items)
        self.missing = list(missing)
        self.included = included if included is not None else Included()


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
    found: dict[int | str, T] = {}
    todo = iter(chunked(unique, chunk_size))  # shared by the senders: each chunk taken once
    answered, answers = anyio.create_memory_object_stream[Answer](math.inf)
    sideloaded: list[Included] = []

    async def sender() -> None:
        # never parses: as soon as an answer is in, the next chunk's request goes out, so
        # `concurrency` requests stay in flight while the parser decodes and builds models
        for chunk in todo:
            params: dict[str, Any] = dict(extra_params or {})
            params[id_param] = ",".join(map(str, chunk))
            response = await requester.request("GET", path, params=params)
            answered.send_nowait((response, chunk))

    async def send_all() -> None:
        with answered:
            senders = min(concurrency, math.ceil(len(unique) / chunk_size))
            await all_or_first_error([sender] * senders)

    async def parse_all() -> None:
        with answers:
            async for response, chunk in answers:
                records, included = _parse_chunk(response, chunk, path, items_key, parse)
                found.update(records)
                sideloaded.append(included)

    await all_or_first_error([send_all, parse_all])
    items = [found[rid] for rid in unique if rid in found]
    missing = [rid for rid in unique if rid not in found]
    return FetchedList(items, missing, Included.merged(sideloaded))


def _parse_chunk(
    response: httpx.Response,
    chunk: Sequence[int | str],
    path: str,
    items_key: str,
    parse: Callable[[Any], T],
) -> tuple[dict[int | str, T], Included]:
    """The records of one show_many answer that were asked for, by id, each parsed once, and
    the answer's sideloads."""
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
    out: dict[int | str, T] = {}
    with gc_paused():  # up to 100 models, no reference cycles (zendesk_async._gc)
        for record in records:
            rid = record.get("id") if isinstance(record, Mapping) else None
            if not isinstance(rid, int | str) or rid not in wanted:
                continue
            try:
                out[rid] = parse(record)
            except ZendeskError:
                raise
            except Exception as exc:
                raise ResponseParseError(
                    f"record {rid!r} from {path} does not fit the model: {exc}",
                    response=response,
                    body=response.content,
                    model=items_key,
                ) from exc
    return out, Included.of(body, items_key)


def ideal_wall_time(n_ids: int, concurrency: int, latency: float) -> float:
    """The best possible wall time of `get_many` (used by the benchmarks)."""
    chunks = math.ceil(n_ids / C.SHOW_MANY_MAX_IDS)
    return math.ceil(chunks / concurrency) * latency
