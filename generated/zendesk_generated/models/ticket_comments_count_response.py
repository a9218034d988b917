from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketCommentsCountResponse")


@_attrs_define
class TicketCommentsCountResponse:
    """
    Attributes:
        count (None | TicketCommentsCountResponseCountType0 | Unset):
    """

    count: None | TicketCommentsCountResponseCountType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: dict[str, Any] | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        elif isinstance(self.count, TicketCommentsCountResponseCountType0):
            count = self.count.to_dict()
        else:
            count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)
        if count is not None and count is not UNSET:
            count = _parse_count(count)

        ticket_comments_count_response = cls(
            count=count,
        )

        ticket_comments_count_response.additional_properties = d
        return ticket_comments_count_response

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("count", self.count),
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


def _parse_count(data: object) -> None | TicketCommentsCountResponseCountType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        count_type_0 = TicketCommentsCountResponseCountType0.from_dict(data)

        return count_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketCommentsCountResponseCountType0 | Unset, data)


from ..models.ticket_comments_count_response_count_type_0 import (
    TicketCommentsCountResponseCountType0,
)
