"""The bulk package: get_many, bulk writes, job polling, Gather — against a stub requester."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx
import pytest

from zendesk_async import bulk
from zendesk_async.errors import (
    InvalidArgumentError,
    JobError,
    JobTimeoutError,
    NotFoundError,
    ResponseParseError,
    TooManyJobsError,
    status_error_from_response,
)

pytestmark = pytest.mark.anyio

Handler = Callable[[httpx.Request], httpx.Response]


class StubRequester:
    """Implements the Requester protocol on a handler; non-2xx become typed errors."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.calls: list[httpx.Request] = []
        self.budgets: list[str | None] = []

    @property
    def base_url(self) -> httpx.URL:
        return httpx.URL("https://acme.zendesk.com")

    async def request(
        self,
        method: str,
        url: Any,
        *,
        params: Any = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        budget: str | None = None,
        idempotent: bool | None = None,
    ) -> httpx.Response:
        req = httpx.Request(method, self.base_url.join(str(url)), params=params, json=json)
        self.calls.append(req)
        self.budgets.append(budget)
        resp = self.handler(req)
        resp.request = req
        resp.read()
        if resp.status_code >= 400:
            raise status_error_from_response(resp)
        return resp


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def show_many_handler(existing: set[int]) -> Handler:
    def handler(req: httpx.Request) -> httpx.Response:
        ids = [int(i) for i in req.url.params["ids"].split(",")]
        assert len(ids) <= 100
        # Zendesk returns found records in its own order: reverse to prove we re-order
        return httpx.Response(
            200, json={"tickets": [{"id": i} for i in reversed(ids) if i in existing]}
        )

    return handler


