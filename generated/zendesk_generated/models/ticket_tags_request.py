from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketTagsRequest")


@_attrs_define
class TicketTagsRequest:
    """
    Attributes:
        tags (list[str]):
        safe_update (bool | Unset):
        updated_stamp (datetime.datetime | Unset):
    """

    tags: list[str]
    safe_update: bool | Unset = UNSET
    updated_stamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags = self.tags

        safe_update = self.safe_update

        updated_stamp: str | Unset = UNSET
        if not isinstance(self.updated_stamp, Unset):
            updated_stamp = self.updated_stamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tags": tags,
            }
        )
        if safe_update is not UNSET:
            field_dict["safe_update"] = safe_update
        if updated_stamp is not UNSET:
            field_dict["updated_stamp"] = updated_stamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tags = cast(list[str], d.pop("tags"))

        safe_update = d.pop("safe_update", UNSET)

        _updated_stamp = d.pop("updated_stamp", UNSET)
        updated_stamp: datetime.datetime | Unset
        if isinstance(_updated_stamp, Unset):
            updated_stamp = UNSET
        else:
            updated_stamp = datetime.datetime.fromisoformat(_updated_stamp)

        ticket_tags_request = cls(
            tags=tags,
            safe_update=safe_update,
            updated_stamp=updated_stamp,
        )

        ticket_tags_request.additional_properties = d
        return ticket_tags_request

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tags", self.tags),
                ("safe_update", self.safe_update),
                ("updated_stamp", self.updated_stamp),
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
