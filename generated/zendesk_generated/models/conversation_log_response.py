from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_log_object import ConversationLogObject
    from ..models.conversation_log_response_links import ConversationLogResponseLinks
    from ..models.conversation_log_response_meta import ConversationLogResponseMeta


T = TypeVar("T", bound="ConversationLogResponse")


@_attrs_define
class ConversationLogResponse:
    """
    Attributes:
        events (list[ConversationLogObject] | Unset):
        links (ConversationLogResponseLinks | Unset):
        meta (ConversationLogResponseMeta | Unset):
    """

    events: list[ConversationLogObject] | Unset = UNSET
    links: ConversationLogResponseLinks | Unset = UNSET
    meta: ConversationLogResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

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
        from ..models.conversation_log_object import ConversationLogObject  # noqa: PLC0415
        from ..models.conversation_log_response_links import (
            ConversationLogResponseLinks,  # noqa: PLC0415
        )
        from ..models.conversation_log_response_meta import ConversationLogResponseMeta  # noqa: PLC0415

        d = dict(src_dict)
        _events = d.pop("events", UNSET)
        events: list[ConversationLogObject] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = ConversationLogObject.from_dict(events_item_data)

                events.append(events_item)

        _links = d.pop("links", UNSET)
        links: ConversationLogResponseLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ConversationLogResponseLinks.from_dict(_links)

        _meta = d.pop("meta", UNSET)
        meta: ConversationLogResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ConversationLogResponseMeta.from_dict(_meta)

        conversation_log_response = cls(
            events=events,
            links=links,
            meta=meta,
        )

        conversation_log_response.additional_properties = d
        return conversation_log_response

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
