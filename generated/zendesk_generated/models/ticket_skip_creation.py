from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketSkipCreation")


@_attrs_define
class TicketSkipCreation:
    """
    Attributes:
        skip (None | TicketSkipObject | Unset):
    """

    skip: None | TicketSkipObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skip: dict[str, Any] | None | Unset
        if isinstance(self.skip, Unset):
            skip = UNSET
        elif isinstance(self.skip, TicketSkipObject):
            skip = self.skip.to_dict()
        else:
            skip = self.skip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skip is not UNSET:
            field_dict["skip"] = skip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        skip = d.pop("skip", UNSET)
        if skip is not None and skip is not UNSET:
            skip = _parse_skip(skip)

        ticket_skip_creation = cls(
            skip=skip,
        )

        ticket_skip_creation.additional_properties = d
        return ticket_skip_creation

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("skip", self.skip),
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


def _parse_skip(data: object) -> None | TicketSkipObject | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        skip_type_1 = TicketSkipObject.from_dict(data)

        return skip_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketSkipObject | Unset, data)


from ..models.ticket_skip_object import TicketSkipObject
