"""The request path, exactly: error messages, log lines, what is passed through to httpx and the
governor, and the constructor's wiring (tests/core/test_transport.py has the behaviour tables)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator

import httpx
import pytest

from zendesk_async._auth_base import ZendeskAuth
from zendesk_async._ratelimit import Governor
from zendesk_async._retry import RetrySettings
from zendesk_async._transport import RequestPath
from zendesk_async.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    InternalServerError,
    InvalidArgumentError,
    UnsafeURLError,
)

from .conftest import FakeClock
from .test_transport import replies

BASE = "https://acme.zendesk.com"
Handler = Callable[[httpx.Request], httpx.Response]
RID = {"X-Zendesk-Request-Id": "rid-123"}


def make_path(
    handler: Handler,
    clock: FakeClock,
    *,
    rand: float = 0.5,
    auth: httpx.Auth | None = None,
    **retry: float,
) -> RequestPath:
    client = httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(handler), auth=auth)
    gov = Governor(clock=clock.now, sleep=clock.sleep)
    return RequestPath(client, governor=gov, retry=RetrySettings(**retry), rand=lambda: rand)  # type: ignore[arg-type]


@pytest.fixture
def debug_log(caplog: pytest.LogCaptureFixture) -> Generator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG, logger="zendesk_async"):
        yield caplog


def messages(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [
        r.getMessage() for r in caplog.records if r.name == "zendesk_async" and r.levelno == level
    ]


# -- the constructor -------------------------------------------------------------------------------
class RecordingAuth(ZendeskAuth):
    def __init__(self) -> None:
        self.attached: list[tuple[httpx.AsyncClient, float]] = []

    def attach(self, client: httpx.AsyncClient, *, refresh_timeout: float) -> None:
        self.attached.append((client, refresh_timeout))


def test_the_constructor_keeps_what_it_is_given(clock: FakeClock) -> None:
    client = httpx.AsyncClient(base_url=BASE + ":8443/", transport=httpx.MockTransport(print))
    gov = Governor(clock=clock.now, sleep=clock.sleep)
    settings = RetrySettings(max_retries=2, deadline=30.0)
    path = RequestPath(client, governor=gov, retry=settings)
    assert path.http is client and path.governor is gov and path.retry is settings
    assert path.base_url == httpx.URL(BASE + ":8443/")
    assert repr(path) == "<RequestPath https://acme.zendesk.com:8443>"
    default = RequestPath(client, governor=gov)
    assert default.retry == RetrySettings()


def test_the_constructor_attaches_the_auth_with_the_retry_deadline(clock: FakeClock) -> None:
    auth = RecordingAuth()
    client = httpx.AsyncClient(base_url=BASE, auth=auth, transport=httpx.MockTransport(print))
    gov = Governor(clock=clock.now, sleep=clock.sleep)
    RequestPath(client, governor=gov, retry=RetrySettings(deadline=42.0))
    assert auth.attached == [(client, 42.0)]
    RequestPath(client, governor=gov)
    assert auth.attached[1] == (client, RetrySettings().deadline)


@pytest.mark.anyio
async def test_rand_picks_the_jitter(clock: FakeClock) -> None:
    handler, _ = replies(httpx.Response(503), httpx.Response(200))
    await make_path(handler, clock, rand=0.0).request("GET", "/x")
    assert clock.sleeps == [0.375]  # backoff_initial 0.5, -25 %


# -- check_url -------------------------------------------------------------------------------------
def test_check_url_returns_a_path_as_is_and_an_absolute_url_parsed(clock: FakeClock) -> None:
    path = make_path(replies(httpx.Response(200))[0], clock)
    same = path.check_url("/api/v2/tickets.json?x=1")
    assert same == "/api/v2/tickets.json?x=1" and isinstance(same, str)
    absolute = path.check_url("HTTPS://acme.zendesk.com/api/v2/tickets?x=1")
    assert isinstance(absolute, httpx.URL)
    assert absolute.path == "/api/v2/tickets" and absolute.params["x"] == "1"
    given = httpx.URL(BASE + "/api/v2/users")
    assert path.check_url(given) == given
    assert path.check_url(httpx.URL("/api/v2/users")) == httpx.URL("/api/v2/users")
    with pytest.raises(UnsafeURLError, match="not the configured Zendesk host"):
        path.check_url("https://evil.example.com/x")
    with pytest.raises(InvalidArgumentError, match=r"dot segment|\.\."):
        path.check_url("/api/v2/job_statuses/../tickets/1")


def test_check_url_turns_an_unparsable_url_into_invalid_argument(clock: FakeClock) -> None:
    path = make_path(replies(httpx.Response(200))[0], clock)
    with pytest.raises(InvalidArgumentError) as info:
        path.check_url("https://acme.zendesk.com:bad/x")
    assert str(info.value) == (
        "not a usable URL: 'https://acme.zendesk.com:bad/x': Invalid port: 'bad'"
    )
    assert info.value.__cause__ is None and info.value.__suppress_context__


@pytest.mark.anyio
async def test_a_request_that_cannot_be_built_is_invalid_argument(clock: FakeClock) -> None:
    handler, seen = replies(httpx.Response(200))
    with pytest.raises(InvalidArgumentError) as info:
        await make_path(handler, clock).request("get", "/api/v2/search", params={"q": "\ud800"})
    assert str(info.value).startswith(
        "cannot build the request GET '/api/v2/search': 'utf-8' codec can't encode"
    )
    assert info.value.__suppress_context__ and seen == []


# -- connection errors -----------------------------------------------------------------------------
@pytest.mark.anyio
@pytest.mark.parametrize(
    ("exc", "kind", "message"),
    [
        (
            httpx.ReadError("connection reset"),
            APIConnectionError,
            "ReadError on POST https://acme.zendesk.com/api/v2/tickets: connection reset",
        ),
        (httpx.ReadError(""), APIConnectionError, "ReadError on POST {url}: ReadError"),
        (
            httpx.WriteError("sent Bearer abc.def to the proxy"),
            APIConnectionError,
            "WriteError on POST {url}: sent Bearer [redacted] to the proxy",
        ),
        (httpx.ReadTimeout("slow"), APITimeoutError, "ReadTimeout on POST {url}: slow"),
        (httpx.WriteTimeout(""), APITimeoutError, "WriteTimeout on POST {url}: WriteTimeout"),
    ],
)
async def test_connection_error_messages(
    clock: FakeClock, exc: Exception, kind: type[APIConnectionError], message: str
) -> None:
    handler, seen = replies(exc)
    with pytest.raises(APIConnectionError) as info:
        await make_path(handler, clock).request(
            "POST", "/api/v2/tickets", params={"secret": "s"}, json={}
        )
    assert type(info.value) is kind
    assert str(info.value) == message.format(url=BASE + "/api/v2/tickets")
    assert info.value.request is seen[0] and info.value.__cause__ is exc


# -- log lines -------------------------------------------------------------------------------------
@pytest.mark.anyio
async def test_each_attempt_is_logged_at_debug(
    clock: FakeClock, debug_log: pytest.LogCaptureFixture
) -> None:
    answers = [httpx.Response(503, headers=RID), httpx.Response(200, headers=RID)]

    def handler(request: httpx.Request) -> httpx.Response:
        clock.t += 0.25  # the send takes 250 ms
        return answers.pop(0)

    await make_path(handler, clock).request("get", "/api/v2/tickets/1.json", params={"a": "1"})
    assert messages(debug_log, logging.DEBUG) == [
        "GET /api/v2/tickets/1.json?a=1 -> 503 (attempt 1, request id rid-123, 250.0 ms)",
        "GET /api/v2/tickets/1.json?a=1 -> 200 (attempt 2, request id rid-123, 250.0 ms)",
    ]
    assert messages(debug_log, logging.WARNING) == [
        "retrying GET /api/v2/tickets/1.json?a=1 after 503 (attempt 1, request id rid-123):"
        " waiting 0.50 s"
    ]


@pytest.mark.anyio
async def test_a_failed_attempt_is_logged_with_its_exception(
    clock: FakeClock, debug_log: pytest.LogCaptureFixture
) -> None:
    handler, _ = replies(httpx.ReadTimeout("slow"), httpx.ConnectError("no"), httpx.Response(200))
    await make_path(handler, clock).request("GET", "/api/v2/x%20y", params={"a": "b c"})
    assert messages(debug_log, logging.DEBUG) == [
        "GET /api/v2/x%20y?a=b+c -> ReadTimeout",
        "GET /api/v2/x%20y?a=b+c -> ConnectError",
        "GET /api/v2/x%20y?a=b+c -> 200 (attempt 3, request id None, 0.0 ms)",
    ]
    assert messages(debug_log, logging.WARNING) == [
        "retrying GET /api/v2/x%20y?a=b+c after maybe_sent (attempt 1, request id None):"
        " waiting 0.50 s",
        "retrying GET /api/v2/x%20y?a=b+c after not_sent (attempt 2, request id None):"
        " waiting 1.00 s",
    ]


@pytest.mark.anyio
async def test_nothing_is_logged_below_warning_by_default(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="zendesk_async"):
        handler, _ = replies(httpx.Response(500), httpx.Response(200))
        await make_path(handler, clock).request("GET", "/x")
    assert messages(caplog, logging.DEBUG) == []
    assert len(messages(caplog, logging.WARNING)) == 1
    with caplog.at_level(logging.ERROR, logger="zendesk_async"):
        handler, _ = replies(httpx.Response(500), httpx.Response(200))
        await make_path(handler, clock).request("GET", "/x")
    assert len(messages(caplog, logging.WARNING)) == 1  # no new one


@pytest.mark.anyio
async def test_the_last_status_error_is_raised_after_the_retries(clock: FakeClock) -> None:
    handler, seen = replies(httpx.Response(500, headers=RID), httpx.Response(502, headers=RID))
    with pytest.raises(InternalServerError) as info:
        await make_path(handler, clock, max_retries=1).request("GET", "/x")
    assert info.value.status_code == 502 and len(seen) == 2


# -- what reaches httpx and the governor -----------------------------------------------------------
@pytest.mark.anyio
async def test_a_closed_client_says_so_exactly(clock: FakeClock) -> None:
    handler, seen = replies(httpx.Response(200))
    path = make_path(handler, clock)
    await path.http.aclose()
    with pytest.raises(ClientClosedError) as info:
        await path.request("GET", "/x")
    assert str(info.value) == "this Zendesk client is closed; create a new one" and seen == []


@pytest.mark.anyio
async def test_only_statuses_below_300_are_success(clock: FakeClock) -> None:
    handler, _ = replies(httpx.Response(299))
    assert (await make_path(handler, clock).request("GET", "/x")).status_code == 299
    handler, seen = replies(httpx.Response(300, headers=RID))
    with pytest.raises(APIStatusError) as info:
        await make_path(handler, clock).request("GET", "/x")
    assert info.value.status_code == 300 and len(seen) == 1


@pytest.mark.anyio
async def test_content_data_files_params_and_headers_reach_the_request(clock: FakeClock) -> None:
    handler, seen = replies(httpx.Response(201))
    path = make_path(handler, clock)
    await path.request(
        "post",
        "/api/v2/uploads",
        params={"filename": "a.txt"},
        content=b"raw bytes",
        headers={"Content-Type": "application/binary", "X-Extra": "1"},
    )
    await path.request("POST", "/api/v2/form", data={"field": "v"})
    await path.request("POST", "/api/v2/multipart", files={"f": ("a.txt", b"abc", "text/plain")})
    await path.request("POST", "/api/v2/json", json={"a": [1]})
    raw, form, multipart, body = seen
    assert raw.method == "POST" and raw.url.params["filename"] == "a.txt"
    assert raw.content == b"raw bytes" and raw.headers["x-extra"] == "1"
    assert raw.headers["content-type"] == "application/binary"
    assert form.content == b"field=v"
    assert form.headers["content-type"] == "application/x-www-form-urlencoded"
    assert b'name="f"; filename="a.txt"' in multipart.content and b"abc" in multipart.content
    assert body.content == b'{"a":[1]}'


@pytest.mark.anyio
async def test_resend_safety_sees_the_body_the_headers_and_the_override(
    clock: FakeClock,
) -> None:
    comment = {"ticket": {"comment": {"body": "hi"}}}
    handler, seen = replies(httpx.ReadError("reset"), httpx.Response(200))
    with pytest.raises(APIConnectionError):  # appends a comment: never resent
        await make_path(handler, clock).request("PUT", "/api/v2/tickets/1", json=comment)
    assert len(seen) == 1
    handler, seen = replies(httpx.ReadError("reset"), httpx.Response(200))
    await make_path(handler, clock).request("PUT", "/api/v2/tickets/1", json={"ticket": {}})
    assert len(seen) == 2
    handler, seen = replies(httpx.Response(500), httpx.Response(201))
    await make_path(handler, clock).request("POST", "/api/v2/things", json={}, idempotent=True)
    assert len(seen) == 2
    handler, seen = replies(httpx.Response(500), httpx.Response(200))
    with pytest.raises(InternalServerError):
        await make_path(handler, clock).request("GET", "/api/v2/things", idempotent=False)
    assert len(seen) == 1
    key = {"Idempotency-Key": "k"}
    handler, seen = replies(httpx.ReadError("reset"), httpx.Response(201))
    await make_path(handler, clock).request("POST", "/api/v2/tickets", json={}, headers=key)
    assert len(seen) == 2


@pytest.mark.anyio
async def test_a_retry_wait_tells_on_wait_why(clock: FakeClock) -> None:
    handler, _ = replies(httpx.Response(503), httpx.Response(200))
    path = make_path(handler, clock)
    told: list[tuple[str | None, float]] = []
    path.governor.on_wait = lambda reason, seconds: told.append((reason, seconds))
    await path.request("GET", "/x")
    assert told == [("retry after an error", 0.5), (None, 0.0)]
    assert clock.sleeps == [0.5]


@pytest.mark.anyio
async def test_the_ticket_update_budget_is_booked_by_method_and_path(clock: FakeClock) -> None:
    handler, _ = replies(httpx.Response(200))
    client = httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(handler))
    gov = Governor(clock=clock.now, sleep=clock.sleep, budgets={"ticket-update": (1, 60.0)})
    path = RequestPath(client, governor=gov)
    await path.request("put", "/api/v2/tickets/5", json={"ticket": {}})
    await path.request("GET", "/api/v2/tickets/5")  # not an update: not held
    assert clock.sleeps == []
    await path.request("PUT", "/api/v2/tickets/5", json={"ticket": {}})
    assert sum(clock.sleeps) == pytest.approx(60.0, abs=1.0)


@pytest.mark.anyio
async def test_a_named_budget_given_to_the_call_is_booked(clock: FakeClock) -> None:
    handler, _ = replies(httpx.Response(200))
    client = httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(handler))
    gov = Governor(clock=clock.now, sleep=clock.sleep, budgets={"incremental": (1, 60.0)})
    path = RequestPath(client, governor=gov)
    await path.request("GET", "/api/v2/x", budget="incremental")
    await path.request("GET", "/api/v2/x")
    assert clock.sleeps == []
    await path.request("GET", "/api/v2/x", budget="incremental")
    assert sum(clock.sleeps) == pytest.approx(60.0, abs=1.0)


@pytest.mark.anyio
async def test_too_many_jobs_resends_the_submission_as_a_job_after_the_hold(
    clock: FakeClock,
) -> None:
    tmj = httpx.Response(429, headers={"Retry-After": "10"}, json={"error": "TooManyJobs"})
    handler, seen = replies(tmj, httpx.Response(200, json={"job_status": {}}))
    path = make_path(handler, clock)
    await path.request("POST", "/api/v2/tickets/create_many", json={"tickets": []}, budget="jobs")
    assert len(seen) == 2 and path.governor.pauses == 0  # only job submissions were held
    assert sum(clock.sleeps) == pytest.approx(10.0, abs=1.0)
