from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketSkipsResponse")


@_attrs_define
class TicketSkipsResponse:
    """
    Attributes:
        skips (list[TicketSkipObject] | None | Unset):
        meta (CursorPaginationMeta | None | Unset):
        links (CursorPaginationLinks | None | Unset):
        next_page (None | str | Unset):
        previous_page (None | str | Unset):
        count (int | None | Unset):
    """

    skips: list[TicketSkipObject] | None | Unset = UNSET
    meta: CursorPaginationMeta | None | Unset = UNSET
    links: CursorPaginationLinks | None | Unset = UNSET
    next_page: None | str | Unset = UNSET
    previous_page: None | str | Unset = UNSET
    count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skips: list[dict[str, Any]] | None | Unset
        if isinstance(self.skips, Unset):
            skips = UNSET
        elif isinstance(self.skips, list):
            skips = []
            for skips_type_0_item_data in self.skips:
                skips_type_0_item = skips_type_0_item_data.to_dict()
                skips.append(skips_type_0_item)

        else:
            skips = self.skips

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

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skips is not UNSET:
            field_dict["skips"] = skips
        if meta is not UNSET:
            field_dict["meta"] = meta
        if links is not UNSET:
            field_dict["links"] = links
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if previous_page is not UNSET:
            field_dict["previous_page"] = previous_page
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        skips = d.pop("skips", UNSET)
        if skips is not None and skips is not UNSET:
            skips = _parse_skips(skips)

        meta = d.pop("meta", UNSET)
        if meta is not None and meta is not UNSET:
            meta = _parse_meta(meta)

        links = d.pop("links", UNSET)
        if links is not None and links is not UNSET:
            links = _parse_links(links)

        next_page = d.pop("next_page", UNSET)

        previous_page = d.pop("previous_page", UNSET)

        count = d.pop("count", UNSET)

        ticket_skips_response = cls(
            skips=skips,
            meta=meta,
            links=links,
            next_page=next_page,
            previous_page=previous_page,
            count=count,
        )

        ticket_skips_response.additional_properties = d
        return ticket_skips_response

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("skips", self.skips),
                ("meta", self.meta),
                ("links", self.links),
                ("next_page", self.next_page),
                ("previous_page", self.previous_page),
                ("count", self.count),
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


def _parse_skips(data: object) -> list[TicketSkipObject] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        skips_type_0 = []
        _skips_type_0 = data
        for skips_type_0_item_data in _skips_type_0:
            skips_type_0_item = TicketSkipObject.from_dict(skips_type_0_item_data)

            skips_type_0.append(skips_type_0_item)

        return skips_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[TicketSkipObject] | None | Unset, data)


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
from ..models.ticket_skip_object import TicketSkipObject
