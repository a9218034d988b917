from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillBasedRoutingAttributeValuesError")


@_attrs_define
class SkillBasedRoutingAttributeValuesError:
    """
    Attributes:
        error (None | SkillBasedRoutingAttributeValuesErrorErrorType0 | Unset):
    """

    error: None | SkillBasedRoutingAttributeValuesErrorErrorType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, SkillBasedRoutingAttributeValuesErrorErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error", UNSET)
        if error is not None and error is not UNSET:
            error = _parse_error(error)

        skill_based_routing_attribute_values_error = cls(
            error=error,
        )

        skill_based_routing_attribute_values_error.additional_properties = d
        return skill_based_routing_attribute_values_error

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("error", self.error),
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


def _parse_error(data: object) -> None | SkillBasedRoutingAttributeValuesErrorErrorType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        error_type_0 = SkillBasedRoutingAttributeValuesErrorErrorType0.from_dict(data)

        return error_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | SkillBasedRoutingAttributeValuesErrorErrorType0 | Unset, data)


from ..models.skill_based_routing_attribute_values_error_error_type_0 import (
    SkillBasedRoutingAttributeValuesErrorErrorType0,
)
