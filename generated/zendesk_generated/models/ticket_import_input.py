from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketImportInput")


@_attrs_define
class TicketImportInput:
    """
    Attributes:
        assignee_id (int | Unset): The agent currently assigned to the ticket
        comments (list[TicketImportInputCommentsItem] | Unset): The conversation between requesters, collaborators, and
            agents
        description (str | Unset): Read-only first comment on the ticket. When [creating a ticket](#create-ticket), use
            `comment` to set the description. See [Description and first comment](#description-and-first-comment)
        requester_id (int | Unset): The user who requested this ticket
        subject (str | Unset): The value of the subject field for this ticket
        tags (list[str] | Unset): The array of tags applied to this ticket
    """

    assignee_id: int | Unset = UNSET
    comments: list[TicketImportInputCommentsItem] | Unset = UNSET
    description: str | Unset = UNSET
    requester_id: int | Unset = UNSET
    subject: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignee_id = self.assignee_id

        comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.comments, Unset):
            comments = []
            for comments_item_data in self.comments:
                comments_item = comments_item_data.to_dict()
                comments.append(comments_item)

        description = self.description

        requester_id = self.requester_id

        subject = self.subject

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if comments is not UNSET:
            field_dict["comments"] = comments
        if description is not UNSET:
            field_dict["description"] = description
        if requester_id is not UNSET:
            field_dict["requester_id"] = requester_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assignee_id = d.pop("assignee_id", UNSET)

        _comments = d.pop("comments", UNSET)
        comments: list[TicketImportInputCommentsItem] | Unset = UNSET
        if _comments is not UNSET:
            comments = []
            for comments_item_data in _comments:
                comments_item = TicketImportInputCommentsItem.from_dict(comments_item_data)

                comments.append(comments_item)

        description = d.pop("description", UNSET)

        requester_id = d.pop("requester_id", UNSET)

        subject = d.pop("subject", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        ticket_import_input = cls(
            assignee_id=assignee_id,
            comments=comments,
            description=description,
            requester_id=requester_id,
            subject=subject,
            tags=tags,
        )

        ticket_import_input.additional_properties = d
        return ticket_import_input

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("assignee_id", self.assignee_id),
                ("comments", self.comments),
                ("description", self.description),
                ("requester_id", self.requester_id),
                ("subject", self.subject),
                ("tags", self.tags),
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


from ..models.ticket_import_input_comments_item import TicketImportInputCommentsItem
