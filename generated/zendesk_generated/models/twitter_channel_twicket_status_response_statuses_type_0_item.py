from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TwitterChannelTwicketStatusResponseStatusesType0Item")


@_attrs_define
class TwitterChannelTwicketStatusResponseStatusesType0Item:
    """
    Attributes:
        favorited (bool | None | Unset):
        id (int | None | Unset):
        retweeted (bool | None | Unset):
        user_followed (bool | None | Unset):
    """

    favorited: bool | None | Unset = UNSET
    id: int | None | Unset = UNSET
    retweeted: bool | None | Unset = UNSET
    user_followed: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        favorited: bool | None | Unset
        if isinstance(self.favorited, Unset):
            favorited = UNSET
        else:
            favorited = self.favorited

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        retweeted: bool | None | Unset
        if isinstance(self.retweeted, Unset):
            retweeted = UNSET
        else:
            retweeted = self.retweeted

        user_followed: bool | None | Unset
        if isinstance(self.user_followed, Unset):
            user_followed = UNSET
        else:
            user_followed = self.user_followed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if favorited is not UNSET:
            field_dict["favorited"] = favorited
        if id is not UNSET:
            field_dict["id"] = id
        if retweeted is not UNSET:
            field_dict["retweeted"] = retweeted
        if user_followed is not UNSET:
            field_dict["user_followed"] = user_followed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        favorited = d.pop("favorited", UNSET)

        id = d.pop("id", UNSET)

        retweeted = d.pop("retweeted", UNSET)

        user_followed = d.pop("user_followed", UNSET)

        twitter_channel_twicket_status_response_statuses_type_0_item = cls(
            favorited=favorited,
            id=id,
            retweeted=retweeted,
            user_followed=user_followed,
        )

        twitter_channel_twicket_status_response_statuses_type_0_item.additional_properties = d
        return twitter_channel_twicket_status_response_statuses_type_0_item

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("favorited", self.favorited),
                ("id", self.id),
                ("retweeted", self.retweeted),
                ("user_followed", self.user_followed),
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
