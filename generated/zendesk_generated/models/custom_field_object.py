from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_object_relationship_filter import (
        CustomFieldObjectRelationshipFilter,
    )
    from ..models.custom_field_option_object import CustomFieldOptionObject


T = TypeVar("T", bound="CustomFieldObject")


@_attrs_define
class CustomFieldObject:
    """
    Attributes:
        key (str): A unique key that identifies this custom field. This is used for updating the field and referencing
            in placeholders. The key must consist of only letters, numbers, and underscores. It can't be only numbers
        title (str): The title of the custom field
        type_ (str): The custom field type: "checkbox", "date", "decimal", "dropdown", "integer", ["lookup"](/api-
            reference/ticketing/lookup_relationships/lookup_relationships/), "multiselect", "regexp", "text", or "textarea"
        active (bool | Unset): If true, this field is available for use
        created_at (datetime.datetime | Unset): The time of the last update of the ticket field
        custom_field_options (list[CustomFieldOptionObject] | Unset): Required and presented for a custom field of type
            "dropdown". Each option is represented by an object with a `name` and `value` property
        description (str | Unset): User-defined description of this field's purpose
        id (int | Unset): Automatically assigned upon creation
        position (int | Unset): Ordering of the field relative to other fields
        raw_description (str | Unset): The dynamic content placeholder, if present, or the `description` value, if not.
            See [Dynamic Content Items](/api-reference/ticketing/ticket-management/dynamic_content/)
        raw_title (str | Unset): The dynamic content placeholder, if present, or the `title` value, if not. See [Dynamic
            Content Items](/api-reference/ticketing/ticket-management/dynamic_content/)
        regexp_for_validation (None | str | Unset): Regular expression field only. The validation pattern for a field
            value to be deemed valid
        relationship_filter (CustomFieldObjectRelationshipFilter | Unset): A filter definition that allows your
            autocomplete to filter down results
        relationship_target_type (str | Unset): A representation of what type of object the field references. Options
            are "zen:user", "zen:organization", "zen:ticket", and "zen:custom_object:{key}" where key is a custom object
            key. For example "zen:custom_object:apartment".
        system (bool | Unset): If true, only active and position values of this field can be changed
        tag (str | Unset): Optional for custom field of type "checkbox"; not presented otherwise.
        updated_at (datetime.datetime | Unset): The time of the last update of the ticket field
        url (str | Unset): The URL for this resource
    """

    key: str
    title: str
    type_: str
    active: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    custom_field_options: list[CustomFieldOptionObject] | Unset = UNSET
    description: str | Unset = UNSET
    id: int | Unset = UNSET
    position: int | Unset = UNSET
    raw_description: str | Unset = UNSET
    raw_title: str | Unset = UNSET
    regexp_for_validation: None | str | Unset = UNSET
    relationship_filter: CustomFieldObjectRelationshipFilter | Unset = UNSET
    relationship_target_type: str | Unset = UNSET
    system: bool | Unset = UNSET
    tag: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        title = self.title

        type_ = self.type_

        active = self.active

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        custom_field_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_field_options, Unset):
            custom_field_options = []
            for custom_field_options_item_data in self.custom_field_options:
                custom_field_options_item = custom_field_options_item_data.to_dict()
                custom_field_options.append(custom_field_options_item)

        description = self.description

        id = self.id

        position = self.position

        raw_description = self.raw_description

        raw_title = self.raw_title

        regexp_for_validation: None | str | Unset
        if isinstance(self.regexp_for_validation, Unset):
            regexp_for_validation = UNSET
        else:
            regexp_for_validation = self.regexp_for_validation

        relationship_filter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationship_filter, Unset):
            relationship_filter = self.relationship_filter.to_dict()

        relationship_target_type = self.relationship_target_type

        system = self.system

        tag = self.tag

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "title": title,
                "type": type_,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom_field_options is not UNSET:
            field_dict["custom_field_options"] = custom_field_options
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if position is not UNSET:
            field_dict["position"] = position
        if raw_description is not UNSET:
            field_dict["raw_description"] = raw_description
        if raw_title is not UNSET:
            field_dict["raw_title"] = raw_title
        if regexp_for_validation is not UNSET:
            field_dict["regexp_for_validation"] = regexp_for_validation
        if relationship_filter is not UNSET:
            field_dict["relationship_filter"] = relationship_filter
        if relationship_target_type is not UNSET:
            field_dict["relationship_target_type"] = relationship_target_type
        if system is not UNSET:
            field_dict["system"] = system
        if tag is not UNSET:
            field_dict["tag"] = tag
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_object_relationship_filter import (
            CustomFieldObjectRelationshipFilter,  # noqa: PLC0415
        )
        from ..models.custom_field_option_object import CustomFieldOptionObject  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        title = d.pop("title")

        type_ = d.pop("type")

        active = d.pop("active", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _custom_field_options = d.pop("custom_field_options", UNSET)
        custom_field_options: list[CustomFieldOptionObject] | Unset = UNSET
        if _custom_field_options is not UNSET:
            custom_field_options = []
            for custom_field_options_item_data in _custom_field_options:
                custom_field_options_item = CustomFieldOptionObject.from_dict(
                    custom_field_options_item_data
                )

                custom_field_options.append(custom_field_options_item)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        position = d.pop("position", UNSET)

        raw_description = d.pop("raw_description", UNSET)

        raw_title = d.pop("raw_title", UNSET)

        def _parse_regexp_for_validation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        regexp_for_validation = _parse_regexp_for_validation(d.pop("regexp_for_validation", UNSET))

        _relationship_filter = d.pop("relationship_filter", UNSET)
        relationship_filter: CustomFieldObjectRelationshipFilter | Unset
        if isinstance(_relationship_filter, Unset):
            relationship_filter = UNSET
        else:
            relationship_filter = CustomFieldObjectRelationshipFilter.from_dict(
                _relationship_filter
            )

        relationship_target_type = d.pop("relationship_target_type", UNSET)

        system = d.pop("system", UNSET)

        tag = d.pop("tag", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        url = d.pop("url", UNSET)

        custom_field_object = cls(
            key=key,
            title=title,
            type_=type_,
            active=active,
            created_at=created_at,
            custom_field_options=custom_field_options,
            description=description,
            id=id,
            position=position,
            raw_description=raw_description,
            raw_title=raw_title,
            regexp_for_validation=regexp_for_validation,
            relationship_filter=relationship_filter,
            relationship_target_type=relationship_target_type,
            system=system,
            tag=tag,
            updated_at=updated_at,
            url=url,
        )

        custom_field_object.additional_properties = d
        return custom_field_object

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
