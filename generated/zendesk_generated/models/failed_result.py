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
        action (None | str): The action the job attempted (`"action": "update"`)
        details (None | str): The details of the error
        error (None | str): The error message
        id (int | None): The id of the resource the job attempted to update
        success (bool | None): Whether the action was successful or not (`"success": true`)
    """

    action: None | str
    details: None | str
    error: None | str
    id: int | None
    success: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: None | str
        action = self.action

        details: None | str
        details = self.details

        error: None | str
        error = self.error

        id: int | None
        id = self.id

        success: bool | None
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
