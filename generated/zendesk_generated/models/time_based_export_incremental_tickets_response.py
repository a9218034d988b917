from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeBasedExportIncrementalTicketsResponse")


@_attrs_define
class TimeBasedExportIncrementalTicketsResponse:
    """See [Tickets](/api-reference/ticketing/tickets/tickets/) for a detailed example.

    Example:
        {'count': 2, 'end_of_stream': True, 'end_time': 1390362485, 'next_page':
            'https://{subdomain}.zendesk.com/api/v2/incremental/tickets.json?per_page=3&start_time=1390362485', 'tickets':
            [{'assignee_id': 235323, 'collaborator_ids': [35334, 234], 'created_at': '2009-07-20T22:55:29Z',
            'custom_fields': [{'id': 27642, 'value': '745'}, {'id': 27648, 'value': 'yes'}], 'description': 'The fire is
            very colorful.', 'due_at': None, 'external_id': 'ahg35h3jh', 'follower_ids': [35334, 234],
            'generated_timestamp': 1304553600, 'group_id': 98738, 'has_incidents': False, 'id': 35436, 'organization_id':
            509974, 'priority': 'high', 'problem_id': 9873764, 'raw_subject': '{{dc.printer_on_fire}}', 'recipient':
            'support@company.com', 'requester_id': 20978392, 'satisfaction_rating': {'comment': 'Great support!', 'id':
            1234, 'score': 'good'}, 'sharing_agreement_ids': [84432], 'status': 'open', 'subject': 'Help, my printer is on
            fire!', 'submitter_id': 76872, 'tags': ['enterprise', 'other_tag'], 'type': 'incident', 'updated_at':
            '2011-05-05T10:38:52Z', 'url': 'https://company.zendesk.com/api/v2/tickets/35436.json', 'via': {'channel':
            'web'}}]}

    Attributes:
        count (int | None | Unset):
        end_of_stream (bool | None | Unset):
        end_time (int | None | Unset):
        next_page (None | str | Unset):
        tickets (list[TicketObject] | None | Unset):
        users (list[UserForAdmin] | None | Unset): Sideloaded users (include=users)
        groups (list[GroupObject] | None | Unset): Sideloaded groups (include=groups)
        organizations (list[OrganizationObject] | None | Unset): Sideloaded organizations (include=organizations)
    """

    count: int | None | Unset = UNSET
    end_of_stream: bool | None | Unset = UNSET
    end_time: int | None | Unset = UNSET
    next_page: None | str | Unset = UNSET
    tickets: list[TicketObject] | None | Unset = UNSET
    users: list[UserForAdmin] | None | Unset = UNSET
    groups: list[GroupObject] | None | Unset = UNSET
    organizations: list[OrganizationObject] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        end_of_stream: bool | None | Unset
        if isinstance(self.end_of_stream, Unset):
            end_of_stream = UNSET
        else:
            end_of_stream = self.end_of_stream

        end_time: int | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        next_page: None | str | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        tickets: list[dict[str, Any]] | None | Unset
        if isinstance(self.tickets, Unset):
            tickets = UNSET
        elif isinstance(self.tickets, list):
            tickets = []
            for tickets_type_0_item_data in self.tickets:
                tickets_type_0_item = tickets_type_0_item_data.to_dict()
                tickets.append(tickets_type_0_item)

        else:
            tickets = self.tickets

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
        if count is not UNSET:
            field_dict["count"] = count
        if end_of_stream is not UNSET:
            field_dict["end_of_stream"] = end_of_stream
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if tickets is not UNSET:
            field_dict["tickets"] = tickets
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
        count = d.pop("count", UNSET)

        end_of_stream = d.pop("end_of_stream", UNSET)

        end_time = d.pop("end_time", UNSET)

        next_page = d.pop("next_page", UNSET)

        tickets = d.pop("tickets", UNSET)
        if tickets is not None and tickets is not UNSET:
            tickets = _parse_tickets(tickets)

        users = d.pop("users", UNSET)
        if users is not None and users is not UNSET:
            users = _parse_users(users)

        groups = d.pop("groups", UNSET)
        if groups is not None and groups is not UNSET:
            groups = _parse_groups(groups)

        organizations = d.pop("organizations", UNSET)
        if organizations is not None and organizations is not UNSET:
            organizations = _parse_organizations(organizations)

        time_based_export_incremental_tickets_response = cls(
            count=count,
            end_of_stream=end_of_stream,
            end_time=end_time,
            next_page=next_page,
            tickets=tickets,
            users=users,
            groups=groups,
            organizations=organizations,
        )

        time_based_export_incremental_tickets_response.additional_properties = d
        return time_based_export_incremental_tickets_response

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("count", self.count),
                ("end_of_stream", self.end_of_stream),
                ("end_time", self.end_time),
                ("next_page", self.next_page),
                ("tickets", self.tickets),
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


def _parse_tickets(data: object) -> list[TicketObject] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        tickets_type_0 = []
        _tickets_type_0 = data
        for tickets_type_0_item_data in _tickets_type_0:
            tickets_type_0_item = TicketObject.from_dict(tickets_type_0_item_data)

            tickets_type_0.append(tickets_type_0_item)

        return tickets_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[TicketObject] | None | Unset, data)


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
