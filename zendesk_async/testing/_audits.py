"""The audit a ticket write answers with, as Zendesk records it: `Create` events for the fields a
new ticket was given, `Change` events (`value` / `previous_value`) for an update, next to the
`Comment` event when the write carried a comment; values keep their JSON type (`tags` is a list)."""

from __future__ import annotations

from typing import Any

from ._account import CURRENT_USER_ID, Account
from .seed import iso

# the ticket keys whose writes Zendesk records as events (others, e.g. timestamps, are not)
AUDITED = (
    "subject",
    "status",
    "priority",
    "type",
    "requester_id",
    "assignee_id",
    "group_id",
    "organization_id",
    "tags",
    "due_at",
    "external_id",
)


def creation_audit(acct: Account, ticket: dict[str, Any]) -> dict[str, Any] | None:
    """The creation's audit (holding the first comment), with a Create event per set field."""
    audits = acct.tickets.ticket_audits(int(ticket["id"]))
    if not audits:
        return None
    audit = audits[-1]
    for key in AUDITED:
        if ticket.get(key) not in (None, [], ""):
            audit["events"].append(_event(acct, "Create", key, ticket[key]))
    return audit


def change_audit(
    acct: Account, before: dict[str, Any], after: dict[str, Any], commented: bool
) -> dict[str, Any] | None:
    """The update's audit, with a Change event per changed field: the comment's audit when the
    update added one, else a new audit (None when nothing changed)."""
    tid = int(after["id"])
    events = [
        {**_event(acct, "Change", key, after.get(key)), "previous_value": _wire(before.get(key))}
        for key in AUDITED
        if after.get(key) != before.get(key)
    ]
    audits = acct.tickets.ticket_audits(tid)
    if commented and audits:
        audits[-1]["events"].extend(events)
        return audits[-1]
    if not events:
        return None
    audit = {
        "id": acct.child_id(),
        "ticket_id": tid,
        "created_at": iso(acct.ts()),
        "author_id": CURRENT_USER_ID,
        "metadata": {"system": {}, "custom": {}},
        "via": {"channel": "api", "source": {"from": {}, "to": {}, "rel": None}},
        "events": events,
    }
    audits.append(audit)
    return audit


def _event(acct: Account, kind: str, key: str, value: Any) -> dict[str, Any]:
    return {"id": acct.child_id(), "type": kind, "field_name": key, "value": _wire(value)}


def _wire(value: Any) -> Any:
    """Event values as Zendesk writes them: lists of strings, strings, or null."""
    if value is None:
        return None
    if isinstance(value, list):
        return [str(v) for v in value]
    return str(value)
