"""`zd.incremental`: resumable incremental exports of tickets and skill-based routing data."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal, overload

from zendesk_generated.api.incremental_routing import (
    incremental_skil_based_routing_attribute_values_export as sbr_values,
)
from zendesk_generated.api.incremental_routing import (
    incremental_skil_based_routing_attributes_export as sbr_attributes,
)
from zendesk_generated.api.incremental_routing import (
    incremental_skil_based_routing_instance_values_export as sbr_instances,
)
from zendesk_generated.api.tickets import (
    incremental_ticket_export_cursor,
    incremental_ticket_export_time,
)
from zendesk_generated.models import (
    IncrementalSkillBasedRoutingAttribute,
    IncrementalSkillBasedRoutingAttributeValue,
    IncrementalSkillBasedRoutingInstanceValue,
    TicketObject,
)

from ..incremental import IncrementalExport
from ..pagination import Kind
from ..sideloads import include_param
from ._base import Resource, operation, opt

Json = dict[str, Any]
Checkpoint = Mapping[str, Any]
BUDGET = "incremental"


class Incremental(Resource):
    """Incremental exports. Each returns a lazy `IncrementalExport`: iterate items, or iterate
    `.pages()` and store `page.checkpoint` **after** the page is durably handled; pass it back as
    `checkpoint=` to resume with nothing lost and nothing repeated."""

    __slots__ = ()

    @overload
    def tickets(
        self,
        *,
        start_time: int | None = ...,
        checkpoint: Checkpoint | None = ...,
        per_page: int | None = ...,
        exclude_deleted: bool | None = ...,
        include: str | Iterable[str] | None = ...,
        raw: Literal[False] = ...,
    ) -> IncrementalExport[TicketObject]: ...
    @overload
    def tickets(
        self,
        *,
        start_time: int | None = ...,
        checkpoint: Checkpoint | None = ...,
        per_page: int | None = ...,
        exclude_deleted: bool | None = ...,
        include: str | Iterable[str] | None = ...,
        raw: Literal[True],
    ) -> IncrementalExport[Json]: ...
    @operation("IncrementalTicketExportCursor")
    def tickets(
        self,
        *,
        start_time: int | None = None,
        checkpoint: Checkpoint | None = None,
        per_page: int | None = None,
        exclude_deleted: bool | None = None,
        include: str | Iterable[str] | None = None,
        raw: bool = False,
    ) -> IncrementalExport[TicketObject] | IncrementalExport[Json]:
        """Tickets changed since `start_time` (cursor-based: no duplicates, no 1000-item cap)."""
        kw = incremental_ticket_export_cursor._get_kwargs(
            exclude_deleted=opt(exclude_deleted), include=opt(include_param(include))
        )
        return self._export(
            kw, Kind.INCREMENTAL_CURSOR, "tickets", TicketObject.from_dict,
            start_time, checkpoint, per_page, raw,
        )  # fmt: skip

    @overload
    def tickets_by_time(
        self,
        *,
        start_time: int | None = ...,
        checkpoint: Checkpoint | None = ...,
        per_page: int | None = ...,
        exclude_deleted: bool | None = ...,
        include: str | Iterable[str] | None = ...,
        raw: Literal[False] = ...,
    ) -> IncrementalExport[TicketObject]: ...
    @overload
    def tickets_by_time(
        self,
        *,
        start_time: int | None = ...,
        checkpoint: Checkpoint | None = ...,
        per_page: int | None = ...,
        exclude_deleted: bool | None = ...,
        include: str | Iterable[str] | None = ...,
        raw: Literal[True],
    ) -> IncrementalExport[Json]: ...
    @operation("IncrementalTicketExportTime")
    def tickets_by_time(
        self,
        *,
        start_time: int | None = None,
        checkpoint: Checkpoint | None = None,
        per_page: int | None = None,
        exclude_deleted: bool | None = None,
        include: str | Iterable[str] | None = None,
        raw: bool = False,
    ) -> IncrementalExport[TicketObject] | IncrementalExport[Json]:
        """Tickets changed since `start_time` (time-based; repeats across pages are removed)."""
        kw = incremental_ticket_export_time._get_kwargs(
            start_time=0, exclude_deleted=opt(exclude_deleted), include=opt(include_param(include))
        )
        kw["params"].pop("start_time", None)  # the export sets it from start_time / checkpoint
        return self._export(
            kw, Kind.TIME, "tickets", TicketObject.from_dict,
            start_time, checkpoint, per_page, raw,
        )  # fmt: skip

    @operation("IncrementalSkilBasedRoutingAttributesExport")
    def routing_attributes(
        self, *, start_time: int | None = None, checkpoint: Checkpoint | None = None,
        raw: bool = False,
    ) -> IncrementalExport[Any]:  # fmt: skip
        """Routing attribute changes; stops when a page reports `count == 0`."""
        return self._export(
            sbr_attributes._get_kwargs(), Kind.ROUTING, "attributes",
            IncrementalSkillBasedRoutingAttribute.from_dict, start_time, checkpoint, None, raw,
        )  # fmt: skip

    @operation("IncrementalSkilBasedRoutingAttributeValuesExport")
    def routing_attribute_values(
        self, *, start_time: int | None = None, checkpoint: Checkpoint | None = None,
        raw: bool = False,
    ) -> IncrementalExport[Any]:  # fmt: skip
        """Routing attribute value changes; stops when a page reports `count == 0`."""
        return self._export(
            sbr_values._get_kwargs(), Kind.ROUTING, "attribute_values",
            IncrementalSkillBasedRoutingAttributeValue.from_dict, start_time, checkpoint, None, raw,
        )  # fmt: skip

    @operation("IncrementalSkilBasedRoutingInstanceValuesExport")
    def routing_instance_values(
        self, *, start_time: int | None = None, checkpoint: Checkpoint | None = None,
        raw: bool = False,
    ) -> IncrementalExport[Any]:  # fmt: skip
        """Agent / ticket skill assignment changes; stops when a page reports `count == 0`."""
        return self._export(
            sbr_instances._get_kwargs(), Kind.ROUTING, "instance_values",
            IncrementalSkillBasedRoutingInstanceValue.from_dict, start_time, checkpoint, None, raw,
        )  # fmt: skip

    def _export(
        self,
        kw: Mapping[str, Any],
        kind: Kind,
        key: str,
        parse: Any,
        start_time: int | None,
        checkpoint: Checkpoint | None,
        per_page: int | None,
        raw: bool,
    ) -> IncrementalExport[Any]:
        return IncrementalExport(
            self._requester,
            kind,
            str(kw["url"]),
            key,
            start_time=start_time,
            checkpoint=checkpoint,
            params=kw.get("params") or None,
            page_size=per_page,
            parse=None if raw else parse,
            budget=BUDGET,
        )
