from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incremental_skill_based_routing_attribute import (
        IncrementalSkillBasedRoutingAttribute,
    )
    from ..models.incremental_skill_based_routing_attribute_value import (
        IncrementalSkillBasedRoutingAttributeValue,
    )
    from ..models.incremental_skill_based_routing_instance_value import (
        IncrementalSkillBasedRoutingInstanceValue,
    )


T = TypeVar("T", bound="IncrementalSkillBasedRouting")


@_attrs_define
class IncrementalSkillBasedRouting:
    """
    Attributes:
        attribute_values (list[IncrementalSkillBasedRoutingAttributeValue] | Unset): Routing attribute values
        attributes (list[IncrementalSkillBasedRoutingAttribute] | Unset): Routing attributes
        count (int | Unset): The number of results returned for the current request
        end_time (int | Unset): The most recent resource creation time present in this result set in Unix epoch time
        instance_values (list[IncrementalSkillBasedRoutingInstanceValue] | Unset): Routing instance values
        next_page (str | Unset): The URL that should be called to get the next set of results
    """

    attribute_values: list[IncrementalSkillBasedRoutingAttributeValue] | Unset = UNSET
    attributes: list[IncrementalSkillBasedRoutingAttribute] | Unset = UNSET
    count: int | Unset = UNSET
    end_time: int | Unset = UNSET
    instance_values: list[IncrementalSkillBasedRoutingInstanceValue] | Unset = UNSET
    next_page: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attribute_values, Unset):
            attribute_values = []
            for attribute_values_item_data in self.attribute_values:
                attribute_values_item = attribute_values_item_data.to_dict()
                attribute_values.append(attribute_values_item)

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        count = self.count

        end_time = self.end_time

        instance_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instance_values, Unset):
            instance_values = []
            for instance_values_item_data in self.instance_values:
                instance_values_item = instance_values_item_data.to_dict()
                instance_values.append(instance_values_item)

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
        from ..models.incremental_skill_based_routing_attribute import (
            IncrementalSkillBasedRoutingAttribute,  # noqa: PLC0415
        )
        from ..models.incremental_skill_based_routing_attribute_value import (
            IncrementalSkillBasedRoutingAttributeValue,  # noqa: PLC0415
        )
        from ..models.incremental_skill_based_routing_instance_value import (
            IncrementalSkillBasedRoutingInstanceValue,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _attribute_values = d.pop("attribute_values", UNSET)
        attribute_values: list[IncrementalSkillBasedRoutingAttributeValue] | Unset = UNSET
        if _attribute_values is not UNSET:
            attribute_values = []
            for attribute_values_item_data in _attribute_values:
                attribute_values_item = IncrementalSkillBasedRoutingAttributeValue.from_dict(
                    attribute_values_item_data
                )

                attribute_values.append(attribute_values_item)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[IncrementalSkillBasedRoutingAttribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = IncrementalSkillBasedRoutingAttribute.from_dict(
                    attributes_item_data
                )

                attributes.append(attributes_item)

        count = d.pop("count", UNSET)

        end_time = d.pop("end_time", UNSET)

        _instance_values = d.pop("instance_values", UNSET)
        instance_values: list[IncrementalSkillBasedRoutingInstanceValue] | Unset = UNSET
        if _instance_values is not UNSET:
            instance_values = []
            for instance_values_item_data in _instance_values:
                instance_values_item = IncrementalSkillBasedRoutingInstanceValue.from_dict(
                    instance_values_item_data
                )

                instance_values.append(instance_values_item)

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
