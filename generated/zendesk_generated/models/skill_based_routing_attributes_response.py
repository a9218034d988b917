from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillBasedRoutingAttributesResponse")


@_attrs_define
class SkillBasedRoutingAttributesResponse:
    """
    Attributes:
        attributes (list[SkillBasedRoutingAttributeObject] | None | Unset):
        count (int | None | Unset):
        next_page (None | str | Unset):
        previous_page (None | str | Unset):
        attribute_values (list[SkillBasedRoutingAttributeValueObject] | None | Unset): Sideloaded attribute values
            (include=attribute_values)
    """

    attributes: list[SkillBasedRoutingAttributeObject] | None | Unset = UNSET
    count: int | None | Unset = UNSET
    next_page: None | str | Unset = UNSET
    previous_page: None | str | Unset = UNSET
    attribute_values: list[SkillBasedRoutingAttributeValueObject] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, list):
            attributes = []
            for attributes_type_0_item_data in self.attributes:
                attributes_type_0_item = attributes_type_0_item_data.to_dict()
                attributes.append(attributes_type_0_item)

        else:
            attributes = self.attributes

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        next_page: None | str | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        previous_page: None | str | Unset
        if isinstance(self.previous_page, Unset):
            previous_page = UNSET
        else:
            previous_page = self.previous_page

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
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if count is not UNSET:
            field_dict["count"] = count
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if previous_page is not UNSET:
            field_dict["previous_page"] = previous_page
        if attribute_values is not UNSET:
            field_dict["attribute_values"] = attribute_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attributes = d.pop("attributes", UNSET)
        if attributes is not None and attributes is not UNSET:
            attributes = _parse_attributes(attributes)

        count = d.pop("count", UNSET)

        next_page = d.pop("next_page", UNSET)

        previous_page = d.pop("previous_page", UNSET)

        attribute_values = d.pop("attribute_values", UNSET)
        if attribute_values is not None and attribute_values is not UNSET:
            attribute_values = _parse_attribute_values(attribute_values)

        skill_based_routing_attributes_response = cls(
            attributes=attributes,
            count=count,
            next_page=next_page,
            previous_page=previous_page,
            attribute_values=attribute_values,
        )

        skill_based_routing_attributes_response.additional_properties = d
        return skill_based_routing_attributes_response

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("attributes", self.attributes),
                ("count", self.count),
                ("next_page", self.next_page),
                ("previous_page", self.previous_page),
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


def _parse_attributes(data: object) -> list[SkillBasedRoutingAttributeObject] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        attributes_type_0 = []
        _attributes_type_0 = data
        for attributes_type_0_item_data in _attributes_type_0:
            attributes_type_0_item = SkillBasedRoutingAttributeObject.from_dict(
                attributes_type_0_item_data
            )

            attributes_type_0.append(attributes_type_0_item)

        return attributes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[SkillBasedRoutingAttributeObject] | None | Unset, data)


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


from ..models.skill_based_routing_attribute_object import (
    SkillBasedRoutingAttributeObject,
)
from ..models.skill_based_routing_attribute_value_object import (
    SkillBasedRoutingAttributeValueObject,
)
