from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.twitter_channel_twicket_status_response_statuses_item import (
        TwitterChannelTwicketStatusResponseStatusesItem,
    )


T = TypeVar("T", bound="TwitterChannelTwicketStatusResponse")


@_attrs_define
class TwitterChannelTwicketStatusResponse:
    """
    Attributes:
        statuses (list[TwitterChannelTwicketStatusResponseStatusesItem] | Unset):
    """

    statuses: list[TwitterChannelTwicketStatusResponseStatusesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.to_dict()
                statuses.append(statuses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if statuses is not UNSET:
            field_dict["statuses"] = statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.twitter_channel_twicket_status_response_statuses_item import (
            TwitterChannelTwicketStatusResponseStatusesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _statuses = d.pop("statuses", UNSET)
        statuses: list[TwitterChannelTwicketStatusResponseStatusesItem] | Unset = UNSET
        if _statuses is not UNSET:
            statuses = []
            for statuses_item_data in _statuses:
                statuses_item = TwitterChannelTwicketStatusResponseStatusesItem.from_dict(
                    statuses_item_data
                )

                statuses.append(statuses_item)

        twitter_channel_twicket_status_response = cls(
            statuses=statuses,
        )

        twitter_channel_twicket_status_response.additional_properties = d
        return twitter_channel_twicket_status_response

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
