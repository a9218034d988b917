from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketAuditObject")


@_attrs_define
class TicketAuditObject:
    """
    Example:
        {'author_id': 35436, 'created_at': '2009-07-20T22:55:29Z', 'events': [{'attachments': [], 'body': 'Thanks for
            your help!', 'id': 1564245, 'public': True, 'type': 'Comment'}, {'body': 'Ticket #47 has been updated', 'id':
            1564246, 'subject': 'Your ticket has been updated', 'type': 'Notification'}], 'id': 35436, 'metadata':
            {'custom': {'time_spent': '3m22s'}, 'system': {'ip_address': '184.106.40.75'}}, 'ticket_id': 47, 'via':
            {'channel': 'web'}}

    Attributes:
        author_id (int | None | Unset): The user who created the audit
        created_at (datetime.datetime | None | Unset): The time the audit was created
        events (list[TicketAuditObjectEventsType0Item] | None | Unset): An array of the events that happened in this
            audit. See the [Ticket Audit events reference](/documentation/ticketing/reference-guides/ticket-audit-events-
            reference)
        id (int | None | Unset): Automatically assigned when creating audits
        metadata (None | TicketAuditObjectMetadataType0 | Unset): Metadata for the audit, custom and system data
        ticket_id (int | None | Unset): The ID of the associated ticket
        via (None | TicketAuditViaObject | Unset):
    """

    author_id: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    events: list[TicketAuditObjectEventsType0Item] | None | Unset = UNSET
    id: int | None | Unset = UNSET
    metadata: None | TicketAuditObjectMetadataType0 | Unset = UNSET
    ticket_id: int | None | Unset = UNSET
    via: None | TicketAuditViaObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author_id: int | None | Unset
        if isinstance(self.author_id, Unset):
            author_id = UNSET
        else:
            author_id = self.author_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

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

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, TicketAuditObjectMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        ticket_id: int | None | Unset
        if isinstance(self.ticket_id, Unset):
            ticket_id = UNSET
        else:
            ticket_id = self.ticket_id

        via: dict[str, Any] | None | Unset
        if isinstance(self.via, Unset):
            via = UNSET
        elif isinstance(self.via, TicketAuditViaObject):
            via = self.via.to_dict()
        else:
            via = self.via

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
        d = dict(src_dict)
        author_id = d.pop("author_id", UNSET)

        created_at = d.pop("created_at", UNSET)
        if created_at is not None and created_at is not UNSET:
            created_at = _parse_created_at(created_at)

        events = d.pop("events", UNSET)
        if events is not None and events is not UNSET:
            events = _parse_events(events)

        id = d.pop("id", UNSET)

        metadata = d.pop("metadata", UNSET)
        if metadata is not None and metadata is not UNSET:
            metadata = _parse_metadata(metadata)

        ticket_id = d.pop("ticket_id", UNSET)

        via = d.pop("via", UNSET)
        if via is not None and via is not UNSET:
            via = _parse_via(via)

        ticket_audit_object = cls(
            author_id=author_id,
            created_at=created_at,
            events=events,
            id=id,
            metadata=metadata,
            ticket_id=ticket_id,
            via=via,
        )

        ticket_audit_object.additional_properties = d
        return ticket_audit_object

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("author_id", self.author_id),
                ("created_at", self.created_at),
                ("events", self.events),
                ("id", self.id),
                ("metadata", self.metadata),
                ("ticket_id", self.ticket_id),
                ("via", self.via),
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


def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        created_at_type_0 = datetime.datetime.fromisoformat(data)

        return created_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_events(data: object) -> list[TicketAuditObjectEventsType0Item] | None | Unset:
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
            events_type_0_item = TicketAuditObjectEventsType0Item.from_dict(events_type_0_item_data)

            events_type_0.append(events_type_0_item)

        return events_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[TicketAuditObjectEventsType0Item] | None | Unset, data)


def _parse_metadata(data: object) -> None | TicketAuditObjectMetadataType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = TicketAuditObjectMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketAuditObjectMetadataType0 | Unset, data)


def _parse_via(data: object) -> None | TicketAuditViaObject | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        via_type_1 = TicketAuditViaObject.from_dict(data)

        return via_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketAuditViaObject | Unset, data)


from ..models.ticket_audit_object_events_type_0_item import (
    TicketAuditObjectEventsType0Item,
)
from ..models.ticket_audit_object_metadata_type_0 import TicketAuditObjectMetadataType0
from ..models.ticket_audit_via_object import TicketAuditViaObject
