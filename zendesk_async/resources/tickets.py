"""`zd.tickets`: ticket CRUD, listing, fetching by id in bulk, and bulk writes through jobs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, overload

from zendesk_generated.api.tickets import (
    bulk_delete_tickets,
    count_tickets,
    create_ticket,
    delete_ticket,
    list_tickets,
    list_tickets_from_view,
    mark_many_tickets_as_spam,
    merge_tickets_into_target_ticket,
    show_ticket,
    ticket_bulk_import,
    ticket_import,
    tickets_create_many,
    tickets_show_many,
    update_ticket,
)
from zendesk_generated.models import (
    TicketCreateInput,
    TicketImportInput,
    TicketObject,
    TicketUpdateInput,
)
from zendesk_generated.types import UNSET

from .. import _constants as C
from .._requester import Requester
from ..bulk import BulkResult, FetchedList, JobStatus, get_many, run_bulk, wait_job
from ..errors import InvalidArgumentError
from ..pagination import Paginator
from ._base import check_id, check_ids, count_value, csv, operation, opt, payload, validated
from .channels import Channels
from .ticket_children import TicketChildren

Json = dict[str, Any]


class Tickets(TicketChildren):
    """Tickets: `get`, `list`, `create`, `update`, `delete`, bulk variants, and per-ticket parts
    (comments, audits, tags, people; see `TicketChildren`)."""

    __slots__ = ("channels",)

    def __init__(self, requester: Requester) -> None:
        super().__init__(requester)
        self.channels = Channels(requester)
        """Twitter / Talk ticket operations."""

    @operation("ShowTicket")
    async def get(self, ticket_id: int) -> TicketObject:
        """One ticket by id (`NotFoundError` if it does not exist)."""
        kw = show_ticket._get_kwargs(check_id(ticket_id, "ticket_id"))
        return await self._one(kw, "ticket", TicketObject.from_dict)

    @overload
    def list(
        self,
        *,
        page_size: int | None = ...,
        external_id: str | None = ...,
        raw: Literal[False] = ...,
    ) -> Paginator[TicketObject]: ...
    @overload
    def list(
        self, *, page_size: int | None = ..., external_id: str | None = ..., raw: Literal[True]
    ) -> Paginator[Json]: ...
    @operation("ListTickets")
    def list(
        self, *, page_size: int | None = None, external_id: str | None = None, raw: bool = False
    ) -> Paginator[TicketObject] | Paginator[Json]:
        """Every ticket, cursor-paginated (no 10,000-record offset cap). `raw=True` yields dicts."""
        kw = list_tickets._get_kwargs(external_id=opt(external_id))
        return self._paginate(kw, "tickets", TicketObject.from_dict, page_size, raw)

    @overload
    def from_view(
        self,
        view_id: int,
        *,
        sort_by: str | None = ...,
        sort_order: str | None = ...,
        page_size: int | None = ...,
        raw: Literal[False] = ...,
    ) -> Paginator[TicketObject]: ...
    @overload
    def from_view(
        self,
        view_id: int,
        *,
        sort_by: str | None = ...,
        sort_order: str | None = ...,
        page_size: int | None = ...,
        raw: Literal[True],
    ) -> Paginator[Json]: ...
    @operation("ListTicketsFromView")
    def from_view(
        self,
        view_id: int,
        *,
        sort_by: str | None = None,
        sort_order: str | None = None,
        page_size: int | None = None,
        raw: bool = False,
    ) -> Paginator[TicketObject] | Paginator[Json]:
        """The tickets of a view, cursor-paginated."""
        kw = list_tickets_from_view._get_kwargs(
            check_id(view_id, "view_id"), sort_by=opt(sort_by), sort_order=opt(sort_order)
        )
        return self._paginate(kw, "tickets", TicketObject.from_dict, page_size, raw)

    @operation("CountTickets")
    async def count(self) -> int:
        """The approximate ticket count (Zendesk refreshes it at most every few minutes)."""
        return await self._parsed(count_tickets._get_kwargs(), count_value, model_name="count")

    @operation("CreateTicket")
    async def create(
        self,
        ticket: Mapping[str, Any] | TicketCreateInput | None = None,
        /,
        *,
        idempotency_key: str | None = None,
        **fields: Any,
    ) -> TicketObject:
        """Create a ticket from a dict / `TicketCreateInput` and/or keyword fields.

        ``await zd.tickets.create(subject="Printer", comment={"body": "On fire"})``

        Not resent after it may have reached Zendesk, unless `idempotency_key` is given (sent as
        the ``Idempotency-Key`` header, which Zendesk honours on ticket creation): then a reset
        or a 5xx is retried and Zendesk returns the ticket the first attempt created.
        """
        data = validated(TicketCreateInput, payload(ticket, fields, "ticket"), "ticket")
        if "comment" not in data:
            raise InvalidArgumentError("a new ticket needs a comment, e.g. comment={'body': '...'}")
        headers = None
        if idempotency_key is not None:
            if not isinstance(idempotency_key, str) or not idempotency_key.strip():
                raise InvalidArgumentError("idempotency_key must be a non-empty string")
            headers = {"Idempotency-Key": idempotency_key}
        kw = create_ticket._get_kwargs()
        return await self._one(
            kw, "ticket", TicketObject.from_dict, json={"ticket": data}, headers=headers
        )

    @operation("UpdateTicket")
    async def update(
        self,
        ticket_id: int,
        changes: Mapping[str, Any] | TicketUpdateInput | None = None,
        /,
        **fields: Any,
    ) -> TicketObject:
        """Update one ticket: ``await zd.tickets.update(123, status="solved")``.

        Pass ``safe_update=True, updated_stamp=...`` to get a `ConflictError` instead of
        overwriting a concurrent change. Returns the updated ticket.
        """
        data = validated(TicketUpdateInput, payload(changes, fields, "changes"), "changes")
        kw = update_ticket._get_kwargs(check_id(ticket_id, "ticket_id"))
        return await self._one(kw, "ticket", TicketObject.from_dict, json={"ticket": data})

    @operation("DeleteTicket")
    async def delete(self, ticket_id: int) -> None:
        """Soft-delete a ticket (it stays restorable for 30 days)."""
        await self._send(delete_ticket._get_kwargs(check_id(ticket_id, "ticket_id")))

    # -- bulk -----------------------------------------------------------------------------------

    @overload
    async def get_many(
        self, ids: Iterable[int], *, concurrency: int = ..., raw: Literal[False] = ...
    ) -> FetchedList[TicketObject]: ...
    @overload
    async def get_many(
        self, ids: Iterable[int], *, concurrency: int = ..., raw: Literal[True]
    ) -> FetchedList[Json]: ...
    @operation("TicketsShowMany")
    async def get_many(
        self, ids: Iterable[int], *, concurrency: int = C.DEFAULT_CONCURRENCY, raw: bool = False
    ) -> FetchedList[TicketObject] | FetchedList[Json]:
        """Tickets by id, in input order, 100 per request, chunks fetched concurrently.

        Duplicates are collapsed; ids Zendesk did not return are listed in `.missing`.
        """
        path = tickets_show_many._get_kwargs(ids="")["url"]
        if raw:
            return await get_many(
                self._requester, path, ids, items_key="tickets", parse=_identity,
                concurrency=concurrency,
            )  # fmt: skip
        return await get_many(
            self._requester, path, ids, items_key="tickets", parse=TicketObject.from_dict,
            concurrency=concurrency,
        )  # fmt: skip

    @operation("TicketsCreateMany")
    async def create_many(
        self,
        tickets: Sequence[Mapping[str, Any] | TicketCreateInput],
        *,
        timeout: float = C.JOB_DEFAULT_TIMEOUT,
    ) -> BulkResult:
        """Create many tickets: 100 per job, at most 30 jobs in flight, every job awaited.

        The result has one item per input, in order: succeeded (with the created id), failed
        (safe to resend) or unknown (may have been created: look it up first). A chunk's failure
        never raises; credentials or permission errors do, with `exc.partial_result`.
        """
        kw = tickets_create_many._get_kwargs()
        return await self._create_jobs(TicketCreateInput, kw, tickets, timeout)

    @operation("TicketsUpdateMany")
    async def update_many(
        self,
        tickets: Sequence[int] | Sequence[Mapping[str, Any]],
        changes: Mapping[str, Any] | None = None,
        /,
        *,
        timeout: float = C.JOB_DEFAULT_TIMEOUT,
        **fields: Any,
    ) -> BulkResult:
        """Update many tickets, 100 per job.

        Either ids plus the same changes for all: ``update_many([1, 2], status="solved")``, or
        one dict per ticket, each with its id: ``update_many([{"id": 1, "priority": "high"}])``.
        """
        path = f"{C.API_PREFIX}/tickets/update_many"  # generated kwargs insist on a body model
        if tickets and all(isinstance(t, Mapping) for t in tickets):
            if changes or fields:
                raise InvalidArgumentError("give per-ticket dicts or ids plus changes, not both")
            rows = [dict(t) for t in tickets if isinstance(t, Mapping)]
            for i, row in enumerate(rows):
                check_id(row.get("id"), f"tickets[{i}]['id']")
            return await run_bulk(
                self._requester,
                rows,
                lambda chunk: ("PUT", path, None, {"tickets": list(chunk)}),
                key_of=lambda row: row["id"],
                timeout=timeout,
                **self._pacing(),
            )
        ids = check_ids(tickets, "ticket ids")
        data = validated(TicketUpdateInput, payload(changes, fields, "changes"), "changes")
        return await run_bulk(
            self._requester,
            ids,
            lambda chunk: ("PUT", path, {"ids": csv(chunk)}, {"ticket": data}),
            key_of=lambda tid: tid,
            timeout=timeout,
            **self._pacing(),
        )

    @operation("BulkDeleteTickets")
    async def delete_many(
        self, ids: Iterable[int], *, timeout: float = C.JOB_DEFAULT_TIMEOUT
    ) -> BulkResult:
        """Soft-delete many tickets, 100 per job."""
        return await self._ids_job(bulk_delete_tickets._get_kwargs(ids=""), "DELETE", ids, timeout)

    @operation("MarkManyTicketsAsSpam")
    async def mark_many_as_spam(
        self, ids: Iterable[int], *, timeout: float = C.JOB_DEFAULT_TIMEOUT
    ) -> BulkResult:
        """Mark many tickets as spam and suspend their requesters, 100 per job."""
        kw = mark_many_tickets_as_spam._get_kwargs(ids="")
        return await self._ids_job(kw, "PUT", ids, timeout)

    @operation("TicketImport")
    async def import_ticket(
        self,
        ticket: Mapping[str, Any] | TicketImportInput,
        *,
        archive_immediately: bool = False,
    ) -> TicketObject:
        """Import one historical ticket (comments, timestamps) without triggering business rules."""
        data = validated(TicketImportInput, payload(ticket, {}, "ticket"), "ticket")
        kw = ticket_import._get_kwargs(archive_immediately=archive_immediately or UNSET)
        return await self._one(kw, "ticket", TicketObject.from_dict, json={"ticket": data})

    @operation("TicketBulkImport")
    async def import_many(
        self,
        tickets: Sequence[Mapping[str, Any] | TicketImportInput],
        *,
        archive_immediately: bool = False,
        timeout: float = C.JOB_DEFAULT_TIMEOUT,
    ) -> BulkResult:
        """Import many historical tickets, 100 per job."""
        kw = ticket_bulk_import._get_kwargs(archive_immediately=archive_immediately or UNSET)
        return await self._create_jobs(TicketImportInput, kw, tickets, timeout)

    @operation("MergeTicketsIntoTargetTicket")
    async def merge(
        self,
        target_id: int,
        source_ids: Iterable[int],
        *,
        target_comment: str | None = None,
        source_comment: str | None = None,
        wait: bool = True,
        timeout: float = C.JOB_DEFAULT_TIMEOUT,
    ) -> JobStatus:
        """Merge `source_ids` into `target_id`; waits for the merge job unless `wait=False`."""
        body: Json = {"ids": check_ids(source_ids, "source_ids", limit=C.BULK_CHUNK)}
        if target_comment is not None:
            body["target_comment"] = target_comment
        if source_comment is not None:
            body["source_comment"] = source_comment
        kw = merge_tickets_into_target_ticket._get_kwargs(check_id(target_id, "target_id"))
        job = JobStatus.from_body(await self._json(kw, json=body))
        if wait and not job.done:
            job = await wait_job(self._requester, job.id, timeout=timeout, **self._pacing())
        return job

    # -- helpers --------------------------------------------------------------------------------

    async def _create_jobs(
        self, model: Any, kw: Mapping[str, Any], tickets: Sequence[Any], timeout: float
    ) -> BulkResult:
        """POST `tickets` (validated against `model`) in chunked jobs to the operation of `kw`."""
        items = [
            validated(model, payload(t, {}, "ticket"), f"tickets[{i}]")
            for i, t in enumerate(tickets)
        ]
        path, params = kw["url"], kw.get("params") or None
        return await run_bulk(
            self._requester,
            items,
            lambda chunk: ("POST", path, params, {"tickets": list(chunk)}),
            timeout=timeout,
            **self._pacing(),
        )

    async def _ids_job(
        self, kw: Mapping[str, Any], method: str, ids: Iterable[int], timeout: float
    ) -> BulkResult:
        path = kw["url"]
        return await run_bulk(
            self._requester,
            check_ids(list(dict.fromkeys(ids)), "ids"),
            lambda chunk: (method, path, {"ids": csv(chunk)}, None),
            key_of=lambda tid: tid,
            timeout=timeout,
            **self._pacing(),
        )


def _identity(item: Json) -> Json:
    return item
