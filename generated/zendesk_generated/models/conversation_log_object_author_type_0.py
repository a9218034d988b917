from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationLogObjectAuthorType0")


@_attrs_define
class ConversationLogObjectAuthorType0:
    """Object that describes the user who created the event

    Attributes:
        type_ (None | str | Unset): Either user, agent, or bot

            Known values (others may appear): user, agent, bot
        zensuncouser_id (None | str | Unset): A Zendesk resource name prefix describing a messaging user
        zensupportuser_id (int | None | Unset): A Zendesk resource name prefix describing a Support user
    """

    type_: None | str | Unset = UNSET
    zensuncouser_id: None | str | Unset = UNSET
    zensupportuser_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        zensuncouser_id: None | str | Unset
        if isinstance(self.zensuncouser_id, Unset):
            zensuncouser_id = UNSET
        else:
            zensuncouser_id = self.zensuncouser_id

        zensupportuser_id: int | None | Unset
        if isinstance(self.zensupportuser_id, Unset):
            zensupportuser_id = UNSET
        else:
            zensupportuser_id = self.zensupportuser_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if zensuncouser_id is not UNSET:
            field_dict["zen:sunco:user_id"] = zensuncouser_id
        if zensupportuser_id is not UNSET:
            field_dict["zen:support:user_id"] = zensupportuser_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        zensuncouser_id = d.pop("zen:sunco:user_id", UNSET)

        zensupportuser_id = d.pop("zen:support:user_id", UNSET)

        conversation_log_object_author_type_0 = cls(
            type_=type_,
            zensuncouser_id=zensuncouser_id,
            zensupportuser_id=zensupportuser_id,
        )

        conversation_log_object_author_type_0.additional_properties = d
        return conversation_log_object_author_type_0

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("type_", self.type_),
                ("zensuncouser_id", self.zensuncouser_id),
                ("zensupportuser_id", self.zensupportuser_id),
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
