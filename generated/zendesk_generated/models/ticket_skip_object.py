from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketSkipObject")


@_attrs_define
class TicketSkipObject:
    """
    Example:
        {'created_at': '2015-09-30T21:44:03Z', 'id': 1, 'reason': 'I have no idea.', 'ticket': {'assignee_id': 235323,
            'collaborator_ids': [35334, 234], 'created_at': '2009-07-20T22:55:29Z', 'custom_fields': [{'id': 27642, 'value':
            '745'}, {'id': 27648, 'value': 'yes'}], 'description': 'The fire is very colorful.', 'due_at': None,
            'external_id': 'ahg35h3jh', 'follower_ids': [35334, 234], 'from_messaging_channel': False,
            'generated_timestamp': 1304553600, 'group_id': 98738, 'has_incidents': False, 'id': 123, 'organization_id':
            509974, 'priority': 'high', 'problem_id': 9873764, 'raw_subject': '{{dc.printer_on_fire}}', 'recipient':
            'support@company.com', 'requester_id': 20978392, 'satisfaction_rating': {'comment': 'Great support!', 'id':
            1234, 'score': 'good'}, 'sharing_agreement_ids': [84432], 'status': 'open', 'subject': 'Help, my printer is on
            fire!', 'submitter_id': 76872, 'tags': ['enterprise', 'other_tag'], 'type': 'incident', 'updated_at':
            '2011-05-05T10:38:52Z', 'url': 'https://company.zendesk.com/api/v2/tickets/35436.json', 'via': {'channel':
            'web'}}, 'ticket_id': 123, 'updated_at': '2015-09-30T21:44:03Z', 'user_id': 456}

    Attributes:
        created_at (datetime.datetime | None | Unset): Time the skip was created
        id (int | None | Unset): Automatically assigned upon creation
        reason (None | str | Unset): Reason for skipping the ticket
        ticket (None | TicketObject | Unset): The skipped ticket. See the [Ticket object reference](/api-
            reference/ticketing/tickets/tickets/#json-format)
        ticket_id (int | None | Unset): ID of the skipped ticket
        updated_at (datetime.datetime | None | Unset): Time the skip was last updated
        user_id (int | None | Unset): ID of the skipping agent
    """

    created_at: datetime.datetime | None | Unset = UNSET
    id: int | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    ticket: None | TicketObject | Unset = UNSET
    ticket_id: int | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        ticket: dict[str, Any] | None | Unset
        if isinstance(self.ticket, Unset):
            ticket = UNSET
        elif isinstance(self.ticket, TicketObject):
            ticket = self.ticket.to_dict()
        else:
            ticket = self.ticket

        ticket_id: int | None | Unset
        if isinstance(self.ticket_id, Unset):
            ticket_id = UNSET
        else:
            ticket_id = self.ticket_id

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if ticket is not UNSET:
            field_dict["ticket"] = ticket
        if ticket_id is not UNSET:
            field_dict["ticket_id"] = ticket_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)
        if created_at is not None and created_at is not UNSET:
            created_at = _parse_created_at(created_at)

        id = d.pop("id", UNSET)

        reason = d.pop("reason", UNSET)

        ticket = d.pop("ticket", UNSET)
        if ticket is not None and ticket is not UNSET:
            ticket = _parse_ticket(ticket)

        ticket_id = d.pop("ticket_id", UNSET)

        updated_at = d.pop("updated_at", UNSET)
        if updated_at is not None and updated_at is not UNSET:
            updated_at = _parse_updated_at(updated_at)

        user_id = d.pop("user_id", UNSET)

        ticket_skip_object = cls(
            created_at=created_at,
            id=id,
            reason=reason,
            ticket=ticket,
            ticket_id=ticket_id,
            updated_at=updated_at,
            user_id=user_id,
        )

        ticket_skip_object.additional_properties = d
        return ticket_skip_object

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("created_at", self.created_at),
                ("id", self.id),
                ("reason", self.reason),
                ("ticket", self.ticket),
                ("ticket_id", self.ticket_id),
                ("updated_at", self.updated_at),
                ("user_id", self.user_id),
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


def _parse_ticket(data: object) -> None | TicketObject | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        ticket_type_1 = TicketObject.from_dict(data)

        return ticket_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketObject | Unset, data)


def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        updated_at_type_0 = datetime.datetime.fromisoformat(data)

        return updated_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


from ..models.ticket_object import TicketObject
