from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TwitterChannelTwicketStatusResponse")


@_attrs_define
class TwitterChannelTwicketStatusResponse:
    """
    Attributes:
        statuses (list[TwitterChannelTwicketStatusResponseStatusesType0Item] | None | Unset):
    """

    statuses: list[TwitterChannelTwicketStatusResponseStatusesType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statuses: list[dict[str, Any]] | None | Unset
        if isinstance(self.statuses, Unset):
            statuses = UNSET
        elif isinstance(self.statuses, list):
            statuses = []
            for statuses_type_0_item_data in self.statuses:
                statuses_type_0_item = statuses_type_0_item_data.to_dict()
                statuses.append(statuses_type_0_item)

        else:
            statuses = self.statuses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if statuses is not UNSET:
            field_dict["statuses"] = statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        statuses = d.pop("statuses", UNSET)
        if statuses is not None and statuses is not UNSET:
            statuses = _parse_statuses(statuses)

        twitter_channel_twicket_status_response = cls(
            statuses=statuses,
        )

        twitter_channel_twicket_status_response.additional_properties = d
        return twitter_channel_twicket_status_response

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("statuses", self.statuses),
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


def _parse_statuses(
    data: object,
) -> list[TwitterChannelTwicketStatusResponseStatusesType0Item] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        statuses_type_0 = []
        _statuses_type_0 = data
        for statuses_type_0_item_data in _statuses_type_0:
            statuses_type_0_item = TwitterChannelTwicketStatusResponseStatusesType0Item.from_dict(
                statuses_type_0_item_data
            )

            statuses_type_0.append(statuses_type_0_item)

        return statuses_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[TwitterChannelTwicketStatusResponseStatusesType0Item] | None | Unset, data)


from ..models.twitter_channel_twicket_status_response_statuses_type_0_item import (
    TwitterChannelTwicketStatusResponseStatusesType0Item,
)
