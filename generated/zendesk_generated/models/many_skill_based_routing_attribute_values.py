from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManySkillBasedRoutingAttributeValues")


@_attrs_define
class ManySkillBasedRoutingAttributeValues:
    """
    Attributes:
        agent_id (int | Unset): Id of the associated agent
        attribute_id (str | Unset): Id of the associated attribute
        attribute_value_id (str | Unset): Id of the associated attribute value
        created_at (datetime.datetime | Unset): The time of creation of the instance value
        id (str | Unset): Automatically assigned when an instance value is created
        name (str | Unset): Name of the associated attribute value
        updated_at (datetime.datetime | Unset): The time of the last update of the instance value
        url (str | Unset): The URL of the associated attribute value
    """

    agent_id: int | Unset = UNSET
    attribute_id: str | Unset = UNSET
    attribute_value_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        attribute_id = self.attribute_id

        attribute_value_id = self.attribute_value_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if attribute_id is not UNSET:
            field_dict["attribute_id"] = attribute_id
        if attribute_value_id is not UNSET:
            field_dict["attribute_value_id"] = attribute_value_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id", UNSET)

        attribute_id = d.pop("attribute_id", UNSET)

        attribute_value_id = d.pop("attribute_value_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        url = d.pop("url", UNSET)

        many_skill_based_routing_attribute_values = cls(
            agent_id=agent_id,
            attribute_id=attribute_id,
            attribute_value_id=attribute_value_id,
            created_at=created_at,
            id=id,
            name=name,
            updated_at=updated_at,
            url=url,
        )

        many_skill_based_routing_attribute_values.additional_properties = d
        return many_skill_based_routing_attribute_values

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
