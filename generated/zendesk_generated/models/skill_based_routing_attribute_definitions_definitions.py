from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skill_based_routing_attribute_definitions_definitions_conditions_all_item import (
        SkillBasedRoutingAttributeDefinitionsDefinitionsConditionsAllItem,
    )
    from ..models.skill_based_routing_attribute_definitions_definitions_conditions_any_item import (
        SkillBasedRoutingAttributeDefinitionsDefinitionsConditionsAnyItem,
    )


T = TypeVar("T", bound="SkillBasedRoutingAttributeDefinitionsDefinitions")


@_attrs_define
class SkillBasedRoutingAttributeDefinitionsDefinitions:
    """
    Attributes:
        conditions_all (list[SkillBasedRoutingAttributeDefinitionsDefinitionsConditionsAllItem] | Unset):
        conditions_any (list[SkillBasedRoutingAttributeDefinitionsDefinitionsConditionsAnyItem] | Unset):
    """

    conditions_all: (
        list[SkillBasedRoutingAttributeDefinitionsDefinitionsConditionsAllItem] | Unset
    ) = UNSET
    conditions_any: (
        list[SkillBasedRoutingAttributeDefinitionsDefinitionsConditionsAnyItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conditions_all: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions_all, Unset):
            conditions_all = []
            for conditions_all_item_data in self.conditions_all:
                conditions_all_item = conditions_all_item_data.to_dict()
                conditions_all.append(conditions_all_item)

        conditions_any: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions_any, Unset):
            conditions_any = []
            for conditions_any_item_data in self.conditions_any:
                conditions_any_item = conditions_any_item_data.to_dict()
                conditions_any.append(conditions_any_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conditions_all is not UNSET:
            field_dict["conditions_all"] = conditions_all
        if conditions_any is not UNSET:
            field_dict["conditions_any"] = conditions_any

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_based_routing_attribute_definitions_definitions_conditions_all_item import (
            SkillBasedRoutingAttributeDefinitionsDefinitionsConditionsAllItem,  # noqa: PLC0415
        )
        from ..models.skill_based_routing_attribute_definitions_definitions_conditions_any_item import (
            SkillBasedRoutingAttributeDefinitionsDefinitionsConditionsAnyItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _conditions_all = d.pop("conditions_all", UNSET)
        conditions_all: (
            list[SkillBasedRoutingAttributeDefinitionsDefinitionsConditionsAllItem] | Unset
        ) = UNSET
        if _conditions_all is not UNSET:
            conditions_all = []
            for conditions_all_item_data in _conditions_all:
                conditions_all_item = (
                    SkillBasedRoutingAttributeDefinitionsDefinitionsConditionsAllItem.from_dict(
                        conditions_all_item_data
                    )
                )

                conditions_all.append(conditions_all_item)

        _conditions_any = d.pop("conditions_any", UNSET)
        conditions_any: (
            list[SkillBasedRoutingAttributeDefinitionsDefinitionsConditionsAnyItem] | Unset
        ) = UNSET
        if _conditions_any is not UNSET:
            conditions_any = []
            for conditions_any_item_data in _conditions_any:
                conditions_any_item = (
                    SkillBasedRoutingAttributeDefinitionsDefinitionsConditionsAnyItem.from_dict(
                        conditions_any_item_data
                    )
                )

                conditions_any.append(conditions_any_item)

        skill_based_routing_attribute_definitions_definitions = cls(
            conditions_all=conditions_all,
            conditions_any=conditions_any,
        )

        skill_based_routing_attribute_definitions_definitions.additional_properties = d
        return skill_based_routing_attribute_definitions_definitions

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
