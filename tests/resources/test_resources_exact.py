"""Exact checks of the resource layer: what each method hands the request path (method, path,
params, body, headers, budget), which message a refused argument gets, which model a parse error
names, and how job waits use the clock and sleep they are given. Written against the mutants
that survived the first mutation run of `zendesk_async/resources/` (docs/mutation.md)."""

from __future__ import annotations

import json as jsonlib
from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import Any

import attrs
import httpx
import pytest
from zendesk_generated.models import TicketUpdateInput

from zendesk_async import ApiTokenAuth, Zendesk
from zendesk_async import _constants as C
from zendesk_async.errors import (
    InvalidArgumentError,
    JobError,
    JobTimeoutError,
    ResponseParseError,
)
from zendesk_async.resources import Incremental, JobStatuses, Routing, Tickets
from zendesk_async.resources._base import OPERATION_ATTR, envelope_value, operation
from zendesk_async.testing import FakeZendesk

pytestmark = pytest.mark.anyio
BASE = "https://acme.zendesk.com"
FIRST = C.FAKE_FIRST_TICKET_ID
OLD = 1_600_000_000  # an export start_time well in the past


# -- a recording Requester ------------------------------------------------------------------------


@attrs.frozen
class Call:
    method: str
    url: str
    params: dict[str, Any] | None
    json: Any
    headers: dict[str, str] | None
    budget: str | None
    idempotent: bool | None


class Recorder:
    """Implements the `Requester` protocol: records each call exactly as handed over and answers
    with `answer(call)` (a JSON body; None: an empty body). No governor: resources fall back to
    the defaults of `wait_job` / `run_bulk` unless given a sleep and clock."""

    def __init__(self, answer: Callable[[Call], Any] = lambda call: {}) -> None:
        self._answer = answer
        self.calls: list[Call] = []

    @property
    def base_url(self) -> httpx.URL:
        return httpx.URL(BASE)

    async def request(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        budget: str | None = None,
        idempotent: bool | None = None,
    ) -> httpx.Response:
        call = Call(
            method,
            str(url),
            None if params is None else dict(params),
            json,
            None if headers is None else dict(headers),
            budget,
            idempotent,
        )
        self.calls.append(call)
        body = self._answer(call)
        content = b"" if body is None else jsonlib.dumps(body).encode()
        return httpx.Response(200, content=content, request=httpx.Request(method, BASE + call.url))


def _job(status: str, job_id: str = "j1", **extra: Any) -> dict[str, Any]:
    return {"job_status": {"id": job_id, "status": status, "total": 1, **extra}}


# -- a client over a MockTransport ----------------------------------------------------------------


class Mock:
    """A `Zendesk` client whose transport answers every request with `body` (or `handler`)."""

    def __init__(self, body: Any = None, handler: Callable[[httpx.Request], Any] | None = None):
        self.requests: list[httpx.Request] = []
        self._body = body
        self._handler = handler

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        body = self._handler(request) if self._handler else self._body
        if isinstance(body, httpx.Response):
            return body
        return httpx.Response(200, json=body)

    def client(self, **kw: Any) -> Zendesk:
        return Zendesk(
            base_url=BASE,
            auth=ApiTokenAuth("a@b.c", "tok"),
            transport=httpx.MockTransport(self),
            **kw,
        )

    def sent(self, i: int = -1) -> Any:
        return jsonlib.loads(self.requests[i].content)


# -- what the request path is handed --------------------------------------------------------------


async def test_send_hands_over_method_path_params_body_budget_and_idempotent() -> None:
    rec = Recorder()
    tickets = Tickets(rec)
    kw = {"method": "put", "url": "/api/v2/x", "params": {"a": 1}, "json": {"from": "kwargs"}}
    await tickets._send(kw, budget="jobs", idempotent=True)
    await tickets._send(kw, json={"from": "arg"}, idempotent=False, headers={"X-A": "1"})
    assert rec.calls == [
        Call("PUT", "/api/v2/x", {"a": 1}, {"from": "kwargs"}, None, "jobs", True),
        Call("PUT", "/api/v2/x", {"a": 1}, {"from": "arg"}, {"X-A": "1"}, None, False),
    ]


