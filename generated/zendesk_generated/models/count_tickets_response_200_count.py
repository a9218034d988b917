from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CountTicketsResponse200Count")


@_attrs_define
class CountTicketsResponse200Count:
    """
    Attributes:
        refreshed_at (datetime.datetime | Unset):
        value (int | Unset):
    """

    refreshed_at: datetime.datetime | Unset = UNSET
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refreshed_at: str | Unset = UNSET
        if not isinstance(self.refreshed_at, Unset):
            refreshed_at = self.refreshed_at.isoformat()

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refreshed_at is not UNSET:
            field_dict["refreshed_at"] = refreshed_at
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _refreshed_at = d.pop("refreshed_at", UNSET)
        refreshed_at: datetime.datetime | Unset
        if isinstance(_refreshed_at, Unset):
            refreshed_at = UNSET
        else:
            refreshed_at = datetime.datetime.fromisoformat(_refreshed_at)

        value = d.pop("value", UNSET)

        count_tickets_response_200_count = cls(
            refreshed_at=refreshed_at,
            value=value,
        )

        count_tickets_response_200_count.additional_properties = d
        return count_tickets_response_200_count

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
