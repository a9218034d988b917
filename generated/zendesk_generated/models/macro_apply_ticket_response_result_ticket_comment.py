from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MacroApplyTicketResponseResultTicketComment")


@_attrs_define
class MacroApplyTicketResponseResultTicketComment:
    """
    Attributes:
        body (str | Unset):
        public (bool | Unset):
        scoped_body (list[list[str]] | Unset):
    """

    body: str | Unset = UNSET
    public: bool | Unset = UNSET
    scoped_body: list[list[str]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        public = self.public

        scoped_body: list[list[str]] | Unset = UNSET
        if not isinstance(self.scoped_body, Unset):
            scoped_body = []
            for scoped_body_item_data in self.scoped_body:
                scoped_body_item = scoped_body_item_data

                scoped_body.append(scoped_body_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if public is not UNSET:
            field_dict["public"] = public
        if scoped_body is not UNSET:
            field_dict["scoped_body"] = scoped_body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body", UNSET)

        public = d.pop("public", UNSET)

        _scoped_body = d.pop("scoped_body", UNSET)
        scoped_body: list[list[str]] | Unset = UNSET
        if _scoped_body is not UNSET:
            scoped_body = []
            for scoped_body_item_data in _scoped_body:
                scoped_body_item = cast(list[str], scoped_body_item_data)

                scoped_body.append(scoped_body_item)

        macro_apply_ticket_response_result_ticket_comment = cls(
            body=body,
            public=public,
            scoped_body=scoped_body,
        )

        macro_apply_ticket_response_result_ticket_comment.additional_properties = d
        return macro_apply_ticket_response_result_ticket_comment

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