@pytest.mark.parametrize("n", [1, 100, 101, 250])
async def test_get_many_chunks_at_100(n: int) -> None:
    req = StubRequester(show_many_handler(set(range(1, n + 1))))
    got = await bulk.get_many(
        req,
        "/api/v2/tickets/show_many",
        list(range(1, n + 1)),
        items_key="tickets",
        parse=lambda d: d["id"],
        concurrency=3,
    )
    assert got == list(range(1, n + 1))
    assert got.missing == []
    assert len(req.calls) == -(-n // 100)
    assert all(len(c.url.params["ids"].split(",")) <= 100 for c in req.calls)


async def test_get_many_order_duplicates_missing() -> None:
    req = StubRequester(show_many_handler({5, 3, 9}))
    got = await bulk.get_many(
        req,
        "/api/v2/tickets/show_many",
        [9, 3, 404, 9, "5", 3, 777],
        items_key="tickets",
        parse=lambda d: d["id"],
    )
    assert list(got) == [9, 3, 5]
    assert got.missing == [404, 777]
    assert len(req.calls) == 1


async def test_get_many_bad_input() -> None:
    req = StubRequester(show_many_handler(set()))
    with pytest.raises(InvalidArgumentError):
        await bulk.get_many(req, "/x", [1.5], items_key="tickets", parse=dict)  # type: ignore[list-item]
    with pytest.raises(InvalidArgumentError):
        await bulk.get_many(req, "/x", [1], items_key="tickets", parse=dict, concurrency=0)
    assert await bulk.get_many(req, "/x", [], items_key="tickets", parse=dict) == []


class JobServer:
    """Accepts bulk submissions and reports each job done after `polls` status requests."""

    def __init__(self, polls: int = 2, final: str = "completed", too_many: int = 0) -> None:
        self.polls = polls
        self.final = final
        self.too_many = too_many
        self.jobs: dict[str, dict[str, Any]] = {}
        self.seen: dict[str, int] = {}

    def __call__(self, req: httpx.Request) -> httpx.Response:
        if req.url.path.startswith("/api/v2/job_statuses/"):
            jid = req.url.path.rsplit("/", 1)[1]
            if jid not in self.jobs:
                return httpx.Response(
                    404, json={"error": "RecordNotFound", "description": "Not found"}
                )
            self.seen[jid] += 1
            job = dict(self.jobs[jid])
            if self.seen[jid] >= self.polls:
                job["status"] = self.final
            else:
                job["status"], job["results"] = "working", None
            return httpx.Response(200, json={"job_status": job})
        if self.too_many > 0:
            self.too_many -= 1
            return httpx.Response(
                429,
                json={"error": "TooManyJobs", "description": "busy", "current_job_ids": ["a", "b"]},
            )
        jid = f"job{len(self.jobs)}"
        body = json.loads(req.content) if req.content else {}
        if "tickets" in body:
            results = [{"id": 1000 + n, "index": n} for n in range(len(body["tickets"]))]
        else:
            ids = [int(i) for i in req.url.params["ids"].split(",")]
            results = [
                {"id": i, "action": "update", "status": "Updated", "success": True}
                for i in ids
                if i != 13
            ]
            results += [
                {
                    "id": 13,
                    "action": "update",
                    "error": "TicketUpdateFailed",
                    "details": "closed",
                    "success": False,
                }
                for i in ids
                if i == 13
            ]
        self.jobs[jid] = {
            "id": jid,
            "status": "completed",
            "results": results,
            "total": len(results),
            "progress": len(results),
        }
        self.seen[jid] = 0
        return httpx.Response(200, json={"job_status": {**self.jobs[jid], "status": "queued"}})


async def test_bulk_create_chunks_and_maps_indexes() -> None:
    server = JobServer()
    clock = FakeClock()
    req = StubRequester(server)
    inputs = [{"subject": f"t{i}"} for i in range(250)]
    result = await bulk.run_bulk(
        req,
        inputs,
        lambda chunk: ("POST", "/api/v2/tickets/create_many", None, {"tickets": list(chunk)}),
        sleep=clock.sleep,
        clock=clock,
    )
    assert len(server.jobs) == 3
    assert result.ok and len(result) == 250
    assert [item.id for item in result.items[:2]] == [1000, 1001]
    assert result.items[100].id == 1000  # index is per chunk
    assert result.items[249].input == {"subject": "t249"}


async def test_bulk_update_per_item_failure_reported() -> None:
    server = JobServer(polls=1)
    req = StubRequester(server)
    clock = FakeClock()
    ids = [11, 12, 13, 14]
    result = await bulk.run_bulk(
        req,
        ids,
        lambda chunk: (
            "PUT",
            "/api/v2/tickets/update_many",
            {"ids": ",".join(map(str, chunk))},
            {"ticket": {"status": "solved"}},
        ),
        key_of=lambda i: i,
        sleep=clock.sleep,
        clock=clock,
    )
    assert not result.ok
    assert [f.id for f in result.failed] == [13]
    assert result.failed[0].error == "TicketUpdateFailed"


async def test_too_many_jobs_backs_off_then_succeeds() -> None:
    server = JobServer(polls=1, too_many=2)
    clock = FakeClock()
    req = StubRequester(server)
    result = await bulk.run_bulk(
        req,
        [1, 2],
        lambda c: ("DELETE", "/api/v2/tickets/destroy_many", {"ids": "1,2"}, None),
        key_of=lambda i: i,
        sleep=clock.sleep,
        clock=clock,
    )
    assert result.ok
    assert clock.sleeps[:2] == [1.0, 2.0]


async def test_too_many_jobs_gives_up_at_deadline() -> None:
    server = JobServer(polls=1, too_many=10_000)
    clock = FakeClock()
    req = StubRequester(server)
    result = await bulk.run_bulk(
        req,
        [1],
        lambda c: ("DELETE", "/x", {"ids": "1"}, None),
        timeout=30,
        sleep=clock.sleep,
        clock=clock,
    )
    # a per-chunk failure is reported on the items, not raised; never sent, so safe to resend
    [item] = result.items
    assert not result.ok and item.state is bulk.ItemState.FAILED
    assert isinstance(item.exception, TooManyJobsError)
    assert item.exception.current_job_ids == ["a", "b"]
    assert clock.now <= 30


async def test_wait_job_success_and_backoff() -> None:
    server = JobServer(polls=4)
    server.jobs["j"] = {"id": "j", "status": "completed", "results": []}
    server.seen["j"] = 0
    clock = FakeClock()
    job = await bulk.wait_job(StubRequester(server), "j", sleep=clock.sleep, clock=clock)
    assert job.status == "completed"
    assert clock.sleeps == [1.0, 2.0, 4.0]


@pytest.mark.parametrize("final", ["failed", "killed"])
async def test_wait_job_failure(final: str) -> None:
    server = JobServer(polls=1, final=final)
    server.jobs["j"] = {"id": "j", "status": final, "message": "boom"}
    server.seen["j"] = 0
    clock = FakeClock()
    with pytest.raises(JobError) as info:
        await bulk.wait_job(StubRequester(server), "j", sleep=clock.sleep, clock=clock)
    assert info.value.job.status == final
    assert str(info.value) == f"job j ended as {final}: boom"


async def test_wait_job_failure_without_message() -> None:
    server = JobServer(polls=1, final="failed")
    server.jobs["j"] = {"id": "j", "status": "failed"}
    server.seen["j"] = 0
    with pytest.raises(JobError) as info:
        await bulk.wait_job(StubRequester(server), "j", sleep=FakeClock().sleep)
    assert str(info.value) == "job j ended as failed:"


async def test_wait_job_deadline() -> None:
    server = JobServer(polls=10_000)
    server.jobs["j"] = {"id": "j", "status": "working", "progress": 3, "total": 10}
    server.seen["j"] = 0
    clock = FakeClock()
    with pytest.raises(JobTimeoutError) as info:
        await bulk.wait_job(StubRequester(server), "j", timeout=60, sleep=clock.sleep, clock=clock)
    assert info.value.job.status == "working"
    assert str(info.value) == "job j still working after 60s (progress 3/10)"
    assert clock.now == pytest.approx(60)


async def test_wait_job_sleeps_the_last_fraction_of_a_second_before_giving_up() -> None:
    server = JobServer(polls=10_000)
    server.jobs["j"] = {"id": "j", "status": "working"}
    server.seen["j"] = 0
    clock = FakeClock()
    with pytest.raises(JobTimeoutError, match=r"after 1\.5s \(progress None/None\)$"):
        await bulk.wait_job(StubRequester(server), "j", timeout=1.5, sleep=clock.sleep, clock=clock)
    # polls at 0, 1 and 1.5: with 0.5 s left it still sleeps and polls once more
    assert clock.sleeps == [1.0, 0.5]
    assert server.seen["j"] == 3


@pytest.mark.parametrize(
    ("job_id", "timeout", "message"),
    [
        ("", 60, r"^job_id must be a non-empty string$"),
        ("a b", 60, r"^job_id must not contain whitespace"),
        ("j", 0, r"^timeout must be positive, got 0$"),
        ("j", -1.5, r"^timeout must be positive, got -1\.5$"),
    ],
)
async def test_wait_job_bad_arguments(job_id: str, timeout: float, message: str) -> None:
    req = StubRequester(JobServer())
    with pytest.raises(InvalidArgumentError, match=message):
        await bulk.wait_job(req, job_id, timeout=timeout, sleep=FakeClock().sleep)
    assert req.calls == []


def test_job_status_from_an_envelope_or_a_bare_object() -> None:
    data = {
        "id": 8,
        "status": "working",
        "total": 10,
        "progress": 4,
        "message": "halfway",
        "results": [{"index": 0, "id": 1}],
        "url": "https://acme.zendesk.com/api/v2/job_statuses/8.json",
        "job_type": "bulk_update",
    }
    expected = bulk.JobStatus(
        id="8",
        status="working",
        total=10,
        progress=4,
        message="halfway",
        results=[{"index": 0, "id": 1}],
        url="https://acme.zendesk.com/api/v2/job_statuses/8.json",
        raw=data,
    )
    assert bulk.JobStatus.from_body({"job_status": data}) == expected
    assert bulk.JobStatus.from_body(data) == expected
    assert bulk.JobStatus.from_body(data).raw == data
    bare = bulk.JobStatus.from_body({"id": "j", "status": "queued"})
    assert (bare.total, bare.progress, bare.message, bare.results, bare.url) == (None,) * 5
    assert not bare.done


@pytest.mark.parametrize(
    "body",
    [{"job_status": {"id": "j"}}, {"job_status": {"status": "queued"}}, {"job_status": None}, {}],
)
def test_job_status_from_a_body_that_is_not_one(body: dict[str, Any]) -> None:
    with pytest.raises(ResponseParseError, match=r"^response is not a job status$") as info:
        bulk.JobStatus.from_body(body)
    assert info.value.model == "JobStatus"


async def test_wait_job_unknown() -> None:
    with pytest.raises(NotFoundError):
        await bulk.wait_job(StubRequester(JobServer()), "nope", sleep=FakeClock().sleep)


async def test_gather_partial_failures_reported_per_input() -> None:
    running = 0
    peak = 0

    async def work(i: int) -> int:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        import anyio

        await anyio.lowlevel.checkpoint()
        running -= 1
        if i % 3 == 0:
            raise ValueError(f"bad {i}")
        return i * 2

    async with bulk.Gather[int](concurrency=4) as g:
        for i in range(20):
            g.submit(work, i, key=i)
    assert peak <= 4
    assert [o.key for o in g.errors] == [0, 3, 6, 9, 12, 15, 18]
    assert g.results == [i * 2 for i in range(20) if i % 3]
    with pytest.raises(ExceptionGroup) as info:
        g.raise_errors()
    assert len(info.value.exceptions) == 7
    with pytest.raises(ValueError):
        g.outcomes[0].unwrap()


async def test_gather_submit_outside_context() -> None:
    g: bulk.Gather[int] = bulk.Gather()

    async def noop() -> int:
        return 1

    with pytest.raises(InvalidArgumentError):
        g.submit(noop)
