from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.macro_apply_ticket_response_result_ticket_comment import (
        MacroApplyTicketResponseResultTicketComment,
    )
    from ..models.macro_apply_ticket_response_result_ticket_fields import (
        MacroApplyTicketResponseResultTicketFields,
    )


T = TypeVar("T", bound="MacroApplyTicketResponseResultTicket")


@_attrs_define
class MacroApplyTicketResponseResultTicket:
    """
    Attributes:
        assignee_id (int | Unset):
        comment (MacroApplyTicketResponseResultTicketComment | Unset):
        fields (MacroApplyTicketResponseResultTicketFields | Unset):
        group_id (int | Unset):
        id (int | Unset):
        url (str | Unset):
    """

    assignee_id: int | Unset = UNSET
    comment: MacroApplyTicketResponseResultTicketComment | Unset = UNSET
    fields: MacroApplyTicketResponseResultTicketFields | Unset = UNSET
    group_id: int | Unset = UNSET
    id: int | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignee_id = self.assignee_id

        comment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comment, Unset):
            comment = self.comment.to_dict()

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        group_id = self.group_id

        id = self.id

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
        from ..models.macro_apply_ticket_response_result_ticket_comment import (
            MacroApplyTicketResponseResultTicketComment,  # noqa: PLC0415
        )
        from ..models.macro_apply_ticket_response_result_ticket_fields import (
            MacroApplyTicketResponseResultTicketFields,  # noqa: PLC0415
        )

        d = dict(src_dict)
        assignee_id = d.pop("assignee_id", UNSET)

        _comment = d.pop("comment", UNSET)
        comment: MacroApplyTicketResponseResultTicketComment | Unset
        if isinstance(_comment, Unset):
            comment = UNSET
        else:
            comment = MacroApplyTicketResponseResultTicketComment.from_dict(_comment)

        _fields = d.pop("fields", UNSET)
        fields: MacroApplyTicketResponseResultTicketFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = MacroApplyTicketResponseResultTicketFields.from_dict(_fields)

        group_id = d.pop("group_id", UNSET)

        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        macro_apply_ticket_response_result_ticket = cls(
            assignee_id=assignee_id,
            comment=comment,
            fields=fields,
            group_id=group_id,
            id=id,
            url=url,
        )

        macro_apply_ticket_response_result_ticket.additional_properties = d
        return macro_apply_ticket_response_result_ticket

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
