"""Every public knob has an observable effect (issue 16): `retry_deadline`, `event_hooks`, both
`Retry-After` forms, every documented error body shape, `merge(wait=, source_comment=)`,
`from_view(sort_by, sort_order)`, `incremental.tickets(include=, exclude_deleted=)` and the cap
of 30 bulk jobs in flight. Virtual clocks only; `http2=True` is in test_http2.py."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from zendesk_async import ApiTokenAuth, Zendesk
from zendesk_async import _constants as C
from zendesk_async.errors import (
    APIStatusError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TooManyJobsError,
    UnprocessableEntityError,
    parse_retry_after,
)
from zendesk_async.testing import FakeZendesk

from .conftest import FakeClock

pytestmark = pytest.mark.anyio

URL = "http://127.0.0.1:9"  # never dialled: transports answer in process
AUTH = ApiTokenAuth("agent@example.com", "token")
FIRST = C.FAKE_FIRST_TICKET_ID
Handler = Callable[[httpx.Request], httpx.Response]


def mock_client(handler: Handler, clock: FakeClock, **kw: Any) -> Zendesk:
    return Zendesk(
        base_url=URL,
        auth=AUTH,
        transport=httpx.MockTransport(handler),
        clock=clock.now,
        sleep=clock.sleep,
        **kw,
    )


# -- retry_deadline ------------------------------------------------------------------------------
@pytest.mark.parametrize(("deadline", "requests"), [(30.0, 2), (600.0, 6)])
async def test_retry_deadline_bounds_the_waits(
    clock: FakeClock, deadline: float, requests: int
) -> None:
    """Always 429 with Retry-After 20: 30 s allow one wait; 600 s allow all 5 retries."""
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(429, headers={"Retry-After": "20"}, json={"error": "Limited"})

    async with mock_client(handle, clock, retry_deadline=deadline) as zd:
        with pytest.raises(RateLimitError) as info:
            await zd.tickets.get(1)
    assert len(sent) == requests
    assert info.value.retry_after == 20.0
    assert clock.sleeps.count(20.0) == requests - 1


# -- event_hooks ---------------------------------------------------------------------------------
async def test_event_hooks_see_each_request_and_response(clock: FakeClock) -> None:
    seen: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        seen.append(f"> {request.method} {request.url.path}")

    async def on_response(response: httpx.Response) -> None:
        seen.append(f"< {response.status_code}")

    statuses = iter([503, 200])

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(statuses), json={"ticket": {"id": 7, "subject": "x"}})

    hooks = {"request": [on_request], "response": [on_response]}
    async with mock_client(handle, clock, event_hooks=hooks) as zd:
        assert (await zd.tickets.get(7)).id == 7
    path = "/api/v2/tickets/7"
    assert seen == [f"> GET {path}", "< 503", f"> GET {path}", "< 200"]  # the retry too


# -- Retry-After, both forms ---------------------------------------------------------------------
def _http_date(seconds_from_now: float) -> str:
    return format_datetime(datetime.now(UTC) + timedelta(seconds=seconds_from_now), usegmt=True)


def test_parse_retry_after_both_forms() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after(_http_date(120)) == pytest.approx(120, abs=5)
    assert parse_retry_after(_http_date(-60)) == 0.0  # a date in the past: retry now
    assert parse_retry_after("-3") is None and parse_retry_after("nan") is None
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


@pytest.mark.parametrize(("status", "value", "wait"), [(429, "7", 7.0), (503, "DATE", 120.0)])
async def test_retry_after_is_waited_exactly(
    clock: FakeClock, status: int, value: str, wait: float
) -> None:
    header = _http_date(wait) if value == "DATE" else value
    answers = iter([httpx.Response(status, headers={"Retry-After": header}, json={})])

    def handle(request: httpx.Request) -> httpx.Response:
        return next(answers, httpx.Response(200, json={"ticket": {"id": 1}}))

    async with mock_client(handle, clock) as zd:
        await zd.tickets.get(1)
    waits = [s for s in clock.sleeps if s > 0]
    assert waits and waits[0] == pytest.approx(wait, abs=5)  # not the backoff (0.5 s)


async def test_http_date_retry_after_is_kept_on_the_error(clock: FakeClock) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": _http_date(3600)}, json={})

    async with mock_client(handle, clock, retry_deadline=60) as zd:
        with pytest.raises(RateLimitError) as info:
            await zd.tickets.get(1)
    assert info.value.retry_after == pytest.approx(3600, abs=5)


# -- error bodies (../shared/reference/api-notes.md section 4) -----------------------------------
ERROR_SHAPES = [
    # status, body, class, error, description
    (
        404,
        {"error": "RecordNotFound", "description": "Not found"},
        NotFoundError,
        "RecordNotFound",
        "Not found",
    ),
    (
        422,
        {
            "error": "RecordInvalid",
            "description": "Record validation errors",
            "details": {"status": [{"description": "Status: closed prevents update"}]},
        },
        UnprocessableEntityError,
        "RecordInvalid",
        "Record validation errors",
    ),
    (  # SBR instance_values: an object under `error`
        400,
        {"error": {"title": "Invalid attribute", "message": "Attribute value is unknown"}},
        BadRequestError,
        "Invalid attribute",
        "Attribute value is unknown",
    ),
    (  # the spec's generic Errors: a list under `errors`
        429,
        {"errors": [{"code": "TooManyRequests", "title": "Too many", "detail": "Slow down"}]},
        RateLimitError,
        "TooManyRequests",
        "Slow down",
    ),
    (
        429,
        {"error": "TooManyJobs", "description": "Too many jobs", "current_job_ids": ["a", "b"]},
        TooManyJobsError,
        "TooManyJobs",
        "Too many jobs",
    ),
    (403, "Forbidden: SSL is required", PermissionDeniedError, None, "Forbidden: SSL is required"),
    (418, {"error": "Teapot"}, APIStatusError, "Teapot", None),
    (500, b"", InternalServerError, None, None),
]


@pytest.mark.parametrize(
    ("status", "body", "cls", "error", "description"),
    ERROR_SHAPES,
    ids=["plain", "record_invalid", "sbr_object", "errors_list", "too_many_jobs", "text",
         "other_4xx", "empty_5xx"],
)  # fmt: skip
async def test_every_error_body_shape(
    clock: FakeClock,
    status: int,
    body: Any,
    cls: type[APIStatusError],
    error: str | None,
    description: str | None,
) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if isinstance(body, dict):
            return httpx.Response(status, json=body)
        content = body.encode() if isinstance(body, str) else body
        return httpx.Response(status, content=content, headers={"Content-Type": "text/plain"})

    async with mock_client(handle, clock, max_retries=0) as zd:
        with pytest.raises(APIStatusError) as info:
            await zd.tickets.get(1)
    exc = info.value
    assert type(exc) is cls and exc.status_code == status
    assert (exc.error, exc.description) == (error, description)
    for part in (error, description):
        if part:
            assert part in str(exc)
    if isinstance(exc, UnprocessableEntityError):
        assert exc.field_errors == {"status": ["Status: closed prevents update"]}
        assert "Status: closed prevents update" in str(exc)
    if isinstance(exc, TooManyJobsError):
        assert exc.current_job_ids == ["a", "b"]
    if isinstance(body, dict) and "errors" in body:
        assert exc.details == body["errors"]


# -- resource knobs against the fake -------------------------------------------------------------
@pytest.fixture
def fake() -> FakeZendesk:
    return FakeZendesk(tickets=120, seed=4, job_polls=3, auth=False)


@pytest.fixture
async def zd(fake: FakeZendesk, clock: FakeClock) -> AsyncIterator[Zendesk]:
    async with Zendesk(
        base_url=URL,
        auth=AUTH,
        transport=httpx.ASGITransport(app=fake),
        clock=clock.now,
        sleep=clock.sleep,
        event_hooks={"request": [_record]},
    ) as client:
        yield client


SENT: list[httpx.URL] = []
BODIES: list[bytes] = []


async def _record(request: httpx.Request) -> None:
    SENT.append(request.url)
    BODIES.append(request.content)


@pytest.fixture(autouse=True)
def _fresh_log() -> None:
    SENT.clear()
    BODIES.clear()


def _comments(fake: FakeZendesk, tid: int) -> list[str]:
    return [c["body"] for c in fake.account.tickets.ticket_comments(tid)]


async def test_merge_wait_false_returns_the_queued_job(fake: FakeZendesk, zd: Zendesk) -> None:
    target, source = FIRST + 1, FIRST + 2
    job = await zd.tickets.merge(
        target, [source], target_comment="into here", source_comment="gone", wait=False
    )
    assert job.status == "queued" and not job.done
    assert not any("/job_statuses" in u.path for u in SENT)  # never polled
    assert SENT[-1].path == f"/api/v2/tickets/{target}/merge"
    body = json.loads(BODIES[-1])
    assert body == {"ids": [source], "target_comment": "into here", "source_comment": "gone"}
    fake.jobs.complete_all()
    assert _comments(fake, target)[-1] == "into here"
    assert _comments(fake, source)[-1] == "gone"
    assert fake.account.tickets.get(source)["status"] == "closed"  # type: ignore[index]


async def test_merge_waits_by_default(fake: FakeZendesk, zd: Zendesk) -> None:
    job = await zd.tickets.merge(FIRST + 3, [FIRST + 4], target_comment="joined")
    assert job.status == "completed"
    assert any("/job_statuses/" in u.path for u in SENT)
    assert _comments(fake, FIRST + 3)[-1] == "joined"
    assert _comments(fake, FIRST + 4)[-1] == f"Merged into #{FIRST + 3}"  # no source_comment


@pytest.mark.parametrize("order", ["asc", "desc"])
async def test_from_view_sends_view_and_sort(zd: Zendesk, order: str) -> None:
    got = await zd.tickets.from_view(77, sort_by="id", sort_order=order, page_size=25).collect()
    sent = SENT[0]
    assert sent.path == "/api/v2/views/77/tickets"
    assert (sent.params["sort_by"], sent.params["sort_order"]) == ("id", order)
    ids = [t.id for t in got]
    assert len(ids) > 25 and ids == sorted(ids, key=lambda i: i or 0, reverse=order == "desc")


async def test_incremental_tickets_sends_include_and_exclude_deleted(
    fake: FakeZendesk, zd: Zendesk
) -> None:
    start = C.FAKE_SEED_EPOCH
    every = await zd.incremental.tickets(start_time=start, raw=True).collect()
    alive = await zd.incremental.tickets(
        start_time=start, exclude_deleted=True, include="comment_count", raw=True
    ).collect()
    sent = SENT[-1]
    assert sent.params["exclude_deleted"] == "true"
    assert sent.params["include"] == "comment_count"
    deleted = {t["id"] for t in every} - {t["id"] for t in alive}
    assert deleted and all(not fake.account.tickets.exists(i) for i in deleted)
    assert all(fake.account.tickets.exists(t["id"]) for t in alive)


async def test_bulk_jobs_never_exceed_30_in_flight(fake: FakeZendesk, zd: Zendesk) -> None:
    """35 chunks: the fake sees at most 30 of our jobs queued or running, never TooManyJobs."""
    seen: list[int] = []
    submit = fake.jobs.submit

    def counting(job_type: str, total: int, work: Any) -> Any:
        seen.append(len(fake.jobs.in_flight()) + 1)
        return submit(job_type, total, work)

    fake.jobs.submit = counting  # type: ignore[method-assign]
    fake.jobs.max_in_flight = 10_000  # the fake must not be the one enforcing the cap
    rows = [{"subject": f"s{i}", "comment": {"body": "b"}} for i in range(35 * C.BULK_CHUNK)]
    result = await zd.tickets.create_many(rows)
    assert result.ok and len(result.ids) == len(rows)
    assert len(seen) == 35
    assert max(seen) == C.MAX_JOBS_IN_FLIGHT == 30
