"""`zd.tickets.channels`: tickets from Twitter and voice, and the agent-browser display call."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from zendesk_generated.api.tickets import (
    create_ticket_from_tweet,
    create_ticket_or_voicemail_ticket,
    getting_twicket_status,
    open_ticket_in_agent_browser,
)
from zendesk_generated.models import TicketFromTweetRequest, TicketObject
from zendesk_generated.types import UNSET

from ._base import Resource, check_id, csv, envelope_value, operation, payload

_STATUSES = envelope_value("statuses", list)


class Channels(Resource):
    """Channel-specific ticket operations (Twitter, Talk)."""

    __slots__ = ()

    @operation("CreateTicketFromTweet")
    async def from_tweet(
        self, twitter_status_message_id: int, monitored_twitter_handle_id: int
    ) -> Any:
        """Turn a tweet into a ticket. Returns the decoded body (None if Zendesk sends none)."""
        ticket = {
            "twitter_status_message_id": check_id(
                twitter_status_message_id, "twitter_status_message_id"
            ),
            "monitored_twitter_handle_id": check_id(
                monitored_twitter_handle_id, "monitored_twitter_handle_id"
            ),
        }
        body = TicketFromTweetRequest.from_dict({"ticket": ticket})
        return await self._json(create_ticket_from_tweet._get_kwargs(body=body))

    @operation("GettingTwicketStatus")
    async def twicket_statuses(
        self, comment_id: int, ids: Iterable[int] | None = None
    ) -> list[dict[str, Any]]:
        """Delivery status of Twitter replies of a comment."""
        kw = getting_twicket_status._get_kwargs(
            check_id(comment_id, "comment_id"), ids=csv(ids) if ids is not None else UNSET
        )
        statuses: list[dict[str, Any]] = await self._parsed(kw, _STATUSES, model_name="statuses")
        return statuses

    @operation("OpenTicketInAgentBrowser")
    async def open_in_agent_browser(self, agent_id: int, ticket_id: int) -> None:
        """Show a ticket in the agent's browser (Zendesk Talk)."""
        kw = open_ticket_in_agent_browser._get_kwargs(
            check_id(agent_id, "agent_id"), check_id(ticket_id, "ticket_id")
        )
        await self._send(kw)

    @operation("CreateTicketOrVoicemailTicket")
    async def voice_ticket(
        self, ticket: Mapping[str, Any] | None = None, /, **fields: Any
    ) -> TicketObject:
        """Create a ticket or voicemail ticket from Talk (``via_id`` 44 or 45)."""
        kw = create_ticket_or_voicemail_ticket._get_kwargs()
        data = {"ticket": payload(ticket, fields, "ticket")}
        return await self._one(kw, "ticket", TicketObject.from_dict, json=data)
