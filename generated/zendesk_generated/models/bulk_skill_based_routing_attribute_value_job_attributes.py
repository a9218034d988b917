from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkSkillBasedRoutingAttributeValueJobAttributes")


@_attrs_define
class BulkSkillBasedRoutingAttributeValueJobAttributes:
    """The attribute values to update. See [Attribute Values](#attribute-values)

    Attributes:
        attribute_values (list[SkillBasedRoutingAttributeValueObjectWrite] | Unset):
    """

    attribute_values: list[SkillBasedRoutingAttributeValueObjectWrite] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attribute_values, Unset):
            attribute_values = []
            for attribute_values_item_data in self.attribute_values:
                attribute_values_item = attribute_values_item_data.to_dict()
                attribute_values.append(attribute_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_values is not UNSET:
            field_dict["attribute_values"] = attribute_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _attribute_values = d.pop("attribute_values", UNSET)
        attribute_values: list[SkillBasedRoutingAttributeValueObjectWrite] | Unset = UNSET
        if _attribute_values is not UNSET:
            attribute_values = []
            for attribute_values_item_data in _attribute_values:
                attribute_values_item = SkillBasedRoutingAttributeValueObjectWrite.from_dict(
                    attribute_values_item_data
                )

                attribute_values.append(attribute_values_item)

        bulk_skill_based_routing_attribute_value_job_attributes = cls(
            attribute_values=attribute_values,
        )

        bulk_skill_based_routing_attribute_value_job_attributes.additional_properties = d
        return bulk_skill_based_routing_attribute_value_job_attributes

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


from ..models.skill_based_routing_attribute_value_object_write import (
    SkillBasedRoutingAttributeValueObjectWrite,
)
