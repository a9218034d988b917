from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldOptionObject")


@_attrs_define
class CustomFieldOptionObject:
    """
    Attributes:
        name (str): Name of the dropdown option
        value (str): Value of the dropdown option
        id (int | Unset): Automatically assigned upon creation
        position (int | Unset): Position of the dropdown option
        raw_name (str | Unset): Raw name of the dropdown option
        url (str | Unset): URL of the dropdown option
    """

    name: str
    value: str
    id: int | Unset = UNSET
    position: int | Unset = UNSET
    raw_name: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        id = self.id

        position = self.position

        raw_name = self.raw_name

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if position is not UNSET:
            field_dict["position"] = position
        if raw_name is not UNSET:
            field_dict["raw_name"] = raw_name
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        value = d.pop("value")

        id = d.pop("id", UNSET)

        position = d.pop("position", UNSET)

        raw_name = d.pop("raw_name", UNSET)

        url = d.pop("url", UNSET)

        custom_field_option_object = cls(
            name=name,
            value=value,
            id=id,
            position=position,
            raw_name=raw_name,
            url=url,
        )

        custom_field_option_object.additional_properties = d
        return custom_field_option_object

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
