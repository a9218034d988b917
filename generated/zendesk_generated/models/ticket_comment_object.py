from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketCommentObject")


@_attrs_define
class TicketCommentObject:
    """
    Example:
        {'attachments': [{'content_type': 'text/plain', 'content_url':
            'https://company.zendesk.com/attachments/crash.log', 'file_name': 'crash.log', 'id': 498483, 'size': 2532,
            'thumbnails': []}], 'author_id': 123123, 'body': 'Thanks for your help!', 'created_at': '2009-07-20T22:55:29Z',
            'id': 1274, 'metadata': {'system': {'client': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_12_6)
            AppleWebKit/537.36 (KHTML, like Gecko) Chrome/61.0.3163.100 Safari/537.36', 'ip_address': '1.1.1.1', 'latitude':
            -37.000000000001, 'location': 'Melbourne, 07, Australia', 'longitude': 144.0000000000002}, 'via': {'channel':
            'web', 'source': {'from': {}, 'rel': 'web_widget', 'to': {}}}}, 'public': True, 'type': 'Comment'}

    Attributes:
        attachments (list[AttachmentObject] | None | Unset): Attachments, if any. See [Attachment](/api-
            reference/ticketing/tickets/ticket-attachments/)
        audit_id (int | None | Unset): The id of the ticket audit record. See [Show Audit](/api-
            reference/ticketing/tickets/ticket_audits/#show-audit)
        author_id (int | None | Unset): The id of the comment author. See [Author id](#author-id)
        body (None | str | Unset): The comment string. See [Bodies](#bodies)
        created_at (datetime.datetime | None | Unset): The time the comment was created
        html_body (None | str | Unset): The comment formatted as HTML. See [Bodies](#bodies)
        id (int | None | Unset): Automatically assigned when the comment is created
        metadata (None | TicketCommentObjectMetadataType0 | Unset): System information (web client, IP address, etc.)
            and comment flags, if any. See [Comment flags](#comment-flags)
        plain_body (None | str | Unset): The comment presented as plain text. See [Bodies](#bodies)
        public (bool | None | Unset): true if a public comment; false if an internal note. The initial value set on
            ticket creation persists for any additional comment unless you change it
        type_ (None | str | Unset): `Comment` or `VoiceComment`. The JSON object for adding voice comments to tickets is
            different. See [Adding voice comments to tickets](/documentation/ticketing/managing-tickets/adding-voice-
            comments-to-tickets)
        uploads (list[str] | None | Unset): List of tokens received from [uploading files](/api-
            reference/ticketing/tickets/ticket-attachments/#upload-files) for comment attachments. The files are attached by
            creating or updating tickets with the tokens. See [Attaching files](/api-
            reference/ticketing/tickets/tickets/#attaching-files) in Tickets
        via (None | TicketAuditViaObject | Unset):
    """

    attachments: list[AttachmentObject] | None | Unset = UNSET
    audit_id: int | None | Unset = UNSET
    author_id: int | None | Unset = UNSET
    body: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    html_body: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    metadata: None | TicketCommentObjectMetadataType0 | Unset = UNSET
    plain_body: None | str | Unset = UNSET
    public: bool | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    uploads: list[str] | None | Unset = UNSET
    via: None | TicketAuditViaObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        audit_id: int | None | Unset
        if isinstance(self.audit_id, Unset):
            audit_id = UNSET
        else:
            audit_id = self.audit_id

        author_id: int | None | Unset
        if isinstance(self.author_id, Unset):
            author_id = UNSET
        else:
            author_id = self.author_id

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        html_body: None | str | Unset
        if isinstance(self.html_body, Unset):
            html_body = UNSET
        else:
            html_body = self.html_body

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, TicketCommentObjectMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        plain_body: None | str | Unset
        if isinstance(self.plain_body, Unset):
            plain_body = UNSET
        else:
            plain_body = self.plain_body

        public: bool | None | Unset
        if isinstance(self.public, Unset):
            public = UNSET
        else:
            public = self.public

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        uploads: list[str] | None | Unset
        if isinstance(self.uploads, Unset):
            uploads = UNSET
        elif isinstance(self.uploads, list):
            uploads = self.uploads

        else:
            uploads = self.uploads

        via: dict[str, Any] | None | Unset
        if isinstance(self.via, Unset):
            via = UNSET
        elif isinstance(self.via, TicketAuditViaObject):
            via = self.via.to_dict()
        else:
            via = self.via

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if audit_id is not UNSET:
            field_dict["audit_id"] = audit_id
        if author_id is not UNSET:
            field_dict["author_id"] = author_id
        if body is not UNSET:
            field_dict["body"] = body
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if html_body is not UNSET:
            field_dict["html_body"] = html_body
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if plain_body is not UNSET:
            field_dict["plain_body"] = plain_body
        if public is not UNSET:
            field_dict["public"] = public
        if type_ is not UNSET:
            field_dict["type"] = type_
        if uploads is not UNSET:
            field_dict["uploads"] = uploads
        if via is not UNSET:
            field_dict["via"] = via

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attachments = d.pop("attachments", UNSET)
        if attachments is not None and attachments is not UNSET:
            attachments = _parse_attachments(attachments)

        audit_id = d.pop("audit_id", UNSET)

        author_id = d.pop("author_id", UNSET)

        body = d.pop("body", UNSET)

        created_at = d.pop("created_at", UNSET)
        if created_at is not None and created_at is not UNSET:
            created_at = _parse_created_at(created_at)

        html_body = d.pop("html_body", UNSET)

        id = d.pop("id", UNSET)

        metadata = d.pop("metadata", UNSET)
        if metadata is not None and metadata is not UNSET:
            metadata = _parse_metadata(metadata)

        plain_body = d.pop("plain_body", UNSET)

        public = d.pop("public", UNSET)

        type_ = d.pop("type", UNSET)

        uploads = d.pop("uploads", UNSET)

        via = d.pop("via", UNSET)
        if via is not None and via is not UNSET:
            via = _parse_via(via)

        ticket_comment_object = cls(
            attachments=attachments,
            audit_id=audit_id,
            author_id=author_id,
            body=body,
            created_at=created_at,
            html_body=html_body,
            id=id,
            metadata=metadata,
            plain_body=plain_body,
            public=public,
            type_=type_,
            uploads=uploads,
            via=via,
        )

        ticket_comment_object.additional_properties = d
        return ticket_comment_object

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("attachments", self.attachments),
                ("audit_id", self.audit_id),
                ("author_id", self.author_id),
                ("body", self.body),
                ("created_at", self.created_at),
                ("html_body", self.html_body),
                ("id", self.id),
                ("metadata", self.metadata),
                ("plain_body", self.plain_body),
                ("public", self.public),
                ("type_", self.type_),
                ("uploads", self.uploads),
                ("via", self.via),
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


def _parse_attachments(data: object) -> list[AttachmentObject] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        attachments_type_0 = []
        _attachments_type_0 = data
        for attachments_type_0_item_data in _attachments_type_0:
            attachments_type_0_item = AttachmentObject.from_dict(attachments_type_0_item_data)

            attachments_type_0.append(attachments_type_0_item)

        return attachments_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[AttachmentObject] | None | Unset, data)


def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        created_at_type_0 = datetime.datetime.fromisoformat(data)

        return created_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_metadata(data: object) -> None | TicketCommentObjectMetadataType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = TicketCommentObjectMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketCommentObjectMetadataType0 | Unset, data)


def _parse_via(data: object) -> None | TicketAuditViaObject | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        via_type_1 = TicketAuditViaObject.from_dict(data)

        return via_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketAuditViaObject | Unset, data)


from ..models.attachment_object import AttachmentObject
from ..models.ticket_audit_via_object import TicketAuditViaObject
from ..models.ticket_comment_object_metadata_type_0 import (
    TicketCommentObjectMetadataType0,
)
