from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.macro_apply_ticket_response_result_ticket import (
        MacroApplyTicketResponseResultTicket,
    )


T = TypeVar("T", bound="MacroApplyTicketResponseResult")


@_attrs_define
class MacroApplyTicketResponseResult:
    """
    Attributes:
        ticket (MacroApplyTicketResponseResultTicket | Unset):
    """

    ticket: MacroApplyTicketResponseResultTicket | Unset = UNSET
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
        from ..models.macro_apply_ticket_response_result_ticket import (
            MacroApplyTicketResponseResultTicket,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _ticket = d.pop("ticket", UNSET)
        ticket: MacroApplyTicketResponseResultTicket | Unset
        if isinstance(_ticket, Unset):
            ticket = UNSET
        else:
            ticket = MacroApplyTicketResponseResultTicket.from_dict(_ticket)

        macro_apply_ticket_response_result = cls(
            ticket=ticket,
        )

        macro_apply_ticket_response_result.additional_properties = d
        return macro_apply_ticket_response_result

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
