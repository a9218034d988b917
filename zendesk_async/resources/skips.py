"""`zd.skips`: record that an agent skipped a ticket, and list skips three ways."""

from __future__ import annotations

from typing import Any, Literal, overload

from zendesk_generated.api.skips import (
    list_skips,
    list_skips_for_ticket,
    list_ticket_skips,
    record_new_skip,
)
from zendesk_generated.models import (
    ListSkipsForTicketSortOrder,
    ListSkipsSortOrder,
    ListTicketSkipsSortOrder,
    TicketSkipCreateRequest,
    TicketSkipObject,
)
from zendesk_generated.types import UNSET

from ..errors import InvalidArgumentError
from ..pagination import Paginator
from ._base import Resource, check_id, operation

Json = dict[str, Any]
SortOrder = Literal["asc", "desc"]


class Skips(Resource):
    """Ticket skips (seed 001): `create`, and `list` by user, by ticket, or account-wide."""

    __slots__ = ()

    @operation("RecordNewSkip")
    async def create(self, ticket_id: int, reason: str) -> TicketSkipObject:
        """Record that the current agent skipped `ticket_id`, with a reason."""
        if not isinstance(reason, str) or not reason.strip():
            raise InvalidArgumentError("reason must be a non-empty string")
        body = TicketSkipCreateRequest.from_dict(
            {"skip": {"ticket_id": check_id(ticket_id, "ticket_id"), "reason": reason}}
        )
        return await self._one(
            record_new_skip._get_kwargs(body=body), "skip", TicketSkipObject.from_dict
        )

    @overload
    def list(
        self,
        *,
        user_id: int | None = ...,
        ticket_id: int | None = ...,
        sort_order: SortOrder | None = ...,
        page_size: int | None = ...,
        raw: Literal[False] = ...,
    ) -> Paginator[TicketSkipObject]: ...
    @overload
    def list(
        self,
        *,
        user_id: int | None = ...,
        ticket_id: int | None = ...,
        sort_order: SortOrder | None = ...,
        page_size: int | None = ...,
        raw: Literal[True],
    ) -> Paginator[Json]: ...
    @operation("ListTicketSkips", "ListSkipsForTicket", "ListSkips")
    def list(
        self,
        *,
        user_id: int | None = None,
        ticket_id: int | None = None,
        sort_order: SortOrder | None = None,
        page_size: int | None = None,
        raw: bool = False,
    ) -> Paginator[TicketSkipObject] | Paginator[Json]:
        """Skips of one agent (`user_id`), of one ticket (`ticket_id`), or of the whole account.

        Cursor-paginated; `sort_order` "asc" or "desc" by creation time.
        """
        if sort_order not in (None, "asc", "desc"):
            raise InvalidArgumentError(f"sort_order must be 'asc' or 'desc', got {sort_order!r}")
        if user_id is not None and ticket_id is not None:
            raise InvalidArgumentError("filter skips by user_id or by ticket_id, not both")
        if user_id is not None:
            kw = list_ticket_skips._get_kwargs(
                check_id(user_id, "user_id"),
                sort_order=ListTicketSkipsSortOrder(sort_order) if sort_order else UNSET,
            )
        elif ticket_id is not None:
            kw = list_skips_for_ticket._get_kwargs(
                check_id(ticket_id, "ticket_id"),
                sort_order=ListSkipsForTicketSortOrder(sort_order) if sort_order else UNSET,
            )
        else:
            kw = list_skips._get_kwargs(
                sort_order=ListSkipsSortOrder(sort_order) if sort_order else UNSET
            )
        return self._paginate(kw, "skips", TicketSkipObject.from_dict, page_size, raw)
