from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillBasedRoutingTicketFulfilledResponse")


@_attrs_define
class SkillBasedRoutingTicketFulfilledResponse:
    """
    Attributes:
        fulfilled_ticket_ids (list[int] | None | Unset):
    """

    fulfilled_ticket_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fulfilled_ticket_ids: list[int] | None | Unset
        if isinstance(self.fulfilled_ticket_ids, Unset):
            fulfilled_ticket_ids = UNSET
        elif isinstance(self.fulfilled_ticket_ids, list):
            fulfilled_ticket_ids = self.fulfilled_ticket_ids

        else:
            fulfilled_ticket_ids = self.fulfilled_ticket_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fulfilled_ticket_ids is not UNSET:
            field_dict["fulfilled_ticket_ids"] = fulfilled_ticket_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fulfilled_ticket_ids = d.pop("fulfilled_ticket_ids", UNSET)

        skill_based_routing_ticket_fulfilled_response = cls(
            fulfilled_ticket_ids=fulfilled_ticket_ids,
        )

        skill_based_routing_ticket_fulfilled_response.additional_properties = d
        return skill_based_routing_ticket_fulfilled_response

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("fulfilled_ticket_ids", self.fulfilled_ticket_ids),
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
