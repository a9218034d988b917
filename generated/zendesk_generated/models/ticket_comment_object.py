from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_object import AttachmentObject
    from ..models.ticket_audit_via_object import TicketAuditViaObject
    from ..models.ticket_comment_object_metadata import TicketCommentObjectMetadata


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
        attachments (list[AttachmentObject] | Unset): Attachments, if any. See [Attachment](/api-
            reference/ticketing/tickets/ticket-attachments/)
        audit_id (int | Unset): The id of the ticket audit record. See [Show Audit](/api-
            reference/ticketing/tickets/ticket_audits/#show-audit)
        author_id (int | Unset): The id of the comment author. See [Author id](#author-id)
        body (str | Unset): The comment string. See [Bodies](#bodies)
        created_at (datetime.datetime | Unset): The time the comment was created
        html_body (str | Unset): The comment formatted as HTML. See [Bodies](#bodies)
        id (int | Unset): Automatically assigned when the comment is created
        metadata (TicketCommentObjectMetadata | Unset): System information (web client, IP address, etc.) and comment
            flags, if any. See [Comment flags](#comment-flags)
        plain_body (str | Unset): The comment presented as plain text. See [Bodies](#bodies)
        public (bool | Unset): true if a public comment; false if an internal note. The initial value set on ticket
            creation persists for any additional comment unless you change it
        type_ (str | Unset): `Comment` or `VoiceComment`. The JSON object for adding voice comments to tickets is
            different. See [Adding voice comments to tickets](/documentation/ticketing/managing-tickets/adding-voice-
            comments-to-tickets)
        uploads (list[str] | Unset): List of tokens received from [uploading files](/api-
            reference/ticketing/tickets/ticket-attachments/#upload-files) for comment attachments. The files are attached by
            creating or updating tickets with the tokens. See [Attaching files](/api-
            reference/ticketing/tickets/tickets/#attaching-files) in Tickets
        via (TicketAuditViaObject | Unset): Describes how the object was created. See the [Via object
            reference](/documentation/ticketing/reference-guides/via-object-reference)
    """

    attachments: list[AttachmentObject] | Unset = UNSET
    audit_id: int | Unset = UNSET
    author_id: int | Unset = UNSET
    body: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    html_body: str | Unset = UNSET
    id: int | Unset = UNSET
    metadata: TicketCommentObjectMetadata | Unset = UNSET
    plain_body: str | Unset = UNSET
    public: bool | Unset = UNSET
    type_: str | Unset = UNSET
    uploads: list[str] | Unset = UNSET
    via: TicketAuditViaObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        audit_id = self.audit_id

        author_id = self.author_id

        body = self.body

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        html_body = self.html_body

        id = self.id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        plain_body = self.plain_body

        public = self.public

        type_ = self.type_

        uploads: list[str] | Unset = UNSET
        if not isinstance(self.uploads, Unset):
            uploads = self.uploads

        via: dict[str, Any] | Unset = UNSET
        if not isinstance(self.via, Unset):
            via = self.via.to_dict()

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
        from ..models.attachment_object import AttachmentObject  # noqa: PLC0415
        from ..models.ticket_audit_via_object import TicketAuditViaObject  # noqa: PLC0415
        from ..models.ticket_comment_object_metadata import TicketCommentObjectMetadata  # noqa: PLC0415

        d = dict(src_dict)
        _attachments = d.pop("attachments", UNSET)
        attachments: list[AttachmentObject] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = AttachmentObject.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        audit_id = d.pop("audit_id", UNSET)

        author_id = d.pop("author_id", UNSET)

        body = d.pop("body", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        html_body = d.pop("html_body", UNSET)

        id = d.pop("id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: TicketCommentObjectMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TicketCommentObjectMetadata.from_dict(_metadata)

        plain_body = d.pop("plain_body", UNSET)

        public = d.pop("public", UNSET)

        type_ = d.pop("type", UNSET)

        uploads = cast(list[str], d.pop("uploads", UNSET))

        _via = d.pop("via", UNSET)
        via: TicketAuditViaObject | Unset
        if isinstance(_via, Unset):
            via = UNSET
        else:
            via = TicketAuditViaObject.from_dict(_via)

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
