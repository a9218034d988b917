"""Sideloads (`include=`) as Zendesk serves them: top-level lists next to the items.

`users` (every user an item points at), `groups`, `organizations` for tickets and comments, and
`attribute_values` for routing attributes. Other names are ignored, as Zendesk ignores
sideloads an endpoint does not support. Only pages asked for `include=` are re-encoded.
"""

from __future__ import annotations

import json
from typing import Any

from ._account import CURRENT_USER_ID, Account
from ._http import Request, dumps

_USER_KEYS = ("requester_id", "submitter_id", "assignee_id", "author_id")
_USER_LIST_KEYS = ("collaborator_ids", "follower_ids", "email_cc_ids")
_AGENTS = {CURRENT_USER_ID, 1_900_000_000_002}
_CREATED = "2020-01-06T09:00:00Z"


def requested(req: Request) -> list[str]:
    """The sideload names of `include=` (comma-separated), in order."""
    return [n for n in (req.q("include") or "").split(",") if n.strip()]


def with_sideloads(acct: Account, req: Request, page: bytes, key: str) -> bytes:
    """`page` (a JSON object with the items under `key`) plus the sideloads `req` asks for."""
    names = requested(req)
    if not names:
        return page
    body = json.loads(page)
    found = body.get(key)
    items = found if isinstance(found, list) else [found] if isinstance(found, dict) else []
    body.update(sideloads(acct, names, [i for i in items if isinstance(i, dict)]))
    return dumps(body)


def sideloads(acct: Account, names: list[str], items: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    base = acct.seed_url()
    for name in names:
        if name == "users":
            ids = {i.get(k) for i in items for k in _USER_KEYS}
            ids |= {u for i in items for k in _USER_LIST_KEYS for u in i.get(k) or ()}
            out[name] = [_user(base, uid) for uid in sorted(u for u in ids if isinstance(u, int))]
        elif name == "groups":
            ids = {i.get("group_id") for i in items}
            out[name] = [_group(base, g) for g in sorted(g for g in ids if isinstance(g, int))]
        elif name == "organizations":
            ids = {i.get("organization_id") for i in items}
            out[name] = [_org(base, o) for o in sorted(o for o in ids if isinstance(o, int))]
        elif name == "attribute_values":
            out[name] = [v for i in items for v in acct.values.get(str(i.get("id")), {}).values()]
    return out


def _user(base: str, uid: int) -> dict[str, Any]:
    return {
        "id": uid,
        "url": f"{base}/api/v2/users/{uid}.json",
        "name": f"User {uid}",
        "email": f"user{uid}@example.com",
        "role": "agent" if uid in _AGENTS else "end-user",
        "active": True,
        "verified": True,
        "time_zone": "UTC",
        "locale": "en-US",
        "created_at": _CREATED,
        "updated_at": _CREATED,
        "tags": [],
        "user_fields": {},
    }


def _group(base: str, gid: int) -> dict[str, Any]:
    return {
        "id": gid,
        "url": f"{base}/api/v2/groups/{gid}.json",
        "name": f"Group {gid}",
        "description": "",
        "default": False,
        "deleted": False,
        "is_public": True,
        "created_at": _CREATED,
        "updated_at": _CREATED,
    }


def _org(base: str, oid: int) -> dict[str, Any]:
    return {
        "id": oid,
        "url": f"{base}/api/v2/organizations/{oid}.json",
        "name": f"Organization {oid}",
        "domain_names": [],
        "tags": [],
        "organization_fields": {},
        "shared_tickets": False,
        "shared_comments": False,
        "created_at": _CREATED,
        "updated_at": _CREATED,
    }
