"""`zd.job_statuses`: look at and wait for Zendesk background jobs (bulk writes, merges)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from zendesk_generated.api.tickets import show_job_status

from .. import _constants as C
from ..bulk import JobStatus, wait_job
from ._base import Resource, check_str_id, operation


class JobStatuses(Resource):
    """`get` one job status; `wait` until it is completed, failed or killed."""

    __slots__ = ()

    @operation("ShowJobStatus")
    async def get(self, job_id: str) -> JobStatus:
        """The current status of a job."""
        kw = show_job_status._get_kwargs(check_str_id(job_id, "job_id"))
        return await self._parsed(kw, JobStatus.from_body, model_name="job_status")

    async def wait(
        self,
        job_id: str,
        *,
        timeout: float = C.JOB_DEFAULT_TIMEOUT,
        raise_on_failure: bool = True,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> JobStatus:
        """Poll with backoff until the job ends; `JobError` if it failed (unless told not to),
        `JobTimeoutError` after `timeout` seconds. `sleep` / `clock` default to the client's."""
        pacing = self._pacing()
        return await wait_job(
            self._requester,
            check_str_id(job_id, "job_id"),
            timeout=timeout,
            raise_on_failure=raise_on_failure,
            sleep=sleep or pacing.get("sleep"),
            clock=clock or pacing.get("clock"),
        )
