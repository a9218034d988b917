from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skill_based_routing_attribute_object import (
        SkillBasedRoutingAttributeObject,
    )


T = TypeVar("T", bound="SkillBasedRoutingAttributeResponse")


@_attrs_define
class SkillBasedRoutingAttributeResponse:
    """
    Attributes:
        attribute (SkillBasedRoutingAttributeObject | Unset):  Example: {'created_at': '2017-12-01T19:29:31Z', 'id':
            '15821cba-7326-11e8-b07e-950ba849aa27', 'name': 'color', 'updated_at': '2017-12-01T19:29:31Z', 'url':
            'https://{subdomain}.zendesk.com/api/v2/routing/attributes/15821cba-7326-11e8-b07e-950ba849aa27.json'}.
    """

    attribute: SkillBasedRoutingAttributeObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attribute, Unset):
            attribute = self.attribute.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute is not UNSET:
            field_dict["attribute"] = attribute

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_based_routing_attribute_object import (
            SkillBasedRoutingAttributeObject,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _attribute = d.pop("attribute", UNSET)
        attribute: SkillBasedRoutingAttributeObject | Unset
        if isinstance(_attribute, Unset):
            attribute = UNSET
        else:
            attribute = SkillBasedRoutingAttributeObject.from_dict(_attribute)

        skill_based_routing_attribute_response = cls(
            attribute=attribute,
        )

        skill_based_routing_attribute_response.additional_properties = d
        return skill_based_routing_attribute_response

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
