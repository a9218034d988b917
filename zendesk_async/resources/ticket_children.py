"""The parts of one ticket: comments, audits, tags, people, and per-ticket actions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from zendesk_generated.api.tickets import (
    count_audits_for_ticket,
    count_ticket_comments,
    create_ticket_satisfaction_rating,
    delete_tags_ticket,
    list_audits_for_ticket,
    list_conversation_log_for_ticket,
    list_resource_tags,
    list_ticket_collaborators,
    list_ticket_comments,
    list_ticket_email_c_cs,
    list_ticket_followers,
    list_ticket_incidents,
    make_ticket_comment_private,
    make_ticket_comment_private_from_audits,
    mark_ticket_as_spam_and_suspend_requester,
    put_tags_ticket,
    redact_comment_attachment,
    redact_string_in_comment,
    set_tags_ticket,
    show_ticket_after_changes,
    show_ticket_audit,
    ticket_related_information,
)
from zendesk_generated.models import (
    AttachmentObject,
    ConversationLogObject,
    MacroApplyTicketResponse,
    SatisfactionRatingCreateRequest,
    SatisfactionRatingResponse,
    TicketAuditObject,
    TicketCommentObject,
    TicketCommentRedactRequest,
    TicketObject,
    TicketRelatedInformation,
    TicketTagsRequest,
    TicketUserSummary,
)

from ..errors import InvalidArgumentError
from ..pagination import Paginator
from ..sideloads import include_param
from ._base import Resource, check_id, count_value, envelope_value, operation, opt

_TAGS = envelope_value("tags", list)


class TicketChildren(Resource):
    """Per-ticket sub-collections and actions; mixed into `Tickets`."""

    __slots__ = ()

    # -- comments -------------------------------------------------------------------------------

    @operation("ListTicketComments")
    def comments(
        self,
        ticket_id: int,
        *,
        include_inline_images: bool | None = None,
        include: str | Iterable[str] | None = None,
        page_size: int | None = None,
    ) -> Paginator[TicketCommentObject]:
        """The comments of a ticket, oldest first, cursor-paginated. ``include="users"``
        sideloads the authors and CCs: ``page.included.users``."""
        kw = list_ticket_comments._get_kwargs(
            check_id(ticket_id, "ticket_id"),
            include_inline_images=opt(include_inline_images),
            include=opt(include_param(include)),
        )
        return self._paginate(kw, "comments", TicketCommentObject.from_dict, page_size, False)

    @operation("CountTicketComments")
    async def comment_count(self, ticket_id: int) -> int:
        """How many comments the ticket has."""
        kw = count_ticket_comments._get_kwargs(check_id(ticket_id, "ticket_id"))
        return await self._parsed(kw, count_value, model_name="count")

    @operation("MakeTicketCommentPrivate")
    async def make_comment_private(self, ticket_id: int, comment_id: int) -> None:
        """Turn a public comment into an internal note."""
        kw = make_ticket_comment_private._get_kwargs(
            check_id(ticket_id, "ticket_id"), check_id(comment_id, "comment_id")
        )
        await self._send(kw)

    @operation("RedactStringInComment")
    async def redact_comment(
        self, ticket_id: int, comment_id: int, text: str
    ) -> TicketCommentObject:
        """Permanently replace `text` in a comment with ▇ characters."""
        if not isinstance(text, str) or not text:
            raise InvalidArgumentError("text to redact must be a non-empty string")
        kw = redact_string_in_comment._get_kwargs(
            check_id(ticket_id, "ticket_id"),
            check_id(comment_id, "comment_id"),
            body=TicketCommentRedactRequest.from_dict({"text": text}),
        )
        return await self._one(kw, "comment", TicketCommentObject.from_dict)

    @operation("RedactCommentAttachment")
    async def redact_attachment(
        self, ticket_id: int, comment_id: int, attachment_id: int
    ) -> AttachmentObject:
        """Permanently replace an attachment of a comment with an empty file."""
        kw = redact_comment_attachment._get_kwargs(
            check_id(ticket_id, "ticket_id"),
            check_id(comment_id, "comment_id"),
            check_id(attachment_id, "attachment_id"),
        )
        return await self._one(kw, "attachment", AttachmentObject.from_dict, json={})

    # -- audits ---------------------------------------------------------------------------------

    @operation("ListAuditsForTicket")
    def audits(
        self, ticket_id: int, *, page_size: int | None = None
    ) -> Paginator[TicketAuditObject]:
        """The audit trail of a ticket (every change, with its events), cursor-paginated."""
        kw = list_audits_for_ticket._get_kwargs(check_id(ticket_id, "ticket_id"))
        return self._paginate(kw, "audits", TicketAuditObject.from_dict, page_size, False)

    @operation("ShowTicketAudit")
    async def audit(self, ticket_id: int, audit_id: int) -> TicketAuditObject:
        """One audit of a ticket."""
        kw = show_ticket_audit._get_kwargs(
            check_id(ticket_id, "ticket_id"), check_id(audit_id, "audit_id")
        )
        return await self._one(kw, "audit", TicketAuditObject.from_dict)

    @operation("CountAuditsForTicket")
    async def audit_count(self, ticket_id: int) -> int:
        """How many audits the ticket has."""
        kw = count_audits_for_ticket._get_kwargs(check_id(ticket_id, "ticket_id"))
        return await self._parsed(kw, count_value, model_name="count")

    @operation("MakeTicketCommentPrivateFromAudits")
    async def make_audit_comment_private(self, ticket_id: int, audit_id: int) -> None:
        """Make the comment of an audit private."""
        kw = make_ticket_comment_private_from_audits._get_kwargs(
            check_id(ticket_id, "ticket_id"), check_id(audit_id, "audit_id")
        )
        await self._send(kw)

    @operation("ListConversationLogForTicket")
    def conversation_log(
        self, ticket_id: int, *, page_size: int | None = None
    ) -> Paginator[ConversationLogObject]:
        """Messaging conversation events of a ticket, cursor-paginated."""
        kw = list_conversation_log_for_ticket._get_kwargs(check_id(ticket_id, "ticket_id"))
        return self._paginate(kw, "events", ConversationLogObject.from_dict, page_size, False)

    # -- tags -----------------------------------------------------------------------------------

    @operation("ListResourceTags")
    async def tags(self, ticket_id: int) -> list[str]:
        """The tags of a ticket."""
        kw = list_resource_tags._get_kwargs(check_id(ticket_id, "ticket_id"))
        return await self._parsed(kw, _TAGS, model_name="tags")

    @operation("SetTagsTicket")
    async def set_tags(self, ticket_id: int, tags: Iterable[str]) -> list[str]:
        """Replace all tags of a ticket; returns the tags now set."""
        return await self._tags_call(set_tags_ticket, ticket_id, tags)

    @operation("PutTagsTicket")
    async def add_tags(self, ticket_id: int, tags: Iterable[str]) -> list[str]:
        """Add tags to a ticket (keeps the others); returns the tags now set."""
        return await self._tags_call(put_tags_ticket, ticket_id, tags)

    @operation("DeleteTagsTicket")
    async def remove_tags(self, ticket_id: int, tags: Iterable[str]) -> None:
        """Remove the given tags from a ticket."""
        await self._tags_call(delete_tags_ticket, ticket_id, tags, parse=False)

    async def _tags_call(
        self, op: Any, ticket_id: int, tags: Iterable[str], *, parse: bool = True
    ) -> list[str]:
        if isinstance(tags, str):
            raise InvalidArgumentError("tags must be a list of strings, not one string")
        names = list(tags)
        if not names or not all(isinstance(t, str) and t.strip() for t in names):
            raise InvalidArgumentError(f"tags must be non-empty strings, got {names!r}")
        body = TicketTagsRequest.from_dict({"tags": names})
        kw = op._get_kwargs(check_id(ticket_id, "ticket_id"), body=body)
        if not parse:
            await self._send(kw)
            return names
        tags_now: list[str] = await self._parsed(kw, _TAGS, model_name="tags")
        return tags_now

    # -- people ---------------------------------------------------------------------------------

    @operation("ListTicketCollaborators")
    async def collaborators(self, ticket_id: int) -> list[TicketUserSummary]:
        """Users CC'd on the ticket (legacy collaborators)."""
        kw = list_ticket_collaborators._get_kwargs(check_id(ticket_id, "ticket_id"))
        return await self._list(kw, "users", TicketUserSummary.from_dict)

    @operation("ListTicketEmailCCs")
    async def email_ccs(self, ticket_id: int) -> list[TicketUserSummary]:
        """Users on the ticket's email CC list."""
        kw = list_ticket_email_c_cs._get_kwargs(check_id(ticket_id, "ticket_id"))
        return await self._list(kw, "users", TicketUserSummary.from_dict)

    @operation("ListTicketFollowers")
    async def followers(self, ticket_id: int) -> list[TicketUserSummary]:
        """Agents following the ticket."""
        kw = list_ticket_followers._get_kwargs(check_id(ticket_id, "ticket_id"))
        return await self._list(kw, "users", TicketUserSummary.from_dict)

    # -- relations and actions ------------------------------------------------------------------

    @operation("ListTicketIncidents")
    def incidents(self, ticket_id: int, *, page_size: int | None = None) -> Paginator[TicketObject]:
        """The incidents linked to a problem ticket, cursor-paginated."""
        kw = list_ticket_incidents._get_kwargs(check_id(ticket_id, "ticket_id"))
        return self._paginate(kw, "tickets", TicketObject.from_dict, page_size, False)

    @operation("TicketRelatedInformation")
    async def related(self, ticket_id: int) -> TicketRelatedInformation:
        """Related information (incident count, follow-up sources, Jira links...)."""
        kw = ticket_related_information._get_kwargs(check_id(ticket_id, "ticket_id"))
        return await self._parsed(kw, TicketRelatedInformation.from_dict, model_name="related")

    @operation("ShowTicketAfterChanges")
    async def apply_macro(self, ticket_id: int, macro_id: int) -> MacroApplyTicketResponse:
        """What the ticket would look like with a macro applied (nothing is saved)."""
        kw = show_ticket_after_changes._get_kwargs(
            check_id(ticket_id, "ticket_id"), check_id(macro_id, "macro_id")
        )
        return await self._parsed(kw, MacroApplyTicketResponse.from_dict, model_name="result")

    @operation("MarkTicketAsSpamAndSuspendRequester")
    async def mark_as_spam(self, ticket_id: int) -> None:
        """Mark one ticket as spam and suspend its requester."""
        kw = mark_ticket_as_spam_and_suspend_requester._get_kwargs(check_id(ticket_id, "ticket_id"))
        await self._send(kw)

    @operation("CreateTicketSatisfactionRating")
    async def rate(
        self, ticket_id: int, score: str, *, comment: str | None = None
    ) -> SatisfactionRatingResponse:
        """Rate a solved ticket as its requester (`score` "good" or "bad")."""
        if score not in ("good", "bad"):
            raise InvalidArgumentError(f"score must be 'good' or 'bad', got {score!r}")
        rating: dict[str, Any] = {"score": score}
        if comment is not None:
            rating["comment"] = comment
        kw = create_ticket_satisfaction_rating._get_kwargs(
            check_id(ticket_id, "ticket_id"),
            body=SatisfactionRatingCreateRequest.from_dict({"satisfaction_rating": rating}),
        )
        return await self._parsed(
            kw, SatisfactionRatingResponse.from_dict, model_name="satisfaction_rating"
        )
