from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_object import TicketObject


T = TypeVar("T", bound="TicketResponse")


@_attrs_define
class TicketResponse:
    """
    Attributes:
        ticket (TicketObject | Unset):  Example: {'assignee_id': 235323, 'collaborator_ids': [35334, 234], 'created_at':
            '2009-07-20T22:55:29Z', 'custom_fields': [{'id': 27642, 'value': '745'}, {'id': 27648, 'value': 'yes'}],
            'custom_status_id': 123, 'description': 'The fire is very colorful.', 'due_at': None, 'external_id':
            'ahg35h3jh', 'follower_ids': [35334, 234], 'from_messaging_channel': False, 'generated_timestamp': 1304553600,
            'group_id': 98738, 'has_incidents': False, 'id': 35436, 'organization_id': 509974, 'priority': 'high',
            'problem_id': 9873764, 'raw_subject': '{{dc.printer_on_fire}}', 'recipient': 'support@company.com',
            'requester_id': 20978392, 'satisfaction_rating': {'comment': 'Great support!', 'id': 1234, 'score': 'good'},
            'sharing_agreement_ids': [84432], 'status': 'open', 'subject': 'Help, my printer is on fire!', 'submitter_id':
            76872, 'tags': ['enterprise', 'other_tag'], 'type': 'incident', 'updated_at': '2011-05-05T10:38:52Z', 'url':
            'https://company.zendesk.com/api/v2/tickets/35436.json', 'via': {'channel': 'web'}}.
    """

    ticket: TicketObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ticket, Unset):
            ticket = self.ticket.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticket is not UNSET:
            field_dict["ticket"] = ticket

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_object import TicketObject  # noqa: PLC0415

        d = dict(src_dict)
        _ticket = d.pop("ticket", UNSET)
        ticket: TicketObject | Unset
        if isinstance(_ticket, Unset):
            ticket = UNSET
        else:
            ticket = TicketObject.from_dict(_ticket)

        ticket_response = cls(
            ticket=ticket,
        )

        ticket_response.additional_properties = d
        return ticket_response

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
