"""The stream API shared by every kind: raw vs typed, first(), collect(), closing, cancelling."""

from __future__ import annotations

from typing import Any

import anyio
import attrs
import httpx
import pytest

from zendesk_async.errors import InvalidArgumentError, ResponseParseError
from zendesk_async.pagination import Kind, Paginator

from ._stub import StubRequester, cursor_server, items, ok

pytestmark = pytest.mark.anyio

PATH = "/api/v2/tickets"


@attrs.frozen
class Ticket:
    id: int
    subject: str

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Ticket:
        return cls(d["id"], d["subject"])


def stream(n: int = 250, **kw: Any) -> tuple[Paginator[Any], StubRequester]:
    stub = StubRequester(cursor_server(items(n)))
    return Paginator(stub, Kind.CURSOR, PATH, "tickets", **kw), stub


async def test_raw_mode_yields_the_dicts() -> None:
    s, _ = stream(3)
    got = [t async for t in s]
    assert all(type(t) is dict for t in got) and got[0] == {"id": 1, "subject": "t1"}


async def test_typed_mode_parses_every_item() -> None:
    s, _ = stream(3, parse=Ticket.from_dict)
    assert [t async for t in s] == [Ticket(1, "t1"), Ticket(2, "t2"), Ticket(3, "t3")]


async def test_item_that_does_not_fit_its_model_is_a_parse_error() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return ok({"tickets": [{"id": 1}], "meta": {"has_more": False}})

    s = Paginator(StubRequester(handle), Kind.CURSOR, PATH, "tickets", parse=Ticket.from_dict)
    with pytest.raises(ResponseParseError, match="tickets"):
        await s.collect()


@pytest.mark.parametrize("body", [b"<html>", b"[1, 2]", b'{"other": []}'])
async def test_unexpected_body_is_a_parse_error(body: bytes) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body)

    with pytest.raises(ResponseParseError):
        await Paginator(StubRequester(handle), Kind.CURSOR, PATH, "tickets").collect()


async def test_first_sends_one_request() -> None:
    s, stub = stream(parse=Ticket.from_dict)
    assert await s.first() == Ticket(1, "t1")
    assert len(stub.calls) == 1


async def test_first_of_empty_is_none() -> None:
    s, _ = stream(0)
    assert await s.first() is None


async def test_collect_limit_across_pages_fetches_only_what_it_needs() -> None:
    s, stub = stream(1000)
    some = await s.collect(limit=250)
    assert [t["id"] for t in some] == list(range(1, 251))
    assert len(stub.calls) == 3
    assert await s.collect(limit=0) == [] and len(stub.calls) == 3
    with pytest.raises(InvalidArgumentError):
        await s.collect(limit=-1)


async def test_stream_is_lazy_and_reiterable() -> None:
    s, stub = stream(150)
    assert stub.calls == []  # nothing sent until iterated
    assert len(await s.collect()) == 150
    assert len(await s.collect()) == 150  # starts again from the beginning
    assert len(stub.calls) == 4


async def test_break_stops_requests() -> None:
    s, stub = stream(1000)
    it = aiter(s)
    async for t in it:
        if t["id"] == 150:
            break
    await it.aclose()  # type: ignore[attr-defined]
    assert len(stub.calls) == 2


async def test_cancel_mid_stream_leaves_nothing_running() -> None:
    started = anyio.Event()
    data = items(300)
    served = 0

    async def handle(request: httpx.Request) -> httpx.Response:
        nonlocal served
        if request.url.params.get("page[after]"):
            started.set()
            await anyio.sleep_forever()
        served += 1
        return ok({"tickets": data[:100], "meta": {"has_more": True, "after_cursor": "100"}})

    stub = StubRequester(handle)  # type: ignore[arg-type]
    s = Paginator(stub, Kind.CURSOR, PATH, "tickets")
    got: list[Any] = []

    async def consume() -> None:
        async for t in s:
            got.append(t)

    async with anyio.create_task_group() as tg:
        tg.start_soon(consume)
        await started.wait()
        tg.cancel_scope.cancel()
    assert len(got) == 100 and served == 1 and len(stub.calls) == 2


async def test_budget_is_passed_to_every_request() -> None:
    s, stub = stream(250, budget="tickets_index")
    await s.collect()
    assert [c[2] for c in stub.calls] == ["tickets_index"] * 3


async def test_export_kind_needs_incremental_export() -> None:
    s, _ = stream(1)
    bad = Paginator(s._requester, Kind.TIME, "/api/v2/incremental/tickets", "tickets")
    with pytest.raises(InvalidArgumentError, match="IncrementalExport"):
        await bad.collect()


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/v2/skips", {}),
        ("/api/v2/skips", {"user_id": 456, "sort_order": "desc"}),
        ("/api/v2/users/456/skips", {"sort_order": "desc"}),
        ("/api/v2/tickets/123/skips", {}),
    ],
)
async def test_skips_on_every_url_form(path: str, params: dict[str, Any]) -> None:
    seen: list[httpx.URL] = []
    inner = cursor_server(items(150), key="skips")

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return inner(request)

    s = Paginator(StubRequester(handle), Kind.CURSOR, path, "skips", params=params)
    assert len(await s.collect()) == 150
    assert [u.path for u in seen] == [path, path]
    for u in seen:
        assert {k: u.params[k] for k in params} == {k: str(v) for k, v in params.items()}
