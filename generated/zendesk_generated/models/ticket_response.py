from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketResponse")


@_attrs_define
class TicketResponse:
    """
    Attributes:
        ticket (None | TicketObject | Unset):
        users (list[UserForAdmin] | None | Unset): Sideloaded users (include=users)
        groups (list[GroupObject] | None | Unset): Sideloaded groups (include=groups)
        organizations (list[OrganizationObject] | None | Unset): Sideloaded organizations (include=organizations)
    """

    ticket: None | TicketObject | Unset = UNSET
    users: list[UserForAdmin] | None | Unset = UNSET
    groups: list[GroupObject] | None | Unset = UNSET
    organizations: list[OrganizationObject] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket: dict[str, Any] | None | Unset
        if isinstance(self.ticket, Unset):
            ticket = UNSET
        elif isinstance(self.ticket, TicketObject):
            ticket = self.ticket.to_dict()
        else:
            ticket = self.ticket

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

        groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = []
            for groups_type_0_item_data in self.groups:
                groups_type_0_item = groups_type_0_item_data.to_dict()
                groups.append(groups_type_0_item)

        else:
            groups = self.groups

        organizations: list[dict[str, Any]] | None | Unset
        if isinstance(self.organizations, Unset):
            organizations = UNSET
        elif isinstance(self.organizations, list):
            organizations = []
            for organizations_type_0_item_data in self.organizations:
                organizations_type_0_item = organizations_type_0_item_data.to_dict()
                organizations.append(organizations_type_0_item)

        else:
            organizations = self.organizations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticket is not UNSET:
            field_dict["ticket"] = ticket
        if users is not UNSET:
            field_dict["users"] = users
        if groups is not UNSET:
            field_dict["groups"] = groups
        if organizations is not UNSET:
            field_dict["organizations"] = organizations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket = d.pop("ticket", UNSET)
        if ticket is not None and ticket is not UNSET:
            ticket = _parse_ticket(ticket)

        users = d.pop("users", UNSET)
        if users is not None and users is not UNSET:
            users = _parse_users(users)

        groups = d.pop("groups", UNSET)
        if groups is not None and groups is not UNSET:
            groups = _parse_groups(groups)

        organizations = d.pop("organizations", UNSET)
        if organizations is not None and organizations is not UNSET:
            organizations = _parse_organizations(organizations)

        ticket_response = cls(
            ticket=ticket,
            users=users,
            groups=groups,
            organizations=organizations,
        )

        ticket_response.additional_properties = d
        return ticket_response

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("ticket", self.ticket),
                ("users", self.users),
                ("groups", self.groups),
                ("organizations", self.organizations),
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


def _parse_ticket(data: object) -> None | TicketObject | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        ticket_type_1 = TicketObject.from_dict(data)

        return ticket_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketObject | Unset, data)


def _parse_users(data: object) -> list[UserForAdmin] | None | Unset:
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
            users_type_0_item = UserForAdmin.from_dict(users_type_0_item_data)

            users_type_0.append(users_type_0_item)

        return users_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[UserForAdmin] | None | Unset, data)


def _parse_groups(data: object) -> list[GroupObject] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        groups_type_0 = []
        _groups_type_0 = data
        for groups_type_0_item_data in _groups_type_0:
            groups_type_0_item = GroupObject.from_dict(groups_type_0_item_data)

            groups_type_0.append(groups_type_0_item)

        return groups_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[GroupObject] | None | Unset, data)


def _parse_organizations(data: object) -> list[OrganizationObject] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        organizations_type_0 = []
        _organizations_type_0 = data
        for organizations_type_0_item_data in _organizations_type_0:
            organizations_type_0_item = OrganizationObject.from_dict(organizations_type_0_item_data)

            organizations_type_0.append(organizations_type_0_item)

        return organizations_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[OrganizationObject] | None | Unset, data)


from ..models.group_object import GroupObject
from ..models.organization_object import OrganizationObject
from ..models.ticket_object import TicketObject
from ..models.user_for_admin import UserForAdmin
