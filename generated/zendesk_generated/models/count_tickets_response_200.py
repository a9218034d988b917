from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.count_tickets_response_200_count import CountTicketsResponse200Count


T = TypeVar("T", bound="CountTicketsResponse200")


@_attrs_define
class CountTicketsResponse200:
    """
    Attributes:
        count (CountTicketsResponse200Count | Unset):
    """

    count: CountTicketsResponse200Count | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.count, Unset):
            count = self.count.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.count_tickets_response_200_count import (
            CountTicketsResponse200Count,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _count = d.pop("count", UNSET)
        count: CountTicketsResponse200Count | Unset
        if isinstance(_count, Unset):
            count = UNSET
        else:
            count = CountTicketsResponse200Count.from_dict(_count)

        count_tickets_response_200 = cls(
            count=count,
        )

        count_tickets_response_200.additional_properties = d
        return count_tickets_response_200

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
