"""A failed chunk never loses the accepted ones (issue 11, defect 4).

Over real loopback sockets, on both anyio backends, with the fake's fault injection: a bulk write
whose chunks fail in different ways returns one item per input, in order, each `SUCCEEDED`,
`FAILED` (never applied: safe to resend) or `UNKNOWN` (may have been applied: look it up), and
the fake holds exactly the tickets the result says. The client's clock and sleep are virtual, so
job polling spends no wall time.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest

from zendesk_async import ApiTokenAuth, Zendesk
from zendesk_async import _constants as C
from zendesk_async.bulk import BulkResult, ItemState
from zendesk_async.bulk.writes import chunk_failure_state, ends_everything
from zendesk_async.errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    InvalidArgumentError,
    JobTimeoutError,
    ResponseParseError,
    TooManyJobsError,
    UnprocessableEntityError,
    ZendeskError,
    status_error_from_response,
)
from zendesk_async.testing import FakeZendesk, Fault, VirtualClock, serve_in_thread

pytestmark = pytest.mark.anyio

CREATE_MANY = "/api/v2/tickets/create_many"
N = 300  # three chunks of 100


@pytest.fixture
def fake() -> FakeZendesk:
    return FakeZendesk(tickets=5, seed=3)  # jobs complete on their second poll


@pytest.fixture
def base_url(fake: FakeZendesk) -> Iterator[str]:
    with serve_in_thread(fake) as url:
        yield url


def _client(fake: FakeZendesk, base_url: str) -> Zendesk:
    email, _, token = fake.auth.primary.partition("/token:")
    clock = VirtualClock(1_000.0)
    return Zendesk(
        base_url=base_url,
        auth=ApiTokenAuth(email, token),
        timeout=httpx.Timeout(10.0, read=10.0),  # generous: no hang faults here
        clock=clock,
        sleep=clock.sleep,
    )


def _rows(tag: str) -> list[dict[str, Any]]:
    return [{"subject": f"{tag}-{i}", "comment": {"body": "x"}} for i in range(N)]


def _created(fake: FakeZendesk, tag: str) -> dict[str, int]:
    """subject -> id of the tickets the fake holds for this run."""
    return {
        t["subject"]: int(t["id"])
        for t in fake.account.tickets.overrides_values()
        if str(t.get("subject", "")).startswith(f"{tag}-")
    }


def _check_invariants(res: BulkResult, fake: FakeZendesk, tag: str) -> None:
    """One item per input in order; SUCCEEDED items exist with their ids; FAILED ones were never
    applied, not even after every queued job has run; every ticket the fake holds is a SUCCEEDED
    or an UNKNOWN item (an UNKNOWN one may exist or not: which is why it must be looked up)."""
    assert [item.index for item in res.items] == list(range(N))
    assert [item.input["subject"] for item in res.items] == [f"{tag}-{i}" for i in range(N)]
    maybe = {item.input["subject"] for item in res.items if item.state is not ItemState.FAILED}
    for _ in ("before", "after"):
        created = _created(fake, tag)
        for item in res.succeeded:
            assert created[item.input["subject"]] == item.id
        assert set(created) <= maybe
        fake.jobs.complete_all()


def _chunk_states(res: BulkResult) -> list[ItemState]:
    """The state of each chunk of 100 (each chunk's items share it here)."""
    states = []
    for start in range(0, N, 100):
        chunk = {item.state for item in res.items[start : start + 100]}
        assert len(chunk) == 1, chunk
        states.append(chunk.pop())
    return states


async def test_create_many_500_and_reset_keep_the_accepted_chunk(
    fake: FakeZendesk, base_url: str
) -> None:
    """One chunk's POST gets a 500, another a reset after Zendesk read it: nothing is raised; the
    accepted chunk's items have their ids, the 500 chunk's failed, the reset chunk's unknown."""
    fake.faults.add(Fault.status(500), path=CREATE_MANY, method="POST", times=1)
    fake.faults.add(Fault.reset_after_read(), path=CREATE_MANY, method="POST", times=1)
    async with _client(fake, base_url) as zd:
        res = await zd.tickets.create_many(_rows("r"))

    assert not res.ok and len(res) == N
    assert sorted(s.value for s in _chunk_states(res)) == ["failed", "succeeded", "unknown"]
    assert len(res.succeeded) == len(res.failed) == len(res.unknown) == 100
    for item in res.failed:
        assert isinstance(item.exception, InternalServerError) and item.exception.status_code == 500
        assert item.error and "500" in item.error and item.job_id is None and not item.success
    for item in res.unknown:
        assert isinstance(item.exception, APIConnectionError) and item.unknown
        assert item.id is None and item.job_id is None
    assert all(isinstance(item.id, int) for item in res.succeeded)
    assert len(res.jobs) == 1  # only the accepted chunk's job is known
    assert len(_created(fake, "r")) == 100  # exactly the accepted tickets
    _check_invariants(res, fake, "r")
    # the reset chunk's POST had reached the fake: after its job ran, its tickets exist
    assert len(_created(fake, "r")) == 200


async def test_an_error_that_ends_everything_carries_the_partial_result(
    fake: FakeZendesk, base_url: str
) -> None:
    """A 401 on one chunk stops the bulk write and is raised, with `partial_result` holding an
    item per input: accepted ones with ids, the unsent ones failed."""
    fake.faults.add(Fault.status(401), path=CREATE_MANY, method="POST", times=1)
    async with _client(fake, base_url) as zd:
        with pytest.raises(AuthenticationError) as info:
            await zd.tickets.create_many(_rows("a"))
    res = info.value.partial_result
    assert isinstance(res, BulkResult) and len(res) == N and not res.ok
    assert len(res.failed) >= 100  # at least the refused chunk
    _check_invariants(res, fake, "a")


async def test_job_timeout_leaves_items_unknown_with_their_job(fake: FakeZendesk) -> None:
    """A job accepted but not finished by the deadline: its items are unknown, with the job id to
    look at later; the call does not raise."""
    fake.jobs.polls_to_complete = 10_000
    clock = VirtualClock(1_000.0)
    email, _, token = fake.auth.primary.partition("/token:")
    async with Zendesk(
        base_url="https://example.zendesk.com",
        auth=ApiTokenAuth(email, token),
        transport=httpx.ASGITransport(app=fake),
        clock=clock,
        sleep=clock.sleep,
    ) as zd:
        res = await zd.tickets.create_many(_rows("t")[:150], timeout=30)
    assert len(res.unknown) == 150 and not res.failed
    assert {item.job_id for item in res.unknown} == {job.id for job in res.jobs}
    assert all(isinstance(item.exception, JobTimeoutError) for item in res.items)


# -- the pure rules ----------------------------------------------------------------------------


def _status(code: int, body: dict[str, Any] | None = None) -> ZendeskError:
    request = httpx.Request("POST", "https://x.zendesk.com" + CREATE_MANY)
    response = httpx.Response(code, json=body or {"error": "X"}, request=request)
    response.read()
    return status_error_from_response(response)


def _connection(cause: httpx.HTTPError, timeout: bool = False) -> ZendeskError:
    cls = APITimeoutError if timeout else APIConnectionError
    try:
        try:
            raise cause
        except httpx.HTTPError as exc:
            raise cls("boom") from exc
    except APIConnectionError as err:
        return err


REQ = httpx.Request("POST", "https://x.zendesk.com" + CREATE_MANY)
U, F = ItemState.UNKNOWN, ItemState.FAILED
STATE_TABLE: list[tuple[str, ZendeskError, bool, ItemState]] = [
    ("400", _status(400), False, F),
    ("422", _status(422, {"error": "RecordInvalid"}), False, F),
    ("429 TooManyJobs", _status(429, {"error": "TooManyJobs"}), False, F),
    ("500", _status(500), False, F),
    ("502", _status(502), False, U),
    ("503", _status(503), False, U),
    ("504", _status(504), False, U),
    ("reset after send", _connection(httpx.ReadError("reset", request=REQ)), False, U),
    ("read timeout", _connection(httpx.ReadTimeout("slow", request=REQ), True), False, U),
    ("truncated", _connection(httpx.RemoteProtocolError("eof", request=REQ)), False, U),
    ("connect refused", _connection(httpx.ConnectError("refused", request=REQ)), False, F),
    ("connect timeout", _connection(httpx.ConnectTimeout("slow", request=REQ), True), False, F),
    ("no cause", APIConnectionError("?"), False, U),
    ("unreadable 2xx", ResponseParseError("not json"), False, U),
    ("unbuildable request", InvalidArgumentError("surrogate"), False, F),
    ("500 while polling", _status(500), True, U),
    ("job timeout", JobTimeoutError("late"), True, U),
]


@pytest.mark.parametrize(
    ("exc", "accepted", "state"),
    [row[1:] for row in STATE_TABLE],
    ids=[row[0] for row in STATE_TABLE],
)
def test_chunk_failure_state_table(exc: ZendeskError, accepted: bool, state: ItemState) -> None:
    assert chunk_failure_state(exc, accepted=accepted) is state


@pytest.mark.parametrize(
    ("exc", "fatal"),
    [
        (_status(401), True),
        (_status(403), True),
        (_status(500), False),
        (_status(429, {"error": "TooManyJobs"}), False),
        (_connection(httpx.ReadError("reset", request=REQ)), False),
        (KeyError("bug"), True),
    ],
)
def test_ends_everything(exc: BaseException, fatal: bool) -> None:
    assert ends_everything(exc) is fatal


def test_too_many_jobs_is_a_status_error() -> None:
    assert isinstance(_status(429, {"error": "TooManyJobs"}), TooManyJobsError)


# -- every bulk write follows the same rules ---------------------------------------------------

FIRST = C.FAKE_FIRST_TICKET_ID
BulkCall = Callable[[Zendesk, FakeZendesk], Awaitable[BulkResult]]


def _live(fake: FakeZendesk, n: int) -> list[int]:
    """Ids of `n` seeded tickets that can be changed (visible, not closed)."""
    store = fake.account.tickets

    def changeable(tid: int) -> bool:
        return store.exists(tid) and (store.get(tid) or {}).get("status") != "closed"

    return [tid for tid in (FIRST + i for i in range(3 * n)) if changeable(tid)][:n]


async def _set_many(zd: Zendesk, fake: FakeZendesk) -> BulkResult:
    attr = await zd.routing.attributes.create(name="Language")
    assert isinstance(attr.id, str)
    value = await zd.routing.attributes.create_value(attr.id, name="German")
    assert isinstance(value.id, str)
    return await zd.routing.agents.set_many(list(range(1, 151)), [value.id])


_IMPORT = {"subject": "old", "description": "d", "comments": [{"author_id": 1, "value": "v"}]}
BULK_WRITES: dict[str, tuple[str, str, BulkCall]] = {
    "create_many": (
        "POST",
        CREATE_MANY,
        lambda zd, fake: zd.tickets.create_many(_rows("c")[:150]),
    ),
    "import_many": (
        "POST",
        "/api/v2/imports/tickets/create_many",
        lambda zd, fake: zd.tickets.import_many([_IMPORT] * 150),
    ),
    "update_many": (
        "PUT",
        "/api/v2/tickets/update_many",
        lambda zd, fake: zd.tickets.update_many(_live(fake, 150), priority="high"),
    ),
    "update_many per ticket": (
        "PUT",
        "/api/v2/tickets/update_many",
        lambda zd, fake: zd.tickets.update_many(
            [{"id": i, "tags": ["x"]} for i in _live(fake, 150)]
        ),
    ),
    "delete_many": (
        "DELETE",
        "/api/v2/tickets/destroy_many",
        lambda zd, fake: zd.tickets.delete_many(_live(fake, 150)),
    ),
    "mark_many_as_spam": (
        "PUT",
        "/api/v2/tickets/mark_many_as_spam",
        lambda zd, fake: zd.tickets.mark_many_as_spam(_live(fake, 150)),
    ),
    "routing set_many": ("POST", "/api/v2/routing/agents/instance_values/job", _set_many),
}


@pytest.mark.parametrize("name", list(BULK_WRITES))
async def test_every_bulk_write_reports_a_refused_chunk_per_item(name: str) -> None:
    """150 inputs (two chunks), the first chunk request refused with a 422: the call returns,
    the refused chunk's items are FAILED with the typed error, the other chunk's succeeded."""
    method, path, call = BULK_WRITES[name]
    fake = FakeZendesk(tickets=400, seed=4, job_polls=0)
    fake.faults.add(Fault.status(422), path=path, method=method, times=1)
    clock = VirtualClock(1_000.0)
    email, _, token = fake.auth.primary.partition("/token:")
    async with Zendesk(
        base_url="https://example.zendesk.com",
        auth=ApiTokenAuth(email, token),
        transport=httpx.ASGITransport(app=fake),
        clock=clock,
        sleep=clock.sleep,
    ) as zd:
        res = await call(zd, fake)
    assert len(res) == 150 and not res.ok and not res.unknown
    failed = {item.index for item in res.failed}
    assert failed in ({*range(100)}, {*range(100, 150)})
    assert all(isinstance(item.exception, UnprocessableEntityError) for item in res.failed)
    assert len(res.succeeded) == 150 - len(failed)
