"""`TicketChange`: a created or updated ticket with the audit Zendesk recorded for the write."""

from __future__ import annotations

from typing import Any

import attrs
from zendesk_generated.models import AuditObject, TicketObject

from ._base import envelope_value

_ticket_body = envelope_value("ticket")


@attrs.frozen
class TicketChange:
    """What `tickets.create_with_audit` / `update_with_audit` return.

    `audit` is the audit of this write (its `events` list the Create / Change / Comment events);
    None when the answer carried none.
    """

    ticket: TicketObject
    audit: AuditObject | None


def parse_ticket_change(body: Any) -> TicketChange:
    """Parse a ``{"ticket": {...}, "audit": {...}}`` answer (audit optional)."""
    ticket = TicketObject.from_dict(_ticket_body(body))
    audit = body.get("audit")
    return TicketChange(ticket, AuditObject.from_dict(audit) if isinstance(audit, dict) else None)
