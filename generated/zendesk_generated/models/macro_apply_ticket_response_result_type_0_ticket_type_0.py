from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MacroApplyTicketResponseResultType0TicketType0")


@_attrs_define
class MacroApplyTicketResponseResultType0TicketType0:
    """
    Attributes:
        assignee_id (int | None | Unset):
        comment (MacroApplyTicketResponseResultType0TicketType0CommentType0 | None | Unset):
        fields (MacroApplyTicketResponseResultType0TicketType0FieldsType0 | None | Unset):
        group_id (int | None | Unset):
        id (int | None | Unset):
        url (None | str | Unset):
    """

    assignee_id: int | None | Unset = UNSET
    comment: MacroApplyTicketResponseResultType0TicketType0CommentType0 | None | Unset = UNSET
    fields: MacroApplyTicketResponseResultType0TicketType0FieldsType0 | None | Unset = UNSET
    group_id: int | None | Unset = UNSET
    id: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignee_id: int | None | Unset
        if isinstance(self.assignee_id, Unset):
            assignee_id = UNSET
        else:
            assignee_id = self.assignee_id

        comment: dict[str, Any] | None | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        elif isinstance(self.comment, MacroApplyTicketResponseResultType0TicketType0CommentType0):
            comment = self.comment.to_dict()
        else:
            comment = self.comment

        fields: dict[str, Any] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, MacroApplyTicketResponseResultType0TicketType0FieldsType0):
            fields = self.fields.to_dict()
        else:
            fields = self.fields

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if fields is not UNSET:
            field_dict["fields"] = fields
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assignee_id = d.pop("assignee_id", UNSET)

        comment = d.pop("comment", UNSET)
        if comment is not None and comment is not UNSET:
            comment = _parse_comment(comment)

        fields = d.pop("fields", UNSET)
        if fields is not None and fields is not UNSET:
            fields = _parse_fields(fields)

        group_id = d.pop("group_id", UNSET)

        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        macro_apply_ticket_response_result_type_0_ticket_type_0 = cls(
            assignee_id=assignee_id,
            comment=comment,
            fields=fields,
            group_id=group_id,
            id=id,
            url=url,
        )

        macro_apply_ticket_response_result_type_0_ticket_type_0.additional_properties = d
        return macro_apply_ticket_response_result_type_0_ticket_type_0

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("assignee_id", self.assignee_id),
                ("comment", self.comment),
                ("fields", self.fields),
                ("group_id", self.group_id),
                ("id", self.id),
                ("url", self.url),
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


def _parse_comment(
    data: object,
) -> MacroApplyTicketResponseResultType0TicketType0CommentType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        comment_type_0 = MacroApplyTicketResponseResultType0TicketType0CommentType0.from_dict(data)

        return comment_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(MacroApplyTicketResponseResultType0TicketType0CommentType0 | None | Unset, data)


def _parse_fields(
    data: object,
) -> MacroApplyTicketResponseResultType0TicketType0FieldsType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        fields_type_0 = MacroApplyTicketResponseResultType0TicketType0FieldsType0.from_dict(data)

        return fields_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(MacroApplyTicketResponseResultType0TicketType0FieldsType0 | None | Unset, data)


from ..models.macro_apply_ticket_response_result_type_0_ticket_type_0_comment_type_0 import (
    MacroApplyTicketResponseResultType0TicketType0CommentType0,
)
from ..models.macro_apply_ticket_response_result_type_0_ticket_type_0_fields_type_0 import (
    MacroApplyTicketResponseResultType0TicketType0FieldsType0,
)
