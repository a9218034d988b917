"""Background jobs that complete asynchronously: after N polls or M seconds of the fake's clock."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import attrs

from zendesk_async import _constants as C

from ._http import HTTPError

Work = Callable[[], Any]  # applies the job's changes; returns its `results`


@attrs.define
class Job:
    id: str
    job_type: str
    total: int
    work: Work
    created: float
    status: str = "queued"
    polls: int = 0
    results: Any = None
    message: str | None = None

    def to_json(self, base_url: str) -> dict[str, Any]:
        done = self.status == "completed"
        return {
            "id": self.id,
            "url": f"{base_url}/api/v2/job_statuses/{self.id}.json",
            "job_type": self.job_type,
            "status": self.status,
            "total": self.total,
            "progress": self.total if done else 0,
            "message": self.message,
            "results": self.results,
        }


class JobQueue:
    """Job statuses; `advance()` completes what is due. A job runs its `work` when it completes."""

    def __init__(
        self,
        now: Callable[[], float],
        *,
        polls_to_complete: int = C.FAKE_JOB_POLLS_TO_COMPLETE,
        seconds_to_complete: float | None = None,
        max_in_flight: int = C.FAKE_MAX_JOBS_IN_FLIGHT,
    ) -> None:
        self._now = now
        self.polls_to_complete = polls_to_complete
        self.seconds_to_complete = seconds_to_complete
        self.max_in_flight = max_in_flight
        self.jobs: dict[str, Job] = {}
        self._ids = itertools.count(1)

    def in_flight(self) -> list[Job]:
        return [j for j in self.jobs.values() if j.status in ("queued", "working")]

    def submit(self, job_type: str, total: int, work: Work) -> Job:
        """Queue a job, or raise 429 TooManyJobs when `max_in_flight` are already running."""
        running = self.in_flight()
        if len(running) >= self.max_in_flight:
            raise HTTPError(
                429,
                {
                    "error": "TooManyJobs",
                    "description": "Number of allowed queued or running jobs exceeded",
                    "current_job_ids": [j.id for j in running],
                },
                [(b"retry-after", b"10"), *self.inflight_header()],
            )
        job_id = f"{next(self._ids):08x}" + "5a1e" * 6  # 32 hex chars like Zendesk's
        job = Job(job_id, job_type, total, work, self._now())
        self.jobs[job_id] = job
        if self.polls_to_complete <= 0 and self.seconds_to_complete is None:
            self._complete(job)
        return job

    def inflight_header(self) -> list[tuple[bytes, bytes]]:
        remaining = max(0, self.max_in_flight - len(self.in_flight()))
        value = f"total={self.max_in_flight}; remaining={remaining}; resets=60"
        return [(b"zendesk-ratelimit-inflight-jobs", value.encode())]

    def poll(self, job_id: str) -> Job | None:
        job = self.jobs.get(job_id)
        if job is None:
            return None
        if job.status in ("queued", "working"):
            job.polls += 1
            job.status = "working"
            if self.seconds_to_complete is None and job.polls > self.polls_to_complete:
                self._complete(job)
        return job

    def advance(self) -> None:
        """Complete the jobs whose time has come (time-based completion only)."""
        if self.seconds_to_complete is None:
            return
        now = self._now()
        for job in self.in_flight():
            if now - job.created >= self.seconds_to_complete:
                self._complete(job)

    def complete_all(self) -> None:
        for job in self.in_flight():
            self._complete(job)

    def _complete(self, job: Job) -> None:
        try:
            job.results = job.work()
            job.status = "completed"
            job.message = "Completed at " + _ctime(self._now())
        except HTTPError as exc:
            job.status = "failed"
            job.message = str(exc.body)


def _ctime(ts: float) -> str:
    import time

    return time.strftime("%a %b %d %H:%M:%S +0000 %Y", time.gmtime(ts))
