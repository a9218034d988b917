from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="SkillBasedRoutingAttributeDefinitionsDefinitionsType0ConditionsAllType0Item"
)


@_attrs_define
class SkillBasedRoutingAttributeDefinitionsDefinitionsType0ConditionsAllType0Item:
    """
    Attributes:
        subject (None | str | Unset):
        title (None | str | Unset):
    """

    subject: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject is not UNSET:
            field_dict["subject"] = subject
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject = d.pop("subject", UNSET)

        title = d.pop("title", UNSET)

        skill_based_routing_attribute_definitions_definitions_type_0_conditions_all_type_0_item = (
            cls(
                subject=subject,
                title=title,
            )
        )

        skill_based_routing_attribute_definitions_definitions_type_0_conditions_all_type_0_item.additional_properties = d
        return (
            skill_based_routing_attribute_definitions_definitions_type_0_conditions_all_type_0_item
        )

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("subject", self.subject),
                ("title", self.title),
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
