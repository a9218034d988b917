"""`run_bulk` in detail, against stub requesters: arguments, the `jobs` budget, the TooManyJobs
deadline boundary, a failed job's reported items, and what each chunk's items say when a chunk
fails after its job was accepted or when an error that ends everything stops the other chunks
(pending, sending, polling). Clocks and sleeps are fakes: no wall time."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from zendesk_async import bulk
from zendesk_async.errors import (
    AuthenticationError,
    InternalServerError,
    InvalidArgumentError,
    JobTimeoutError,
    ResponseParseError,
    status_error_from_response,
)

from .test_bulk import FakeClock, JobServer, StubRequester

pytestmark = pytest.mark.anyio


def create_many(chunk: Sequence[Any]) -> tuple[str, str, None, dict[str, Any]]:
    return "POST", "/api/v2/tickets/create_many", None, {"tickets": list(chunk)}


def _error(status: int, request: httpx.Request) -> Exception:
    body = {"error": "Boom", "description": f"status {status}"}
    response = httpx.Response(status, json=body, request=request)
    response.read()
    return status_error_from_response(response)


async def test_no_inputs_is_an_empty_result_without_a_request() -> None:
    req = StubRequester(JobServer())
    result = await bulk.run_bulk(req, [], create_many)
    assert result.items == [] and result.jobs == [] and result.ok and len(result) == 0
    assert req.calls == []


@pytest.mark.parametrize("max_jobs", [0, 31])
async def test_max_jobs_out_of_range_is_refused(max_jobs: int) -> None:
    req = StubRequester(JobServer())
    with pytest.raises(InvalidArgumentError, match=r"^max_jobs must be between 1 and 30$"):
        await bulk.run_bulk(req, [{}], create_many, max_jobs=max_jobs)
    assert req.calls == []


@pytest.mark.parametrize("max_jobs", [1, 30])
async def test_max_jobs_bounds_are_allowed(max_jobs: int) -> None:
    clock = FakeClock()
    req = StubRequester(JobServer(polls=1))
    result = await bulk.run_bulk(
        req, [{}, {}, {}], create_many, chunk_size=1, max_jobs=max_jobs,
        sleep=clock.sleep, clock=clock,
    )  # fmt: skip
    assert result.ok and len(result.jobs) == 3


async def test_submissions_use_the_jobs_budget_and_polls_do_not() -> None:
    clock = FakeClock()
    req = StubRequester(JobServer(polls=1))
    result = await bulk.run_bulk(req, [{}], create_many, sleep=clock.sleep, clock=clock)
    assert result.ok
    assert [(c.method, c.url.path) for c in req.calls] == [
        ("POST", "/api/v2/tickets/create_many"),
        ("GET", "/api/v2/job_statuses/job0"),
    ]
    assert req.budgets == ["jobs", None]


async def test_too_many_jobs_is_waited_out_when_the_retry_lands_exactly_on_the_deadline() -> None:
    """TooManyJobs at 0 and 1 s: the second wait (2 s) ends exactly at the 3 s deadline, which is
    still allowed; the third submission is accepted and its job polled once."""
    clock = FakeClock()
    req = StubRequester(JobServer(polls=1, too_many=2))
    result = await bulk.run_bulk(req, [{}], create_many, timeout=3, sleep=clock.sleep, clock=clock)
    assert result.ok and [job.status for job in result.jobs] == ["completed"]
    assert clock.sleeps == [1.0, 2.0] and clock.now == 3.0


async def test_a_failed_job_still_reports_the_items_it_did() -> None:
    """A job that ends `failed` is not raised: the items its results report keep their ids."""
    clock = FakeClock()
    req = StubRequester(JobServer(polls=1, final="failed"))
    result = await bulk.run_bulk(
        req, [{"subject": "a"}, {"subject": "b"}], create_many, sleep=clock.sleep, clock=clock
    )
    assert [job.status for job in result.jobs] == ["failed"]
    assert [(item.state, item.id, item.exception) for item in result.items] == [
        (bulk.ItemState.SUCCEEDED, 1000, None),
        (bulk.ItemState.SUCCEEDED, 1001, None),
    ]


async def test_a_chunk_whose_job_was_accepted_is_unknown_whatever_fails_next() -> None:
    """A 500 on the job status poll: the job was accepted and may still run, so its items are
    UNKNOWN (a 500 on the submission itself would be FAILED), with the job's id to look it up."""
    server = JobServer(polls=1)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/api/v2/job_statuses/"):
            return httpx.Response(500, json={"error": "InternalError", "description": "oops"})
        return server(request)

    clock = FakeClock()
    req = StubRequester(handler)
    result = await bulk.run_bulk(
        req, [11, 12], lambda c: ("DELETE", "/api/v2/tickets/destroy_many", {"ids": "11,12"}, None),
        key_of=lambda i: i, sleep=clock.sleep, clock=clock,
    )  # fmt: skip
    assert [item.state for item in result.items] == [bulk.ItemState.UNKNOWN] * 2
    assert [item.id for item in result.items] == [11, 12]
    for item in result.items:
        assert isinstance(item.exception, InternalServerError)
        assert item.error == f"InternalServerError: {item.exception}"
        assert item.job_id == "job0"
    assert [job.status for job in result.jobs] == ["queued"]


class CheckpointingRequester(StubRequester):
    """Yields to the event loop before sending, as the real request path does."""

    async def request(self, method: str, url: Any, **kwargs: Any) -> httpx.Response:
        await anyio.lowlevel.checkpoint()
        return await super().request(method, url, **kwargs)


