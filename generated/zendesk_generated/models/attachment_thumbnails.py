from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentThumbnails")


@_attrs_define
class AttachmentThumbnails:
    """
    Attributes:
        thumbnails (list[AttachmentBaseObject] | None | Unset): An array of attachment objects. Note that photo
            thumbnails do not have thumbnails
    """

    thumbnails: list[AttachmentBaseObject] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thumbnails: list[dict[str, Any]] | None | Unset
        if isinstance(self.thumbnails, Unset):
            thumbnails = UNSET
        elif isinstance(self.thumbnails, list):
            thumbnails = []
            for thumbnails_type_0_item_data in self.thumbnails:
                thumbnails_type_0_item = thumbnails_type_0_item_data.to_dict()
                thumbnails.append(thumbnails_type_0_item)

        else:
            thumbnails = self.thumbnails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if thumbnails is not UNSET:
            field_dict["thumbnails"] = thumbnails

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thumbnails = d.pop("thumbnails", UNSET)
        if thumbnails is not None and thumbnails is not UNSET:
            thumbnails = _parse_thumbnails(thumbnails)

        attachment_thumbnails = cls(
            thumbnails=thumbnails,
        )

        attachment_thumbnails.additional_properties = d
        return attachment_thumbnails

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("thumbnails", self.thumbnails),
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


def _parse_thumbnails(data: object) -> list[AttachmentBaseObject] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        thumbnails_type_0 = []
        _thumbnails_type_0 = data
        for thumbnails_type_0_item_data in _thumbnails_type_0:
            thumbnails_type_0_item = AttachmentBaseObject.from_dict(thumbnails_type_0_item_data)

            thumbnails_type_0.append(thumbnails_type_0_item)

        return thumbnails_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[AttachmentBaseObject] | None | Unset, data)


from ..models.attachment_base_object import AttachmentBaseObject
