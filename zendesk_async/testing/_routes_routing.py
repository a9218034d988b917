"""Skill-based routing routes: attributes, attribute values, agent and ticket instance values."""

from __future__ import annotations

from typing import Any

from ._account import CURRENT_USER_ID, Account
from ._http import HTTPError, Request, Response, dumps, invalid, json_response, not_found
from ._pagination import ListListing, cursor_page
from ._router import Router
from ._sideloads import with_sideloads
from .seed import iso

router = Router()
R = "/api/v2/routing"


def _sbr_400(message: str) -> HTTPError:
    """The SBR instance-value endpoints' own error shape (api-notes §4)."""
    return HTTPError(400, {"error": {"title": "Invalid request", "message": message}})


def _attr(acct: Account, attribute_id: str) -> dict[str, Any]:
    attr = acct.attributes.get(attribute_id)
    if attr is None:
        raise not_found()
    return attr


def _name(req: Request, key: str) -> str:
    obj = req.json().get(key)
    name = obj.get("name") if isinstance(obj, dict) else None
    if not isinstance(name, str) or not name:
        raise invalid("name", "Name: cannot be blank", "BlankValue")
    return name


@router.route("GET", R + "/attributes")
async def list_attributes(acct: Account, req: Request) -> Response:
    attrs = list(acct.attributes.values())
    page = {"attributes": attrs, "count": len(attrs), "next_page": None, "previous_page": None}
    return json_response(with_sideloads(acct, req, dumps(page), "attributes"))


@router.route("POST", R + "/attributes")
async def create_attribute(acct: Account, req: Request) -> Response:
    return json_response({"attribute": acct.create_attribute(_name(req, "attribute"))}, 201)


@router.route("GET", R + "/attributes/definitions")
async def definitions(acct: Account, req: Request) -> Response:
    return json_response(
        {
            "definitions": {
                "conditions_all": [
                    {"subject": "number_of_incidents", "title": "Number of incidents"}
                ],
                "conditions_any": [{"subject": "brand", "title": "Brand"}],
            }
        }
    )


@router.route("GET", R + "/attributes/{attribute_id}")
async def show_attribute(acct: Account, req: Request, attribute_id: str) -> Response:
    return json_response({"attribute": _attr(acct, attribute_id)})


@router.route("PUT", R + "/attributes/{attribute_id}")
async def update_attribute(acct: Account, req: Request, attribute_id: str) -> Response:
    attr = _attr(acct, attribute_id)
    attr["name"] = _name(req, "attribute")
    attr["updated_at"] = iso(acct.ts())
    acct.sbr_events["attributes"].append(
        {"id": attribute_id, "name": attr["name"], "time": attr["updated_at"], "type": "update"}
    )
    return json_response({"attribute": attr})


@router.route("DELETE", R + "/attributes/{attribute_id}")
async def delete_attribute(acct: Account, req: Request, attribute_id: str) -> Response:
    attr = _attr(acct, attribute_id)
    for vid in list(acct.values[attribute_id]):
        acct.delete_value(attribute_id, vid)
    del acct.attributes[attribute_id], acct.values[attribute_id]
    acct.sbr_events["attributes"].append(
        {"id": attribute_id, "name": attr["name"], "time": iso(acct.ts()), "type": "delete"}
    )
    return Response(204, content_type=None)


@router.route("GET", R + "/attributes/{attribute_id}/values")
async def list_values(acct: Account, req: Request, attribute_id: str) -> Response:
    _attr(acct, attribute_id)
    return json_response({"attribute_values": list(acct.values[attribute_id].values())})


@router.route("POST", R + "/attributes/{attribute_id}/values")
async def create_value(acct: Account, req: Request, attribute_id: str) -> Response:
    _attr(acct, attribute_id)
    value = acct.create_value(attribute_id, _name(req, "attribute_value"))
    return json_response({"attribute_value": value}, 201)


def _value(acct: Account, attribute_id: str, value_id: str) -> dict[str, Any]:
    value = acct.values.get(attribute_id, {}).get(value_id)
    if value is None:
        raise not_found()
    return value


@router.route("GET", R + "/attributes/{attribute_id}/values/{value_id}")
async def show_value(acct: Account, req: Request, attribute_id: str, value_id: str) -> Response:
    return json_response({"attribute_value": _value(acct, attribute_id, value_id)})


@router.route("PATCH", R + "/attributes/{attribute_id}/values/{value_id}")
async def update_value(acct: Account, req: Request, attribute_id: str, value_id: str) -> Response:
    value = _value(acct, attribute_id, value_id)
    value["name"] = _name(req, "attribute_value")
    value["updated_at"] = iso(acct.ts())
    acct.sbr_events["attribute_values"].append(
        {
            "id": value_id,
            "attribute_id": attribute_id,
            "name": value["name"],
            "time": value["updated_at"],
            "type": "update",
        }
    )
    return json_response({"attribute_value": value})


