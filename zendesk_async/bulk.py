"""High-concurrency bulk work: `get_many`, chunked bulk writes with job polling, and `Gather`.

Everything here sends through the client's `Requester`, so one governor (concurrency, 429 pauses,
header-driven throttling) covers all of it. Results always account for every input:

* `get_many` returns a `FetchedList` in input order with `.missing` for ids Zendesk did not return.
* bulk writes return a `BulkResult` with one `BulkItemResult` per input (id, success, error).
* `Gather` runs the caller's own coroutines with bounded concurrency and keeps one `Outcome` per
  submission (value or exception) instead of failing the whole batch on the first error.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from types import TracebackType
from typing import Any, Generic, TypeVar

import anyio
import attrs

from . import _constants as C
from ._requester import Requester
from ._transport import parse_json
from .errors import (
    InvalidArgumentError,
    JobError,
    JobTimeoutError,
    ResponseParseError,
    TooManyJobsError,
    ZendeskError,
)
from .sideloads import Included

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]

__all__ = [
    "BulkItemResult",
    "BulkResult",
    "FetchedList",
    "Gather",
    "JobStatus",
    "Outcome",
    "chunked",
    "get_many",
    "run_bulk",
    "wait_job",
]

TERMINAL_OK = frozenset({"completed"})
TERMINAL_BAD = frozenset({"failed", "killed"})


def chunked(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """Split `items` into consecutive chunks of at most `size`."""
    if size < 1:
        raise InvalidArgumentError(f"chunk size must be at least 1, got {size}")
    return [items[i : i + size] for i in range(0, len(items), size)]


def _check_concurrency(concurrency: int) -> int:
    if not isinstance(concurrency, int) or isinstance(concurrency, bool) or concurrency < 1:
        raise InvalidArgumentError(f"concurrency must be a positive integer, got {concurrency!r}")
    return concurrency


def _normalise_ids(ids: Iterable[int | str], what: str = "ids") -> list[int | str]:
    out: list[int | str] = []
    for raw in ids:
        if isinstance(raw, bool) or not isinstance(raw, int | str):
            raise InvalidArgumentError(f"{what} must be integers or strings, got {raw!r}")
        if isinstance(raw, str):
            if not raw.strip():
                raise InvalidArgumentError(f"{what} must not contain empty strings")
            if raw.strip().isdigit():
                out.append(int(raw))
                continue
        out.append(raw)
    return out


# ------------------------------------------------------------------------------------------------
# get_many


class FetchedList(list[T]):
    """A list of fetched records in input order; `.missing` lists the ids Zendesk did not return;
    `.included` the sideloads asked for with ``include=`` (all chunks merged)."""

    missing: list[int | str]
    included: Included

    def __init__(
        self,
        items: Iterable[T] = (),
        missing: Iterable[int | str] = (),
        included: Included | None = None,
    ) -> None:
        super().__init__(items)
        self.missing = list(missing)
        self.included = included if included is not None else Included()


async def get_many(
    requester: Requester,
    path: str,
    ids: Iterable[int | str],
    *,
    items_key: str,
    parse: Callable[[Any], T],
    concurrency: int = C.DEFAULT_CONCURRENCY,
    chunk_size: int = C.SHOW_MANY_MAX_IDS,
    id_param: str = "ids",
    extra_params: Mapping[str, Any] | None = None,
) -> FetchedList[T]:
    """Fetch records by id through a `show_many` endpoint, chunks fetched concurrently.

    Duplicate ids are collapsed (first position wins); ids Zendesk did not return end up in
    `.missing` rather than being dropped silently.
    """
    _check_concurrency(concurrency)
    if not 1 <= chunk_size <= C.SHOW_MANY_MAX_IDS:
        raise InvalidArgumentError(
            f"chunk_size must be between 1 and {C.SHOW_MANY_MAX_IDS}, got {chunk_size}"
        )
    unique = list(dict.fromkeys(_normalise_ids(ids)))
    if not unique:
        return FetchedList()
    found: dict[int | str, Any] = {}
    sideloaded: list[Included] = []
    limiter = anyio.CapacityLimiter(concurrency)

    async def fetch(chunk: Sequence[int | str]) -> None:
        async with limiter:
            params: dict[str, Any] = dict(extra_params or {})
            params[id_param] = ",".join(str(i) for i in chunk)
            response = await requester.request("GET", path, params=params)
        body = _json_object(response)
        records = body.get(items_key)
        if not isinstance(records, list):
            raise ResponseParseError(
                f"expected a list under {items_key!r} in the show_many response",
                response=response,
                body=response.content,
                model=items_key,
            )
        sideloaded.append(Included.of(body, items_key))
        wanted = set(chunk)
        for record in records:
            rid = record.get("id") if isinstance(record, Mapping) else None
            if rid in wanted:
                found[rid] = record

    await _all_or_first_error([functools.partial(fetch, c) for c in chunked(unique, chunk_size)])

    items: list[T] = []
    missing: list[int | str] = []
    for rid in unique:
        if rid in found:
            try:
                items.append(parse(found[rid]))
            except ZendeskError:
                raise
            except Exception as exc:
                raise ResponseParseError(
                    f"record {rid!r} from {path} does not fit the model: {exc}", model=items_key
                ) from exc
        else:
            missing.append(rid)
    return FetchedList(items, missing, Included.merged(sideloaded))


async def _all_or_first_error(calls: Sequence[Callable[[], Awaitable[None]]]) -> None:
    """Run every call concurrently; on the first failure cancel the rest and raise that error
    itself (not an ExceptionGroup), so callers can `except NotFoundError` as usual."""
    first: list[Exception] = []

    async with anyio.create_task_group() as tg:

        async def guarded(call: Callable[[], Awaitable[None]]) -> None:
            try:
                await call()
            except Exception as exc:
                if not first:
                    first.append(exc)
                tg.cancel_scope.cancel()

        for call in calls:
            tg.start_soon(guarded, call)
    if first:
        raise first[0]


def _json_object(response: Any) -> dict[str, Any]:
    body = parse_json(response)
    if not isinstance(body, dict):
        raise ResponseParseError(
            "response body is not a JSON object", response=response, body=response.content
        )
    return body


# ------------------------------------------------------------------------------------------------
# Job statuses


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
        response = await requester.request("GET", f"{C.API_PREFIX}/job_statuses/{job_id}")
        job = JobStatus.from_body(_json_object(response))
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


# ------------------------------------------------------------------------------------------------
# Bulk writes


@attrs.define
class BulkItemResult:
    """The outcome for one input of a bulk write."""

    index: int
    input: Any
    id: int | str | None = None
    success: bool = False
    status: str | None = None
    action: str | None = None
    error: str | None = None
    details: Any = None


@attrs.define
class BulkResult:
    """Per-input results of a bulk write, plus the jobs that carried it."""

    items: list[BulkItemResult]
    jobs: list[JobStatus]

    @property
    def ok(self) -> bool:
        return all(item.success for item in self.items)

    @property
    def failed(self) -> list[BulkItemResult]:
        return [item for item in self.items if not item.success]

    @property
    def ids(self) -> list[int | str | None]:
        """The record id per input (created ids for creates), None where there is none."""
        return [item.id for item in self.items]

    def __len__(self) -> int:
        return len(self.items)


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
            return JobStatus.from_body(_json_object(response))

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
        _apply_job_results(job, results[offset : offset + len(chunk)])

    await _all_or_first_error([functools.partial(one_chunk, n, c) for n, c in enumerate(chunks)])
    return BulkResult(items=results, jobs=[j for j in jobs if j is not None])


def _apply_job_results(job: JobStatus, items: list[BulkItemResult]) -> None:
    """Spread a finished job's `results` over the chunk's items (by index, else by id)."""
    failed_job = job.status != "completed"
    entries = job.results
    if isinstance(entries, Mapping):  # e.g. {"success": true} on permanent deletes
        entries = [entries] if "id" in entries or "index" in entries else []
        if not entries and job.results.get("success") is True and not failed_job:
            for item in items:
                item.success, item.status = True, "completed"
            return
    by_id: dict[Any, Mapping[str, Any]] = {}
    by_index: dict[int, Mapping[str, Any]] = {}
    for entry in entries or []:
        if not isinstance(entry, Mapping):
            continue
        if isinstance(entry.get("index"), int):
            by_index[entry["index"]] = entry
        if entry.get("id") is not None:
            by_id[entry["id"]] = entry
            if isinstance(entry["id"], str) and entry["id"].isdigit():
                by_id[int(entry["id"])] = entry
    for pos, item in enumerate(items):
        entry = by_index.get(pos)
        if entry is None and item.id is not None:
            entry = by_id.get(item.id)
        if entry is None:
            if failed_job:
                item.success = False
                item.error = item.error or f"job {job.status}: {job.message or 'no detail'}"
            elif by_index or by_id:
                item.success = False
                item.error = "not reported in the job results"
            else:  # a completed job that reports nothing per item
                item.success = True
                item.status = "completed"
            continue
        item.id = entry.get("id", item.id)
        item.action = entry.get("action")
        item.status = entry.get("status")
        item.details = entry.get("details")
        error = entry.get("error")
        success = entry.get("success")
        item.success = error is None and success is not False and not failed_job
        if error is not None:
            item.error = str(error)
        elif not item.success:
            item.error = f"job {job.status}"


# ------------------------------------------------------------------------------------------------
# Gather: bounded fan-out for the caller's own coroutines


@attrs.define
class Outcome(Generic[T]):
    """The result of one submitted call: `value` or `error`, never both."""

    index: int
    key: Any
    value: T | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> T:
        """The value, or raise the error."""
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


class Gather(Generic[T]):
    """Run many calls with at most `concurrency` at once; collect one `Outcome` per call.

    ```python
    async with zd.gather(concurrency=50) as g:
        for tid in ids:
            g.submit(zd.tickets.get, tid, key=tid)
    for outcome in g.outcomes:        # submission order
        print(outcome.key, outcome.value if outcome.ok else outcome.error)
    ```
    A failing call does not cancel the others (partial failures are reported per input).
    Cancellation of the surrounding scope cancels everything. `raise_errors()` turns the failures
    into one `ExceptionGroup` when that is what the caller wants.
    """

    def __init__(self, concurrency: int = C.DEFAULT_CONCURRENCY) -> None:
        self._limiter = anyio.CapacityLimiter(_check_concurrency(concurrency))
        self._outcomes: list[Outcome[T]] = []
        self._tg: anyio.abc.TaskGroup | None = None

    async def __aenter__(self) -> Gather[T]:
        self._tg = anyio.create_task_group()
        await self._tg.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        assert self._tg is not None
        tg, self._tg = self._tg, None
        return await tg.__aexit__(exc_type, exc, tb)

    def submit(self, fn: Callable[..., Awaitable[T]], *args: Any, key: Any = None) -> Outcome[T]:
        """Schedule `fn(*args)`; returns its `Outcome`, filled in when the call finishes."""
        if self._tg is None:
            raise InvalidArgumentError("submit() is only allowed inside 'async with gather(...)'")
        outcome: Outcome[T] = Outcome(index=len(self._outcomes), key=key)
        self._outcomes.append(outcome)
        self._tg.start_soon(self._run, outcome, fn, args)
        return outcome

    async def _run(
        self, outcome: Outcome[T], fn: Callable[..., Awaitable[T]], args: tuple[Any, ...]
    ) -> None:
        async with self._limiter:
            try:
                outcome.value = await fn(*args)
            except Exception as exc:  # reported per input, by design
                outcome.error = exc

    @property
    def outcomes(self) -> list[Outcome[T]]:
        return list(self._outcomes)

    @property
    def results(self) -> list[T]:
        """Values of the successful calls, in submission order."""
        return [o.value for o in self._outcomes if o.error is None]  # type: ignore[misc]

    @property
    def errors(self) -> list[Outcome[T]]:
        return [o for o in self._outcomes if o.error is not None]

    def raise_errors(self) -> None:
        """Raise an ExceptionGroup of every failure (no-op when all succeeded)."""
        failures = [o.error for o in self._outcomes if isinstance(o.error, Exception)]
        if failures:
            raise ExceptionGroup(f"{len(failures)} of {len(self._outcomes)} calls failed", failures)


def ideal_wall_time(n_ids: int, concurrency: int, latency: float) -> float:
    """The best possible wall time of `get_many` (used by the benchmarks)."""
    chunks = math.ceil(n_ids / C.SHOW_MANY_MAX_IDS)
    return math.ceil(chunks / concurrency) * latency
