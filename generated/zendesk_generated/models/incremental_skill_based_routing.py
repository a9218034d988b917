from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncrementalSkillBasedRouting")


@_attrs_define
class IncrementalSkillBasedRouting:
    """
    Attributes:
        attribute_values (list[IncrementalSkillBasedRoutingAttributeValue] | None | Unset): Routing attribute values
        attributes (list[IncrementalSkillBasedRoutingAttribute] | None | Unset): Routing attributes
        count (int | None | Unset):
        end_time (int | None | Unset):
        instance_values (list[IncrementalSkillBasedRoutingInstanceValue] | None | Unset): Routing instance values
        next_page (None | str | Unset):
    """

    attribute_values: list[IncrementalSkillBasedRoutingAttributeValue] | None | Unset = UNSET
    attributes: list[IncrementalSkillBasedRoutingAttribute] | None | Unset = UNSET
    count: int | None | Unset = UNSET
    end_time: int | None | Unset = UNSET
    instance_values: list[IncrementalSkillBasedRoutingInstanceValue] | None | Unset = UNSET
    next_page: None | str | Unset = UNSET
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

        end_time: int | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        instance_values: list[dict[str, Any]] | None | Unset
        if isinstance(self.instance_values, Unset):
            instance_values = UNSET
        elif isinstance(self.instance_values, list):
            instance_values = []
            for instance_values_type_0_item_data in self.instance_values:
                instance_values_type_0_item = instance_values_type_0_item_data.to_dict()
                instance_values.append(instance_values_type_0_item)

        else:
            instance_values = self.instance_values

        next_page: None | str | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_values is not UNSET:
            field_dict["attribute_values"] = attribute_values
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if count is not UNSET:
            field_dict["count"] = count
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if instance_values is not UNSET:
            field_dict["instance_values"] = instance_values
        if next_page is not UNSET:
            field_dict["next_page"] = next_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attribute_values = d.pop("attribute_values", UNSET)
        if attribute_values is not None and attribute_values is not UNSET:
            attribute_values = _parse_attribute_values(attribute_values)

        attributes = d.pop("attributes", UNSET)
        if attributes is not None and attributes is not UNSET:
            attributes = _parse_attributes(attributes)

        count = d.pop("count", UNSET)

        end_time = d.pop("end_time", UNSET)

        instance_values = d.pop("instance_values", UNSET)
        if instance_values is not None and instance_values is not UNSET:
            instance_values = _parse_instance_values(instance_values)

        next_page = d.pop("next_page", UNSET)

        incremental_skill_based_routing = cls(
            attribute_values=attribute_values,
            attributes=attributes,
            count=count,
            end_time=end_time,
            instance_values=instance_values,
            next_page=next_page,
        )

        incremental_skill_based_routing.additional_properties = d
        return incremental_skill_based_routing

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("attribute_values", self.attribute_values),
                ("attributes", self.attributes),
                ("count", self.count),
                ("end_time", self.end_time),
                ("instance_values", self.instance_values),
                ("next_page", self.next_page),
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
) -> list[IncrementalSkillBasedRoutingAttributeValue] | None | Unset:
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
            attribute_values_type_0_item = IncrementalSkillBasedRoutingAttributeValue.from_dict(
                attribute_values_type_0_item_data
            )

            attribute_values_type_0.append(attribute_values_type_0_item)

        return attribute_values_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[IncrementalSkillBasedRoutingAttributeValue] | None | Unset, data)


def _parse_attributes(data: object) -> list[IncrementalSkillBasedRoutingAttribute] | None | Unset:
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
            attributes_type_0_item = IncrementalSkillBasedRoutingAttribute.from_dict(
                attributes_type_0_item_data
            )

            attributes_type_0.append(attributes_type_0_item)

        return attributes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[IncrementalSkillBasedRoutingAttribute] | None | Unset, data)


def _parse_instance_values(
    data: object,
) -> list[IncrementalSkillBasedRoutingInstanceValue] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        instance_values_type_0 = []
        _instance_values_type_0 = data
        for instance_values_type_0_item_data in _instance_values_type_0:
            instance_values_type_0_item = IncrementalSkillBasedRoutingInstanceValue.from_dict(
                instance_values_type_0_item_data
            )

            instance_values_type_0.append(instance_values_type_0_item)

        return instance_values_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[IncrementalSkillBasedRoutingInstanceValue] | None | Unset, data)


from ..models.incremental_skill_based_routing_attribute import (
    IncrementalSkillBasedRoutingAttribute,
)
from ..models.incremental_skill_based_routing_attribute_value import (
    IncrementalSkillBasedRoutingAttributeValue,
)
from ..models.incremental_skill_based_routing_instance_value import (
    IncrementalSkillBasedRoutingInstanceValue,
)
