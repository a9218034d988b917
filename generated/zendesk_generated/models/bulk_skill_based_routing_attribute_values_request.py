from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkSkillBasedRoutingAttributeValuesRequest")


@_attrs_define
class BulkSkillBasedRoutingAttributeValuesRequest:
    """
    Attributes:
        job (BulkSkillBasedRoutingAttributeValueJob | Unset):
    """

    job: BulkSkillBasedRoutingAttributeValueJob | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _job = d.pop("job", UNSET)
        job: BulkSkillBasedRoutingAttributeValueJob | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = BulkSkillBasedRoutingAttributeValueJob.from_dict(_job)

        bulk_skill_based_routing_attribute_values_request = cls(
            job=job,
        )

        bulk_skill_based_routing_attribute_values_request.additional_properties = d
        return bulk_skill_based_routing_attribute_values_request

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("job", self.job),
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


from ..models.bulk_skill_based_routing_attribute_value_job import (
    BulkSkillBasedRoutingAttributeValueJob,
)
