from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationLogResponse")


@_attrs_define
class ConversationLogResponse:
    """
    Attributes:
        events (list[ConversationLogObject] | None | Unset):
        links (CursorPaginationLinks | None | Unset):
        meta (CursorPaginationMeta | None | Unset):
    """

    events: list[ConversationLogObject] | None | Unset = UNSET
    links: CursorPaginationLinks | None | Unset = UNSET
    meta: CursorPaginationMeta | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: list[dict[str, Any]] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item = events_type_0_item_data.to_dict()
                events.append(events_type_0_item)

        else:
            events = self.events

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, CursorPaginationLinks):
            links = self.links.to_dict()
        else:
            links = self.links

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, CursorPaginationMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        events = d.pop("events", UNSET)
        if events is not None and events is not UNSET:
            events = _parse_events(events)

        links = d.pop("links", UNSET)
        if links is not None and links is not UNSET:
            links = _parse_links(links)

        meta = d.pop("meta", UNSET)
        if meta is not None and meta is not UNSET:
            meta = _parse_meta(meta)

        conversation_log_response = cls(
            events=events,
            links=links,
            meta=meta,
        )

        conversation_log_response.additional_properties = d
        return conversation_log_response

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("events", self.events),
                ("links", self.links),
                ("meta", self.meta),
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


def _parse_events(data: object) -> list[ConversationLogObject] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        events_type_0 = []
        _events_type_0 = data
        for events_type_0_item_data in _events_type_0:
            events_type_0_item = ConversationLogObject.from_dict(events_type_0_item_data)

            events_type_0.append(events_type_0_item)

        return events_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[ConversationLogObject] | None | Unset, data)


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


from ..models.conversation_log_object import ConversationLogObject
from ..models.cursor_pagination_links import CursorPaginationLinks
from ..models.cursor_pagination_meta import CursorPaginationMeta
