from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conversation_log_object_attachments_item import (
        ConversationLogObjectAttachmentsItem,
    )
    from ..models.conversation_log_object_author import ConversationLogObjectAuthor
    from ..models.conversation_log_object_content import ConversationLogObjectContent
    from ..models.conversation_log_object_metadata import ConversationLogObjectMetadata


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
        attachments (list[ConversationLogObjectAttachmentsItem]): A collection of attachments (image or file) associated
            with the event
        author (ConversationLogObjectAuthor): Object that describes the user who created the event
        content (ConversationLogObjectContent): Object that describes the content of the message. The inner fields
            depends on the record type
        created_at (datetime.datetime): The timestamp of when this record was created
        id (str): Unique record identifier
        metadata (ConversationLogObjectMetadata): Various additional data that further describes this record
        reference (str): A Zendesk resource name value that uniquely identifies this record. Example:
            `zen:ticket_event:<id>`
        type_ (str): The type of record, representing one of the conversational ticket events. Examples: `Comment` or
            `Messaging::ConversationMessage`
    """

    attachments: list[ConversationLogObjectAttachmentsItem]
    author: ConversationLogObjectAuthor
    content: ConversationLogObjectContent
    created_at: datetime.datetime
    id: str
    metadata: ConversationLogObjectMetadata
    reference: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        author = self.author.to_dict()

        content = self.content.to_dict()

        created_at = self.created_at.isoformat()

        id = self.id

        metadata = self.metadata.to_dict()

        reference = self.reference

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachments": attachments,
                "author": author,
                "content": content,
                "created_at": created_at,
                "id": id,
                "metadata": metadata,
                "reference": reference,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_log_object_attachments_item import (
            ConversationLogObjectAttachmentsItem,  # noqa: PLC0415
        )
        from ..models.conversation_log_object_author import ConversationLogObjectAuthor  # noqa: PLC0415
        from ..models.conversation_log_object_content import (
            ConversationLogObjectContent,  # noqa: PLC0415
        )
        from ..models.conversation_log_object_metadata import (
            ConversationLogObjectMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = ConversationLogObjectAttachmentsItem.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        author = ConversationLogObjectAuthor.from_dict(d.pop("author"))

        content = ConversationLogObjectContent.from_dict(d.pop("content"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        metadata = ConversationLogObjectMetadata.from_dict(d.pop("metadata"))

        reference = d.pop("reference")

        type_ = d.pop("type")

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
