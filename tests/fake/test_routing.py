"""Skill-based routing routes: attributes, values, instance values, bulk agent job."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.anyio
R = "/api/v2/routing"


async def test_attribute_crud_and_definitions(http: httpx.AsyncClient) -> None:
    listed = (await http.get(f"{R}/attributes.json")).json()
    assert listed["count"] == 3 and listed["next_page"] is None
    r = await http.post(f"{R}/attributes", json={"attribute": {"name": "Region"}})
    assert r.status_code == 201
    attr = r.json()["attribute"]
    assert len(attr["id"]) == 36 and attr["id"].count("-") == 4  # UUID string ids
    r = await http.put(f"{R}/attributes/{attr['id']}", json={"attribute": {"name": "Zone"}})
    assert r.json()["attribute"]["name"] == "Zone"
    assert (await http.get(f"{R}/attributes/{attr['id']}")).json()["attribute"]["name"] == "Zone"
    assert (await http.delete(f"{R}/attributes/{attr['id']}")).status_code == 204
    assert (await http.get(f"{R}/attributes/{attr['id']}")).status_code == 404
    defs = (await http.get(f"{R}/attributes/definitions")).json()["definitions"]
    assert "conditions_all" in defs
    r = await http.post(f"{R}/attributes", json={"attribute": {}})
    assert r.status_code == 422


async def test_value_crud_with_patch(http: httpx.AsyncClient) -> None:
    attr = (await http.get(f"{R}/attributes")).json()["attributes"][0]
    base = f"{R}/attributes/{attr['id']}/values"
    values = (await http.get(base)).json()["attribute_values"]
    assert values and all(v["attribute_id"] == attr["id"] for v in values)
    created = (await http.post(base, json={"attribute_value": {"name": "Suomi"}})).json()
    vid = created["attribute_value"]["id"]
    r = await http.patch(f"{base}/{vid}", json={"attribute_value": {"name": "Finnish"}})
    assert r.json()["attribute_value"]["name"] == "Finnish"
    assert (await http.get(f"{base}/{vid}")).json()["attribute_value"]["name"] == "Finnish"
    assert (await http.delete(f"{base}/{vid}")).status_code == 204
    assert (await http.get(f"{base}/{vid}")).status_code == 404


async def _value_ids(http: httpx.AsyncClient) -> list[str]:
    attr = (await http.get(f"{R}/attributes")).json()["attributes"][0]
    values = (await http.get(f"{R}/attributes/{attr['id']}/values")).json()["attribute_values"]
    return [v["id"] for v in values]


async def test_agent_and_ticket_instance_values(http: httpx.AsyncClient) -> None:
    vids = await _value_ids(http)
    r = await http.post(f"{R}/agents/42/instance_values", json={"attribute_value_ids": vids[:2]})
    assert [v["id"] for v in r.json()["attribute_values"]] == vids[:2]
    got = (await http.get(f"{R}/agents/42/instance_values")).json()["attribute_values"]
    assert [v["id"] for v in got] == vids[:2]
    tid = (await http.get("/api/v2/tickets", params={"page[size]": 1})).json()["tickets"][0]["id"]
    await http.post(f"{R}/tickets/{tid}/instance_values", json={"attribute_value_ids": vids[:1]})
    got = (await http.get(f"{R}/tickets/{tid}/instance_values")).json()["attribute_values"]
    assert [v["id"] for v in got] == vids[:1]
    r = await http.post(f"{R}/agents/42/instance_values", json={"attribute_value_ids": ["nope"]})
    assert r.status_code == 422
    # the change shows in the instance_values export
    page = (await http.get("/api/v2/incremental/routing/instance_values")).json()
    assert any(e["instance_id"] == "42" for e in page["instance_values"])


async def test_many_agents_cursor_and_sbr_400(http: httpx.AsyncClient) -> None:
    vids = await _value_ids(http)
    for agent in (7, 8):
        await http.post(
            f"{R}/agents/{agent}/instance_values", json={"attribute_value_ids": vids[:2]}
        )
    page = (
        await http.get(
            f"{R}/agents/instance_values", params={"filter[agent_ids]": "7,8", "page[size]": 3}
        )
    ).json()
    assert len(page["instance_values"]) == 3 and page["meta"]["has_more"] is True
    rest = (await http.get(page["links"]["next"])).json()
    assert [v["agent_id"] for v in rest["instance_values"]] == [8]
    r = await http.get(f"{R}/agents/instance_values")
    assert r.status_code == 400 and set(r.json()["error"]) == {"title", "message"}


async def test_bulk_agent_job_and_fulfilled(http: httpx.AsyncClient) -> None:
    vids = await _value_ids(http)
    body = {
        "job": {
            "action": "upsert",
            "items": [1_900_000_000_001],
            "attributes": {"attribute_values": [{"id": v} for v in vids]},
        }
    }
    job = (await http.post(f"{R}/agents/instance_values/job", json=body)).json()["job_status"]
    for _ in range(3):
        job = (await http.get(f"/api/v2/job_statuses/{job['id']}")).json()["job_status"]
    assert job["status"] == "completed" and job["results"][0]["success"] is True
    tid = (await http.get("/api/v2/tickets", params={"page[size]": 1})).json()["tickets"][0]["id"]
    await http.post(f"{R}/tickets/{tid}/instance_values", json={"attribute_value_ids": vids[:1]})
    r = await http.get(f"{R}/requirements/fulfilled", params={"ticket_ids": f"{tid}"})
    assert r.json() == {"fulfilled_ticket_ids": [tid]}
    r = await http.post(f"{R}/agents/instance_values/job", json={"job": {"action": "nuke"}})
    assert r.status_code == 400
