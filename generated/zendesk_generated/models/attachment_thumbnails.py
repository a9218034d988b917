from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_base_object import AttachmentBaseObject


T = TypeVar("T", bound="AttachmentThumbnails")


@_attrs_define
class AttachmentThumbnails:
    """
    Attributes:
        thumbnails (list[AttachmentBaseObject] | Unset): An array of attachment objects. Note that photo thumbnails do
            not have thumbnails
    """

    thumbnails: list[AttachmentBaseObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thumbnails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.thumbnails, Unset):
            thumbnails = []
            for thumbnails_item_data in self.thumbnails:
                thumbnails_item = thumbnails_item_data.to_dict()
                thumbnails.append(thumbnails_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if thumbnails is not UNSET:
            field_dict["thumbnails"] = thumbnails

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_base_object import AttachmentBaseObject  # noqa: PLC0415

        d = dict(src_dict)
        _thumbnails = d.pop("thumbnails", UNSET)
        thumbnails: list[AttachmentBaseObject] | Unset = UNSET
        if _thumbnails is not UNSET:
            thumbnails = []
            for thumbnails_item_data in _thumbnails:
                thumbnails_item = AttachmentBaseObject.from_dict(thumbnails_item_data)

                thumbnails.append(thumbnails_item)

        attachment_thumbnails = cls(
            thumbnails=thumbnails,
        )

        attachment_thumbnails.additional_properties = d
        return attachment_thumbnails

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
