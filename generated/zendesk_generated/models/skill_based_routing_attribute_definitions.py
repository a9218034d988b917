from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillBasedRoutingAttributeDefinitions")


@_attrs_define
class SkillBasedRoutingAttributeDefinitions:
    """
    Attributes:
        definitions (None | SkillBasedRoutingAttributeDefinitionsDefinitionsType0 | Unset):
    """

    definitions: None | SkillBasedRoutingAttributeDefinitionsDefinitionsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definitions: dict[str, Any] | None | Unset
        if isinstance(self.definitions, Unset):
            definitions = UNSET
        elif isinstance(self.definitions, SkillBasedRoutingAttributeDefinitionsDefinitionsType0):
            definitions = self.definitions.to_dict()
        else:
            definitions = self.definitions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if definitions is not UNSET:
            field_dict["definitions"] = definitions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        definitions = d.pop("definitions", UNSET)
        if definitions is not None and definitions is not UNSET:
            definitions = _parse_definitions(definitions)

        skill_based_routing_attribute_definitions = cls(
            definitions=definitions,
        )

        skill_based_routing_attribute_definitions.additional_properties = d
        return skill_based_routing_attribute_definitions

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("definitions", self.definitions),
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


def _parse_definitions(
    data: object,
) -> None | SkillBasedRoutingAttributeDefinitionsDefinitionsType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        definitions_type_0 = SkillBasedRoutingAttributeDefinitionsDefinitionsType0.from_dict(data)

        return definitions_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | SkillBasedRoutingAttributeDefinitionsDefinitionsType0 | Unset, data)


from ..models.skill_based_routing_attribute_definitions_definitions_type_0 import (
    SkillBasedRoutingAttributeDefinitionsDefinitionsType0,
)
