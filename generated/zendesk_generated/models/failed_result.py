from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FailedResult")


@_attrs_define
class FailedResult:
    """
    Attributes:
        action (str): The action the job attempted (`"action": "update"`)
        details (str): The details of the error
        error (str): The error message
        id (int): The id of the resource the job attempted to update
        success (bool): Whether the action was successful or not (`"success": true`)
    """

    action: str
    details: str
    error: str
    id: int
    success: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        details = self.details

        error = self.error

        id = self.id

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "details": details,
                "error": error,
                "id": id,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        details = d.pop("details")

        error = d.pop("error")

        id = d.pop("id")

        success = d.pop("success")

        failed_result = cls(
            action=action,
            details=details,
            error=error,
            id=id,
            success=success,
        )

        failed_result.additional_properties = d
        return failed_result

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
