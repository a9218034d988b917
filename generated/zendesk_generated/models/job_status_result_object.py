from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobStatusResultObject")


@_attrs_define
class JobStatusResultObject:
    """One entry of a job's results. Failed iff `error` is set or `success` is false; `index` is the input position when
    present, else match the entry by `id`

        Attributes:
            id (int | None | Unset): The id of the resource the job acted on
            index (int | None | Unset): Position of the input in the request
            action (None | str | Unset): What the job did: create, update, delete...
            status (None | str | Unset): Created, Updated, Deleted, Failed...
            success (bool | None | Unset): Whether the action succeeded
            error (None | str | Unset): Error code of a failed entry
            details (None | str | Unset): Error details of a failed entry
            account_id (int | None | Unset): The account the entry belongs to
            external_id (None | str | Unset): External id of the resource, if any
    """

    id: int | None | Unset = UNSET
    index: int | None | Unset = UNSET
    action: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    success: bool | None | Unset = UNSET
    error: None | str | Unset = UNSET
    details: None | str | Unset = UNSET
    account_id: int | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        index: int | None | Unset
        if isinstance(self.index, Unset):
            index = UNSET
        else:
            index = self.index

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        details: None | str | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        else:
            details = self.details

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if index is not UNSET:
            field_dict["index"] = index
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status
        if success is not UNSET:
            field_dict["success"] = success
        if error is not UNSET:
            field_dict["error"] = error
        if details is not UNSET:
            field_dict["details"] = details
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        index = d.pop("index", UNSET)

        action = d.pop("action", UNSET)

        status = d.pop("status", UNSET)

        success = d.pop("success", UNSET)

        error = d.pop("error", UNSET)

        details = d.pop("details", UNSET)

        account_id = d.pop("account_id", UNSET)

        external_id = d.pop("external_id", UNSET)

        job_status_result_object = cls(
            id=id,
            index=index,
            action=action,
            status=status,
            success=success,
            error=error,
            details=details,
            account_id=account_id,
            external_id=external_id,
        )

        job_status_result_object.additional_properties = d
        return job_status_result_object

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("index", self.index),
                ("action", self.action),
                ("status", self.status),
                ("success", self.success),
                ("error", self.error),
                ("details", self.details),
                ("account_id", self.account_id),
                ("external_id", self.external_id),
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
