from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.many_skill_based_routing_attribute_values import (
        ManySkillBasedRoutingAttributeValues,
    )


T = TypeVar("T", bound="ManySkillBasedRoutingAttributeValuesResponse")


@_attrs_define
class ManySkillBasedRoutingAttributeValuesResponse:
    """
    Attributes:
        count (int | Unset): The number of instance values returned
        instance_values (list[ManySkillBasedRoutingAttributeValues] | Unset):
        next_page (None | str | Unset): The URL for the next page of results
        previous_page (None | str | Unset): The URL for the previous page of results
    """

    count: int | Unset = UNSET
    instance_values: list[ManySkillBasedRoutingAttributeValues] | Unset = UNSET
    next_page: None | str | Unset = UNSET
    previous_page: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        instance_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instance_values, Unset):
            instance_values = []
            for instance_values_item_data in self.instance_values:
                instance_values_item = instance_values_item_data.to_dict()
                instance_values.append(instance_values_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if instance_values is not UNSET:
            field_dict["instance_values"] = instance_values
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if previous_page is not UNSET:
            field_dict["previous_page"] = previous_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.many_skill_based_routing_attribute_values import (
            ManySkillBasedRoutingAttributeValues,  # noqa: PLC0415
        )

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        _instance_values = d.pop("instance_values", UNSET)
        instance_values: list[ManySkillBasedRoutingAttributeValues] | Unset = UNSET
        if _instance_values is not UNSET:
            instance_values = []
            for instance_values_item_data in _instance_values:
                instance_values_item = ManySkillBasedRoutingAttributeValues.from_dict(
                    instance_values_item_data
                )

                instance_values.append(instance_values_item)

        def _parse_next_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page = _parse_next_page(d.pop("next_page", UNSET))

        def _parse_previous_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_page = _parse_previous_page(d.pop("previous_page", UNSET))

        many_skill_based_routing_attribute_values_response = cls(
            count=count,
            instance_values=instance_values,
            next_page=next_page,
            previous_page=previous_page,
        )

        many_skill_based_routing_attribute_values_response.additional_properties = d
        return many_skill_based_routing_attribute_values_response

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
