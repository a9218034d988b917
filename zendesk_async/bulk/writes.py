"""Chunked bulk writes: each chunk submitted as one background job, at most `max_jobs` in flight.

A failure of one chunk never loses the others: `run_bulk` returns a `BulkResult` with one item per
input, the failed chunk's items `FAILED` or `UNKNOWN` (see `chunk_failure_state`). Only an error
that ends every chunk (`ends_everything`: credentials, permissions, configuration) is raised, and
it carries the result so far in `partial_result`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import anyio
import attrs
import httpx

from .. import _constants as C
from .._requester import Requester
from .._retry import Failure, classify_exception
from ..errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    InvalidArgumentError,
    JobError,
    PermissionDeniedError,
    TooManyJobsError,
    UnsafeURLError,
    ZendeskError,
)
from ._common import Clock, Sleep, chunked, json_object
from .job_results import job_item_results
from .jobs import JobStatus, wait_job
from .results import BulkItemResult, BulkResult, ItemState

__all__ = ["RequestBuilder", "chunk_failure_state", "ends_everything", "run_bulk", "submit_job"]

RequestBuilder = Callable[[Sequence[Any]], tuple[str, str, Mapping[str, Any] | None, Any]]
"""chunk -> (method, path, params, json body)."""

#: Statuses a gateway or a timed-out write answers with: the write may have gone through.
MAYBE_APPLIED_STATUSES = frozenset({502, 503, 504})


def ends_everything(exc: BaseException) -> bool:
    """An error no other chunk can escape (bad credentials, permissions, configuration, a closed
    client, or a bug): stop the whole bulk write and raise it."""
    if not isinstance(exc, ZendeskError):
        return True
    fatal = (
        AuthenticationError,
        PermissionDeniedError,
        ConfigurationError,
        ClientClosedError,
        UnsafeURLError,
    )
    return isinstance(exc, fatal)


def chunk_failure_state(exc: BaseException, *, accepted: bool) -> ItemState:
    """What the inputs of a chunk whose request raised `exc` became.

    Once Zendesk accepted the chunk's job (`accepted`), a later failure (polling, timeout) leaves
    them `UNKNOWN`: the job may still run. Before that: an answer from Zendesk refusing the
    request (4xx, 429, 500) is `FAILED`; a gateway or timeout status (502, 503, 504), a request
    that may have been sent but got no complete answer (reset, read timeout) or a 2xx answer that
    could not be read is `UNKNOWN`; a request that never left (connect failure, unbuildable
    request) is `FAILED`.
    """
    if accepted:
        return ItemState.UNKNOWN
    if isinstance(exc, APIStatusError):
        if exc.status_code in MAYBE_APPLIED_STATUSES:
            return ItemState.UNKNOWN
        return ItemState.FAILED
    if isinstance(exc, APIConnectionError):
        cause = exc.__cause__
        if (
            isinstance(cause, httpx.HTTPError)
            and classify_exception(cause) is not Failure.MAYBE_SENT
        ):
            return ItemState.FAILED
        return ItemState.UNKNOWN
    if isinstance(
        exc, InvalidArgumentError | ConfigurationError | ClientClosedError | UnsafeURLError
    ):
        return ItemState.FAILED  # refused before anything was sent
    return ItemState.UNKNOWN


async def submit_job(
    requester: Requester,
    request: tuple[str, str, Mapping[str, Any] | None, Any],
    *,
    deadline: float,
    sleep: Sleep,
    clock: Clock,
) -> JobStatus:
    """Send one chunk's request; wait out `TooManyJobs` (30 jobs in flight) until `deadline`."""
    method, path, params, body = request
    delay = C.JOB_POLL_INITIAL
    while True:
        try:
            # budget "jobs": the governor holds job submissions (only) after a TooManyJobs
            response = await requester.request(
                method, path, params=params, json=body, budget="jobs"
            )
        except TooManyJobsError:
            if clock() + delay > deadline:
                raise
            await sleep(delay)
            delay = min(delay * 2, C.JOB_POLL_MAX)
            continue
        return JobStatus.from_body(json_object(response))


class _Phase(enum.Enum):
    PENDING = "pending"  # not started: nothing sent
    SENDING = "sending"  # the request may be on its way
    POLLING = "polling"  # the job was accepted
    DONE = "done"


