"""Helpers shared by the bulk modules: chunking, argument checks, JSON bodies, fan-out."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import anyio

from .._transport import parse_json
from ..errors import InvalidArgumentError, ResponseParseError

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]


def chunked(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """Split `items` into consecutive chunks of at most `size`."""
    if size < 1:
        raise InvalidArgumentError(f"chunk size must be at least 1, got {size}")
    return [items[i : i + size] for i in range(0, len(items), size)]


def check_concurrency(concurrency: int) -> int:
    if not isinstance(concurrency, int) or isinstance(concurrency, bool) or concurrency < 1:
        raise InvalidArgumentError(f"concurrency must be a positive integer, got {concurrency!r}")
    return concurrency


async def all_or_first_error(calls: Sequence[Callable[[], Awaitable[None]]]) -> None:
    """Run every call concurrently; on the first failure cancel the rest and raise that error
    itself (not an ExceptionGroup), so callers can `except NotFoundError` as usual."""
    first: list[Exception] = []

    async with anyio.create_task_group() as tg:

        async def guarded(call: Callable[[], Awaitable[None]]) -> None:
            try:
                await call()
            except Exception as exc:
                if not first:
                    first.append(exc)
                tg.cancel_scope.cancel()

        for call in calls:
            tg.start_soon(guarded, call)
    if first:
        raise first[0]


def json_object(response: Any) -> dict[str, Any]:
    body = parse_json(response)
    if not isinstance(body, dict):
        raise ResponseParseError(
            "response body is not a JSON object", response=response, body=response.content
        )
    return body
