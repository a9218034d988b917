from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketCreateVoicemailTicketRequest")


@_attrs_define
class TicketCreateVoicemailTicketRequest:
    """
    Attributes:
        display_to_agent (int | Unset): Optional value such as the ID of the agent that will see the newly created
            ticket.
        ticket (TicketCreateVoicemailTicketInput | Unset):
    """

    display_to_agent: int | Unset = UNSET
    ticket: TicketCreateVoicemailTicketInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_to_agent = self.display_to_agent

        ticket: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ticket, Unset):
            ticket = self.ticket.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_to_agent is not UNSET:
            field_dict["display_to_agent"] = display_to_agent
        if ticket is not UNSET:
            field_dict["ticket"] = ticket

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_to_agent = d.pop("display_to_agent", UNSET)

        _ticket = d.pop("ticket", UNSET)
        ticket: TicketCreateVoicemailTicketInput | Unset
        if isinstance(_ticket, Unset):
            ticket = UNSET
        else:
            ticket = TicketCreateVoicemailTicketInput.from_dict(_ticket)

        ticket_create_voicemail_ticket_request = cls(
            display_to_agent=display_to_agent,
            ticket=ticket,
        )

        ticket_create_voicemail_ticket_request.additional_properties = d
        return ticket_create_voicemail_ticket_request

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("display_to_agent", self.display_to_agent),
                ("ticket", self.ticket),
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


from ..models.ticket_create_voicemail_ticket_input import (
    TicketCreateVoicemailTicketInput,
)
