from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketCommentObjectWrite")


@_attrs_define
class TicketCommentObjectWrite:
    """
    Attributes:
        author_id (int | Unset): The id of the comment author. See [Author id](#author-id)
        body (str | Unset): The comment string. See [Bodies](#bodies)
        html_body (str | Unset): The comment formatted as HTML. See [Bodies](#bodies)
        public (bool | Unset): true if a public comment; false if an internal note. The initial value set on ticket
            creation persists for any additional comment unless you change it
        uploads (list[str] | Unset): List of tokens received from [uploading files](/api-
            reference/ticketing/tickets/ticket-attachments/#upload-files) for comment attachments. The files are attached by
            creating or updating tickets with the tokens. See [Attaching files](/api-
            reference/ticketing/tickets/tickets/#attaching-files) in Tickets
    """

    author_id: int | Unset = UNSET
    body: str | Unset = UNSET
    html_body: str | Unset = UNSET
    public: bool | Unset = UNSET
    uploads: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author_id = self.author_id

        body = self.body

        html_body = self.html_body

        public = self.public

        uploads: list[str] | Unset = UNSET
        if not isinstance(self.uploads, Unset):
            uploads = self.uploads

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if author_id is not UNSET:
            field_dict["author_id"] = author_id
        if body is not UNSET:
            field_dict["body"] = body
        if html_body is not UNSET:
            field_dict["html_body"] = html_body
        if public is not UNSET:
            field_dict["public"] = public
        if uploads is not UNSET:
            field_dict["uploads"] = uploads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        author_id = d.pop("author_id", UNSET)

        body = d.pop("body", UNSET)

        html_body = d.pop("html_body", UNSET)

        public = d.pop("public", UNSET)

        uploads = cast(list[str], d.pop("uploads", UNSET))

        ticket_comment_object_write = cls(
            author_id=author_id,
            body=body,
            html_body=html_body,
            public=public,
            uploads=uploads,
        )

        ticket_comment_object_write.additional_properties = d
        return ticket_comment_object_write

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("author_id", self.author_id),
                ("body", self.body),
                ("html_body", self.html_body),
                ("public", self.public),
                ("uploads", self.uploads),
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