async def test_list_sends_the_body_it_is_given() -> None:
    rec = Recorder(lambda call: {"users": [{"id": 1}]})
    got = await Tickets(rec)._list(
        {"method": "post", "url": "/api/v2/y"}, "users", dict, json={"q": 1}
    )
    assert got == [{"id": 1}]
    assert rec.calls == [Call("POST", "/api/v2/y", None, {"q": 1}, None, None, None)]


async def test_bulk_writes_hand_over_post_and_the_operations_query() -> None:
    """`import_many(archive_immediately=True)` keeps its query parameter on every job; a create
    job has none (None, not an empty dict)."""
    rec = Recorder(lambda call: _job("completed", results=[]))
    tickets = Tickets(rec)
    row = {"subject": "s", "comment": {"body": "b"}}
    await tickets.import_many([row], archive_immediately=True)
    await tickets.create_many([row])
    assert rec.calls == [
        Call(
            "POST",
            "/api/v2/imports/tickets/create_many",
            {"archive_immediately": True},
            {"tickets": [row]},
            None,
            "jobs",
            None,
        ),
        Call("POST", "/api/v2/tickets/create_many", None, {"tickets": [row]}, None, "jobs", None),
    ]


async def test_get_hands_over_an_upper_case_method() -> None:
    rec = Recorder(lambda call: {"ticket": {"id": 5}})
    assert (await Tickets(rec).get(5)).id == 5
    assert rec.calls == [Call("GET", "/api/v2/tickets/5", None, None, None, None, None)]


async def test_list_sends_its_page_size() -> None:
    rec = Recorder(lambda call: {"tickets": [], "meta": {"has_more": False}, "links": {}})
    await Tickets(rec).list(page_size=7).collect()
    assert rec.calls[0].params is not None and rec.calls[0].params["page[size]"] == 7


async def test_incremental_exports_use_their_budget_page_size_and_checkpoint() -> None:
    def answer(call: Call) -> Any:
        fresh = (call.params or {}).get("cursor") is None
        return {
            "tickets": [{"id": 1 if fresh else 2}],
            "after_cursor": "c1" if fresh else "c2",
            "end_of_stream": True,
        }

    rec = Recorder(answer)
    export = Incremental(rec).tickets(start_time=OLD, per_page=7, raw=True)
    [first] = [page async for page in export.pages()]
    assert [t["id"] for t in first.items] == [1]
    assert rec.calls == [
        Call(
            "GET",
            "/api/v2/incremental/tickets/cursor",
            {"per_page": 7, "start_time": OLD},
            None,
            None,
            "incremental",
            None,
        )
    ]
    rec.calls.clear()
    resumed = await Incremental(rec).tickets(checkpoint=first.checkpoint, raw=True).collect()
    assert [t["id"] for t in resumed] == [2]
    assert [(c.params, c.budget) for c in rec.calls] == [({"cursor": "c1"}, "incremental")]


# -- small parts of the base ----------------------------------------------------------------------


def test_operation_records_the_operation_ids_on_the_function() -> None:
    def method() -> None: ...

    assert operation("A", "B")(method) is method
    assert getattr(method, OPERATION_ATTR) == ("A", "B")


def test_resource_reprs() -> None:
    rec = Recorder()
    assert repr(Tickets(rec)) == "<Tickets resource>"
    assert repr(JobStatuses(rec)) == "<JobStatuses resource>"
    assert repr(Routing(rec)) == "<Routing resource>"


def test_envelope_value_refuses_a_body_that_is_not_an_object() -> None:
    with pytest.raises(TypeError, match=r"^response body is not a JSON object$"):
        envelope_value("ticket")([{"id": 1}])
    with pytest.raises(KeyError, match=r"expected list under 'users', got dict"):
        envelope_value("users", list)({"users": {}})


# -- parse errors name the model ------------------------------------------------------------------

