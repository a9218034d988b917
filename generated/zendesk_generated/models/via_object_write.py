from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViaObjectWrite")


@_attrs_define
class ViaObjectWrite:
    """An object explaining how the ticket was created. See the [Via object reference](/documentation/ticketing/reference-
    guides/via-object-reference)

        Attributes:
            channel (str | Unset): This tells you how the ticket or event was created. Examples: "web", "mobile", "rule",
                "system"
            source (ViaObjectWriteSource | Unset): For some channels a source object gives more information about how or why
                the ticket or event was created
    """

    channel: str | Unset = UNSET
    source: ViaObjectWriteSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

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

        _source = d.pop("source", UNSET)
        source: ViaObjectWriteSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ViaObjectWriteSource.from_dict(_source)

        via_object_write = cls(
            channel=channel,
            source=source,
        )

        via_object_write.additional_properties = d
        return via_object_write

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


from ..models.via_object_write_source import ViaObjectWriteSource
