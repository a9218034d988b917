from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobStatusObject")


@_attrs_define
class JobStatusObject:
    """
    Example:
        {'id': '82de0b044094f0c67893ac9fe64f1a99', 'message': 'Completed at 2018-03-08 10:07:04 +0000', 'progress': 2,
            'results': [{'action': 'update', 'id': 244, 'status': 'Updated', 'success': True}, {'action': 'update', 'id':
            245, 'status': 'Updated', 'success': True}], 'status': 'completed', 'total': 2, 'url':
            'https://example.zendesk.com/api/v2/job_statuses/82de0b0467893ac9fe64f1a99.json'}

    Attributes:
        id (None | str | Unset): Automatically assigned when the job is queued
        job_type (None | str | Unset): The type of the job
        message (None | str | Unset): Message from the job worker, if any
        progress (int | None | Unset): Number of tasks that have already been completed
        results (JobStatusObjectResultsType1 | list[JobStatusResultObject] | None | Unset): Result data from processed
            tasks. See [Results](#results) below
        status (None | str | Unset): The current status. One of the following: "queued", "working", "failed",
            "completed"
        total (int | None | Unset): The total number of tasks this job is batching through
        url (None | str | Unset): The URL to poll for status updates
    """

    id: None | str | Unset = UNSET
    job_type: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    progress: int | None | Unset = UNSET
    results: JobStatusObjectResultsType1 | list[JobStatusResultObject] | None | Unset = UNSET
    status: None | str | Unset = UNSET
    total: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        job_type: None | str | Unset
        if isinstance(self.job_type, Unset):
            job_type = UNSET
        else:
            job_type = self.job_type

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        progress: int | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        results: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = []
            for results_type_0_type_0_item_data in self.results:
                results_type_0_type_0_item = results_type_0_type_0_item_data.to_dict()
                results.append(results_type_0_type_0_item)

        elif isinstance(self.results, JobStatusObjectResultsType1):
            results = self.results.to_dict()
        else:
            results = self.results

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if job_type is not UNSET:
            field_dict["job_type"] = job_type
        if message is not UNSET:
            field_dict["message"] = message
        if progress is not UNSET:
            field_dict["progress"] = progress
        if results is not UNSET:
            field_dict["results"] = results
        if status is not UNSET:
            field_dict["status"] = status
        if total is not UNSET:
            field_dict["total"] = total
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        job_type = d.pop("job_type", UNSET)

        message = d.pop("message", UNSET)

        progress = d.pop("progress", UNSET)

        results = d.pop("results", UNSET)
        if results is not None and results is not UNSET:
            results = _parse_results(results)

        status = d.pop("status", UNSET)

        total = d.pop("total", UNSET)

        url = d.pop("url", UNSET)

        job_status_object = cls(
            id=id,
            job_type=job_type,
            message=message,
            progress=progress,
            results=results,
            status=status,
            total=total,
            url=url,
        )

        job_status_object.additional_properties = d
        return job_status_object

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("job_type", self.job_type),
                ("message", self.message),
                ("progress", self.progress),
                ("results", self.results),
                ("status", self.status),
                ("total", self.total),
                ("url", self.url),
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


def _parse_results(
    data: object,
) -> JobStatusObjectResultsType1 | list[JobStatusResultObject] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        results_type_0_type_0 = []
        _results_type_0_type_0 = data
        for results_type_0_type_0_item_data in _results_type_0_type_0:
            results_type_0_type_0_item = JobStatusResultObject.from_dict(
                results_type_0_type_0_item_data
            )

            results_type_0_type_0.append(results_type_0_type_0_item)

        return results_type_0_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        results_type_1 = JobStatusObjectResultsType1.from_dict(data)

        return results_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(JobStatusObjectResultsType1 | list[JobStatusResultObject] | None | Unset, data)


from ..models.job_status_object_results_type_1 import JobStatusObjectResultsType1
from ..models.job_status_result_object import JobStatusResultObject
