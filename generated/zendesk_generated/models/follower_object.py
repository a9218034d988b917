from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.follower_object_action import FollowerObjectAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="FollowerObject")


@_attrs_define
class FollowerObject:
    """
    Attributes:
        action (FollowerObjectAction | Unset):
        user_email (str | Unset):
        user_id (str | Unset):
    """

    action: FollowerObjectAction | Unset = UNSET
    user_email: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        user_email = self.user_email

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: FollowerObjectAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = FollowerObjectAction(_action)

        user_email = d.pop("user_email", UNSET)

        user_id = d.pop("user_id", UNSET)

        follower_object = cls(
            action=action,
            user_email=user_email,
            user_id=user_id,
        )

        follower_object.additional_properties = d
        return follower_object

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("action", self.action),
                ("user_email", self.user_email),
                ("user_id", self.user_id),
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
