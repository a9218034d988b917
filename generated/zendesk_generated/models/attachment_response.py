from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_object import AttachmentObject


T = TypeVar("T", bound="AttachmentResponse")


@_attrs_define
class AttachmentResponse:
    """
    Attributes:
        attachment (AttachmentObject | Unset): A file represented as an [Attachment](/api-
            reference/ticketing/tickets/ticket-attachments/) object Example: {'content_type': 'image/png', 'content_url':
            'https://company.zendesk.com/attachments/my_funny_profile_pic.png', 'file_name': 'my_funny_profile_pic.png',
            'id': 928374, 'size': 166144, 'thumbnails': [{'content_type': 'image/png', 'content_url':
            'https://company.zendesk.com/attachments/my_funny_profile_pic_thumb.png', 'file_name':
            'my_funny_profile_pic_thumb.png', 'id': 928375, 'size': 58298}]}.
    """

    attachment: AttachmentObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachment is not UNSET:
            field_dict["attachment"] = attachment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_object import AttachmentObject  # noqa: PLC0415

        d = dict(src_dict)
        _attachment = d.pop("attachment", UNSET)
        attachment: AttachmentObject | Unset
        if isinstance(_attachment, Unset):
            attachment = UNSET
        else:
            attachment = AttachmentObject.from_dict(_attachment)

        attachment_response = cls(
            attachment=attachment,
        )

        attachment_response.additional_properties = d
        return attachment_response

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
