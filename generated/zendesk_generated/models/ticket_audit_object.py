from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_audit_object_events_item import TicketAuditObjectEventsItem
    from ..models.ticket_audit_object_metadata import TicketAuditObjectMetadata
    from ..models.ticket_audit_via_object import TicketAuditViaObject


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
        author_id (int | Unset): The user who created the audit
        created_at (datetime.datetime | Unset): The time the audit was created
        events (list[TicketAuditObjectEventsItem] | Unset): An array of the events that happened in this audit. See the
            [Ticket Audit events reference](/documentation/ticketing/reference-guides/ticket-audit-events-reference)
        id (int | Unset): Automatically assigned when creating audits
        metadata (TicketAuditObjectMetadata | Unset): Metadata for the audit, custom and system data
        ticket_id (int | Unset): The ID of the associated ticket
        via (TicketAuditViaObject | Unset): Describes how the object was created. See the [Via object
            reference](/documentation/ticketing/reference-guides/via-object-reference)
    """

    author_id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    events: list[TicketAuditObjectEventsItem] | Unset = UNSET
    id: int | Unset = UNSET
    metadata: TicketAuditObjectMetadata | Unset = UNSET
    ticket_id: int | Unset = UNSET
    via: TicketAuditViaObject | Unset = UNSET
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
        from ..models.ticket_audit_object_events_item import TicketAuditObjectEventsItem  # noqa: PLC0415
        from ..models.ticket_audit_object_metadata import TicketAuditObjectMetadata  # noqa: PLC0415
        from ..models.ticket_audit_via_object import TicketAuditViaObject  # noqa: PLC0415

        d = dict(src_dict)
        author_id = d.pop("author_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _events = d.pop("events", UNSET)
        events: list[TicketAuditObjectEventsItem] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = TicketAuditObjectEventsItem.from_dict(events_item_data)

                events.append(events_item)

        id = d.pop("id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: TicketAuditObjectMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TicketAuditObjectMetadata.from_dict(_metadata)

        ticket_id = d.pop("ticket_id", UNSET)

        _via = d.pop("via", UNSET)
        via: TicketAuditViaObject | Unset
        if isinstance(_via, Unset):
            via = UNSET
        else:
            via = TicketAuditViaObject.from_dict(_via)

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
