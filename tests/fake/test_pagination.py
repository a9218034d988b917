"""Every pagination kind's envelope: cursor, offset (+ the 10,000 limit), incremental time and
cursor exports, and the SBR exports."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from zendesk_async.testing import FakeZendesk

from .conftest import Clock

pytestmark = pytest.mark.anyio


async def _walk_cursor(http: httpx.AsyncClient, url: str, params: dict[str, Any]) -> list[int]:
    ids: list[int] = []
    page = (await http.get(url, params=params)).json()
    while True:
        ids += [t["id"] for t in page["tickets"]]
        if not page["meta"]["has_more"]:
            return ids
        page = (await http.get(page["links"]["next"])).json()


async def test_cursor_walks_every_visible_ticket_once(http: httpx.AsyncClient) -> None:
    ids = await _walk_cursor(http, "/api/v2/tickets.json", {"page[size]": 100})
    assert len(ids) == len(set(ids)) == 297
    assert ids == sorted(ids)


async def test_cursor_before_goes_back(http: httpx.AsyncClient) -> None:
    p1 = (await http.get("/api/v2/tickets", params={"page[size]": 10})).json()
    p2 = (await http.get(p1["links"]["next"])).json()
    back = (await http.get(p2["links"]["prev"])).json()
    assert [t["id"] for t in back["tickets"]] == [t["id"] for t in p1["tickets"]]
    assert back["meta"]["has_more"] is False


async def test_cursor_rules(http: httpx.AsyncClient) -> None:
    r = await http.get("/api/v2/tickets", params={"page[size]": 101})
    assert r.status_code == 400
    r = await http.get("/api/v2/tickets", params={"page[after]": "x", "page[before]": "y"})
    assert r.status_code == 400
    r = await http.get("/api/v2/tickets", params={"page[after]": "!!!"})
    assert r.status_code == 400


async def test_cursor_skips_tickets_deleted_between_pages(http: httpx.AsyncClient) -> None:
    p1 = (await http.get("/api/v2/tickets", params={"page[size]": 5})).json()
    last = p1["tickets"][-1]["id"]
    await http.delete(f"/api/v2/tickets/{last + 1}")
    p2 = (await http.get(p1["links"]["next"])).json()
    assert p2["tickets"][0]["id"] == last + 2


async def test_offset_envelope(http: httpx.AsyncClient) -> None:
    page = (await http.get("/api/v2/tickets.json", params={"per_page": 100})).json()
    assert page["count"] == 297 and page["previous_page"] is None
    seen = [t["id"] for t in page["tickets"]]
    while page["next_page"]:
        page = (await http.get(page["next_page"])).json()
        seen += [t["id"] for t in page["tickets"]]
    assert len(set(seen)) == 297
    assert "page=2" in page["previous_page"]


async def test_offset_400_past_10000_records() -> None:
    fake = FakeZendesk(tickets=10_200)
    async with fake.client() as http:
        ok = await http.get("/api/v2/tickets", params={"page": 100, "per_page": 100})
        assert ok.status_code == 200 and len(ok.json()["tickets"]) == 100
        r = await http.get("/api/v2/tickets", params={"page": 101, "per_page": 100})
    assert r.status_code == 400
    assert r.json()["error"] == "InvalidPaginationParameter"


async def _time_export(http: httpx.AsyncClient, start: int, per_page: int) -> list[int]:
    ids: list[int] = []
    params: dict[str, Any] = {"start_time": start, "per_page": per_page}
    page = (await http.get("/api/v2/incremental/tickets.json", params=params)).json()
    while True:
        ids += [t["id"] for t in page["tickets"]]
        assert page["count"] == len(page["tickets"])
        if page["end_of_stream"]:
            return ids
        page = (await http.get(page["next_page"])).json()


async def test_time_export_covers_everything_with_boundary_duplicates(
    http: httpx.AsyncClient,
) -> None:
    ids = await _time_export(http, 0, 50)
    assert len(set(ids)) == 300  # deleted tickets are in the export
    assert len(ids) > 300  # the last item of each page repeats: dedupe by id


async def test_time_export_deleted_status_and_exclude_deleted(http: httpx.AsyncClient) -> None:
    page = (
        await http.get("/api/v2/incremental/tickets", params={"start_time": 0, "per_page": 1000})
    ).json()
    assert sum(t["status"] == "deleted" for t in page["tickets"]) == 3
    page = (
        await http.get(
            "/api/v2/incremental/tickets", params={"start_time": 0, "exclude_deleted": "true"}
        )
    ).json()
    assert all(t["status"] != "deleted" for t in page["tickets"])


async def test_time_export_sees_updates_and_withholds_last_minute(
    http: httpx.AsyncClient, clock: Clock
) -> None:
    first = (await http.get("/api/v2/tickets", params={"page[size]": 1})).json()["tickets"][0]
    await http.put(f"/api/v2/tickets/{first['id']}", json={"ticket": {"priority": "high"}})
    start = int(clock.t) - 3600
    page = (await http.get("/api/v2/incremental/tickets", params={"start_time": start})).json()
    assert page["tickets"] == []  # updated "now": inside the withheld minute
    clock.t += 61
    page = (await http.get("/api/v2/incremental/tickets", params={"start_time": start})).json()
    assert [t["id"] for t in page["tickets"]] == [first["id"]]
    assert page["tickets"][0]["generated_timestamp"] == page["end_time"] == int(clock.t) - 61


async def test_time_export_start_time_rules(http: httpx.AsyncClient, clock: Clock) -> None:
    assert (await http.get("/api/v2/incremental/tickets")).status_code == 400
    r = await http.get("/api/v2/incremental/tickets", params={"start_time": int(clock.t) - 10})
    assert r.status_code == 400 and "Too recent" in r.json()["description"]


async def test_cursor_export_no_duplicates(http: httpx.AsyncClient) -> None:
    page = (
        await http.get(
            "/api/v2/incremental/tickets/cursor.json", params={"start_time": 0, "per_page": 70}
        )
    ).json()
    assert page["before_cursor"] is None and page["before_url"] is None
    ids = []
    while True:
        ids += [t["id"] for t in page["tickets"]]
        if page["end_of_stream"]:
            break
        page = (await http.get(page["after_url"])).json()
        assert page["before_cursor"]
    assert len(ids) == len(set(ids)) == 300
    # resuming from the stored after_cursor later yields only what changed since
    after = page["after_cursor"]
    again = (await http.get("/api/v2/incremental/tickets/cursor", params={"cursor": after})).json()
    assert again["tickets"] == [] and again["end_of_stream"] is True


async def test_ticket_events_and_sample(http: httpx.AsyncClient) -> None:
    ev = (
        await http.get(
            "/api/v2/incremental/ticket_events.json", params={"start_time": 0, "per_page": 10}
        )
    ).json()
    assert ev["count"] == 10 and not ev["end_of_stream"] and ev["ticket_events"][0]["ticket_id"]
    sample = (await http.get("/api/v2/incremental/tickets/sample", params={"start_time": 0})).json()
    assert sample["count"] == 50


async def test_sbr_exports_stop_at_count_zero(http: httpx.AsyncClient) -> None:
    for kind in ("attributes", "attribute_values", "instance_values"):
        page = (await http.get(f"/api/v2/incremental/routing/{kind}.json")).json()
        assert page["count"] == len(page[kind]) > 0
        assert "cursor=" in page["next_page"] and isinstance(page["end_time"], int)
        last = (await http.get(page["next_page"])).json()
        assert last["count"] == 0 and last[kind] == []


async def test_sbr_export_pages_at_3000() -> None:
    fake = FakeZendesk(tickets=1)
    for i in range(3001):
        fake.account.create_attribute(f"a{i}", when=1_600_000_000)
    async with fake.client() as http:
        page = (await http.get("/api/v2/incremental/routing/attributes")).json()
        assert page["count"] == 3000
        page = (await http.get(page["next_page"])).json()
        assert page["count"] == 3 + 1  # 3 seeded + the 3001st
