from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateResourceResult")


@_attrs_define
class UpdateResourceResult:
    """
    Attributes:
        action (None | str): the action the job attempted (`"action": "update"`)
        id (int | None): the id of the resource the job attempted to update
        status (None | str): the status (`"status": "Updated"`)
        success (bool | None): whether the action was successful or not (`"success": true`)
    """

    action: None | str
    id: int | None
    status: None | str
    success: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: None | str
        action = self.action

        id: int | None
        id = self.id

        status: None | str
        status = self.status

        success: bool | None
        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "id": id,
                "status": status,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        id = d.pop("id")

        status = d.pop("status")

        success = d.pop("success")

        update_resource_result = cls(
            action=action,
            id=id,
            status=status,
            success=success,
        )

        update_resource_result.additional_properties = d
        return update_resource_result

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
