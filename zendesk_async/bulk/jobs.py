"""Zendesk background jobs: `JobStatus` and `wait_job` (polling with backoff until a job ends)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import anyio
import attrs

from .. import _constants as C
from .._requester import Requester
from .._urls import path_segment
from ..errors import InvalidArgumentError, JobError, JobTimeoutError, ResponseParseError
from ._common import Clock, Sleep, json_object

__all__ = ["TERMINAL_BAD", "TERMINAL_OK", "JobStatus", "wait_job"]

TERMINAL_OK = frozenset({"completed"})
TERMINAL_BAD = frozenset({"failed", "killed"})


@attrs.define(frozen=True)
class JobStatus:
    """A background job as Zendesk reports it (status: queued, working, completed, failed)."""

    id: str
    status: str
    total: int | None = None
    progress: int | None = None
    message: str | None = None
    results: Any = None
    url: str | None = None
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False)

    @property
    def done(self) -> bool:
        return self.status in TERMINAL_OK or self.status in TERMINAL_BAD

    @classmethod
    def from_body(cls, body: Mapping[str, Any]) -> JobStatus:
        """From a `{"job_status": {...}}` envelope or a bare job status object."""
        data = body.get("job_status", body)
        if not isinstance(data, Mapping) or "id" not in data or "status" not in data:
            raise ResponseParseError("response is not a job status", model="JobStatus")
        return cls(
            id=str(data["id"]),
            status=str(data["status"]),
            total=data.get("total"),
            progress=data.get("progress"),
            message=data.get("message"),
            results=data.get("results"),
            url=data.get("url"),
            raw=dict(data),
        )


async def wait_job(
    requester: Requester,
    job_id: str,
    *,
    timeout: float = C.JOB_DEFAULT_TIMEOUT,
    poll_initial: float = C.JOB_POLL_INITIAL,
    poll_max: float = C.JOB_POLL_MAX,
    raise_on_failure: bool = True,
    sleep: Sleep | None = None,
    clock: Clock | None = None,
) -> JobStatus:
    """Poll a job status with backoff until it is completed / failed / killed, or `timeout` passes.

    Raises `JobError` for failed or killed jobs (unless `raise_on_failure=False`) and
    `JobTimeoutError` (with the last status seen) at the deadline.
    """
    if not job_id:
        raise InvalidArgumentError("job_id must be a non-empty string")
    if timeout <= 0:
        raise InvalidArgumentError(f"timeout must be positive, got {timeout}")
    do_sleep = sleep or anyio.sleep
    now = clock or anyio.current_time
    deadline = now() + timeout
    delay = poll_initial
    while True:
        response = await requester.request(
            "GET", f"{C.API_PREFIX}/job_statuses/{path_segment(job_id, 'job_id')}"
        )
        job = JobStatus.from_body(json_object(response))
        if job.status in TERMINAL_OK:
            return job
        if job.status in TERMINAL_BAD:
            if raise_on_failure:
                raise JobError(
                    f"job {job_id} ended as {job.status}: {job.message or ''}".strip(), job=job
                )
            return job
        remaining = deadline - now()
        if remaining <= 0:
            raise JobTimeoutError(
                f"job {job_id} still {job.status} after {timeout:g}s "
                f"(progress {job.progress}/{job.total})",
                job=job,
            )
        await do_sleep(min(delay, remaining))
        delay = min(delay * 2, poll_max)
