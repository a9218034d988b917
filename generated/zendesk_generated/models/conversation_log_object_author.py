from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_log_object_author_type import ConversationLogObjectAuthorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationLogObjectAuthor")


@_attrs_define
class ConversationLogObjectAuthor:
    """Object that describes the user who created the event

    Attributes:
        type_ (ConversationLogObjectAuthorType | Unset): Either user, agent, or bot
        zensuncouser_id (str | Unset): A Zendesk resource name prefix describing a messaging user
        zensupportuser_id (int | Unset): A Zendesk resource name prefix describing a Support user
    """

    type_: ConversationLogObjectAuthorType | Unset = UNSET
    zensuncouser_id: str | Unset = UNSET
    zensupportuser_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        zensuncouser_id = self.zensuncouser_id

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
        _type_ = d.pop("type", UNSET)
        type_: ConversationLogObjectAuthorType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ConversationLogObjectAuthorType(_type_)

        zensuncouser_id = d.pop("zen:sunco:user_id", UNSET)

        zensupportuser_id = d.pop("zen:support:user_id", UNSET)

        conversation_log_object_author = cls(
            type_=type_,
            zensuncouser_id=zensuncouser_id,
            zensupportuser_id=zensupportuser_id,
        )

        conversation_log_object_author.additional_properties = d
        return conversation_log_object_author

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
