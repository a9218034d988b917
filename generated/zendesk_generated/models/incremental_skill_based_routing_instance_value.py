from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncrementalSkillBasedRoutingInstanceValue")


@_attrs_define
class IncrementalSkillBasedRoutingInstanceValue:
    """
    Attributes:
        attribute_value_id (str | Unset): Id of the associated attribute value
        id (str | Unset): Automatically assigned when an instance value is created
        instance_id (str | Unset): Id of the associated agent or ticket
        time (datetime.datetime | Unset): The time the instance value was created or deleted
        type_ (str | Unset): One of "associate_agent", "unassociate_agent", "associate_ticket", or "unassociate_ticket"
    """

    attribute_value_id: str | Unset = UNSET
    id: str | Unset = UNSET
    instance_id: str | Unset = UNSET
    time: datetime.datetime | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_value_id = self.attribute_value_id

        id = self.id

        instance_id = self.instance_id

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_value_id is not UNSET:
            field_dict["attribute_value_id"] = attribute_value_id
        if id is not UNSET:
            field_dict["id"] = id
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if time is not UNSET:
            field_dict["time"] = time
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attribute_value_id = d.pop("attribute_value_id", UNSET)

        id = d.pop("id", UNSET)

        instance_id = d.pop("instance_id", UNSET)

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        type_ = d.pop("type", UNSET)

        incremental_skill_based_routing_instance_value = cls(
            attribute_value_id=attribute_value_id,
            id=id,
            instance_id=instance_id,
            time=time,
            type_=type_,
        )

        incremental_skill_based_routing_instance_value.additional_properties = d
        return incremental_skill_based_routing_instance_value

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
