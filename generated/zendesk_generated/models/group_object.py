from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupObject")


@_attrs_define
class GroupObject:
    """
    Example:
        {'created_at': '2009-07-20T22:55:29Z', 'default': True, 'deleted': False, 'description': 'Some clever
            description here', 'id': 3432, 'is_public': True, 'name': 'First Level Support', 'updated_at':
            '2011-05-05T10:38:52Z', 'url': 'https://company.zendesk.com/api/v2/groups/3432.json'}

    Attributes:
        created_at (datetime.datetime | None | Unset): The time the group was created
        default (bool | None | Unset): If the group is the default one for the account
        deleted (bool | None | Unset): Deleted groups get marked as such
        description (None | str | Unset): The description of the group
        id (int | None | Unset): Automatically assigned when creating groups
        is_public (bool | None | Unset): If true, the group is public.
            If false, the group is private.
            You can't change a private group to a public group
        name (None | str | Unset): The name of the group
        updated_at (datetime.datetime | None | Unset): The time of the last update of the group
        url (None | str | Unset): The API url of the group
    """

    created_at: datetime.datetime | None | Unset = UNSET
    default: bool | None | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    is_public: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        default: bool | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        is_public: bool | None | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if default is not UNSET:
            field_dict["default"] = default
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
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
        created_at = d.pop("created_at", UNSET)
        if created_at is not None and created_at is not UNSET:
            created_at = _parse_created_at(created_at)

        default = d.pop("default", UNSET)

        deleted = d.pop("deleted", UNSET)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        is_public = d.pop("is_public", UNSET)

        name = d.pop("name", UNSET)

        updated_at = d.pop("updated_at", UNSET)
        if updated_at is not None and updated_at is not UNSET:
            updated_at = _parse_updated_at(updated_at)

        url = d.pop("url", UNSET)

        group_object = cls(
            created_at=created_at,
            default=default,
            deleted=deleted,
            description=description,
            id=id,
            is_public=is_public,
            name=name,
            updated_at=updated_at,
            url=url,
        )

        group_object.additional_properties = d
        return group_object

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("created_at", self.created_at),
                ("default", self.default),
                ("deleted", self.deleted),
                ("description", self.description),
                ("id", self.id),
                ("is_public", self.is_public),
                ("name", self.name),
                ("updated_at", self.updated_at),
                ("url", self.url),
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


def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        created_at_type_0 = datetime.datetime.fromisoformat(data)

        return created_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        updated_at_type_0 = datetime.datetime.fromisoformat(data)

        return updated_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)
