from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_audit_object import TicketAuditObject


T = TypeVar("T", bound="TicketAuditResponse")


@_attrs_define
class TicketAuditResponse:
    """
    Attributes:
        audit (TicketAuditObject | Unset):  Example: {'author_id': 35436, 'created_at': '2009-07-20T22:55:29Z',
            'events': [{'attachments': [], 'body': 'Thanks for your help!', 'id': 1564245, 'public': True, 'type':
            'Comment'}, {'body': 'Ticket #47 has been updated', 'id': 1564246, 'subject': 'Your ticket has been updated',
            'type': 'Notification'}], 'id': 35436, 'metadata': {'custom': {'time_spent': '3m22s'}, 'system': {'ip_address':
            '184.106.40.75'}}, 'ticket_id': 47, 'via': {'channel': 'web'}}.
    """

    audit: TicketAuditObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audit, Unset):
            audit = self.audit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audit is not UNSET:
            field_dict["audit"] = audit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_audit_object import TicketAuditObject  # noqa: PLC0415

        d = dict(src_dict)
        _audit = d.pop("audit", UNSET)
        audit: TicketAuditObject | Unset
        if isinstance(_audit, Unset):
            audit = UNSET
        else:
            audit = TicketAuditObject.from_dict(_audit)

        ticket_audit_response = cls(
            audit=audit,
        )

        ticket_audit_response.additional_properties = d
        return ticket_audit_response

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
