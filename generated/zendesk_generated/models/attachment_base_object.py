from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentBaseObject")


@_attrs_define
class AttachmentBaseObject:
    """
    Attributes:
        content_type (None | str | Unset): The content type of the image. Example value: "image/png"
        content_url (None | str | Unset): A full URL where the attachment image file can be downloaded. The file may be
            hosted externally so take care not to inadvertently send Zendesk authentication credentials. See [Working with
            url properties](/documentation/ticketing/managing-tickets/working-with-url-properties)
        deleted (bool | None | Unset): If true, the attachment has been deleted
        file_name (None | str | Unset): The name of the image file
        height (None | str | Unset): The height of the image file in pixels. If height is unknown, returns null
        id (int | None | Unset): Automatically assigned when created
        inline (bool | None | Unset): If true, the attachment is excluded from the attachment list and the attachment's
            URL
            can be referenced within the comment of a ticket. Default is false
        malware_access_override (bool | None | Unset): If true, you can download an attachment flagged as malware. If
            false, you can't download such an attachment.
        malware_scan_result (None | str | Unset): The result of the malware scan. There is a delay between the time the
            attachment is uploaded and when the malware scan is completed. Usually the scan is done within a few seconds,
            but high load conditions can delay the scan results. Possible values: "malware_found", "malware_not_found",
            "failed_to_scan", "not_scanned"
        mapped_content_url (None | str | Unset): The URL the attachment image file has been mapped to
        size (int | None | Unset): The size of the image file in bytes
        url (None | str | Unset): A URL to access the attachment details
        width (None | str | Unset): The width of the image file in pixels. If width is unknown, returns null
    """

    content_type: None | str | Unset = UNSET
    content_url: None | str | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    file_name: None | str | Unset = UNSET
    height: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    inline: bool | None | Unset = UNSET
    malware_access_override: bool | None | Unset = UNSET
    malware_scan_result: None | str | Unset = UNSET
    mapped_content_url: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    width: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        content_url: None | str | Unset
        if isinstance(self.content_url, Unset):
            content_url = UNSET
        else:
            content_url = self.content_url

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        height: None | str | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        inline: bool | None | Unset
        if isinstance(self.inline, Unset):
            inline = UNSET
        else:
            inline = self.inline

        malware_access_override: bool | None | Unset
        if isinstance(self.malware_access_override, Unset):
            malware_access_override = UNSET
        else:
            malware_access_override = self.malware_access_override

        malware_scan_result: None | str | Unset
        if isinstance(self.malware_scan_result, Unset):
            malware_scan_result = UNSET
        else:
            malware_scan_result = self.malware_scan_result

        mapped_content_url: None | str | Unset
        if isinstance(self.mapped_content_url, Unset):
            mapped_content_url = UNSET
        else:
            mapped_content_url = self.mapped_content_url

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        width: None | str | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        attachment_base_object = cls(
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
        )

        attachment_base_object.additional_properties = d
        return attachment_base_object

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("content_type", self.content_type),
                ("content_url", self.content_url),
                ("deleted", self.deleted),
                ("file_name", self.file_name),
                ("height", self.height),
                ("id", self.id),
                ("inline", self.inline),
                ("malware_access_override", self.malware_access_override),
                ("malware_scan_result", self.malware_scan_result),
                ("mapped_content_url", self.mapped_content_url),
                ("size", self.size),
                ("url", self.url),
                ("width", self.width),
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
