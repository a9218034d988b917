from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MacroApplyTicketResponseResultType0")


@_attrs_define
class MacroApplyTicketResponseResultType0:
    """
    Attributes:
        ticket (MacroApplyTicketResponseResultType0TicketType0 | None | Unset):
    """

    ticket: MacroApplyTicketResponseResultType0TicketType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket: dict[str, Any] | None | Unset
        if isinstance(self.ticket, Unset):
            ticket = UNSET
        elif isinstance(self.ticket, MacroApplyTicketResponseResultType0TicketType0):
            ticket = self.ticket.to_dict()
        else:
            ticket = self.ticket

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticket is not UNSET:
            field_dict["ticket"] = ticket

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket = d.pop("ticket", UNSET)
        if ticket is not None and ticket is not UNSET:
            ticket = _parse_ticket(ticket)

        macro_apply_ticket_response_result_type_0 = cls(
            ticket=ticket,
        )

        macro_apply_ticket_response_result_type_0.additional_properties = d
        return macro_apply_ticket_response_result_type_0

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
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


def _parse_ticket(data: object) -> MacroApplyTicketResponseResultType0TicketType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        ticket_type_0 = MacroApplyTicketResponseResultType0TicketType0.from_dict(data)

        return ticket_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(MacroApplyTicketResponseResultType0TicketType0 | None | Unset, data)


from ..models.macro_apply_ticket_response_result_type_0_ticket_type_0 import (
    MacroApplyTicketResponseResultType0TicketType0,
)
