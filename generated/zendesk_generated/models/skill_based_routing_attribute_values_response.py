from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillBasedRoutingAttributeValuesResponse")


@_attrs_define
class SkillBasedRoutingAttributeValuesResponse:
    """
    Attributes:
        attribute_values (list[SkillBasedRoutingAttributeValueObject] | None | Unset):
    """

    attribute_values: list[SkillBasedRoutingAttributeValueObject] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_values: list[dict[str, Any]] | None | Unset
        if isinstance(self.attribute_values, Unset):
            attribute_values = UNSET
        elif isinstance(self.attribute_values, list):
            attribute_values = []
            for attribute_values_type_0_item_data in self.attribute_values:
                attribute_values_type_0_item = attribute_values_type_0_item_data.to_dict()
                attribute_values.append(attribute_values_type_0_item)

        else:
            attribute_values = self.attribute_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_values is not UNSET:
            field_dict["attribute_values"] = attribute_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attribute_values = d.pop("attribute_values", UNSET)
        if attribute_values is not None and attribute_values is not UNSET:
            attribute_values = _parse_attribute_values(attribute_values)

        skill_based_routing_attribute_values_response = cls(
            attribute_values=attribute_values,
        )

        skill_based_routing_attribute_values_response.additional_properties = d
        return skill_based_routing_attribute_values_response

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("attribute_values", self.attribute_values),
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


def _parse_attribute_values(
    data: object,
) -> list[SkillBasedRoutingAttributeValueObject] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        attribute_values_type_0 = []
        _attribute_values_type_0 = data
        for attribute_values_type_0_item_data in _attribute_values_type_0:
            attribute_values_type_0_item = SkillBasedRoutingAttributeValueObject.from_dict(
                attribute_values_type_0_item_data
            )

            attribute_values_type_0.append(attribute_values_type_0_item)

        return attribute_values_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[SkillBasedRoutingAttributeValueObject] | None | Unset, data)


from ..models.skill_based_routing_attribute_value_object import (
    SkillBasedRoutingAttributeValueObject,
)