Call_ = Callable[[Zendesk], Awaitable[Any]]
PARSE_CASES: dict[str, tuple[Call_, Any, str, str]] = {
    # name: (call, answer body, model, message part)
    "get": (lambda zd: zd.tickets.get(1), {"ticket": []}, "ticket",
            "KeyError: \"expected dict under 'ticket', got list\""),
    "followers": (lambda zd: zd.tickets.followers(1), {"users": {}}, "users",
                  "expected list under 'users', got dict"),
    "count_str": (lambda zd: zd.tickets.count(), {"count": {"value": "12"}}, "count",
                  "TypeError: count.value is not an integer: '12'"),
    "count_bool": (lambda zd: zd.tickets.count(), {"count": {"value": True}}, "count",
                   "count.value is not an integer: True"),
    "set_tags": (lambda zd: zd.tickets.set_tags(1, ["a"]), {"tags": "a"}, "tags",
                 "expected list under 'tags', got str"),
    "add_tags": (lambda zd: zd.tickets.add_tags(1, ["a"]), {}, "tags",
                 "expected list under 'tags', got NoneType"),
    "get_with_included": (lambda zd: zd.tickets.get_with_included(1, "users"), {"tickets": {}},
                          "ticket", "does not fit ticket"),
    "create_with_audit": (
        lambda zd: zd.tickets.create_with_audit(comment={"body": "b"}), {"ticket": []},
        "ticket", "expected dict under 'ticket', got list",
    ),
    "update_with_audit": (lambda zd: zd.tickets.update_with_audit(1, status="open"),
                          {"ticket": []}, "ticket", "expected dict under 'ticket', got list"),
}  # fmt: skip


@pytest.mark.parametrize("name", PARSE_CASES)
async def test_a_body_that_does_not_fit_names_the_model(name: str) -> None:
    call, body, model, part = PARSE_CASES[name]
    mock = Mock(body)
    async with mock.client() as zd:
        with pytest.raises(ResponseParseError) as err:
            await call(zd)
    assert err.value.model == model
    assert str(err.value).startswith(f"response does not fit {model}: ")
    assert part in str(err.value)
    assert err.value.body == jsonlib.dumps(body, separators=(",", ":")).encode()


# -- refused arguments: the exact message, nothing sent --------------------------------------------

