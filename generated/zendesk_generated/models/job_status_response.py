from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_status_object import JobStatusObject


T = TypeVar("T", bound="JobStatusResponse")


@_attrs_define
class JobStatusResponse:
    """
    Attributes:
        job_status (JobStatusObject | Unset):  Example: {'id': '82de0b044094f0c67893ac9fe64f1a99', 'message': 'Completed
            at 2018-03-08 10:07:04 +0000', 'progress': 2, 'results': [{'action': 'update', 'id': 244, 'status': 'Updated',
            'success': True}, {'action': 'update', 'id': 245, 'status': 'Updated', 'success': True}], 'status': 'completed',
            'total': 2, 'url': 'https://example.zendesk.com/api/v2/job_statuses/82de0b0467893ac9fe64f1a99.json'}.
    """

    job_status: JobStatusObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_status, Unset):
            job_status = self.job_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_status is not UNSET:
            field_dict["job_status"] = job_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_status_object import JobStatusObject  # noqa: PLC0415

        d = dict(src_dict)
        _job_status = d.pop("job_status", UNSET)
        job_status: JobStatusObject | Unset
        if isinstance(_job_status, Unset):
            job_status = UNSET
        else:
            job_status = JobStatusObject.from_dict(_job_status)

        job_status_response = cls(
            job_status=job_status,
        )

        job_status_response.additional_properties = d
        return job_status_response

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
