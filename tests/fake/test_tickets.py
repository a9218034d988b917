"""Ticket routes in-process: CRUD, show_many, count, bulk jobs, children, tags, skips, errors."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from zendesk_async.testing import FakeZendesk

pytestmark = pytest.mark.anyio


async def _first_id(http: httpx.AsyncClient) -> int:
    r = await http.get("/api/v2/tickets.json", params={"page[size]": 1})
    return int(r.json()["tickets"][0]["id"])


async def _job(http: httpx.AsyncClient, resp: httpx.Response) -> dict[str, Any]:
    assert resp.status_code == 200, resp.text
    job = resp.json()["job_status"]
    assert job["status"] == "queued"
    for _ in range(5):
        job = (await http.get(f"/api/v2/job_statuses/{job['id']}.json")).json()["job_status"]
        if job["status"] == "completed":
            return dict(job)
    raise AssertionError(f"job never completed: {job}")


async def test_create_show_update_delete(http: httpx.AsyncClient) -> None:
    r = await http.post(
        "/api/v2/tickets.json", json={"ticket": {"subject": "Hi 👋", "comment": {"body": "Help"}}}
    )
    assert r.status_code == 201
    ticket = r.json()["ticket"]
    assert r.headers["location"] == ticket["url"]
    assert ticket["status"] == "new" and ticket["subject"] == "Hi 👋"

    shown = (await http.get(f"/api/v2/tickets/{ticket['id']}")).json()["ticket"]
    assert shown == ticket

    r = await http.put(
        f"/api/v2/tickets/{ticket['id']}.json",
        json={
            "ticket": {"status": "open", "comment": {"body": "On it"}, "id": 1, "url": "ignored"}
        },
    )
    body = r.json()
    assert body["ticket"]["status"] == "open" and body["ticket"]["id"] == ticket["id"]
    assert body["audit"]["events"][0]["body"] == "On it"

    assert (await http.delete(f"/api/v2/tickets/{ticket['id']}")).status_code == 204
    r = await http.get(f"/api/v2/tickets/{ticket['id']}")
    assert r.status_code == 404
    assert r.json() == {"error": "RecordNotFound", "description": "Not found"}


async def test_validation_errors_are_422_record_invalid(http: httpx.AsyncClient) -> None:
    r = await http.post("/api/v2/tickets", json={"ticket": {"subject": "no body"}})
    assert r.status_code == 422
    body = r.json()
    assert body["error"] == "RecordInvalid"
    assert body["details"]["description"][0]["error"] == "BlankValue"
    tid = await _first_id(http)
    await http.put(f"/api/v2/tickets/{tid}", json={"ticket": {"status": "closed"}})
    r = await http.put(f"/api/v2/tickets/{tid}", json={"ticket": {"status": "open"}})
    assert r.status_code == 422


async def test_show_many_skips_missing_and_caps_at_100(http: httpx.AsyncClient) -> None:
    tid = await _first_id(http)
    r = await http.get("/api/v2/tickets/show_many.json", params={"ids": f"{tid},{tid + 1},1"})
    assert [t["id"] for t in r.json()["tickets"]] == [tid, tid + 1]
    ids = ",".join(str(tid + i) for i in range(101))
    assert (await http.get("/api/v2/tickets/show_many", params={"ids": ids})).status_code == 400


async def test_count(http: httpx.AsyncClient, fake: FakeZendesk) -> None:
    r = await http.get("/api/v2/tickets/count")
    assert r.json()["count"]["value"] == 300 - 300 // 97  # seeded deletions are not counted


async def test_create_many_job_completes_after_polls(http: httpx.AsyncClient) -> None:
    tickets = [{"comment": {"body": f"b{i}"}} for i in range(3)] + [{"subject": "invalid"}]
    job = await _job(
        http, await http.post("/api/v2/tickets/create_many", json={"tickets": tickets})
    )
    results = job["results"]
    assert [r["index"] for r in results] == [0, 1, 2, 3]
    assert results[3]["success"] is False
    shown = (await http.get(f"/api/v2/tickets/{results[0]['id']}")).json()["ticket"]
    assert shown["description"] == "b0"


async def test_update_many_both_forms(http: httpx.AsyncClient) -> None:
    tid = await _first_id(http)
    job = await _job(
        http,
        await http.put(
            "/api/v2/tickets/update_many.json",
            params={"ids": f"{tid},{tid + 1},5"},
            json={"ticket": {"priority": "urgent"}},
        ),
    )
    assert [(r["id"], r["success"]) for r in job["results"]] == [
        (tid, True),
        (tid + 1, True),
        (5, False),
    ]
    assert job["results"][2]["error"] == "RecordNotFound"
    job = await _job(
        http,
        await http.put(
            "/api/v2/tickets/update_many", json={"tickets": [{"id": tid, "priority": "low"}]}
        ),
    )
    assert job["results"][0]["status"] == "Updated"
    assert (await http.get(f"/api/v2/tickets/{tid}")).json()["ticket"]["priority"] == "low"


async def test_destroy_many_and_mark_many_as_spam(http: httpx.AsyncClient) -> None:
    tid = await _first_id(http)
    await _job(http, await http.delete("/api/v2/tickets/destroy_many", params={"ids": str(tid)}))
    await _job(
        http, await http.put("/api/v2/tickets/mark_many_as_spam", params={"ids": str(tid + 1)})
    )
    for gone in (tid, tid + 1):
        assert (await http.get(f"/api/v2/tickets/{gone}")).status_code == 404


async def test_too_many_jobs(clock: object) -> None:
    fake = FakeZendesk(tickets=5, job_polls=100)
    async with fake.client() as http:
        for _ in range(30):
            r = await http.delete("/api/v2/tickets/destroy_many", params={"ids": "1"})
            assert r.status_code == 200
        r = await http.delete("/api/v2/tickets/destroy_many", params={"ids": "1"})
    assert r.status_code == 429
    assert r.json()["error"] == "TooManyJobs" and len(r.json()["current_job_ids"]) == 30
    assert "remaining=0" in r.headers["zendesk-ratelimit-inflight-jobs"]


async def test_job_statuses_show_many_and_list(http: httpx.AsyncClient) -> None:
    a = (await http.delete("/api/v2/tickets/destroy_many", params={"ids": "1"})).json()
    b = (await http.delete("/api/v2/tickets/destroy_many", params={"ids": "2"})).json()
    ids = [a["job_status"]["id"], b["job_status"]["id"]]
    r = await http.get("/api/v2/job_statuses/show_many", params={"ids": ",".join(ids)})
    assert [j["id"] for j in r.json()["job_statuses"]] == ids
    listed = (await http.get("/api/v2/job_statuses", params={"page[size]": 1})).json()
    assert listed["meta"]["has_more"] is True and len(listed["job_statuses"]) == 1
    assert (await http.get("/api/v2/job_statuses/nope")).status_code == 404


async def test_comments_audits_and_counts(http: httpx.AsyncClient) -> None:
    tid = await _first_id(http)
    comments = (await http.get(f"/api/v2/tickets/{tid}/comments")).json()
    assert comments["count"] == len(comments["comments"]) >= 1
    count = (await http.get(f"/api/v2/tickets/{tid}/comments/count")).json()["count"]["value"]
    assert count == comments["count"]
    desc = (
        await http.get(
            f"/api/v2/tickets/{tid}/comments", params={"page[size]": 100, "sort": "-created_at"}
        )
    ).json()
    assert [c["id"] for c in desc["comments"]] == [c["id"] for c in comments["comments"]][::-1]
    audits = (await http.get(f"/api/v2/tickets/{tid}/audits")).json()["audits"]
    audit = (await http.get(f"/api/v2/tickets/{tid}/audits/{audits[0]['id']}")).json()["audit"]
    assert audit == audits[0]
    n = (await http.get(f"/api/v2/tickets/{tid}/audits/count")).json()["count"]["value"]
    assert n == len(audits)
    cid = comments["comments"][0]["id"]
    assert (await http.put(f"/api/v2/tickets/{tid}/comments/{cid}/make_private")).is_success
    r = await http.put(f"/api/v2/tickets/{tid}/audits/{audits[0]['id']}/make_private")
    assert r.is_success
    first = (await http.get(f"/api/v2/tickets/{tid}/comments")).json()["comments"][0]
    assert first["public"] is False


async def test_ticket_audits_top_level_cursor(http: httpx.AsyncClient) -> None:
    first = (await http.get("/api/v2/ticket_audits.json", params={"limit": 5})).json()
    assert len(first["audits"]) >= 5 and first["after_cursor"]
    assert "cursor=" in first["after_url"]
    second = (await http.get(first["after_url"])).json()
    assert {a["id"] for a in first["audits"]}.isdisjoint(a["id"] for a in second["audits"])


async def test_tags_set_put_delete(http: httpx.AsyncClient) -> None:
    tid = await _first_id(http)
    r = await http.post(f"/api/v2/tickets/{tid}/tags", json={"tags": ["b", "a"]})
    assert r.json()["tags"] == ["a", "b"]
    r = await http.put(f"/api/v2/tickets/{tid}/tags", json={"tags": ["c"]})
    assert r.json()["tags"] == ["a", "b", "c"]
    r = await http.request("DELETE", f"/api/v2/tickets/{tid}/tags", json={"tags": ["a"]})
    assert r.json()["tags"] == ["b", "c"]
    assert (await http.get(f"/api/v2/tickets/{tid}/tags")).json()["tags"] == ["b", "c"]


async def test_merge_related_incidents_people(http: httpx.AsyncClient) -> None:
    tid = await _first_id(http)
    problem = (
        await http.post(
            "/api/v2/tickets", json={"ticket": {"type": "problem", "comment": {"body": "p"}}}
        )
    ).json()["ticket"]
    await http.post(
        "/api/v2/tickets",
        json={
            "ticket": {"type": "incident", "problem_id": problem["id"], "comment": {"body": "i"}}
        },
    )
    inc = (await http.get(f"/api/v2/tickets/{problem['id']}/incidents")).json()
    assert len(inc["tickets"]) == 1
    rel = (await http.get(f"/api/v2/tickets/{problem['id']}/related")).json()
    assert rel["incidents"] == 1
    for kind in ("collaborators", "followers", "email_ccs"):
        assert "users" in (await http.get(f"/api/v2/tickets/{tid}/{kind}")).json()
    await _job(http, await http.post(f"/api/v2/tickets/{tid}/merge", json={"ids": [tid + 1]}))
    assert (await http.get(f"/api/v2/tickets/{tid + 1}")).json()["ticket"]["status"] == "closed"
    r = await http.put(f"/api/v2/tickets/{tid}/mark_as_spam")
    assert r.status_code == 200
    assert (await http.get(f"/api/v2/tickets/{tid}")).status_code == 404


async def test_imports(http: httpx.AsyncClient) -> None:
    r = await http.post(
        "/api/v2/imports/tickets",
        json={
            "ticket": {
                "subject": "old",
                "created_at": "2010-01-01T00:00:00Z",
                "comments": [{"body": "one"}, {"body": "two"}],
            }
        },
    )
    assert r.status_code == 201
    ticket = r.json()["ticket"]
    assert ticket["created_at"] == "2010-01-01T00:00:00Z"
    comments = (await http.get(f"/api/v2/tickets/{ticket['id']}/comments")).json()["comments"]
    assert [c["body"] for c in comments] == ["one", "two"]
    job = await _job(
        http,
        await http.post(
            "/api/v2/imports/tickets/create_many", json={"tickets": [{"comment": {"body": "x"}}]}
        ),
    )
    assert job["job_type"] == "bulk_import" and job["results"][0]["index"] == 0


async def test_skips(http: httpx.AsyncClient) -> None:
    tid = await _first_id(http)
    r = await http.post("/api/v2/skips.json", json={"skip": {"ticket_id": tid, "reason": "nope"}})
    assert r.status_code == 201
    skip = r.json()["skip"]
    assert skip["ticket"]["id"] == tid and skip["reason"] == "nope"
    mine = (await http.get("/api/v2/skips")).json()
    assert skip["id"] in [s["id"] for s in mine["skips"]]
    user = (
        await http.get(
            f"/api/v2/users/{skip['user_id']}/skips", params={"sort_order": "desc", "page[size]": 2}
        )
    ).json()
    assert user["skips"][0]["id"] == skip["id"] and "meta" in user
    on_ticket = (await http.get(f"/api/v2/tickets/{tid}/skips")).json()["skips"]
    assert {s["ticket_id"] for s in on_ticket} == {tid}
    r = await http.post("/api/v2/skips", json={"skip": {"ticket_id": 1, "reason": "x"}})
    assert r.status_code == 404


async def test_unknown_route_and_method(http: httpx.AsyncClient) -> None:
    assert (await http.get("/api/v2/nope")).status_code == 404
    assert (await http.patch("/api/v2/tickets")).status_code == 405


async def test_list_by_external_id(http: httpx.AsyncClient) -> None:
    r = await http.get("/api/v2/tickets", params={"external_id": "ext-3"})
    assert [t["external_id"] for t in r.json()["tickets"]] == ["ext-3"]


async def test_views_rating_conversation_log_macro(http: httpx.AsyncClient) -> None:
    tid = await _first_id(http)
    view = (await http.get("/api/v2/views/360001/tickets", params={"page[size]": 3})).json()
    assert view["tickets"][0]["id"] == tid
    r = await http.post(
        f"/api/v2/tickets/{tid}/satisfaction_rating",
        json={"satisfaction_rating": {"score": "good", "comment": "👍"}},
    )
    assert r.json()["satisfaction_rating"]["score"] == "good"
    shown = (await http.get(f"/api/v2/tickets/{tid}")).json()["ticket"]
    assert shown["satisfaction_rating"]["comment"] == "👍"
    log = (await http.get(f"/api/v2/tickets/{tid}/conversation_log")).json()
    assert log["events"] and "meta" in log
    r = await http.get(f"/api/v2/tickets/{tid}/macros/9/apply")
    assert r.json()["result"]["ticket"]["id"] == tid


async def test_jobs_can_complete_by_clock(clock: Any) -> None:
    fake = FakeZendesk(tickets=5, now=clock, job_polls=10**6, job_seconds=2)
    async with fake.client() as http:
        job = (await http.delete("/api/v2/tickets/destroy_many", params={"ids": "1"})).json()
        url = f"/api/v2/job_statuses/{job['job_status']['id']}"
        assert (await http.get(url)).json()["job_status"]["status"] == "working"
        clock.t += 2
        done = (await http.get(url)).json()["job_status"]
    assert done["status"] == "completed" and done["progress"] == done["total"] == 1


async def test_deleted_ticket_reappears_in_export_as_deleted(
    http: httpx.AsyncClient, clock: Any
) -> None:
    tid = await _first_id(http)
    await http.delete(f"/api/v2/tickets/{tid}")
    clock.t += 120
    page = (
        await http.get("/api/v2/incremental/tickets", params={"start_time": int(clock.t) - 300})
    ).json()
    assert [(t["id"], t["status"]) for t in page["tickets"]] == [(tid, "deleted")]
