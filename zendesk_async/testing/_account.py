"""The in-memory account behind the fake: tickets, skips, routing, jobs, and a clock."""

from __future__ import annotations

import itertools
import random
import uuid
from collections.abc import Callable
from typing import Any

from ._http import invalid, not_found
from ._jobs import JobQueue
from ._tickets import TicketStore
from .seed import SeedData, iso

CURRENT_USER_ID = 1_900_000_000_001  # the authenticated agent
_NEW_CHILD_ID_START = 5_000_000_000_000_000  # ids of comments/audits created at run time (< 2**53)
_SEED_USERS = [1_900_000_000_001, 1_900_000_000_002, 24_050_000_000_003, 360_000_000_004]
_ATTRIBUTES = {
    "Language": ["English", "Deutsch", "日本語", "العربية"],
    "Product": ["Billing", "Hardware 🔧", "API"],
    "Level": ["L1", "L2"],
}


class Account:
    """Everything one fake Zendesk account holds. All time comes from `now()` (Unix seconds)."""

    def __init__(
        self,
        seed: SeedData,
        now: Callable[[], float],
        jobs: JobQueue,
    ) -> None:
        self.seed = seed
        self.now = now
        self.tickets = TicketStore(seed)
        self.jobs = jobs
        self._child_ids = itertools.count(_NEW_CHILD_ID_START)
        self._skip_ids = itertools.count(1)
        self.skips: list[dict[str, Any]] = []
        rng = random.Random(seed.seed)
        self._uuid_rng = rng
        # SBR state. Events feed the three incremental routing exports.
        self.attributes: dict[str, dict[str, Any]] = {}
        self.values: dict[str, dict[str, dict[str, Any]]] = {}  # attribute id -> value id -> value
        self.agent_values: dict[int, list[str]] = {}
        self.ticket_values: dict[int, list[str]] = {}
        self.sbr_events: dict[str, list[dict[str, Any]]] = {
            "attributes": [],
            "attribute_values": [],
            "instance_values": [],
        }
        self._seed_skips()
        self._seed_routing()

    # -- helpers -----------------------------------------------------------------------------
    def ts(self) -> int:
        return int(self.now())

    def child_id(self) -> int:
        return next(self._child_ids)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self._uuid_rng.getrandbits(128), version=1))

    def ticket_or_404(self, ticket_id: str | int) -> dict[str, Any]:
        try:
            tid = int(ticket_id)
        except ValueError:
            raise not_found() from None
        ticket = self.tickets.get(tid) if self.tickets.exists(tid) else None
        if ticket is None:
            raise not_found()
        return ticket

    # -- tickets -----------------------------------------------------------------------------
    def create_ticket(self, data: dict[str, Any], *, imported: bool = False) -> dict[str, Any]:
        comment = data.get("comment") or {}
        body = comment.get("body") or comment.get("html_body") or data.get("description")
        if not body:
            raise invalid("description", "Description: cannot be blank", "BlankValue")
        if data.get("status") not in (None, "new", "open", "pending", "hold", "solved", "closed"):
            raise invalid("status", f"Status: {data['status']} is not valid")
        tid = self.tickets.new_id()
        now = self.ts()
        subject = data.get("subject") or body[:80]
        ticket: dict[str, Any] = {
            "id": tid,
            "url": f"{self.seed_url()}/api/v2/tickets/{tid}.json",
            "external_id": data.get("external_id"),
            "type": data.get("type"),
            "subject": subject,
            "raw_subject": subject,
            "description": body,
            "priority": data.get("priority"),
            "status": data.get("status") or ("open" if data.get("assignee_id") else "new"),
            "recipient": None,
            "requester_id": data.get("requester_id") or CURRENT_USER_ID,
            "submitter_id": data.get("submitter_id") or CURRENT_USER_ID,
            "assignee_id": data.get("assignee_id"),
            "organization_id": data.get("organization_id"),
            "group_id": data.get("group_id"),
            "collaborator_ids": _people(data, "collaborator_ids", "email_cc_ids", "follower_ids"),
            "follower_ids": _people(data, "follower_ids"),
            "email_cc_ids": _people(data, "email_cc_ids"),
            "forum_topic_id": None,
            "problem_id": data.get("problem_id"),
            "has_incidents": False,
            "is_public": comment.get("public", True),
            "due_at": data.get("due_at"),
            "tags": sorted(set(data.get("tags") or [])),
            "custom_fields": list(data.get("custom_fields") or []),
            "fields": list(data.get("custom_fields") or []),
            "satisfaction_rating": None,
            "sharing_agreement_ids": [],
            "custom_status_id": None,
            "brand_id": 360_000_123_456,
            "ticket_form_id": data.get("ticket_form_id"),
            "allow_channelback": False,
            "allow_attachments": True,
            "from_messaging_channel": False,
            "via": {"channel": "api", "source": {"from": {}, "to": {}, "rel": None}},
            "created_at": data.get("created_at")
            if imported and data.get("created_at")
            else iso(now),
        }
        self.tickets.put(ticket, now)
        self.tickets.comments[tid] = []
        self.tickets.audits[tid] = []
        self.add_comment(tid, {"body": body, "public": comment.get("public", True)})
        return ticket

    def add_comment(self, tid: int, comment: dict[str, Any]) -> dict[str, Any]:
        now = self.ts()
        body = str(comment.get("body") or comment.get("html_body") or "")
        cid, aid = self.child_id(), self.child_id()
        record: dict[str, Any] = {
            "id": cid,
            "type": "Comment",
            "author_id": comment.get("author_id") or CURRENT_USER_ID,
            "body": body,
            "html_body": f'<div class="zd-comment"><p>{body}</p></div>',
            "plain_body": body,
            "public": bool(comment.get("public", True)),
            "attachments": [],
            "audit_id": aid,
            "via": {"channel": "api", "source": {"from": {}, "to": {}, "rel": None}},
            "metadata": {"system": {}, "custom": {}},
            "created_at": iso(now),
        }
        self.tickets.ticket_comments(tid).append(record)
        audits = self.tickets.ticket_audits(tid)
        audits.append(
            {
                "id": aid,
                "ticket_id": tid,
                "created_at": iso(now),
                "author_id": record["author_id"],
                "metadata": {"system": {}, "custom": {}},
                "via": record["via"],
                "events": [
                    {
                        **{k: record[k] for k in ("id", "type", "body", "public")},
                        "author_id": record["author_id"],
                        "attachments": [],
                    }
                ],
            }
        )
        return record

    def update_ticket(self, tid: int, changes: dict[str, Any]) -> dict[str, Any]:
        ticket = self.ticket_or_404(tid)
        if ticket.get("status") == "closed":
            raise invalid("status", "Status: closed prevents ticket update", "ClosedTicket")
        status = changes.get("status")
        if status is not None and status not in (
            "new",
            "open",
            "pending",
            "hold",
            "solved",
            "closed",
        ):
            raise invalid("status", f"Status: {status} is not valid")
        ticket = dict(ticket)
        comment = changes.get("comment")
        for key, value in changes.items():
            if key in ("id", "url", "created_at", "updated_at", "generated_timestamp", "comment"):
                continue  # read-only keys are silently dropped, as Zendesk does
            if key == "additional_tags":
                ticket["tags"] = sorted(set(ticket.get("tags") or []) | set(value))
            elif key == "remove_tags":
                ticket["tags"] = sorted(set(ticket.get("tags") or []) - set(value))
            else:
                ticket[key] = value
        self.tickets.ticket_comments(tid)  # materialise children before the override
        self.tickets.put(ticket, self.ts())
        if comment:
            self.add_comment(tid, comment if isinstance(comment, dict) else {"body": comment})
        return ticket

    def delete_ticket(self, tid: int) -> None:
        ticket = dict(self.ticket_or_404(tid))
        ticket["status"] = "deleted"
        self.tickets.put(ticket, self.ts())
        self.tickets.hide(tid)

    def seed_url(self) -> str:
        return self.seed.public_url

    # -- skips -------------------------------------------------------------------------------
    def _seed_skips(self) -> None:
        for i in range(min(self.seed.count, 40)):
            tid = self.seed.first_id + i
            if self.seed.is_deleted(i):
                continue
            ts = self.seed.timestamp(i)
            self.skips.append(
                {
                    "id": next(self._skip_ids),
                    "ticket_id": tid,
                    "user_id": _SEED_USERS[i % len(_SEED_USERS)],
                    "reason": ["I have no idea.", "Pas ma langue 🇫🇷", "", "لا أعرف"][i % 4],
                    "created_at": iso(ts),
                    "updated_at": iso(ts),
                }
            )

    def add_skip(self, ticket_id: int, reason: str) -> dict[str, Any]:
        self.ticket_or_404(ticket_id)
        now = iso(self.ts())
        skip = {
            "id": next(self._skip_ids),
            "ticket_id": ticket_id,
            "user_id": CURRENT_USER_ID,
            "reason": reason,
            "created_at": now,
            "updated_at": now,
        }
        self.skips.append(skip)
        return skip

    # -- routing -----------------------------------------------------------------------------
    def _seed_routing(self) -> None:
        when = self.seed.epoch
        for name, value_names in _ATTRIBUTES.items():
            attr = self.create_attribute(name, when)
            for vname in value_names:
                self.create_value(attr["id"], vname, when)
        all_values = [v for vals in self.values.values() for v in vals]
        for k, user in enumerate(_SEED_USERS):
            self.set_instance_values("agent", user, all_values[k :: len(_SEED_USERS)], when)
        for i in range(min(self.seed.count, 10)):
            tid = self.seed.first_id + i
            self.set_instance_values("ticket", tid, all_values[i % 3 :: 5], when)

    def _event(self, kind: str, record: dict[str, Any], event: str, when: int) -> None:
        self.sbr_events[kind].append(
            {**record, "id": record.get("id") or self.uuid(), "time": iso(when), "type": event}
        )

    def create_attribute(self, name: str, when: int | None = None) -> dict[str, Any]:
        when = self.ts() if when is None else when
        aid = self.uuid()
        attr = {
            "id": aid,
            "name": name,
            "url": f"{self.seed_url()}/api/v2/routing/attributes/{aid}.json",
            "created_at": iso(when),
            "updated_at": iso(when),
        }
        self.attributes[aid] = attr
        self.values[aid] = {}
        self._event("attributes", {"id": aid, "name": name}, "create", when)
        return attr

    def create_value(self, attribute_id: str, name: str, when: int | None = None) -> dict[str, Any]:
        when = self.ts() if when is None else when
        vid = self.uuid()
        value = {
            "id": vid,
            "attribute_id": attribute_id,
            "name": name,
            "url": f"{self.seed_url()}/api/v2/routing/attributes/{attribute_id}/values/{vid}.json",
            "created_at": iso(when),
            "updated_at": iso(when),
        }
        self.values[attribute_id][vid] = value
        self._event(
            "attribute_values",
            {"id": vid, "attribute_id": attribute_id, "name": name},
            "create",
            when,
        )
        return value

    def value_by_id(self, value_id: str) -> dict[str, Any] | None:
        for vals in self.values.values():
            if value_id in vals:
                return vals[value_id]
        return None

    def set_instance_values(
        self, kind: str, instance_id: int, value_ids: list[str], when: int | None = None
    ) -> list[dict[str, Any]]:
        when = self.ts() if when is None else when
        for vid in value_ids:
            if self.value_by_id(vid) is None:
                raise invalid("attribute_value_ids", f"Attribute value {vid} does not exist")
        store = self.agent_values if kind == "agent" else self.ticket_values
        old = set(store.get(instance_id, []))
        store[instance_id] = list(dict.fromkeys(value_ids))
        for vid in value_ids:
            if vid not in old:
                self._instance_event(vid, instance_id, f"associate_{kind}", when)
        for vid in old - set(value_ids):
            self._instance_event(vid, instance_id, f"unassociate_{kind}", when)
        return self.instance_values(kind, instance_id)

    def _instance_event(self, vid: str, instance_id: int, event: str, when: int) -> None:
        record = {"attribute_value_id": vid, "instance_id": str(instance_id), "id": self.uuid()}
        self._event("instance_values", record, event, when)

    def instance_values(self, kind: str, instance_id: int) -> list[dict[str, Any]]:
        store = self.agent_values if kind == "agent" else self.ticket_values
        out = []
        for vid in store.get(instance_id, []):
            value = self.value_by_id(vid)
            if value is not None:
                out.append(value)
        return out

    def delete_value(self, attribute_id: str, value_id: str) -> None:
        value = self.values[attribute_id].pop(value_id)
        self._event(
            "attribute_values",
            {"id": value_id, "attribute_id": attribute_id, "name": value["name"]},
            "delete",
            self.ts(),
        )
        for store in (self.agent_values, self.ticket_values):
            for vids in store.values():
                if value_id in vids:
                    vids.remove(value_id)


def _people(data: dict[str, Any], *keys: str) -> list[int]:
    """User ids given on create under `keys` (collaborators are CCs and followers together)."""
    return sorted({int(u) for key in keys for u in (data.get(key) or [])})
