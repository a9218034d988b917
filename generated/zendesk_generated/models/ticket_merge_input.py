from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketMergeInput")


@_attrs_define
class TicketMergeInput:
    """
    Attributes:
        ids (list[int]): Ids of tickets to merge into the target ticket
        source_comment (str | Unset): Private comment to add to the source ticket
        source_comment_is_public (bool | Unset): Whether comment in source tickets are public or private
        target_comment (str | Unset): Private comment to add to the target ticket
        target_comment_is_public (bool | Unset): Whether comment in target ticket is public or private
    """

    ids: list[int]
    source_comment: str | Unset = UNSET
    source_comment_is_public: bool | Unset = UNSET
    target_comment: str | Unset = UNSET
    target_comment_is_public: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        source_comment = self.source_comment

        source_comment_is_public = self.source_comment_is_public

        target_comment = self.target_comment

        target_comment_is_public = self.target_comment_is_public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
            }
        )
        if source_comment is not UNSET:
            field_dict["source_comment"] = source_comment
        if source_comment_is_public is not UNSET:
            field_dict["source_comment_is_public"] = source_comment_is_public
        if target_comment is not UNSET:
            field_dict["target_comment"] = target_comment
        if target_comment_is_public is not UNSET:
            field_dict["target_comment_is_public"] = target_comment_is_public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[int], d.pop("ids"))

        source_comment = d.pop("source_comment", UNSET)

        source_comment_is_public = d.pop("source_comment_is_public", UNSET)

        target_comment = d.pop("target_comment", UNSET)

        target_comment_is_public = d.pop("target_comment_is_public", UNSET)

        ticket_merge_input = cls(
            ids=ids,
            source_comment=source_comment,
            source_comment_is_public=source_comment_is_public,
            target_comment=target_comment,
            target_comment_is_public=target_comment_is_public,
        )

        ticket_merge_input.additional_properties = d
        return ticket_merge_input

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("ids", self.ids),
                ("source_comment", self.source_comment),
                ("source_comment_is_public", self.source_comment_is_public),
                ("target_comment", self.target_comment),
                ("target_comment_is_public", self.target_comment_is_public),
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
