from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncrementalSkillBasedRoutingAttributeValue")


@_attrs_define
class IncrementalSkillBasedRoutingAttributeValue:
    """
    Attributes:
        attribute_id (str | Unset): Id of the associated attribute
        id (str | Unset): Automatically assigned when an attribute value is created
        name (str | Unset): The name of the attribute value
        time (datetime.datetime | Unset): The time the attribute value was created, updated, or deleted
        type_ (str | Unset): One of "create", "update", or "delete"
    """

    attribute_id: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    time: datetime.datetime | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_id = self.attribute_id

        id = self.id

        name = self.name

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_id is not UNSET:
            field_dict["attribute_id"] = attribute_id
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if time is not UNSET:
            field_dict["time"] = time
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attribute_id = d.pop("attribute_id", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        type_ = d.pop("type", UNSET)

        incremental_skill_based_routing_attribute_value = cls(
            attribute_id=attribute_id,
            id=id,
            name=name,
            time=time,
            type_=type_,
        )

        incremental_skill_based_routing_attribute_value.additional_properties = d
        return incremental_skill_based_routing_attribute_value

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
