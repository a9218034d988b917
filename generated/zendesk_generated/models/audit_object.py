from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_object_events_item import AuditObjectEventsItem
    from ..models.audit_object_metadata import AuditObjectMetadata
    from ..models.via_object import ViaObject


T = TypeVar("T", bound="AuditObject")


@_attrs_define
class AuditObject:
    """
    Attributes:
        author_id (int | Unset):
        created_at (datetime.datetime | Unset):
        events (list[AuditObjectEventsItem] | Unset):
        id (int | Unset):
        metadata (AuditObjectMetadata | Unset):
        ticket_id (int | Unset):
        via (ViaObject | Unset): An object explaining how the ticket was created. See the [Via object
            reference](/documentation/ticketing/reference-guides/via-object-reference)
             Example: {'channel': 'rule', 'source': {'from': {'id': 22472716, 'title': 'Assign to first responder'}, 'rel':
            'trigger', 'to': {}}}.
    """

    author_id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    events: list[AuditObjectEventsItem] | Unset = UNSET
    id: int | Unset = UNSET
    metadata: AuditObjectMetadata | Unset = UNSET
    ticket_id: int | Unset = UNSET
    via: ViaObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author_id = self.author_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        id = self.id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        ticket_id = self.ticket_id

        via: dict[str, Any] | Unset = UNSET
        if not isinstance(self.via, Unset):
            via = self.via.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if author_id is not UNSET:
            field_dict["author_id"] = author_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if events is not UNSET:
            field_dict["events"] = events
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if ticket_id is not UNSET:
            field_dict["ticket_id"] = ticket_id
        if via is not UNSET:
            field_dict["via"] = via

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_object_events_item import AuditObjectEventsItem  # noqa: PLC0415
        from ..models.audit_object_metadata import AuditObjectMetadata  # noqa: PLC0415
        from ..models.via_object import ViaObject  # noqa: PLC0415

        d = dict(src_dict)
        author_id = d.pop("author_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _events = d.pop("events", UNSET)
        events: list[AuditObjectEventsItem] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = AuditObjectEventsItem.from_dict(events_item_data)

                events.append(events_item)

        id = d.pop("id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: AuditObjectMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AuditObjectMetadata.from_dict(_metadata)

        ticket_id = d.pop("ticket_id", UNSET)

        _via = d.pop("via", UNSET)
        via: ViaObject | Unset
        if isinstance(_via, Unset):
            via = UNSET
        else:
            via = ViaObject.from_dict(_via)

        audit_object = cls(
            author_id=author_id,
            created_at=created_at,
            events=events,
            id=id,
            metadata=metadata,
            ticket_id=ticket_id,
            via=via,
        )

        audit_object.additional_properties = d
        return audit_object

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
