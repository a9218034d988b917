from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserForAdmin")


@_attrs_define
class UserForAdmin:
    """
    Example:
        {'active': True, 'alias': 'Mr. Johnny', 'created_at': '2009-07-20T22:55:29Z', 'custom_role_id': 9373643,
            'details': '', 'email': 'johnny@example.com', 'external_id': 'sai989sur98w9', 'iana_time_zone':
            'Pacific/Pago_Pago', 'id': 35436, 'last_login_at': '2011-05-05T10:38:52Z', 'locale': 'en-US', 'locale_id': 1,
            'moderator': True, 'name': 'Johnny Agent', 'notes': 'Johnny is a nice guy!', 'only_private_comments': False,
            'organization_id': 57542, 'phone': '+15551234567', 'photo': {'content_type': 'image/png', 'content_url':
            'https://company.zendesk.com/photos/my_funny_profile_pic.png', 'id': 928374, 'name': 'my_funny_profile_pic.png',
            'size': 166144, 'thumbnails': [{'content_type': 'image/png', 'content_url':
            'https://company.zendesk.com/photos/my_funny_profile_pic_thumb.png', 'id': 928375, 'name':
            'my_funny_profile_pic_thumb.png', 'size': 58298}]}, 'restricted_agent': True, 'role': 'agent', 'role_type': 0,
            'shared': False, 'shared_agent': False, 'signature': 'Have a nice day, Johnny', 'suspended': True, 'tags':
            ['enterprise', 'other_tag'], 'ticket_restriction': 'assigned', 'time_zone': 'Copenhagen', 'updated_at':
            '2011-05-05T10:38:52Z', 'url': 'https://company.zendesk.com/api/v2/users/35436.json', 'user_fields':
            {'user_date': '2012-07-23T00:00:00Z', 'user_decimal': 5.1, 'user_dropdown': 'option_1'}, 'verified': True}

    Attributes:
        active (bool | None | Unset): false if the user has been deleted
        alias (None | str | Unset): An alias displayed to end users
        chat_only (bool | None | Unset): Whether or not the user is a chat-only agent
        created_at (datetime.datetime | None | Unset): The time the user was created
        custom_role_id (int | None | Unset): A custom role if the user is an agent on the Enterprise plan or above
        default_group_id (int | None | Unset): The id of the user's default group
        details (None | str | Unset): Any details you want to store about the user, such as an address
        email (None | str | Unset): The user's primary email address. *Writeable on create only. On update, a secondary
            email is added. See [Email Address](#email-address)
        external_id (None | str | Unset): A unique identifier from another system. The API treats the id as case
            insensitive. Example: "ian1" and "IAN1" are the same value.
        iana_time_zone (None | str | Unset): The time zone for the user
        id (int | None | Unset): Automatically assigned when the user is created
        last_login_at (datetime.datetime | None | Unset): Last time the user signed in to Zendesk Support or made an API
            request
            using an API token or basic authentication
        locale (None | str | Unset): The user's locale. A BCP-47 compliant tag for the locale. If both "locale" and
            "locale_id" are present on create or update, "locale_id" is ignored and only "locale" is used.
        locale_id (int | None | Unset): The user's language identifier
        moderator (bool | None | Unset): Designates whether the user has forum moderation capabilities
        name (None | str | Unset): The user's name
        notes (None | str | Unset): Any notes you want to store about the user
        only_private_comments (bool | None | Unset): true if the user can only create private comments
        organization_id (int | None | Unset): The id of the user's organization. If the user has more than one
            [organization memberships](/api-reference/ticketing/organizations/organization_memberships/), the id of the
            user's default organization. If updating, see [Organization ID](#organization-id)
        phone (None | str | Unset): The user's primary phone number. See [Phone Number](#phone-number) below
        photo (None | Unset | UserForAdminPhotoType0): The user's profile picture represented as an [Attachment](/api-
            reference/ticketing/tickets/ticket-attachments/) object
        remote_photo_url (None | str | Unset): A URL pointing to the user's profile picture.
        report_csv (bool | None | Unset): This parameter is inert and has no effect. It may be deprecated in the
            future.

            Previously, this parameter determined whether a user could access a CSV
            report in a legacy Guide dashboard. This dashboard has been removed. See
            [Announcing Guide legacy reporting upgrade to
            Explore](https://support.zendesk.com/hc/en-us/articles/4762263171610-Announcing-Guide-legacy-reporting-upgrade-
            to-Explore-)
        restricted_agent (bool | None | Unset): If the agent has any restrictions; false for admins and unrestricted
            agents, true for other agents
        role (None | str | Unset): The user's role. Possible values are "end-user", "agent", or "admin"
        role_type (int | None | Unset): The user's role id. 0 for a custom agent, 1 for a light agent, 2 for a chat
            agent, 3 for a chat agent added to the Support account as a contributor ([Chat Phase
            4](https://support.zendesk.com/hc/en-us/articles/360022365373#topic_djh_1zk_4fb)), 4 for an admin, and 5 for a
            billing admin
        shared (bool | None | Unset): If the user is shared from a different Zendesk Support instance. Ticket sharing
            accounts only
        shared_agent (bool | None | Unset): If the user is a shared agent from a different Zendesk Support instance.
            Ticket sharing accounts only
        shared_phone_number (bool | None | Unset): Whether the `phone` number is shared or not. See [Phone
            Number](#phone-number) below
        signature (None | str | Unset): The user's signature. Only agents and admins can have signatures
        suspended (bool | None | Unset): If the agent is suspended. Tickets from suspended users are also suspended, and
            these users cannot sign in to the end user portal
        tags (list[str] | None | Unset): The user's tags. Only present if your account has user tagging enabled
        ticket_restriction (None | str | Unset): Specifies which tickets the user has access to. Possible values are:
            "organization", "groups", "assigned", "requested", null. "groups" and "assigned" are valid only for agents. If
            you pass an invalid value to an end user (for example, "groups"), they will be assigned to "requested",
            regardless of their previous access
        time_zone (None | str | Unset): The user's time zone. See [Time Zone](#time-zone)
        two_factor_auth_enabled (bool | None | Unset): If two factor authentication is enabled
        updated_at (datetime.datetime | None | Unset): The time the user was last updated
        url (None | str | Unset): The user's API url
        user_fields (None | Unset | UserForAdminUserFieldsType0): Values of custom fields in the user's profile. See
            [User Fields](#user-fields)
        verified (bool | None | Unset): Any of the user's identities is verified. See [User Identities](/api-
            reference/ticketing/users/user_identities)
    """

    active: bool | None | Unset = UNSET
    alias: None | str | Unset = UNSET
    chat_only: bool | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    custom_role_id: int | None | Unset = UNSET
    default_group_id: int | None | Unset = UNSET
    details: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    iana_time_zone: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    last_login_at: datetime.datetime | None | Unset = UNSET
    locale: None | str | Unset = UNSET
    locale_id: int | None | Unset = UNSET
    moderator: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    only_private_comments: bool | None | Unset = UNSET
    organization_id: int | None | Unset = UNSET
    phone: None | str | Unset = UNSET
    photo: None | Unset | UserForAdminPhotoType0 = UNSET
    remote_photo_url: None | str | Unset = UNSET
    report_csv: bool | None | Unset = UNSET
    restricted_agent: bool | None | Unset = UNSET
    role: None | str | Unset = UNSET
    role_type: int | None | Unset = UNSET
    shared: bool | None | Unset = UNSET
    shared_agent: bool | None | Unset = UNSET
    shared_phone_number: bool | None | Unset = UNSET
    signature: None | str | Unset = UNSET
    suspended: bool | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    ticket_restriction: None | str | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    two_factor_auth_enabled: bool | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    url: None | str | Unset = UNSET
    user_fields: None | Unset | UserForAdminUserFieldsType0 = UNSET
    verified: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        chat_only: bool | None | Unset
        if isinstance(self.chat_only, Unset):
            chat_only = UNSET
        else:
            chat_only = self.chat_only

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        custom_role_id: int | None | Unset
        if isinstance(self.custom_role_id, Unset):
            custom_role_id = UNSET
        else:
            custom_role_id = self.custom_role_id

        default_group_id: int | None | Unset
        if isinstance(self.default_group_id, Unset):
            default_group_id = UNSET
        else:
            default_group_id = self.default_group_id

        details: None | str | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        else:
            details = self.details

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        iana_time_zone: None | str | Unset
        if isinstance(self.iana_time_zone, Unset):
            iana_time_zone = UNSET
        else:
            iana_time_zone = self.iana_time_zone

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        last_login_at: None | str | Unset
        if isinstance(self.last_login_at, Unset):
            last_login_at = UNSET
        elif isinstance(self.last_login_at, datetime.datetime):
            last_login_at = self.last_login_at.isoformat()
        else:
            last_login_at = self.last_login_at

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        locale_id: int | None | Unset
        if isinstance(self.locale_id, Unset):
            locale_id = UNSET
        else:
            locale_id = self.locale_id

        moderator: bool | None | Unset
        if isinstance(self.moderator, Unset):
            moderator = UNSET
        else:
            moderator = self.moderator

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

        only_private_comments: bool | None | Unset
        if isinstance(self.only_private_comments, Unset):
            only_private_comments = UNSET
        else:
            only_private_comments = self.only_private_comments

        organization_id: int | None | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        photo: dict[str, Any] | None | Unset
        if isinstance(self.photo, Unset):
            photo = UNSET
        elif isinstance(self.photo, UserForAdminPhotoType0):
            photo = self.photo.to_dict()
        else:
            photo = self.photo

        remote_photo_url: None | str | Unset
        if isinstance(self.remote_photo_url, Unset):
            remote_photo_url = UNSET
        else:
            remote_photo_url = self.remote_photo_url

        report_csv: bool | None | Unset
        if isinstance(self.report_csv, Unset):
            report_csv = UNSET
        else:
            report_csv = self.report_csv

        restricted_agent: bool | None | Unset
        if isinstance(self.restricted_agent, Unset):
            restricted_agent = UNSET
        else:
            restricted_agent = self.restricted_agent

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        role_type: int | None | Unset
        if isinstance(self.role_type, Unset):
            role_type = UNSET
        else:
            role_type = self.role_type

        shared: bool | None | Unset
        if isinstance(self.shared, Unset):
            shared = UNSET
        else:
            shared = self.shared

        shared_agent: bool | None | Unset
        if isinstance(self.shared_agent, Unset):
            shared_agent = UNSET
        else:
            shared_agent = self.shared_agent

        shared_phone_number: bool | None | Unset
        if isinstance(self.shared_phone_number, Unset):
            shared_phone_number = UNSET
        else:
            shared_phone_number = self.shared_phone_number

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        suspended: bool | None | Unset
        if isinstance(self.suspended, Unset):
            suspended = UNSET
        else:
            suspended = self.suspended

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        ticket_restriction: None | str | Unset
        if isinstance(self.ticket_restriction, Unset):
            ticket_restriction = UNSET
        else:
            ticket_restriction = self.ticket_restriction

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        two_factor_auth_enabled: bool | None | Unset
        if isinstance(self.two_factor_auth_enabled, Unset):
            two_factor_auth_enabled = UNSET
        else:
            two_factor_auth_enabled = self.two_factor_auth_enabled

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        user_fields: dict[str, Any] | None | Unset
        if isinstance(self.user_fields, Unset):
            user_fields = UNSET
        elif isinstance(self.user_fields, UserForAdminUserFieldsType0):
            user_fields = self.user_fields.to_dict()
        else:
            user_fields = self.user_fields

        verified: bool | None | Unset
        if isinstance(self.verified, Unset):
            verified = UNSET
        else:
            verified = self.verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if alias is not UNSET:
            field_dict["alias"] = alias
        if chat_only is not UNSET:
            field_dict["chat_only"] = chat_only
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom_role_id is not UNSET:
            field_dict["custom_role_id"] = custom_role_id
        if default_group_id is not UNSET:
            field_dict["default_group_id"] = default_group_id
        if details is not UNSET:
            field_dict["details"] = details
        if email is not UNSET:
            field_dict["email"] = email
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if iana_time_zone is not UNSET:
            field_dict["iana_time_zone"] = iana_time_zone
        if id is not UNSET:
            field_dict["id"] = id
        if last_login_at is not UNSET:
            field_dict["last_login_at"] = last_login_at
        if locale is not UNSET:
            field_dict["locale"] = locale
        if locale_id is not UNSET:
            field_dict["locale_id"] = locale_id
        if moderator is not UNSET:
            field_dict["moderator"] = moderator
        if name is not UNSET:
            field_dict["name"] = name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if only_private_comments is not UNSET:
            field_dict["only_private_comments"] = only_private_comments
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if photo is not UNSET:
            field_dict["photo"] = photo
        if remote_photo_url is not UNSET:
            field_dict["remote_photo_url"] = remote_photo_url
        if report_csv is not UNSET:
            field_dict["report_csv"] = report_csv
        if restricted_agent is not UNSET:
            field_dict["restricted_agent"] = restricted_agent
        if role is not UNSET:
            field_dict["role"] = role
        if role_type is not UNSET:
            field_dict["role_type"] = role_type
        if shared is not UNSET:
            field_dict["shared"] = shared
        if shared_agent is not UNSET:
            field_dict["shared_agent"] = shared_agent
        if shared_phone_number is not UNSET:
            field_dict["shared_phone_number"] = shared_phone_number
        if signature is not UNSET:
            field_dict["signature"] = signature
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if tags is not UNSET:
            field_dict["tags"] = tags
        if ticket_restriction is not UNSET:
            field_dict["ticket_restriction"] = ticket_restriction
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if two_factor_auth_enabled is not UNSET:
            field_dict["two_factor_auth_enabled"] = two_factor_auth_enabled
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if url is not UNSET:
            field_dict["url"] = url
        if user_fields is not UNSET:
            field_dict["user_fields"] = user_fields
        if verified is not UNSET:
            field_dict["verified"] = verified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        alias = d.pop("alias", UNSET)

        chat_only = d.pop("chat_only", UNSET)

        created_at = d.pop("created_at", UNSET)
        if created_at is not None and created_at is not UNSET:
            created_at = _parse_created_at(created_at)

        custom_role_id = d.pop("custom_role_id", UNSET)

        default_group_id = d.pop("default_group_id", UNSET)

        details = d.pop("details", UNSET)

        email = d.pop("email", UNSET)

        external_id = d.pop("external_id", UNSET)

        iana_time_zone = d.pop("iana_time_zone", UNSET)

        id = d.pop("id", UNSET)

        last_login_at = d.pop("last_login_at", UNSET)
        if last_login_at is not None and last_login_at is not UNSET:
            last_login_at = _parse_last_login_at(last_login_at)

        locale = d.pop("locale", UNSET)

        locale_id = d.pop("locale_id", UNSET)

        moderator = d.pop("moderator", UNSET)

        name = d.pop("name", UNSET)

        notes = d.pop("notes", UNSET)

        only_private_comments = d.pop("only_private_comments", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        phone = d.pop("phone", UNSET)

        photo = d.pop("photo", UNSET)
        if photo is not None and photo is not UNSET:
            photo = _parse_photo(photo)

        remote_photo_url = d.pop("remote_photo_url", UNSET)

        report_csv = d.pop("report_csv", UNSET)

        restricted_agent = d.pop("restricted_agent", UNSET)

        role = d.pop("role", UNSET)

        role_type = d.pop("role_type", UNSET)

        shared = d.pop("shared", UNSET)

        shared_agent = d.pop("shared_agent", UNSET)

        shared_phone_number = d.pop("shared_phone_number", UNSET)

        signature = d.pop("signature", UNSET)

        suspended = d.pop("suspended", UNSET)

        tags = d.pop("tags", UNSET)

        ticket_restriction = d.pop("ticket_restriction", UNSET)

        time_zone = d.pop("time_zone", UNSET)

        two_factor_auth_enabled = d.pop("two_factor_auth_enabled", UNSET)

        updated_at = d.pop("updated_at", UNSET)
        if updated_at is not None and updated_at is not UNSET:
            updated_at = _parse_updated_at(updated_at)

        url = d.pop("url", UNSET)

        user_fields = d.pop("user_fields", UNSET)
        if user_fields is not None and user_fields is not UNSET:
            user_fields = _parse_user_fields(user_fields)

        verified = d.pop("verified", UNSET)

        user_for_admin = cls(
            active=active,
            alias=alias,
            chat_only=chat_only,
            created_at=created_at,
            custom_role_id=custom_role_id,
            default_group_id=default_group_id,
            details=details,
            email=email,
            external_id=external_id,
            iana_time_zone=iana_time_zone,
            id=id,
            last_login_at=last_login_at,
            locale=locale,
            locale_id=locale_id,
            moderator=moderator,
            name=name,
            notes=notes,
            only_private_comments=only_private_comments,
            organization_id=organization_id,
            phone=phone,
            photo=photo,
            remote_photo_url=remote_photo_url,
            report_csv=report_csv,
            restricted_agent=restricted_agent,
            role=role,
            role_type=role_type,
            shared=shared,
            shared_agent=shared_agent,
            shared_phone_number=shared_phone_number,
            signature=signature,
            suspended=suspended,
            tags=tags,
            ticket_restriction=ticket_restriction,
            time_zone=time_zone,
            two_factor_auth_enabled=two_factor_auth_enabled,
            updated_at=updated_at,
            url=url,
            user_fields=user_fields,
            verified=verified,
        )

        user_for_admin.additional_properties = d
        return user_for_admin

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("active", self.active),
                ("alias", self.alias),
                ("chat_only", self.chat_only),
                ("created_at", self.created_at),
                ("custom_role_id", self.custom_role_id),
                ("default_group_id", self.default_group_id),
                ("details", self.details),
                ("email", self.email),
                ("external_id", self.external_id),
                ("iana_time_zone", self.iana_time_zone),
                ("id", self.id),
                ("last_login_at", self.last_login_at),
                ("locale", self.locale),
                ("locale_id", self.locale_id),
                ("moderator", self.moderator),
                ("name", self.name),
                ("notes", self.notes),
                ("only_private_comments", self.only_private_comments),
                ("organization_id", self.organization_id),
                ("phone", self.phone),
                ("photo", self.photo),
                ("remote_photo_url", self.remote_photo_url),
                ("report_csv", self.report_csv),
                ("restricted_agent", self.restricted_agent),
                ("role", self.role),
                ("role_type", self.role_type),
                ("shared", self.shared),
                ("shared_agent", self.shared_agent),
                ("shared_phone_number", self.shared_phone_number),
                ("signature", self.signature),
                ("suspended", self.suspended),
                ("tags", self.tags),
                ("ticket_restriction", self.ticket_restriction),
                ("time_zone", self.time_zone),
                ("two_factor_auth_enabled", self.two_factor_auth_enabled),
                ("updated_at", self.updated_at),
                ("url", self.url),
                ("user_fields", self.user_fields),
                ("verified", self.verified),
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


def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        created_at_type_0 = datetime.datetime.fromisoformat(data)

        return created_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_last_login_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        last_login_at_type_0 = datetime.datetime.fromisoformat(data)

        return last_login_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_photo(data: object) -> None | Unset | UserForAdminPhotoType0:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        photo_type_0 = UserForAdminPhotoType0.from_dict(data)

        return photo_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | Unset | UserForAdminPhotoType0, data)


def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        updated_at_type_0 = datetime.datetime.fromisoformat(data)

        return updated_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_user_fields(data: object) -> None | Unset | UserForAdminUserFieldsType0:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        user_fields_type_0 = UserForAdminUserFieldsType0.from_dict(data)

        return user_fields_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | Unset | UserForAdminUserFieldsType0, data)


from ..models.user_for_admin_photo_type_0 import UserForAdminPhotoType0
from ..models.user_for_admin_user_fields_type_0 import UserForAdminUserFieldsType0
