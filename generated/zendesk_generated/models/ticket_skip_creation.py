from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_skip_object import TicketSkipObject


T = TypeVar("T", bound="TicketSkipCreation")


@_attrs_define
class TicketSkipCreation:
    """
    Attributes:
        skip (TicketSkipObject | Unset):  Example: {'created_at': '2015-09-30T21:44:03Z', 'id': 1, 'reason': 'I have no
            idea.', 'ticket': {'assignee_id': 235323, 'collaborator_ids': [35334, 234], 'created_at':
            '2009-07-20T22:55:29Z', 'custom_fields': [{'id': 27642, 'value': '745'}, {'id': 27648, 'value': 'yes'}],
            'description': 'The fire is very colorful.', 'due_at': None, 'external_id': 'ahg35h3jh', 'follower_ids': [35334,
            234], 'from_messaging_channel': False, 'generated_timestamp': 1304553600, 'group_id': 98738, 'has_incidents':
            False, 'id': 123, 'organization_id': 509974, 'priority': 'high', 'problem_id': 9873764, 'raw_subject':
            '{{dc.printer_on_fire}}', 'recipient': 'support@company.com', 'requester_id': 20978392, 'satisfaction_rating':
            {'comment': 'Great support!', 'id': 1234, 'score': 'good'}, 'sharing_agreement_ids': [84432], 'status': 'open',
            'subject': 'Help, my printer is on fire!', 'submitter_id': 76872, 'tags': ['enterprise', 'other_tag'], 'type':
            'incident', 'updated_at': '2011-05-05T10:38:52Z', 'url':
            'https://company.zendesk.com/api/v2/tickets/35436.json', 'via': {'channel': 'web'}}, 'ticket_id': 123,
            'updated_at': '2015-09-30T21:44:03Z', 'user_id': 456}.
    """

    skip: TicketSkipObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skip, Unset):
            skip = self.skip.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skip is not UNSET:
            field_dict["skip"] = skip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_skip_object import TicketSkipObject  # noqa: PLC0415

        d = dict(src_dict)
        _skip = d.pop("skip", UNSET)
        skip: TicketSkipObject | Unset
        if isinstance(_skip, Unset):
            skip = UNSET
        else:
            skip = TicketSkipObject.from_dict(_skip)

        ticket_skip_creation = cls(
            skip=skip,
        )

        ticket_skip_creation.additional_properties = d
        return ticket_skip_creation

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
