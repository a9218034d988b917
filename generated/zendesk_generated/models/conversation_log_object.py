from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationLogObject")


@_attrs_define
class ConversationLogObject:
    """
    Example:
        {'attachments': [{'content_type': 'image/png', 'content_url':
            'https://company.zendesk.com/attachments/token/123/?name=sample.png', 'deleted': False, 'file_name':
            'sample.png', 'height': 128, 'id': 8639388162331, 'inline': False, 'mapped_content_url':
            'https://company.zendesk.com/attachments/token/h123/?name=sample.png', 'size': 20331, 'thumbnails':
            [{'content_type': 'image/png', 'content_url':
            'https://company.zendesk.com/attachments/token/333/?name=sample_thumb.png', 'deleted': False, 'file_name':
            'sample_thumb.png', 'height': 80, 'id': 8639488164605, 'inline': False, 'mapped_content_url':
            'https://company.zendesk.com/attachments/token/333/?name=sample_thumb.png', 'size': 10173, 'url':
            'https://company.zendesk.com/api/v2/attachments/86395.json', 'width': 80}], 'url':
            'https://company.zendesk.com/api/v2/attachments/13341.json', 'width': 128}], 'author': {'avatar_url':
            'https://static.zdassets.com/web_widget/latest/default_avatar.png', 'display_name': 'Sample Owner', 'type':
            'agent', 'zen:sunco:user_id': 'a21a91fd1234a', 'zen:support:user_id': 123111233}, 'content': {'body': '<div
            class=\\\\"zd-comment\\\\" dir=\\\\"auto\\\\">big bear attachment public comment email<br></div>', 'type':
            'html'}, 'created_at': '2024-10-09T03:30:43Z', 'id': '01J9Q342W4DE2G1343NNTX36G', 'metadata': {'custom': {},
            'public': True, 'system': {'client': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', 'ip_address':
            '123.45.67.89', 'latitude': -30.3, 'location': 'Sydney, NSW, Australia', 'longitude': 100.1}, 'ticket_version':
            4}, 'reference': 'zen:ticket_event:8639326502654', 'type': 'Comment'}

    Attributes:
        attachments (list[ConversationLogObjectAttachmentsType0Item] | None | Unset): A collection of attachments (image
            or file) associated with the event
        author (ConversationLogObjectAuthorType0 | None | Unset): Object that describes the user who created the event
        content (ConversationLogObjectContentType0 | None | Unset): Object that describes the content of the message.
            The inner fields depends on the record type
        created_at (datetime.datetime | None | Unset): The timestamp of when this record was created
        id (None | str | Unset): Unique record identifier
        metadata (ConversationLogObjectMetadataType0 | None | Unset): Various additional data that further describes
            this record
        reference (None | str | Unset): A Zendesk resource name value that uniquely identifies this record. Example:
            `zen:ticket_event:<id>`
        type_ (None | str | Unset): The type of record, representing one of the conversational ticket events. Examples:
            `Comment` or `Messaging::ConversationMessage`
    """

    attachments: list[ConversationLogObjectAttachmentsType0Item] | None | Unset = UNSET
    author: ConversationLogObjectAuthorType0 | None | Unset = UNSET
    content: ConversationLogObjectContentType0 | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    id: None | str | Unset = UNSET
    metadata: ConversationLogObjectMetadataType0 | None | Unset = UNSET
    reference: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
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

        author: dict[str, Any] | None | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        elif isinstance(self.author, ConversationLogObjectAuthorType0):
            author = self.author.to_dict()
        else:
            author = self.author

        content: dict[str, Any] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, ConversationLogObjectContentType0):
            content = self.content.to_dict()
        else:
            content = self.content

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ConversationLogObjectMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if author is not UNSET:
            field_dict["author"] = author
        if content is not UNSET:
            field_dict["content"] = content
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if reference is not UNSET:
            field_dict["reference"] = reference
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attachments = d.pop("attachments", UNSET)
        if attachments is not None and attachments is not UNSET:
            attachments = _parse_attachments(attachments)

        author = d.pop("author", UNSET)
        if author is not None and author is not UNSET:
            author = _parse_author(author)

        content = d.pop("content", UNSET)
        if content is not None and content is not UNSET:
            content = _parse_content(content)

        created_at = d.pop("created_at", UNSET)
        if created_at is not None and created_at is not UNSET:
            created_at = _parse_created_at(created_at)

        id = d.pop("id", UNSET)

        metadata = d.pop("metadata", UNSET)
        if metadata is not None and metadata is not UNSET:
            metadata = _parse_metadata(metadata)

        reference = d.pop("reference", UNSET)

        type_ = d.pop("type", UNSET)

        conversation_log_object = cls(
            attachments=attachments,
            author=author,
            content=content,
            created_at=created_at,
            id=id,
            metadata=metadata,
            reference=reference,
            type_=type_,
        )

        conversation_log_object.additional_properties = d
        return conversation_log_object

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("attachments", self.attachments),
                ("author", self.author),
                ("content", self.content),
                ("created_at", self.created_at),
                ("id", self.id),
                ("metadata", self.metadata),
                ("reference", self.reference),
                ("type_", self.type_),
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


def _parse_attachments(
    data: object,
) -> list[ConversationLogObjectAttachmentsType0Item] | None | Unset:
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
            attachments_type_0_item = ConversationLogObjectAttachmentsType0Item.from_dict(
                attachments_type_0_item_data
            )

            attachments_type_0.append(attachments_type_0_item)

        return attachments_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[ConversationLogObjectAttachmentsType0Item] | None | Unset, data)


def _parse_author(data: object) -> ConversationLogObjectAuthorType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        author_type_0 = ConversationLogObjectAuthorType0.from_dict(data)

        return author_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ConversationLogObjectAuthorType0 | None | Unset, data)


def _parse_content(data: object) -> ConversationLogObjectContentType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_0 = ConversationLogObjectContentType0.from_dict(data)

        return content_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ConversationLogObjectContentType0 | None | Unset, data)


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


def _parse_metadata(data: object) -> ConversationLogObjectMetadataType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = ConversationLogObjectMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ConversationLogObjectMetadataType0 | None | Unset, data)


from ..models.conversation_log_object_attachments_type_0_item import (
    ConversationLogObjectAttachmentsType0Item,
)
from ..models.conversation_log_object_author_type_0 import (
    ConversationLogObjectAuthorType0,
)
from ..models.conversation_log_object_content_type_0 import (
    ConversationLogObjectContentType0,
)
from ..models.conversation_log_object_metadata_type_0 import (
    ConversationLogObjectMetadataType0,
)
