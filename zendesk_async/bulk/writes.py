"""Chunked bulk writes: each chunk submitted as one background job, at most `max_jobs` in flight."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import anyio

from .. import _constants as C
from .._requester import Requester
from ..errors import InvalidArgumentError, TooManyJobsError
from ._common import Clock, Sleep, all_or_first_error, chunked, json_object
from .jobs import JobStatus, wait_job
from .results import BulkItemResult, BulkResult, apply_job_results

__all__ = ["RequestBuilder", "run_bulk"]

RequestBuilder = Callable[[Sequence[Any]], tuple[str, str, Mapping[str, Any] | None, Any]]
"""chunk -> (method, path, params, json body)."""


async def run_bulk(
    requester: Requester,
    inputs: Sequence[Any],
    build: RequestBuilder,
    *,
    key_of: Callable[[Any], int | str | None] = lambda item: None,
    chunk_size: int = C.BULK_CHUNK,
    max_jobs: int = C.MAX_JOBS_IN_FLIGHT,
    timeout: float = C.JOB_DEFAULT_TIMEOUT,
    sleep: Sleep | None = None,
    clock: Clock | None = None,
) -> BulkResult:
    """Submit `inputs` in chunks, each as one background job, and wait for all jobs.

    At most `max_jobs` of our jobs are in flight at once (Zendesk allows 30 per account). A
    `TooManyJobs` answer is waited out (poll again later) until `timeout`. `key_of` gives the id an
    input refers to, used to match job results reported by id (updates, deletes).
    """
    if not inputs:
        return BulkResult(items=[], jobs=[])
    if not 1 <= max_jobs <= C.MAX_JOBS_IN_FLIGHT:
        raise InvalidArgumentError(f"max_jobs must be between 1 and {C.MAX_JOBS_IN_FLIGHT}")
    do_sleep = sleep or anyio.sleep
    now = clock or anyio.current_time
    deadline = now() + timeout
    chunks = chunked(list(inputs), chunk_size)
    job_slots = anyio.Semaphore(max_jobs)
    results: list[BulkItemResult] = [
        BulkItemResult(index=i, input=item, id=key_of(item)) for i, item in enumerate(inputs)
    ]
    jobs: list[JobStatus | None] = [None] * len(chunks)

    async def submit(chunk: Sequence[Any]) -> JobStatus:
        method, path, params, body = build(chunk)
        delay = C.JOB_POLL_INITIAL
        while True:
            try:
                response = await requester.request(method, path, params=params, json=body)
            except TooManyJobsError:
                if now() + delay > deadline:
                    raise
                await do_sleep(delay)
                delay = min(delay * 2, C.JOB_POLL_MAX)
                continue
            return JobStatus.from_body(json_object(response))

    async def one_chunk(n: int, chunk: Sequence[Any]) -> None:
        offset = n * chunk_size
        async with job_slots:
            job = await submit(chunk)
            if not job.done:
                job = await wait_job(
                    requester,
                    job.id,
                    timeout=max(deadline - now(), 0.001),
                    raise_on_failure=False,
                    sleep=do_sleep,
                    clock=now,
                )
        jobs[n] = job
        apply_job_results(job, results[offset : offset + len(chunk)])

    await all_or_first_error([functools.partial(one_chunk, n, c) for n, c in enumerate(chunks)])
    return BulkResult(items=results, jobs=[j for j in jobs if j is not None])
