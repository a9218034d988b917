from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_skip_object import TicketSkipObject


T = TypeVar("T", bound="TicketSkipsResponse")


@_attrs_define
class TicketSkipsResponse:
    """
    Attributes:
        skips (list[TicketSkipObject] | Unset):
    """

    skips: list[TicketSkipObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skips, Unset):
            skips = []
            for skips_item_data in self.skips:
                skips_item = skips_item_data.to_dict()
                skips.append(skips_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skips is not UNSET:
            field_dict["skips"] = skips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_skip_object import TicketSkipObject  # noqa: PLC0415

        d = dict(src_dict)
        _skips = d.pop("skips", UNSET)
        skips: list[TicketSkipObject] | Unset = UNSET
        if _skips is not UNSET:
            skips = []
            for skips_item_data in _skips:
                skips_item = TicketSkipObject.from_dict(skips_item_data)

                skips.append(skips_item)

        ticket_skips_response = cls(
            skips=skips,
        )

        ticket_skips_response.additional_properties = d
        return ticket_skips_response

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
