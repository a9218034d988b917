"""`Tickets` methods that return more than the ticket: the audit of a write (`TicketChange`) and
the sideloads of a show (`WithIncluded`). Each sends the same request as its plain counterpart
(`create`, `update`, `get`), which keeps returning the ticket alone."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from zendesk_generated.api.tickets import create_ticket, show_ticket, update_ticket
from zendesk_generated.models import AuditObject, TicketCreateInput, TicketObject, TicketUpdateInput

from ..errors import InvalidArgumentError
from ..sideloads import WithIncluded, include_param, with_included
from ._base import Resource, check_id, envelope_value, opt, payload, validated

Json = dict[str, Any]
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


def create_body(ticket: Mapping[str, Any] | TicketCreateInput | None, fields: Json) -> Json:
    """The body of a ticket creation (`create`, `create_with_audit`), validated."""
    data = payload(ticket, fields, "ticket")
    if "comment" not in data:  # before the model check, whose KeyError would say less
        raise InvalidArgumentError("a new ticket needs a comment, e.g. comment={'body': '...'}")
    return {"ticket": validated(TicketCreateInput, data, "ticket")}


def idempotency_headers(key: str | None) -> dict[str, str] | None:
    """The ``Idempotency-Key`` header for a ticket creation (None: no key, not resendable)."""
    if key is None:
        return None
    if not isinstance(key, str) or not key.strip():
        raise InvalidArgumentError("idempotency_key must be a non-empty string")
    return {"Idempotency-Key": key}


class TicketExtras(Resource):
    """Mixed into `Tickets`; no `@operation` here: the plain methods serve the operations."""

    __slots__ = ()

    async def get_with_included(
        self, ticket_id: int, include: str | Iterable[str]
    ) -> WithIncluded[TicketObject]:
        """`get` with sideloads: ``.item`` the ticket, ``.included.users`` (see `Included`)."""
        kw = show_ticket._get_kwargs(
            check_id(ticket_id, "ticket_id"), include=opt(include_param(include))
        )
        parse = with_included("ticket", TicketObject.from_dict)
        return await self._parsed(kw, parse, model_name="ticket")

    async def create_with_audit(
        self,
        ticket: Mapping[str, Any] | TicketCreateInput | None = None,
        /,
        *,
        idempotency_key: str | None = None,
        **fields: Any,
    ) -> TicketChange:
        """`create`, also returning the audit: `TicketChange(ticket, audit)`."""
        body = create_body(ticket, fields)
        kw = create_ticket._get_kwargs()
        headers = idempotency_headers(idempotency_key)
        return await self._parsed(
            kw, parse_ticket_change, model_name="ticket", json=body, headers=headers
        )

    async def update_with_audit(
        self,
        ticket_id: int,
        changes: Mapping[str, Any] | TicketUpdateInput | None = None,
        /,
        **fields: Any,
    ) -> TicketChange:
        """`update`, also returning the audit: `TicketChange(ticket, audit)`."""
        data = validated(TicketUpdateInput, payload(changes, fields, "changes"), "changes")
        kw = update_ticket._get_kwargs(check_id(ticket_id, "ticket_id"))
        body = {"ticket": data}
        return await self._parsed(kw, parse_ticket_change, model_name="ticket", json=body)