@router.route("DELETE", R + "/attributes/{attribute_id}/values/{value_id}")
async def delete_value(acct: Account, req: Request, attribute_id: str, value_id: str) -> Response:
    _value(acct, attribute_id, value_id)
    acct.delete_value(attribute_id, value_id)
    return Response(204, content_type=None)


def _value_ids(req: Request) -> list[str]:
    ids = req.json().get("attribute_value_ids")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise invalid("attribute_value_ids", "Attribute value ids: must be a list of ids")
    return ids


def _int(raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise not_found() from None


@router.route("GET", R + "/agents/{user_id}/instance_values")
async def agent_values(acct: Account, req: Request, user_id: str) -> Response:
    return json_response({"attribute_values": acct.instance_values("agent", _int(user_id))})


@router.route("POST", R + "/agents/{user_id}/instance_values")
async def set_agent_values(acct: Account, req: Request, user_id: str) -> Response:
    values = acct.set_instance_values("agent", _int(user_id), _value_ids(req))
    return json_response({"attribute_values": values})


@router.route("GET", R + "/tickets/{ticket_id}/instance_values")
async def ticket_values(acct: Account, req: Request, ticket_id: str) -> Response:
    tid = int(acct.ticket_or_404(ticket_id)["id"])
    return json_response({"attribute_values": acct.instance_values("ticket", tid)})


@router.route("POST", R + "/tickets/{ticket_id}/instance_values")
async def set_ticket_values(acct: Account, req: Request, ticket_id: str) -> Response:
    tid = int(acct.ticket_or_404(ticket_id)["id"])
    return json_response(
        {"attribute_values": acct.set_instance_values("ticket", tid, _value_ids(req))}
    )


@router.route("GET", R + "/agents/instance_values")
async def many_agents(acct: Account, req: Request) -> Response:
    raw = req.q("filter[agent_ids]")
    if not raw:
        raise _sbr_400("filter[agent_ids] is required")
    try:
        agents = [int(a) for a in raw.split(",") if a]
    except ValueError:
        raise _sbr_400("filter[agent_ids] must be comma-separated integers") from None
    if len(agents) > 100:
        raise _sbr_400("filter[agent_ids] accepts at most 100 ids")
    rows: list[dict[str, Any]] = []
    for agent in agents:
        for value in acct.instance_values("agent", agent):
            rows.append(
                {
                    "id": f"{agent}-{value['id']}",
                    "agent_id": agent,
                    "attribute_id": value["attribute_id"],
                    "attribute_value_id": value["id"],
                    "name": value["name"],
                    "created_at": value["created_at"],
                    "updated_at": value["updated_at"],
                    "url": value["url"],
                }
            )
    listing = ListListing(rows, lambda r: str(r["id"]), dumps)
    return json_response(cursor_page(req, listing, "instance_values", None))


@router.route("POST", R + "/agents/instance_values/job")
async def bulk_agent_job(acct: Account, req: Request) -> Response:
    from ._routes_tickets import _job_response

    job = req.json().get("job")
    if not isinstance(job, dict):
        raise _sbr_400("job is required")
    action = job.get("action")
    items = job.get("items")
    values = (job.get("attributes") or {}).get("attribute_values") or []
    if action not in ("upsert", "update", "delete"):
        raise _sbr_400("action must be one of upsert, update, delete")
    if not isinstance(items, list) or not items or len(items) > 100:
        raise _sbr_400("items must list 1 to 100 agent ids")
    value_ids = [v["id"] if isinstance(v, dict) else str(v) for v in values]

    def work() -> list[dict[str, Any]]:
        results = []
        for agent in items:
            current = acct.agent_values.get(int(agent), [])
            if action == "delete":
                new = [v for v in current if v not in value_ids]
            elif action == "update":
                new = value_ids
            else:
                new = list(dict.fromkeys([*current, *value_ids]))
            acct.set_instance_values("agent", int(agent), new)
            results.append(
                {"id": int(agent), "action": action, "status": "Updated", "success": True}
            )
        return results

    return _job_response(acct, req, "routing_attribute_values_bulk", len(items), work)


@router.route("GET", R + "/requirements/fulfilled")
async def fulfilled(acct: Account, req: Request) -> Response:
    ids = req.q_ids("ticket_ids")
    have = set(acct.agent_values.get(CURRENT_USER_ID, []))
    done = [t for t in ids if acct.tickets.exists(t) and set(acct.ticket_values.get(t, [])) <= have]
    return json_response({"fulfilled_ticket_ids": done})
