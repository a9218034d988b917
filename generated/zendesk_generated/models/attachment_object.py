from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_base_object import AttachmentBaseObject


T = TypeVar("T", bound="AttachmentObject")


@_attrs_define
class AttachmentObject:
    """A file represented as an [Attachment](/api-reference/ticketing/tickets/ticket-attachments/) object

    Example:
        {'content_type': 'image/png', 'content_url': 'https://company.zendesk.com/attachments/my_funny_profile_pic.png',
            'file_name': 'my_funny_profile_pic.png', 'id': 928374, 'size': 166144, 'thumbnails': [{'content_type':
            'image/png', 'content_url': 'https://company.zendesk.com/attachments/my_funny_profile_pic_thumb.png',
            'file_name': 'my_funny_profile_pic_thumb.png', 'id': 928375, 'size': 58298}]}

    Attributes:
        content_type (str | Unset): The content type of the image. Example value: "image/png"
        content_url (str | Unset): A full URL where the attachment image file can be downloaded. The file may be hosted
            externally so take care not to inadvertently send Zendesk authentication credentials. See [Working with url
            properties](/documentation/ticketing/managing-tickets/working-with-url-properties)
        deleted (bool | Unset): If true, the attachment has been deleted
        file_name (str | Unset): The name of the image file
        height (str | Unset): The height of the image file in pixels. If height is unknown, returns null
        id (int | Unset): Automatically assigned when created
        inline (bool | Unset): If true, the attachment is excluded from the attachment list and the attachment's URL
            can be referenced within the comment of a ticket. Default is false
        malware_access_override (bool | Unset): If true, you can download an attachment flagged as malware. If false,
            you can't download such an attachment.
        malware_scan_result (str | Unset): The result of the malware scan. There is a delay between the time the
            attachment is uploaded and when the malware scan is completed. Usually the scan is done within a few seconds,
            but high load conditions can delay the scan results. Possible values: "malware_found", "malware_not_found",
            "failed_to_scan", "not_scanned"
        mapped_content_url (str | Unset): The URL the attachment image file has been mapped to
        size (int | Unset): The size of the image file in bytes
        url (str | Unset): A URL to access the attachment details
        width (str | Unset): The width of the image file in pixels. If width is unknown, returns null
        thumbnails (list[AttachmentBaseObject] | Unset): An array of attachment objects. Note that photo thumbnails do
            not have thumbnails
    """

    content_type: str | Unset = UNSET
    content_url: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    file_name: str | Unset = UNSET
    height: str | Unset = UNSET
    id: int | Unset = UNSET
    inline: bool | Unset = UNSET
    malware_access_override: bool | Unset = UNSET
    malware_scan_result: str | Unset = UNSET
    mapped_content_url: str | Unset = UNSET
    size: int | Unset = UNSET
    url: str | Unset = UNSET
    width: str | Unset = UNSET
    thumbnails: list[AttachmentBaseObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        content_url = self.content_url

        deleted = self.deleted

        file_name = self.file_name

        height = self.height

        id = self.id

        inline = self.inline

        malware_access_override = self.malware_access_override

        malware_scan_result = self.malware_scan_result

        mapped_content_url = self.mapped_content_url

        size = self.size

        url = self.url

        width = self.width

        thumbnails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.thumbnails, Unset):
            thumbnails = []
            for thumbnails_item_data in self.thumbnails:
                thumbnails_item = thumbnails_item_data.to_dict()
                thumbnails.append(thumbnails_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if content_url is not UNSET:
            field_dict["content_url"] = content_url
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if height is not UNSET:
            field_dict["height"] = height
        if id is not UNSET:
            field_dict["id"] = id
        if inline is not UNSET:
            field_dict["inline"] = inline
        if malware_access_override is not UNSET:
            field_dict["malware_access_override"] = malware_access_override
        if malware_scan_result is not UNSET:
            field_dict["malware_scan_result"] = malware_scan_result
        if mapped_content_url is not UNSET:
            field_dict["mapped_content_url"] = mapped_content_url
        if size is not UNSET:
            field_dict["size"] = size
        if url is not UNSET:
            field_dict["url"] = url
        if width is not UNSET:
            field_dict["width"] = width
        if thumbnails is not UNSET:
            field_dict["thumbnails"] = thumbnails

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_base_object import AttachmentBaseObject  # noqa: PLC0415

        d = dict(src_dict)
        content_type = d.pop("content_type", UNSET)

        content_url = d.pop("content_url", UNSET)

        deleted = d.pop("deleted", UNSET)

        file_name = d.pop("file_name", UNSET)

        height = d.pop("height", UNSET)

        id = d.pop("id", UNSET)

        inline = d.pop("inline", UNSET)

        malware_access_override = d.pop("malware_access_override", UNSET)

        malware_scan_result = d.pop("malware_scan_result", UNSET)

        mapped_content_url = d.pop("mapped_content_url", UNSET)

        size = d.pop("size", UNSET)

        url = d.pop("url", UNSET)

        width = d.pop("width", UNSET)

        _thumbnails = d.pop("thumbnails", UNSET)
        thumbnails: list[AttachmentBaseObject] | Unset = UNSET
        if _thumbnails is not UNSET:
            thumbnails = []
            for thumbnails_item_data in _thumbnails:
                thumbnails_item = AttachmentBaseObject.from_dict(thumbnails_item_data)

                thumbnails.append(thumbnails_item)

        attachment_object = cls(
            content_type=content_type,
            content_url=content_url,
            deleted=deleted,
            file_name=file_name,
            height=height,
            id=id,
            inline=inline,
            malware_access_override=malware_access_override,
            malware_scan_result=malware_scan_result,
            mapped_content_url=mapped_content_url,
            size=size,
            url=url,
            width=width,
            thumbnails=thumbnails,
        )

        attachment_object.additional_properties = d
        return attachment_object

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
