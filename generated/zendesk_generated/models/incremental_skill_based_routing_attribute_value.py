from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncrementalSkillBasedRoutingAttributeValue")


@_attrs_define
class IncrementalSkillBasedRoutingAttributeValue:
    """
    Attributes:
        attribute_id (None | str | Unset): Id of the associated attribute
        id (None | str | Unset): Automatically assigned when an attribute value is created
        name (None | str | Unset): The name of the attribute value
        time (datetime.datetime | None | Unset): The time the attribute value was created, updated, or deleted
        type_ (None | str | Unset): One of "create", "update", or "delete"
    """

    attribute_id: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    time: datetime.datetime | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_id: None | str | Unset
        if isinstance(self.attribute_id, Unset):
            attribute_id = UNSET
        else:
            attribute_id = self.attribute_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        time = d.pop("time", UNSET)
        if time is not None and time is not UNSET:
            time = _parse_time(time)

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

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("attribute_id", self.attribute_id),
                ("id", self.id),
                ("name", self.name),
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
