"""The contract between the request path and everything that sends requests (resources, pagination,
exports, bulk). `zendesk_async._transport.RequestPath` implements it; tests may stub it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

import httpx

QueryParams = Mapping[str, str | int | float | bool | list[str] | list[int] | None]


class Requester(Protocol):
    """Sends one logical call through governor -> auth -> send -> classify -> retry.

    Returns the final 2xx response with its body read, or raises a `ZendeskError` subclass.
    `url` is a path (``/api/v2/tickets``) or an absolute URL, which must be on the configured host
    (else `UnsafeURLError`). `budget` names a per-endpoint budget of the governor
    (``"incremental"``).
    `idempotent` overrides the method's default (GET/PUT/DELETE yes, POST/PATCH no) for retries.
    """

    @property
    def base_url(self) -> httpx.URL: ...

    async def request(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        params: QueryParams | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        budget: str | None = None,
        idempotent: bool | None = None,
    ) -> httpx.Response: ...
