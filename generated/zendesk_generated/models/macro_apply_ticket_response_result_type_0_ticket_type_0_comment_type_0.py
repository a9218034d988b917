from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MacroApplyTicketResponseResultType0TicketType0CommentType0")


@_attrs_define
class MacroApplyTicketResponseResultType0TicketType0CommentType0:
    """
    Attributes:
        body (None | str | Unset):
        public (bool | None | Unset):
        scoped_body (list[list[str]] | None | Unset):
    """

    body: None | str | Unset = UNSET
    public: bool | None | Unset = UNSET
    scoped_body: list[list[str]] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        public: bool | None | Unset
        if isinstance(self.public, Unset):
            public = UNSET
        else:
            public = self.public

        scoped_body: list[list[str]] | None | Unset
        if isinstance(self.scoped_body, Unset):
            scoped_body = UNSET
        elif isinstance(self.scoped_body, list):
            scoped_body = []
            for scoped_body_type_0_item_data in self.scoped_body:
                scoped_body_type_0_item = scoped_body_type_0_item_data

                scoped_body.append(scoped_body_type_0_item)

        else:
            scoped_body = self.scoped_body

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

        scoped_body = d.pop("scoped_body", UNSET)
        if scoped_body is not None and scoped_body is not UNSET:
            scoped_body = _parse_scoped_body(scoped_body)

        macro_apply_ticket_response_result_type_0_ticket_type_0_comment_type_0 = cls(
            body=body,
            public=public,
            scoped_body=scoped_body,
        )

        macro_apply_ticket_response_result_type_0_ticket_type_0_comment_type_0.additional_properties = d
        return macro_apply_ticket_response_result_type_0_ticket_type_0_comment_type_0

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("body", self.body),
                ("public", self.public),
                ("scoped_body", self.scoped_body),
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


def _parse_scoped_body(data: object) -> list[list[str]] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        scoped_body_type_0 = []
        _scoped_body_type_0 = data
        for scoped_body_type_0_item_data in _scoped_body_type_0:
            scoped_body_type_0_item = cast(list[str], scoped_body_type_0_item_data)

            scoped_body_type_0.append(scoped_body_type_0_item)

        return scoped_body_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[list[str]] | None | Unset, data)
