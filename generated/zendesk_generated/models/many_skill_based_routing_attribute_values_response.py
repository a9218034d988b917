from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManySkillBasedRoutingAttributeValuesResponse")


@_attrs_define
class ManySkillBasedRoutingAttributeValuesResponse:
    """
    Attributes:
        count (int | None | Unset): The number of instance values returned
        instance_values (list[ManySkillBasedRoutingAttributeValues] | None | Unset):
        next_page (None | str | Unset): The URL for the next page of results
        previous_page (None | str | Unset): The URL for the previous page of results
        meta (CursorPaginationMeta | None | Unset):
        links (CursorPaginationLinks | None | Unset):
    """

    count: int | None | Unset = UNSET
    instance_values: list[ManySkillBasedRoutingAttributeValues] | None | Unset = UNSET
    next_page: None | str | Unset = UNSET
    previous_page: None | str | Unset = UNSET
    meta: CursorPaginationMeta | None | Unset = UNSET
    links: CursorPaginationLinks | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        instance_values: list[dict[str, Any]] | None | Unset
        if isinstance(self.instance_values, Unset):
            instance_values = UNSET
        elif isinstance(self.instance_values, list):
            instance_values = []
            for instance_values_type_0_item_data in self.instance_values:
                instance_values_type_0_item = instance_values_type_0_item_data.to_dict()
                instance_values.append(instance_values_type_0_item)

        else:
            instance_values = self.instance_values

        next_page: None | str | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        previous_page: None | str | Unset
        if isinstance(self.previous_page, Unset):
            previous_page = UNSET
        else:
            previous_page = self.previous_page

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, CursorPaginationMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, CursorPaginationLinks):
            links = self.links.to_dict()
        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if instance_values is not UNSET:
            field_dict["instance_values"] = instance_values
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if previous_page is not UNSET:
            field_dict["previous_page"] = previous_page
        if meta is not UNSET:
            field_dict["meta"] = meta
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        instance_values = d.pop("instance_values", UNSET)
        if instance_values is not None and instance_values is not UNSET:
            instance_values = _parse_instance_values(instance_values)

        next_page = d.pop("next_page", UNSET)

        previous_page = d.pop("previous_page", UNSET)

        meta = d.pop("meta", UNSET)
        if meta is not None and meta is not UNSET:
            meta = _parse_meta(meta)

        links = d.pop("links", UNSET)
        if links is not None and links is not UNSET:
            links = _parse_links(links)

        many_skill_based_routing_attribute_values_response = cls(
            count=count,
            instance_values=instance_values,
            next_page=next_page,
            previous_page=previous_page,
            meta=meta,
            links=links,
        )

        many_skill_based_routing_attribute_values_response.additional_properties = d
        return many_skill_based_routing_attribute_values_response

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("count", self.count),
                ("instance_values", self.instance_values),
                ("next_page", self.next_page),
                ("previous_page", self.previous_page),
                ("meta", self.meta),
                ("links", self.links),
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


def _parse_instance_values(
    data: object,
) -> list[ManySkillBasedRoutingAttributeValues] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        instance_values_type_0 = []
        _instance_values_type_0 = data
        for instance_values_type_0_item_data in _instance_values_type_0:
            instance_values_type_0_item = ManySkillBasedRoutingAttributeValues.from_dict(
                instance_values_type_0_item_data
            )

            instance_values_type_0.append(instance_values_type_0_item)

        return instance_values_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[ManySkillBasedRoutingAttributeValues] | None | Unset, data)


def _parse_meta(data: object) -> CursorPaginationMeta | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        meta_type_1 = CursorPaginationMeta.from_dict(data)

        return meta_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CursorPaginationMeta | None | Unset, data)


def _parse_links(data: object) -> CursorPaginationLinks | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        links_type_1 = CursorPaginationLinks.from_dict(data)

        return links_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CursorPaginationLinks | None | Unset, data)


from ..models.cursor_pagination_links import CursorPaginationLinks
from ..models.cursor_pagination_meta import CursorPaginationMeta
from ..models.many_skill_based_routing_attribute_values import (
    ManySkillBasedRoutingAttributeValues,
)
