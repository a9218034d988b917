from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncrementalSkillBasedRoutingInstanceValue")


@_attrs_define
class IncrementalSkillBasedRoutingInstanceValue:
    """
    Attributes:
        attribute_value_id (None | str | Unset): Id of the associated attribute value
        id (None | str | Unset): Automatically assigned when an instance value is created
        instance_id (None | str | Unset): Id of the associated agent or ticket
        time (datetime.datetime | None | Unset): The time the instance value was created or deleted
        type_ (None | str | Unset): One of "associate_agent", "unassociate_agent", "associate_ticket", or
            "unassociate_ticket"
    """

    attribute_value_id: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    instance_id: None | str | Unset = UNSET
    time: datetime.datetime | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_value_id: None | str | Unset
        if isinstance(self.attribute_value_id, Unset):
            attribute_value_id = UNSET
        else:
            attribute_value_id = self.attribute_value_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        instance_id: None | str | Unset
        if isinstance(self.instance_id, Unset):
            instance_id = UNSET
        else:
            instance_id = self.instance_id

        time: None | str | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        elif isinstance(self.time, datetime.datetime):
            time = self.time.isoformat()
        else:
            time = self.time

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
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

        time = d.pop("time", UNSET)
        if time is not None and time is not UNSET:
            time = _parse_time(time)

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

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("attribute_value_id", self.attribute_value_id),
                ("id", self.id),
                ("instance_id", self.instance_id),
                ("time", self.time),
                ("type_", self.type_),
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


def _parse_time(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        time_type_0 = datetime.datetime.fromisoformat(data)

        return time_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)