@pytest.mark.parametrize("requester", [StubRequester, CheckpointingRequester])
async def test_an_error_that_ends_everything_leaves_the_waiting_chunks_failed(
    requester: type[StubRequester],
) -> None:
    """Every submission answers 401; with one job slot the other chunks never start: they were
    not sent (FAILED, safe to resend) and say on what the bulk write stopped. (The slot used to
    be freed before the others were cancelled: the next chunk then started, and was sent, or
    reported UNKNOWN as "stopped while sending it" although nothing had left.)"""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": "Couldn't authenticate you"})

    req = requester(handler)
    with pytest.raises(AuthenticationError) as info:
        await bulk.run_bulk(
            req, ["a", "b", "c"], create_many, key_of=lambda i: f"key-{i}", chunk_size=1,
            max_jobs=1, sleep=FakeClock().sleep, clock=FakeClock(),
        )  # fmt: skip
    result = info.value.partial_result
    assert len(req.calls) == 1
    assert [item.id for item in result.items] == ["key-a", "key-b", "key-c"]
    assert [item.state for item in result.items] == [bulk.ItemState.FAILED] * 3
    [refused] = [item for item in result.items if item.exception is not None]
    assert refused.exception is info.value
    assert refused.error == f"AuthenticationError: {info.value}"
    unsent = [item for item in result.items if item is not refused]
    assert [item.error for item in unsent] == [
        "not sent: the bulk write stopped on AuthenticationError"
    ] * 2
    assert all(item.job_id is None for item in result.items)
    assert result.jobs == []


class StagedRequester:
    """Input "sending": its submission never answers. Input "polling": accepted, its job status
    poll never answers. Input "fatal": once both others are in flight, a 401."""

    def __init__(self) -> None:
        self.sending = anyio.Event()
        self.polling = anyio.Event()

    @property
    def base_url(self) -> httpx.URL:
        return httpx.URL("https://acme.zendesk.com")

    async def request(self, method: str, url: Any, *, json: Any = None, **_: Any) -> Any:
        request = httpx.Request(method, self.base_url.join(str(url)))
        await anyio.lowlevel.checkpoint()
        if str(url).startswith("/api/v2/job_statuses/"):
            self.polling.set()
            await anyio.sleep_forever()
        [subject] = [t["subject"] for t in json["tickets"]]
        if subject == "sending":
            self.sending.set()
            await anyio.sleep_forever()
        if subject == "polling":
            job = {"id": "jp", "status": "queued"}
            return httpx.Response(200, content=_dumps({"job_status": job}), request=request)
        await self.sending.wait()
        await self.polling.wait()
        raise _error(401, request)


def _dumps(body: Any) -> bytes:
    return json.dumps(body).encode()


async def test_an_error_that_ends_everything_leaves_the_chunks_in_flight_unknown() -> None:
    req = StagedRequester()
    inputs = [{"subject": s} for s in ("sending", "polling", "fatal")]
    clock = FakeClock()
    with pytest.raises(AuthenticationError) as info:
        await bulk.run_bulk(
            req, inputs, create_many, key_of=lambda i: i["subject"], chunk_size=1,
            sleep=clock.sleep, clock=clock,
        )  # fmt: skip
    sending, polling, fatal = info.value.partial_result.items
    assert [item.id for item in (sending, polling, fatal)] == ["sending", "polling", "fatal"]
    assert (sending.state, sending.job_id, sending.exception) == (
        bulk.ItemState.UNKNOWN,
        None,
        None,
    )
    assert sending.error == "stopped while sending it (AuthenticationError in another chunk)"
    assert (polling.state, polling.job_id, polling.exception) == (
        bulk.ItemState.UNKNOWN,
        "jp",
        None,
    )
    assert (
        polling.error == "stopped while waiting for its job (AuthenticationError in another chunk)"
    )
    assert (fatal.state, fatal.exception) == (bulk.ItemState.FAILED, info.value)
    assert [job.id for job in info.value.partial_result.jobs] == ["jp"]


async def test_a_job_accepted_at_the_deadline_gets_one_last_look_not_another_second() -> None:
    """TooManyJobs is waited out until exactly the 3 s deadline; the job then accepted is polled,
    and once more after the 1 ms left: still working, so its items are UNKNOWN with its job."""
    clock = FakeClock()
    req = StubRequester(JobServer(polls=3, too_many=2))
    result = await bulk.run_bulk(req, [{}], create_many, timeout=3, sleep=clock.sleep, clock=clock)
    [item] = result.items
    assert item.state is bulk.ItemState.UNKNOWN and item.job_id == "job0"
    assert isinstance(item.exception, JobTimeoutError)
    assert clock.sleeps == [1.0, 2.0, pytest.approx(0.001)]
    assert [job.status for job in result.jobs] == ["working"]


def test_chunked() -> None:
    assert bulk.chunked([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]
    assert bulk.chunked([1, 2], 1) == [[1], [2]]
    assert bulk.chunked((1, 2), 5) == [(1, 2)]
    assert bulk.chunked([], 3) == []
    with pytest.raises(InvalidArgumentError, match=r"^chunk size must be at least 1, got 0$"):
        bulk.chunked([1], 0)


@pytest.mark.parametrize("body", [b"[1, 2]", b'"job"', b"null"])
async def test_an_answer_that_is_not_a_json_object_names_the_response(body: bytes) -> None:
    req = StubRequester(lambda r: httpx.Response(200, content=body))
    with pytest.raises(ResponseParseError, match=r"^response body is not a JSON object$") as info:
        await bulk.wait_job(req, "j", sleep=FakeClock().sleep)
    assert info.value.response is not None and info.value.response.status_code == 200
    assert info.value.body == body
