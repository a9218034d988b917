from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListTicketEmailCCsResponse")


@_attrs_define
class ListTicketEmailCCsResponse:
    """Email CCs of a ticket

    Attributes:
        users (list[TicketUserSummary] | None | Unset):
    """

    users: list[TicketUserSummary] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users: list[dict[str, Any]] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, list):
            users = []
            for users_type_0_item_data in self.users:
                users_type_0_item = users_type_0_item_data.to_dict()
                users.append(users_type_0_item)

        else:
            users = self.users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        users = d.pop("users", UNSET)
        if users is not None and users is not UNSET:
            users = _parse_users(users)

        list_ticket_email_c_cs_response = cls(
            users=users,
        )

        list_ticket_email_c_cs_response.additional_properties = d
        return list_ticket_email_c_cs_response

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("users", self.users),
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


def _parse_users(data: object) -> list[TicketUserSummary] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        users_type_0 = []
        _users_type_0 = data
        for users_type_0_item_data in _users_type_0:
            users_type_0_item = TicketUserSummary.from_dict(users_type_0_item_data)

            users_type_0.append(users_type_0_item)

        return users_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[TicketUserSummary] | None | Unset, data)


from ..models.ticket_user_summary import TicketUserSummary
