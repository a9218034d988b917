from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillBasedRoutingInstanceValuesRequest")


@_attrs_define
class SkillBasedRoutingInstanceValuesRequest:
    """
    Attributes:
        attribute_value_ids (list[str]): Attribute value ids (UUID strings) to set
    """

    attribute_value_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_value_ids = self.attribute_value_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attribute_value_ids": attribute_value_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attribute_value_ids = cast(list[str], d.pop("attribute_value_ids"))

        skill_based_routing_instance_values_request = cls(
            attribute_value_ids=attribute_value_ids,
        )

        skill_based_routing_instance_values_request.additional_properties = d
        return skill_based_routing_instance_values_request

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("attribute_value_ids", self.attribute_value_ids),
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
