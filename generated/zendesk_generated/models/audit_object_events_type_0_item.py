from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditObjectEventsType0Item")


@_attrs_define
class AuditObjectEventsType0Item:
    """
    Attributes:
        body (None | str | Unset):
        field_name (None | str | Unset):
        id (int | None | Unset):
        type_ (None | str | Unset):
        value (bool | float | int | list[str] | None | str | Unset): string, number, boolean, or a list of strings
            (tags, multiselect fields)
        previous_value (bool | float | int | list[str] | None | str | Unset): string, number, boolean, or a list of
            strings (tags, multiselect fields)
    """

    body: None | str | Unset = UNSET
    field_name: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    value: bool | float | int | list[str] | None | str | Unset = UNSET
    previous_value: bool | float | int | list[str] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        field_name: None | str | Unset
        if isinstance(self.field_name, Unset):
            field_name = UNSET
        else:
            field_name = self.field_name

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        value: bool | float | int | list[str] | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        previous_value: bool | float | int | list[str] | None | str | Unset
        if isinstance(self.previous_value, Unset):
            previous_value = UNSET
        elif isinstance(self.previous_value, list):
            previous_value = self.previous_value

        else:
            previous_value = self.previous_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if field_name is not UNSET:
            field_dict["field_name"] = field_name
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if previous_value is not UNSET:
            field_dict["previous_value"] = previous_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body", UNSET)

        field_name = d.pop("field_name", UNSET)

        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        value = d.pop("value", UNSET)

        previous_value = d.pop("previous_value", UNSET)

        audit_object_events_type_0_item = cls(
            body=body,
            field_name=field_name,
            id=id,
            type_=type_,
            value=value,
            previous_value=previous_value,
        )

        audit_object_events_type_0_item.additional_properties = d
        return audit_object_events_type_0_item

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("body", self.body),
                ("field_name", self.field_name),
                ("id", self.id),
                ("type_", self.type_),
                ("value", self.value),
                ("previous_value", self.previous_value),
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