REFUSED: dict[str, tuple[Call_, str]] = {
    "attribute_name_blank": (lambda zd: zd.routing.attributes.create(" "),
                             r"^attribute name must be a non-empty string, got ' '$"),
    "attribute_name_int": (lambda zd: zd.routing.attributes.update("a1", 5),  # type: ignore[arg-type]
                           r"^attribute name must be a non-empty string, got 5$"),
    "value_name_blank": (lambda zd: zd.routing.attributes.create_value("a1", ""),
                         r"^attribute value name must be a non-empty string, got ''$"),
    "value_ids_one_string": (lambda zd: zd.routing.agents.set(1, "v1"),
                             r"^attribute_value_ids must be a list of ids, not one string$"),
    "value_ids_blank": (
        lambda zd: zd.routing.tickets.set(1, ["v1", " "]),
        r"^attribute_value_ids must not contain whitespace or control characters, got ' '$",
    ),
    "value_ids_set_many": (lambda zd: zd.routing.agents.set_many([1], [""]),
                           r"^attribute_value_ids must be a non-empty string, got ''$"),
    "tags_one_string": (lambda zd: zd.tickets.set_tags(1, "urgent"),
                        r"^tags must be a list of strings, not one string$"),
    "tags_empty": (lambda zd: zd.tickets.set_tags(1, []),
                   r"^tags must be non-empty strings, got \[\]$"),
    "tags_blank": (lambda zd: zd.tickets.add_tags(1, ["a", " "]),
                   r"^tags must be non-empty strings, got \['a', ' '\]$"),
    "tags_ticket_id": (lambda zd: zd.tickets.remove_tags(0, ["a"]),
                       r"^ticket_id must be a positive integer, got 0$"),
    "id_bool": (lambda zd: zd.tickets.get(True),
                r"^ticket_id must be a positive integer, got True$"),
    "id_str": (lambda zd: zd.tickets.get("5"),  # type: ignore[arg-type]
               r"^ticket_id must be a positive integer, got '5'$"),
    "ids_string": (lambda zd: zd.tickets.merge(1, "23"),  # type: ignore[arg-type]
                   r"^source_ids must be a list of integers, got a string$"),
    "ids_zero": (lambda zd: zd.tickets.merge(1, [2, 0]),
                 r"^source_ids must be a positive integer, got 0$"),
    "ids_empty": (lambda zd: zd.tickets.merge(1, []), r"^source_ids must not be empty$"),
    "ids_over_limit": (lambda zd: zd.tickets.merge(1, range(1, 102)),
                       r"^source_ids: at most 100 per call, got 101$"),
    "job_id": (lambda zd: zd.job_statuses.wait(""), r"^job_id must be a non-empty string, got ''$"),
    "delete_many_id": (lambda zd: zd.tickets.delete_many([1, 0]),
                       r"^ids must be a positive integer, got 0$"),
    "delete_many_empty": (lambda zd: zd.tickets.mark_many_as_spam([]), r"^ids must not be empty$"),
    "create_many_row": (
        lambda zd: zd.tickets.create_many([{"comment": {"body": "b"}}, {"comment": 5}]),
        r"^tickets\[1\] does not fit TicketCreateInput: ",
    ),
    "create_many_not_a_mapping": (lambda zd: zd.tickets.create_many(["row"]),  # type: ignore[list-item]
                                  r"^ticket must be a mapping or a generated model, got 'row'$"),
    "import_many_empty_row": (lambda zd: zd.tickets.import_many([{}]),
                              r"^ticket: nothing to send \(give at least one field\)$"),
    "create_bad_comment": (lambda zd: zd.tickets.create(comment=5),
                           r"^ticket does not fit TicketCreateInput: "),
    "create_not_a_mapping": (lambda zd: zd.tickets.create("row"),  # type: ignore[arg-type]
                             r"^ticket must be a mapping or a generated model, got 'row'$"),
    "create_no_comment": (
        lambda zd: zd.tickets.create_with_audit(subject="s"),
        r"^a new ticket needs a comment, e\.g\. comment=\{'body': '\.\.\.'\}$",
    ),
    "create_with_audit_empty": (lambda zd: zd.tickets.create_with_audit(),
                                r"^ticket: nothing to send \(give at least one field\)$"),
    "idempotency_key_blank": (
        lambda zd: zd.tickets.create(comment={"body": "b"}, idempotency_key=" "),
        r"^idempotency_key must be a non-empty string$",
    ),
    "idempotency_key_int": (
        lambda zd: zd.tickets.create_with_audit(comment={"body": "b"}, idempotency_key=5),  # type: ignore[arg-type]
        r"^idempotency_key must be a non-empty string$",
    ),
    "get_with_included_id": (lambda zd: zd.tickets.get_with_included(0, "users"),
                             r"^ticket_id must be a positive integer, got 0$"),
    "update_with_audit_id": (lambda zd: zd.tickets.update_with_audit(0, status="open"),
                             r"^ticket_id must be a positive integer, got 0$"),
    "update_with_audit_empty": (lambda zd: zd.tickets.update_with_audit(1),
                                r"^changes: nothing to send \(give at least one field\)$"),
    "update_with_audit_bad": (lambda zd: zd.tickets.update_with_audit(1, comment=5),
                              r"^changes does not fit TicketUpdateInput: "),
    "update_with_audit_not_a_mapping": (
        lambda zd: zd.tickets.update_with_audit(1, "row"),  # type: ignore[arg-type]
        r"^changes must be a mapping or a generated model, got 'row'$",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", REFUSED)
async def test_refused_arguments_say_exactly_why_and_send_nothing(name: str) -> None:
    call, message = REFUSED[name]
    mock = Mock({})
    async with mock.client() as zd:
        with pytest.raises(InvalidArgumentError, match=message):
            await call(zd)
    assert mock.requests == []


async def test_the_id_limit_is_inclusive() -> None:
    """Exactly 100 ids is one call; 101 is refused (`ids_over_limit` above)."""
    mock = Mock({"fulfilled_ticket_ids": [3]})
    async with mock.client() as zd:
        assert await zd.routing.tickets.fulfilled(range(1, 101)) == [3]
    [request] = mock.requests
    assert request.url.params["ticket_ids"] == ",".join(str(i) for i in range(1, 101))


# -- tickets with audit, positional bodies, idempotency keys ---------------------------------------


def _ticket_answer(request: httpx.Request) -> Any:
    body = jsonlib.loads(request.content) if request.content else {}
    ticket = {"id": 9, **body.get("ticket", {})}
    ticket.pop("comment", None)
    return {"ticket": ticket}  # no "audit"


async def test_positional_bodies_and_the_idempotency_key_are_sent() -> None:
    mock = Mock(handler=_ticket_answer)
    new = {"subject": "s", "comment": {"body": "b"}}
    async with mock.client() as zd:
        made = await zd.tickets.create_with_audit(new, idempotency_key="key-1")
        assert made.ticket.subject == "s" and made.audit is None
        assert mock.sent() == {"ticket": new}
        assert mock.requests[-1].headers["Idempotency-Key"] == "key-1"
        plain = await zd.tickets.create(new, priority="high")
        assert plain.priority == "high" and plain.subject == "s"
        assert mock.sent() == {"ticket": {**new, "priority": "high"}}
        assert "Idempotency-Key" not in mock.requests[-1].headers
        changed = await zd.tickets.update_with_audit(9, {"status": "pending"}, priority="low")
        assert changed.ticket.status == "pending" and changed.audit is None
        assert mock.sent() == {"ticket": {"status": "pending", "priority": "low"}}
        last = mock.requests[-1]
        assert (last.method, last.url.path) == ("PUT", "/api/v2/tickets/9")


async def test_a_generated_model_is_sent_as_its_dict_with_the_keyword_fields() -> None:
    mock = Mock(handler=_ticket_answer)
    async with mock.client() as zd:
        model = TicketUpdateInput(subject="from a model")
        changed = await zd.tickets.update(9, model, priority="low")
        assert (changed.subject, changed.priority) == ("from a model", "low")
        assert mock.sent() == {"ticket": {"subject": "from a model", "priority": "low"}}
        with pytest.raises(InvalidArgumentError) as info:
            await zd.tickets.update(9, ["subject", "x"])  # type: ignore[arg-type]
        assert str(info.value) == (
            "changes must be a mapping or a generated model, got ['subject', 'x']"
        )
    assert len(mock.requests) == 1


async def test_audit_is_parsed_when_present() -> None:
    mock = Mock({"ticket": {"id": 9}, "audit": {"id": 77, "events": []}})
    async with mock.client() as zd:
        made = await zd.tickets.update_with_audit(9, status="open")
    assert made.audit is not None and made.audit.id == 77


@pytest.mark.parametrize("content", [b"", b" \r\n"])
async def test_an_empty_body_decodes_to_none(content: bytes) -> None:
    mock = Mock(httpx.Response(201, content=content))
    async with mock.client() as zd:
        assert await zd.tickets.channels.from_tweet(1, 2) is None
    assert len(mock.requests) == 1


# -- job waits: failure, timeout, the clock and sleep ----------------------------------------------


class JobScript:
    """Answers job status polls: `statuses[i]` for poll i (the last repeats). Each poll after the
    first must come after the virtual clock moved (a wait that sleeps for real, or reads another
    clock, is caught on the spot instead of spinning); at most `cap` polls."""

    def __init__(self, statuses: list[str], now: list[float], cap: int = 12) -> None:
        self.statuses = statuses
        self.now = now
        self.cap = cap
        self.polls: list[float] = []

    def __call__(self, path: str) -> Any:
        assert path == "/api/v2/job_statuses/j1", path
        if self.polls:
            assert self.now[0] > self.polls[-1], "polled again without the virtual clock moving"
        assert len(self.polls) < self.cap, "too many polls"
        self.polls.append(self.now[0])
        return _job(self.statuses[min(len(self.polls), len(self.statuses)) - 1])


def _virtual() -> tuple[list[float], list[float], Callable[[float], Awaitable[None]]]:
    now = [1000.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    return now, slept, sleep


async def test_wait_raises_on_a_failed_job_unless_told_not_to() -> None:
    rec = Recorder(lambda call: _job("failed", message="boom"))
    jobs = JobStatuses(rec)
    with pytest.raises(JobError, match=r"^job j1 ended as failed: boom$") as err:
        await jobs.wait("j1")
    assert err.value.job is not None and err.value.job.status == "failed"
    job = await jobs.wait("j1", raise_on_failure=False)
    assert (job.id, job.status, job.message) == ("j1", "failed", "boom")
    assert len(rec.calls) == 2


async def test_wait_uses_the_given_sleep_clock_and_timeout() -> None:
    now, slept, sleep = _virtual()
    script = JobScript(["working"], now)
    jobs = JobStatuses(Recorder(lambda call: script(call.url)))
    with pytest.raises(JobTimeoutError, match=r"^job j1 still working after 10s"):
        await jobs.wait("j1", timeout=10, sleep=sleep, clock=lambda: now[0])
    assert slept == [1.0, 2.0, 4.0, 3.0]  # backoff, cut at the deadline
    assert script.polls == [1000.0, 1001.0, 1003.0, 1007.0, 1010.0]


async def test_wait_given_sleep_and_clock_win_over_the_clients() -> None:
    now, slept, sleep = _virtual()
    client_now, client_slept, client_sleep = _virtual()
    script = JobScript(["working", "working", "completed"], now)
    mock = Mock(handler=lambda request: script(request.url.path))
    async with mock.client(clock=lambda: client_now[0], sleep=client_sleep) as zd:
        job = await zd.job_statuses.wait("j1", sleep=sleep, clock=lambda: now[0])
    assert job.status == "completed" and slept == [1.0, 2.0] and client_slept == []


async def test_wait_defaults_to_the_clients_sleep_and_clock() -> None:
    now, slept, sleep = _virtual()
    script = JobScript(["working"], now)
    mock = Mock(handler=lambda request: script(request.url.path))
    async with mock.client(clock=lambda: now[0], sleep=sleep) as zd:
        with pytest.raises(JobTimeoutError, match=r"after 3s"):
            await zd.job_statuses.wait("j1", timeout=3)
    assert slept == [1.0, 2.0] and script.polls == [1000.0, 1001.0, 1003.0]


@pytest.fixture
def stuck() -> Iterator[tuple[FakeZendesk, list[float], list[float], Any]]:
    now, slept, sleep = _virtual()
    yield FakeZendesk(tickets=5, seed=1, job_polls=10_000), now, slept, sleep


async def test_bulk_deletes_report_the_ids_and_wait_on_the_clients_clock(
    stuck: tuple[FakeZendesk, list[float], list[float], Any],
) -> None:
    """`delete_many` dedupes the ids and reports each; a stuck job times out after `timeout`
    seconds of the client's clock, slept on the client's sleep."""
    fake, now, slept, sleep = stuck
    async with Zendesk(
        base_url=BASE,
        auth=ApiTokenAuth("agent@example.com", "fake-api-token"),
        transport=httpx.ASGITransport(app=fake),
        clock=lambda: now[0],
        sleep=sleep,
    ) as zd:
        res = await zd.tickets.delete_many([FIRST + 1, FIRST, FIRST + 1], timeout=3)
        assert res.ids == [FIRST + 1, FIRST]
        assert [item.unknown for item in res.items] == [True, True]
        assert all(isinstance(item.exception, JobTimeoutError) for item in res.items)
        assert sum(slept) == 3.0 and len(slept) >= 2
        fake.jobs.polls_to_complete = 0
        fake.jobs.complete_all()
        spam = await zd.tickets.mark_many_as_spam([FIRST + 2, FIRST + 2, FIRST + 3])
    assert spam.ok and spam.ids == [FIRST + 2, FIRST + 3]
