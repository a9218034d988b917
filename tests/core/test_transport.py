"""The request path: status -> typed error, retries, URL safety, parse helpers."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from zendesk_async._ratelimit import Governor
from zendesk_async._retry import RetrySettings
from zendesk_async._transport import RequestPath, parse_json, parse_model
from zendesk_async.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    UnprocessableEntityError,
    UnsafeURLError,
)
from zendesk_async.resources import Tickets

from .conftest import FakeClock

BASE = "https://acme.zendesk.com"
Handler = Callable[[httpx.Request], httpx.Response]


def make_path(handler: Handler, clock: FakeClock, **retry: float) -> RequestPath:
    client = httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(handler))
    gov = Governor(clock=clock.now, sleep=clock.sleep)
    return RequestPath(client, governor=gov, retry=RetrySettings(**retry), rand=lambda: 0.5)  # type: ignore[arg-type]


def replies(*responses: httpx.Response | Exception) -> tuple[Handler, list[httpx.Request]]:
    seen: list[httpx.Request] = []
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        item = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(item, Exception):
            raise item
        return item

    return handler, seen


RID = {"X-Zendesk-Request-Id": "rid-123"}


@pytest.mark.parametrize(
    ("status", "body", "exc_type"),
    [
        (400, {"error": "InvalidEndpoint", "description": "bad"}, BadRequestError),
        (401, {"error": "Couldn't authenticate you"}, AuthenticationError),
        (403, {"error": "Forbidden"}, PermissionDeniedError),
        (404, {"error": "RecordNotFound", "description": "Not found"}, NotFoundError),
        (409, {"error": "Conflict"}, ConflictError),
        (
            422,
            {
                "error": "RecordInvalid",
                "description": "Record validation errors",
                "details": {"subject": [{"description": "Subject: is too long"}]},
            },
            UnprocessableEntityError,
        ),
        (429, {"error": "TooManyRequests"}, RateLimitError),
        (500, {"error": "InternalError"}, InternalServerError),
        (503, {"error": "Unavailable"}, InternalServerError),
        (418, {"error": "Teapot"}, APIStatusError),
    ],
)
@pytest.mark.anyio
async def test_status_maps_to_exception_with_request_id(
    clock: FakeClock, status: int, body: object, exc_type: type[APIStatusError]
) -> None:
    headers = {**RID, "Retry-After": "5"} if status == 429 else RID
    handler, seen = replies(httpx.Response(status, json=body, headers=headers))
    path = make_path(handler, clock, max_retries=0)
    with pytest.raises(exc_type) as info:
        await path.request("POST", "/api/v2/tickets", json={"ticket": {}})
    err = info.value
    assert type(err) is exc_type
    assert err.status_code == status
    assert err.request_id == "rid-123"
    assert "rid-123" in str(err)
    assert len(seen) == 1
    if status == 422:
        assert isinstance(err, UnprocessableEntityError)
        assert err.field_errors == {"subject": ["Subject: is too long"]}
    if status == 429:
        assert isinstance(err, RateLimitError)
        assert err.retry_after == 5.0


@pytest.mark.anyio
async def test_retry_after_honoured_with_patched_clock(clock: FakeClock) -> None:
    handler, seen = replies(
        httpx.Response(429, headers={"Retry-After": "37"}),
        httpx.Response(503, headers={"Retry-After": "12"}),
        httpx.Response(200, json={"ok": True}),
    )
    path = make_path(handler, clock)
    response = await path.request("GET", "/api/v2/tickets/1")
    assert response.json() == {"ok": True}
    assert len(seen) == 3
    assert clock.sleeps == [37.0, 12.0]
    assert path.governor.pauses == 1  # the 429 paused everybody; the 503 only this call


@pytest.mark.anyio
async def test_long_retry_after_is_not_capped_but_deadline_applies(clock: FakeClock) -> None:
    handler, seen = replies(httpx.Response(429, headers={"Retry-After": "90"}), httpx.Response(200))
    await make_path(handler, clock, deadline=100).request("GET", "/x")
    assert clock.sleeps == [90.0]
    handler, seen = replies(httpx.Response(429, headers={"Retry-After": "90"}), httpx.Response(200))
    with pytest.raises(RateLimitError):
        await make_path(handler, clock, deadline=60).request("GET", "/x")
    assert len(seen) == 1


@pytest.mark.anyio
async def test_5xx_backoff_for_get_not_for_post(clock: FakeClock) -> None:
    handler, seen = replies(httpx.Response(500), httpx.Response(502), httpx.Response(200))
    await make_path(handler, clock).request("GET", "/api/v2/tickets")
    assert clock.sleeps == [0.5, 1.0]
    handler, seen = replies(httpx.Response(500), httpx.Response(200))
    with pytest.raises(InternalServerError):
        await make_path(handler, clock).request("POST", "/api/v2/tickets", json={})
    assert len(seen) == 1
    handler, seen = replies(httpx.Response(500), httpx.Response(201))
    response = await make_path(handler, clock).request(
        "POST", "/api/v2/tickets", json={}, headers={"Idempotency-Key": "abc"}
    )
    assert response.status_code == 201 and len(seen) == 2


@pytest.mark.anyio
async def test_post_not_retried_after_possibly_sent_failure(clock: FakeClock) -> None:
    handler, seen = replies(httpx.ReadError("connection reset"), httpx.Response(201))
    with pytest.raises(APIConnectionError) as info:
        await make_path(handler, clock).request("POST", "/api/v2/tickets", json={"a": 1})
    assert len(seen) == 1
    assert isinstance(info.value.__cause__, httpx.ReadError)
    handler, seen = replies(httpx.ReadTimeout("slow"), httpx.Response(201))
    with pytest.raises(APITimeoutError):
        await make_path(handler, clock).request("POST", "/api/v2/tickets", json={"a": 1})
    assert len(seen) == 1


@pytest.mark.anyio
async def test_post_retried_after_connect_failure(clock: FakeClock) -> None:
    handler, seen = replies(httpx.ConnectError("refused"), httpx.Response(201, json={}))
    response = await make_path(handler, clock).request("POST", "/api/v2/tickets", json={"a": 1})
    assert response.status_code == 201
    assert len(seen) == 2
    assert seen[1].content == b'{"a":1}'


@pytest.mark.anyio
async def test_get_retried_after_read_timeout_then_gives_up(clock: FakeClock) -> None:
    handler, seen = replies(httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError) as info:
        await make_path(handler, clock, max_retries=3).request("GET", "/api/v2/tickets")
    assert len(seen) == 4
    assert "ReadTimeout" in str(info.value)


@pytest.mark.anyio
async def test_foreign_absolute_url_refused(clock: FakeClock) -> None:
    handler, seen = replies(httpx.Response(200, json={}))
    path = make_path(handler, clock)
    for url in (
        "https://evil.example.com/api/v2/tickets",
        "http://acme.zendesk.com/api/v2/tickets",  # scheme downgrade
        "https://acme.zendesk.com:8443/api/v2/tickets",
        "//evil.example.com/api/v2/tickets",
    ):
        with pytest.raises(UnsafeURLError):
            await path.request("GET", url)
    assert seen == []
    await path.request("GET", f"{BASE}/api/v2/tickets.json?page[after]=x")
    assert seen[0].url.host == "acme.zendesk.com" and seen[0].url.params["page[after]"] == "x"


@pytest.mark.anyio
async def test_closed_client_gives_clear_error(clock: FakeClock) -> None:
    handler, _ = replies(httpx.Response(200))
    path = make_path(handler, clock)
    await path.http.aclose()
    with pytest.raises(ClientClosedError, match="closed"):
        await path.request("GET", "/x")


def _resp(content: bytes) -> httpx.Response:
    return httpx.Response(200, content=content, request=httpx.Request("GET", f"{BASE}/x"))


def test_parse_helpers() -> None:
    assert parse_json(_resp(b'{"a": 1}')) == {"a": 1}
    with pytest.raises(ResponseParseError, match=r"^response body is not valid JSON: ") as info:
        parse_json(_resp(b"<html>oops"))
    assert info.value.body == b"<html>oops"
    assert isinstance(info.value.__cause__, ValueError)
    assert info.value.response is not None and info.value.response.content == b"<html>oops"

    def parser(body: dict[str, object]) -> int:
        return int(body["ticket"]["id"])  # type: ignore[index,call-overload]

    assert parse_model(_resp(b'{"ticket": {"id": 7}}'), parser, model_name="Ticket") == 7
    cases = [
        (b'{"ticket": null}', "response does not fit Ticket: TypeError: 'NoneType' object is"),
        (b"[1, 2]", "expected a JSON object for Ticket, got list"),
        (b'"s"', "expected a JSON object for Ticket, got str"),
        (b'{"other": 1}', "response does not fit Ticket: KeyError: 'ticket'"),
        (b'{"ticket": {"id": "x"}}', "response does not fit Ticket: ValueError: invalid literal"),
        (b"{", "response body is not valid JSON: "),
    ]
    for raw, message in cases:
        with pytest.raises(ResponseParseError) as info:
            parse_model(_resp(raw), parser, model_name="Ticket")
        assert info.value.body == raw
        assert info.value.status_code == 200
        assert str(info.value).startswith(message), str(info.value)
        assert info.value.model == (None if raw == b"{" else "Ticket")
        assert isinstance(info.value.__cause__, Exception) is message.startswith("response")


TICKET = {"ticket": {"id": 7, "subject": "s", "status": "new"}}


@pytest.mark.anyio
async def test_ticket_create_resent_only_with_an_idempotency_key(clock: FakeClock) -> None:
    """Zendesk honours Idempotency-Key on ticket creation: with one, a reset is retried (same
    key, so Zendesk returns the first ticket); without one, it is not (issue 11, defect 3)."""
    handler, seen = replies(httpx.ReadError("reset"), httpx.Response(201, json=TICKET))
    created = await Tickets(make_path(handler, clock)).create(
        subject="s", comment={"body": "b"}, idempotency_key="key-1"
    )
    assert created.id == 7 and len(seen) == 2
    assert [r.headers["idempotency-key"] for r in seen] == ["key-1", "key-1"]
    handler, seen = replies(httpx.ReadError("reset"), httpx.Response(201, json=TICKET))
    with pytest.raises(APIConnectionError):
        await Tickets(make_path(handler, clock)).create(subject="s", comment={"body": "b"})
    assert len(seen) == 1 and "idempotency-key" not in seen[0].headers


@pytest.mark.anyio
async def test_an_idempotency_key_zendesk_ignores_does_not_make_a_write_resendable(
    clock: FakeClock,
) -> None:
    handler, seen = replies(httpx.Response(500), httpx.Response(200, json={}))
    with pytest.raises(InternalServerError):
        await make_path(handler, clock).request(
            "POST", "/api/v2/tickets/1/merge", json={"ids": [2]}, headers={"Idempotency-Key": "k"}
        )
    assert len(seen) == 1
