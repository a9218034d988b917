from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketUpdateResponse")


@_attrs_define
class TicketUpdateResponse:
    """
    Attributes:
        audit (AuditObject | None | Unset):
        ticket (None | TicketObject | Unset):
    """

    audit: AuditObject | None | Unset = UNSET
    ticket: None | TicketObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audit: dict[str, Any] | None | Unset
        if isinstance(self.audit, Unset):
            audit = UNSET
        elif isinstance(self.audit, AuditObject):
            audit = self.audit.to_dict()
        else:
            audit = self.audit

        ticket: dict[str, Any] | None | Unset
        if isinstance(self.ticket, Unset):
            ticket = UNSET
        elif isinstance(self.ticket, TicketObject):
            ticket = self.ticket.to_dict()
        else:
            ticket = self.ticket

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audit is not UNSET:
            field_dict["audit"] = audit
        if ticket is not UNSET:
            field_dict["ticket"] = ticket

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audit = d.pop("audit", UNSET)
        if audit is not None and audit is not UNSET:
            audit = _parse_audit(audit)

        ticket = d.pop("ticket", UNSET)
        if ticket is not None and ticket is not UNSET:
            ticket = _parse_ticket(ticket)

        ticket_update_response = cls(
            audit=audit,
            ticket=ticket,
        )

        ticket_update_response.additional_properties = d
        return ticket_update_response

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("audit", self.audit),
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


def _parse_audit(data: object) -> AuditObject | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        audit_type_1 = AuditObject.from_dict(data)

        return audit_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(AuditObject | None | Unset, data)


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


from ..models.audit_object import AuditObject
from ..models.ticket_object import TicketObject