@attrs.define
class _Chunk:
    """One chunk's progress, so that a chunk stopped at any point still accounts for its inputs."""

    offset: int
    inputs: Sequence[Any]
    keys: Sequence[int | str | None]
    phase: _Phase = _Phase.PENDING
    job: JobStatus | None = None
    exception: BaseException | None = None
    items: list[BulkItemResult] | None = None

    def results(self, stopped_by: BaseException | None) -> list[BulkItemResult]:
        if self.items is not None:
            return self.items
        if self.exception is not None:
            state = chunk_failure_state(self.exception, accepted=self.job is not None)
            error = f"{type(self.exception).__name__}: {self.exception}"
        elif self.phase is _Phase.PENDING:
            state = ItemState.FAILED
            error = f"not sent: the bulk write stopped on {type(stopped_by).__name__}"
        else:
            state = ItemState.UNKNOWN
            what = "sending it" if self.phase is _Phase.SENDING else "waiting for its job"
            error = f"stopped while {what} ({type(stopped_by).__name__} in another chunk)"
        job_id = self.job.id if self.job is not None else None
        return [
            BulkItemResult(
                index=self.offset + pos,
                input=item,
                id=self.keys[pos],
                state=state,
                error=error,
                exception=self.exception,
                job_id=job_id,
            )
            for pos, item in enumerate(self.inputs)
        ]


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

    Returns one `BulkItemResult` per input, in input order, whatever happened to each chunk; a
    chunk's failure is reported on its items (`FAILED` or `UNKNOWN`), never raised. An error that
    `ends_everything` stops the other chunks and is raised with `partial_result` set.
    """
    if not inputs:
        return BulkResult(items=[], jobs=[])
    if not 1 <= max_jobs <= C.MAX_JOBS_IN_FLIGHT:
        raise InvalidArgumentError(f"max_jobs must be between 1 and {C.MAX_JOBS_IN_FLIGHT}")
    do_sleep = sleep or anyio.sleep
    now = clock or anyio.current_time
    deadline = now() + timeout
    keys = [key_of(item) for item in inputs]
    chunks = [
        _Chunk(offset=n * chunk_size, inputs=part, keys=keys[n * chunk_size :][: len(part)])
        for n, part in enumerate(chunked(list(inputs), chunk_size))
    ]
    job_slots = anyio.Semaphore(max_jobs)
    fatal: list[BaseException] = []

    async def run_chunk(chunk: _Chunk) -> None:
        chunk.phase = _Phase.SENDING
        job = await submit_job(
            requester, build(chunk.inputs), deadline=deadline, sleep=do_sleep, clock=now
        )
        chunk.job, chunk.phase = job, _Phase.POLLING
        if not job.done:
            job = await wait_job(
                requester,
                job.id,
                timeout=max(deadline - now(), 0.001),
                raise_on_failure=False,
                sleep=do_sleep,
                clock=now,
            )
            chunk.job = job
        chunk.items = job_item_results(job, chunk.keys, inputs=chunk.inputs, offset=chunk.offset)
        chunk.phase = _Phase.DONE

    async with anyio.create_task_group() as tg:

        async def guarded(chunk: _Chunk) -> None:
            # the slot is held until a fatal error has cancelled the rest: freed before that, it
            # would let a waiting chunk start (SENDING) and be reported UNKNOWN, or even be sent
            async with job_slots:
                try:
                    await run_chunk(chunk)
                except Exception as exc:  # reported on the chunk's items
                    chunk.exception = exc
                    if isinstance(exc, JobError) and isinstance(exc.job, JobStatus):
                        chunk.job = exc.job  # the last status seen
                    if ends_everything(exc):
                        fatal.append(exc)
                        tg.cancel_scope.cancel()

        for chunk in chunks:
            tg.start_soon(guarded, chunk)

    stopped_by = fatal[0] if fatal else None
    result = BulkResult(
        items=[item for chunk in chunks for item in chunk.results(stopped_by)],
        jobs=[chunk.job for chunk in chunks if chunk.job is not None],
    )
    if stopped_by is not None:
        if isinstance(stopped_by, ZendeskError):
            stopped_by.partial_result = result
        raise stopped_by
    return result
