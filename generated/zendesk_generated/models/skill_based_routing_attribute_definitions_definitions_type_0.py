from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillBasedRoutingAttributeDefinitionsDefinitionsType0")


@_attrs_define
class SkillBasedRoutingAttributeDefinitionsDefinitionsType0:
    """
    Attributes:
        conditions_all (list[SkillBasedRoutingAttributeDefinitionsDefinitionsType0ConditionsAllType0Item] | None |
            Unset):
        conditions_any (list[SkillBasedRoutingAttributeDefinitionsDefinitionsType0ConditionsAnyType0Item] | None |
            Unset):
    """

    conditions_all: (
        list[SkillBasedRoutingAttributeDefinitionsDefinitionsType0ConditionsAllType0Item]
        | None
        | Unset
    ) = UNSET
    conditions_any: (
        list[SkillBasedRoutingAttributeDefinitionsDefinitionsType0ConditionsAnyType0Item]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conditions_all: list[dict[str, Any]] | None | Unset
        if isinstance(self.conditions_all, Unset):
            conditions_all = UNSET
        elif isinstance(self.conditions_all, list):
            conditions_all = []
            for conditions_all_type_0_item_data in self.conditions_all:
                conditions_all_type_0_item = conditions_all_type_0_item_data.to_dict()
                conditions_all.append(conditions_all_type_0_item)

        else:
            conditions_all = self.conditions_all

        conditions_any: list[dict[str, Any]] | None | Unset
        if isinstance(self.conditions_any, Unset):
            conditions_any = UNSET
        elif isinstance(self.conditions_any, list):
            conditions_any = []
            for conditions_any_type_0_item_data in self.conditions_any:
                conditions_any_type_0_item = conditions_any_type_0_item_data.to_dict()
                conditions_any.append(conditions_any_type_0_item)

        else:
            conditions_any = self.conditions_any

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
        d = dict(src_dict)
        conditions_all = d.pop("conditions_all", UNSET)
        if conditions_all is not None and conditions_all is not UNSET:
            conditions_all = _parse_conditions_all(conditions_all)

        conditions_any = d.pop("conditions_any", UNSET)
        if conditions_any is not None and conditions_any is not UNSET:
            conditions_any = _parse_conditions_any(conditions_any)

        skill_based_routing_attribute_definitions_definitions_type_0 = cls(
            conditions_all=conditions_all,
            conditions_any=conditions_any,
        )

        skill_based_routing_attribute_definitions_definitions_type_0.additional_properties = d
        return skill_based_routing_attribute_definitions_definitions_type_0

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("conditions_all", self.conditions_all),
                ("conditions_any", self.conditions_any),
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


def _parse_conditions_all(
    data: object,
) -> (
    list[SkillBasedRoutingAttributeDefinitionsDefinitionsType0ConditionsAllType0Item] | None | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        conditions_all_type_0 = []
        _conditions_all_type_0 = data
        for conditions_all_type_0_item_data in _conditions_all_type_0:
            conditions_all_type_0_item = SkillBasedRoutingAttributeDefinitionsDefinitionsType0ConditionsAllType0Item.from_dict(
                conditions_all_type_0_item_data
            )

            conditions_all_type_0.append(conditions_all_type_0_item)

        return conditions_all_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        list[SkillBasedRoutingAttributeDefinitionsDefinitionsType0ConditionsAllType0Item]
        | None
        | Unset,
        data,
    )


def _parse_conditions_any(
    data: object,
) -> (
    list[SkillBasedRoutingAttributeDefinitionsDefinitionsType0ConditionsAnyType0Item] | None | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        conditions_any_type_0 = []
        _conditions_any_type_0 = data
        for conditions_any_type_0_item_data in _conditions_any_type_0:
            conditions_any_type_0_item = SkillBasedRoutingAttributeDefinitionsDefinitionsType0ConditionsAnyType0Item.from_dict(
                conditions_any_type_0_item_data
            )

            conditions_any_type_0.append(conditions_any_type_0_item)

        return conditions_any_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        list[SkillBasedRoutingAttributeDefinitionsDefinitionsType0ConditionsAnyType0Item]
        | None
        | Unset,
        data,
    )


from ..models.skill_based_routing_attribute_definitions_definitions_type_0_conditions_all_type_0_item import (
    SkillBasedRoutingAttributeDefinitionsDefinitionsType0ConditionsAllType0Item,
)
from ..models.skill_based_routing_attribute_definitions_definitions_type_0_conditions_any_type_0_item import (
    SkillBasedRoutingAttributeDefinitionsDefinitionsType0ConditionsAnyType0Item,
)
