from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketObjectViaType0")


@_attrs_define
class TicketObjectViaType0:
    """For more information, see the [Via object reference](/documentation/ticketing/reference-guides/via-object-reference)

    Attributes:
        channel (None | str | Unset): This tells you how the ticket or event was created. Examples: "web", "mobile",
            "rule", "system"
        source (None | TicketObjectViaType0SourceType0 | Unset): For some channels a source object gives more
            information about how or why the ticket or event was created
    """

    channel: None | str | Unset = UNSET
    source: None | TicketObjectViaType0SourceType0 | Unset = UNSET
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
        elif isinstance(self.source, TicketObjectViaType0SourceType0):
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

        ticket_object_via_type_0 = cls(
            channel=channel,
            source=source,
        )

        ticket_object_via_type_0.additional_properties = d
        return ticket_object_via_type_0

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


def _parse_source(data: object) -> None | TicketObjectViaType0SourceType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        source_type_0 = TicketObjectViaType0SourceType0.from_dict(data)

        return source_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketObjectViaType0SourceType0 | Unset, data)


from ..models.ticket_object_via_type_0_source_type_0 import (
    TicketObjectViaType0SourceType0,
)
