from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillBasedRoutingAttributeResponse")


@_attrs_define
class SkillBasedRoutingAttributeResponse:
    """
    Attributes:
        attribute (None | SkillBasedRoutingAttributeObject | Unset):
    """

    attribute: None | SkillBasedRoutingAttributeObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute: dict[str, Any] | None | Unset
        if isinstance(self.attribute, Unset):
            attribute = UNSET
        elif isinstance(self.attribute, SkillBasedRoutingAttributeObject):
            attribute = self.attribute.to_dict()
        else:
            attribute = self.attribute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute is not UNSET:
            field_dict["attribute"] = attribute

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attribute = d.pop("attribute", UNSET)
        if attribute is not None and attribute is not UNSET:
            attribute = _parse_attribute(attribute)

        skill_based_routing_attribute_response = cls(
            attribute=attribute,
        )

        skill_based_routing_attribute_response.additional_properties = d
        return skill_based_routing_attribute_response

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("attribute", self.attribute),
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


def _parse_attribute(data: object) -> None | SkillBasedRoutingAttributeObject | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        attribute_type_1 = SkillBasedRoutingAttributeObject.from_dict(data)

        return attribute_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | SkillBasedRoutingAttributeObject | Unset, data)


from ..models.skill_based_routing_attribute_object import (
    SkillBasedRoutingAttributeObject,
)
