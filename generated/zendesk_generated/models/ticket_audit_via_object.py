from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketAuditViaObject")


@_attrs_define
class TicketAuditViaObject:
    """Describes how the object was created. See the [Via object reference](/documentation/ticketing/reference-guides/via-
    object-reference)

        Attributes:
            channel (None | str | Unset): This tells you how the ticket or event was created. Examples: "web", "mobile",
                "rule", "system"
            source (None | TicketAuditViaObjectSourceType0 | Unset): For some channels a source object gives more
                information about how or why the ticket or event was created
    """

    channel: None | str | Unset = UNSET
    source: None | TicketAuditViaObjectSourceType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, TicketAuditViaObjectSourceType0):
            source = self.source.to_dict()
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = d.pop("channel", UNSET)

        source = d.pop("source", UNSET)
        if source is not None and source is not UNSET:
            source = _parse_source(source)

        ticket_audit_via_object = cls(
            channel=channel,
            source=source,
        )

        ticket_audit_via_object.additional_properties = d
        return ticket_audit_via_object

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("channel", self.channel),
                ("source", self.source),
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


def _parse_source(data: object) -> None | TicketAuditViaObjectSourceType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        source_type_0 = TicketAuditViaObjectSourceType0.from_dict(data)

        return source_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketAuditViaObjectSourceType0 | Unset, data)


from ..models.ticket_audit_via_object_source_type_0 import (
    TicketAuditViaObjectSourceType0,
)
