"""The world the documented snippets run in: the fake Zendesk behind every `Zendesk(...)`,
the example ids mapped onto the fake's, and the placeholder names the prose leaves to the reader
(`zd`, `ids`, `store`, `write_durably`, ...). Adjust here, never in the prose."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

import zendesk_async
from zendesk_async.testing import FakeZendesk

# example id in the docs -> what the fixture makes of it (filled in per fake)
EXAMPLE_TICKET, EXAMPLE_USER = 123, 456


class IdMap(httpx.AsyncBaseTransport):
    """Serve `fake`, with the docs' example ids replaced by the fake's ids in the URL path and
    in JSON bodies (the fake's ids are Zendesk-sized, the docs use 123)."""

    def __init__(self, fake: FakeZendesk, ids: dict[int, int]) -> None:
        self.inner = httpx.ASGITransport(app=fake)
        self.ids = ids

    def _swap(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: self._swap(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._swap(v) for v in value]
        if isinstance(value, int) and not isinstance(value, bool):
            return self.ids.get(value, value)
        return value

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        parts = request.url.path.split("/")
        path = "/".join(
            str(self.ids[int(p.removesuffix(".json"))]) + (".json" if p.endswith(".json") else "")
            if p.removesuffix(".json").isdigit() and int(p.removesuffix(".json")) in self.ids
            else p
            for p in parts
        )
        content = await request.aread()
        if content and request.headers.get("content-type", "").startswith("application/json"):
            content = json.dumps(self._swap(json.loads(content))).encode()
        headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
        moved = httpx.Request(
            request.method,
            request.url.copy_with(path=path),
            headers=headers,
            content=content,
            extensions=request.extensions,
        )
        return await self.inner.handle_async_request(moved)


class Store:
    """`store` in the docs: somewhere to keep a refresh token."""

    def __init__(self) -> None:
        self.values: list[Any] = []

    async def put(self, value: Any) -> None:
        self.values.append(value)


@pytest.fixture
async def doc_namespace(
    monkeypatch: pytest.MonkeyPatch, anyio_backend: str
) -> AsyncIterator[dict[str, Any]]:
    fake = FakeZendesk(tickets=300, seed=11, auth=False, job_polls=0)
    first = fake.account.seed.first_id
    user = fake.account.skips[0]["user_id"]
    transport = IdMap(fake, {EXAMPLE_TICKET: first, EXAMPLE_USER: user})
    real = zendesk_async.Zendesk

    class DocZendesk(real):  # type: ignore[misc,valid-type]
        """`Zendesk(...)` as the docs write it, talking to the fake."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("transport", transport)
            kwargs.setdefault("incremental_rpm", 100_000)
            if str(kwargs.get("rate_limit_store", "")).startswith("redis://"):
                kwargs["rate_limit_store"] = (
                    zendesk_async.MemoryStore()
                )  # the docs' host is made up
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(zendesk_async, "Zendesk", DocZendesk)
    monkeypatch.setenv("ZENDESK_SUBDOMAIN", "acme")
    monkeypatch.delenv("ZENDESK_BASE_URL", raising=False)
    monkeypatch.setenv("ZENDESK_OAUTH_TOKEN", "ACCESS_TOKEN")
    for key in ("ZENDESK_OAUTH_REFRESH_TOKEN", "ZENDESK_OAUTH_CLIENT_ID", "ZENDESK_EMAIL"):
        monkeypatch.delenv(key, raising=False)

    checkpoints: list[Any] = []
    written: list[Any] = []
    async with DocZendesk(subdomain="acme", auth=zendesk_async.OAuthAuth("T")) as zd:
        job = await zd.request(
            "PUT",
            "/api/v2/tickets/update_many.json",
            params={"ids": str(first)},
            json={"ticket": {"status": "open"}},
        )
        yield {
            "__name__": "__docs__",
            "zd": zd,
            "auth": zendesk_async.OAuthAuth("ACCESS_TOKEN"),
            "Zendesk": DocZendesk,
            "fake": fake,
            "ids": [first + i for i in range(5)],
            "ticket_dicts": [
                {"subject": f"Doc {i}", "comment": {"body": "from the docs"}} for i in range(3)
            ],
            "job_id": job["job_status"]["id"],
            "store": Store(),
            "write_durably": written.extend,
            "save_checkpoint": checkpoints.append,
            "load_checkpoint": lambda: checkpoints[-1],
        }
