from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketAuditsResponseNoneCursor")


@_attrs_define
class TicketAuditsResponseNoneCursor:
    """
    Attributes:
        audits (list[TicketAuditObject] | None | Unset):
        count (int | None | Unset):
        next_page (None | str | Unset):
        previous_page (None | str | Unset):
        meta (CursorPaginationMeta | None | Unset):
        links (CursorPaginationLinks | None | Unset):
    """

    audits: list[TicketAuditObject] | None | Unset = UNSET
    count: int | None | Unset = UNSET
    next_page: None | str | Unset = UNSET
    previous_page: None | str | Unset = UNSET
    meta: CursorPaginationMeta | None | Unset = UNSET
    links: CursorPaginationLinks | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audits: list[dict[str, Any]] | None | Unset
        if isinstance(self.audits, Unset):
            audits = UNSET
        elif isinstance(self.audits, list):
            audits = []
            for audits_type_0_item_data in self.audits:
                audits_type_0_item = audits_type_0_item_data.to_dict()
                audits.append(audits_type_0_item)

        else:
            audits = self.audits

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        next_page: None | str | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        previous_page: None | str | Unset
        if isinstance(self.previous_page, Unset):
            previous_page = UNSET
        else:
            previous_page = self.previous_page

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, CursorPaginationMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, CursorPaginationLinks):
            links = self.links.to_dict()
        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audits is not UNSET:
            field_dict["audits"] = audits
        if count is not UNSET:
            field_dict["count"] = count
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if previous_page is not UNSET:
            field_dict["previous_page"] = previous_page
        if meta is not UNSET:
            field_dict["meta"] = meta
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audits = d.pop("audits", UNSET)
        if audits is not None and audits is not UNSET:
            audits = _parse_audits(audits)

        count = d.pop("count", UNSET)

        next_page = d.pop("next_page", UNSET)

        previous_page = d.pop("previous_page", UNSET)

        meta = d.pop("meta", UNSET)
        if meta is not None and meta is not UNSET:
            meta = _parse_meta(meta)

        links = d.pop("links", UNSET)
        if links is not None and links is not UNSET:
            links = _parse_links(links)

        ticket_audits_response_none_cursor = cls(
            audits=audits,
            count=count,
            next_page=next_page,
            previous_page=previous_page,
            meta=meta,
            links=links,
        )

        ticket_audits_response_none_cursor.additional_properties = d
        return ticket_audits_response_none_cursor

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("audits", self.audits),
                ("count", self.count),
                ("next_page", self.next_page),
                ("previous_page", self.previous_page),
                ("meta", self.meta),
                ("links", self.links),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_audits(data: object) -> list[TicketAuditObject] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        audits_type_0 = []
        _audits_type_0 = data
        for audits_type_0_item_data in _audits_type_0:
            audits_type_0_item = TicketAuditObject.from_dict(audits_type_0_item_data)

            audits_type_0.append(audits_type_0_item)

        return audits_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[TicketAuditObject] | None | Unset, data)


def _parse_meta(data: object) -> CursorPaginationMeta | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        meta_type_1 = CursorPaginationMeta.from_dict(data)

        return meta_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CursorPaginationMeta | None | Unset, data)


def _parse_links(data: object) -> CursorPaginationLinks | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        links_type_1 = CursorPaginationLinks.from_dict(data)

        return links_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CursorPaginationLinks | None | Unset, data)


from ..models.cursor_pagination_links import CursorPaginationLinks
from ..models.cursor_pagination_meta import CursorPaginationMeta
from ..models.ticket_audit_object import TicketAuditObject
