from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationObject")


@_attrs_define
class OrganizationObject:
    """
    Example:
        {'created_at': '2009-07-20T22:55:29Z', 'details': 'This is a kind of organization', 'domain_names':
            ['example.com', 'test.com'], 'external_id': 'ABC123', 'group_id': None, 'id': 35436, 'name': 'One Organization',
            'notes': '', 'organization_fields': {'org_decimal': 5.2, 'org_dropdown': 'option_1'}, 'shared_comments': True,
            'shared_tickets': True, 'tags': ['enterprise', 'other_tag'], 'updated_at': '2011-05-05T10:38:52Z', 'url':
            'https://company.zendesk.com/api/v2/organizations/35436.json'}

    Attributes:
        created_at (None | str | Unset): The time the organization was created
        details (None | str | Unset): Any details obout the organization, such as the address
        domain_names (list[str] | None | Unset): An array of domain names associated with this organization
        external_id (None | str | Unset): A unique external id to associate organizations to an external record. The id
            is case-insensitive. For example, "company1" and "Company1" are considered the same
        group_id (int | None | Unset): New tickets from users in this organization are automatically put in this group
        id (int | None | Unset): Automatically assigned when the organization is created
        name (None | str | Unset): A unique name for the organization
        notes (None | str | Unset): Any notes you have about the organization
        organization_fields (None | OrganizationObjectOrganizationFieldsType0 | Unset): Custom fields for this
            organization. See [Custom organization fields](/api-reference/ticketing/organizations/organizations/#custom-
            organization-fields)
        shared_comments (bool | None | Unset): End users in this organization are able to comment on each other's
            tickets
        shared_tickets (bool | None | Unset): End users in this organization are able to see each other's tickets
        tags (list[str] | None | Unset): The tags of the organization
        updated_at (None | str | Unset): The time of the last update of the organization
        url (None | str | Unset): The API url of this organization
    """

    created_at: None | str | Unset = UNSET
    details: None | str | Unset = UNSET
    domain_names: list[str] | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    group_id: int | None | Unset = UNSET
    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    organization_fields: None | OrganizationObjectOrganizationFieldsType0 | Unset = UNSET
    shared_comments: bool | None | Unset = UNSET
    shared_tickets: bool | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        details: None | str | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        else:
            details = self.details

        domain_names: list[str] | None | Unset
        if isinstance(self.domain_names, Unset):
            domain_names = UNSET
        elif isinstance(self.domain_names, list):
            domain_names = self.domain_names

        else:
            domain_names = self.domain_names

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        organization_fields: dict[str, Any] | None | Unset
        if isinstance(self.organization_fields, Unset):
            organization_fields = UNSET
        elif isinstance(self.organization_fields, OrganizationObjectOrganizationFieldsType0):
            organization_fields = self.organization_fields.to_dict()
        else:
            organization_fields = self.organization_fields

        shared_comments: bool | None | Unset
        if isinstance(self.shared_comments, Unset):
            shared_comments = UNSET
        else:
            shared_comments = self.shared_comments

        shared_tickets: bool | None | Unset
        if isinstance(self.shared_tickets, Unset):
            shared_tickets = UNSET
        else:
            shared_tickets = self.shared_tickets

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if details is not UNSET:
            field_dict["details"] = details
        if domain_names is not UNSET:
            field_dict["domain_names"] = domain_names
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if organization_fields is not UNSET:
            field_dict["organization_fields"] = organization_fields
        if shared_comments is not UNSET:
            field_dict["shared_comments"] = shared_comments
        if shared_tickets is not UNSET:
            field_dict["shared_tickets"] = shared_tickets
        if tags is not UNSET:
            field_dict["tags"] = tags
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        details = d.pop("details", UNSET)

        domain_names = d.pop("domain_names", UNSET)

        external_id = d.pop("external_id", UNSET)

        group_id = d.pop("group_id", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        notes = d.pop("notes", UNSET)

        organization_fields = d.pop("organization_fields", UNSET)
        if organization_fields is not None and organization_fields is not UNSET:
            organization_fields = _parse_organization_fields(organization_fields)

        shared_comments = d.pop("shared_comments", UNSET)

        shared_tickets = d.pop("shared_tickets", UNSET)

        tags = d.pop("tags", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        url = d.pop("url", UNSET)

        organization_object = cls(
            created_at=created_at,
            details=details,
            domain_names=domain_names,
            external_id=external_id,
            group_id=group_id,
            id=id,
            name=name,
            notes=notes,
            organization_fields=organization_fields,
            shared_comments=shared_comments,
            shared_tickets=shared_tickets,
            tags=tags,
            updated_at=updated_at,
            url=url,
        )

        organization_object.additional_properties = d
        return organization_object

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("created_at", self.created_at),
                ("details", self.details),
                ("domain_names", self.domain_names),
                ("external_id", self.external_id),
                ("group_id", self.group_id),
                ("id", self.id),
                ("name", self.name),
                ("notes", self.notes),
                ("organization_fields", self.organization_fields),
                ("shared_comments", self.shared_comments),
                ("shared_tickets", self.shared_tickets),
                ("tags", self.tags),
                ("updated_at", self.updated_at),
                ("url", self.url),
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


def _parse_organization_fields(
    data: object,
) -> None | OrganizationObjectOrganizationFieldsType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        organization_fields_type_0 = OrganizationObjectOrganizationFieldsType0.from_dict(data)

        return organization_fields_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | OrganizationObjectOrganizationFieldsType0 | Unset, data)


from ..models.organization_object_organization_fields_type_0 import (
    OrganizationObjectOrganizationFieldsType0,
)
