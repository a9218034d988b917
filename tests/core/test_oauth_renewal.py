"""OAuth renewal exactly (issue 16): the token request, what a token response is taken for, the
errors (messages, types, no secrets), one renewal shared by the tasks waiting on it, the bound
and the shield, and the same flows on a plain httpx client (no `attach`).

The clients here are plain `httpx.AsyncClient`s with the auth attached as `Zendesk` does it, so
no governor or retry stands between the test and the auth flow. Concurrency is driven by events
(a token endpoint that waits on a gate), never by sleeping.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Coroutine
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from zendesk_async._oauth import OAuthBase
from zendesk_async.auth import OAuthAuth, OAuthClientCredentials, OAuthTokens, ZendeskAuth
from zendesk_async.errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    ZendeskError,
)

from .conftest import FakeClock

pytestmark = pytest.mark.anyio

BASE = "https://acme.zendesk.com"
TOKEN_URL = "https://acme.zendesk.com/oauth/tokens"
GENEROUS = 10.0  # seconds: only a broken bound or shield waits this long

Handler = Callable[[httpx.Request], Coroutine[Any, Any, httpx.Response]]


def attached(
    auth: ZendeskAuth, handler: Handler, *, refresh_timeout: float = 600.0
) -> httpx.AsyncClient:
    auth.bind(BASE)
    client = httpx.AsyncClient(base_url=BASE, auth=auth, transport=httpx.MockTransport(handler))
    auth.attach(client, refresh_timeout=refresh_timeout)
    return client


def token_json(n: int, **extra: object) -> dict[str, object]:
    return {
        "access_token": f"access-{n}",
        "refresh_token": f"refresh-{n}",
        "expires_in": 1800,
        **extra,
    }


class Server:
    """The API wants `Bearer <current access>` (else 401); the token endpoint answers with
    `answer(n)` for its n-th call (default: a rotating token pair), after waiting on `gate` if
    one is set. `token_requests` keeps every token request as sent."""

    def __init__(
        self, access: str = "old", answer: Callable[[int], httpx.Response] | None = None
    ) -> None:
        self.access = access
        self.answer = answer
        self.gate: anyio.Event | None = None
        self.token_requests: list[httpx.Request] = []
        self.api_auth: list[str | None] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/tokens":
            self.token_requests.append(request)
            if self.gate is not None:
                await self.gate.wait()
            n = len(self.token_requests) + 1
            response = self.answer(n) if self.answer else httpx.Response(200, json=token_json(n))
            try:
                body = response.json() if response.status_code == 200 else None
            except ValueError:
                body = None
            if isinstance(body, dict) and isinstance(body.get("access_token"), str):
                self.access = body["access_token"]
            return response
        self.api_auth.append(request.headers.get("authorization"))
        if request.headers.get("authorization") != f"Bearer {self.access}":
            return httpx.Response(401, json={"error": "Couldn't authenticate you"})
        return httpx.Response(200, json={})

    def grants(self) -> list[dict[str, str]]:
        return [json.loads(r.content) for r in self.token_requests]


def expired(clock: FakeClock | None = None, **kwargs: object) -> OAuthAuth:
    clock = clock or FakeClock()
    return OAuthAuth(
        "old",
        refresh_token="refresh-1",
        client_id="cid",
        client_secret="SECRET",
        expires_at=0,
        clock=clock.now,
        **kwargs,  # type: ignore[arg-type]
    )


# --- the token request ------------------------------------------------------------------------


async def test_token_request_is_a_post_of_the_grant_to_the_token_path_only() -> None:
    server = Server()
    auth = expired()
    assert auth.refresh_count == 0
    async with attached(auth, server) as client:
        await client.get(BASE + "/api/v2/tickets.json?page=2#frag")
    (token,) = server.token_requests
    assert token.method == "POST"
    assert str(token.url) == TOKEN_URL  # no query, no fragment of the triggering request
    assert token.extensions["timeout"] == httpx.Timeout(5.0).as_dict()  # the client's
    assert "authorization" not in token.headers  # sent without the client's auth
    assert server.grants() == [
        {
            "grant_type": "refresh_token",
            "refresh_token": "refresh-1",
            "client_id": "cid",
            "client_secret": "SECRET",
        }
    ]
    assert auth.refresh_count == 1
    assert server.api_auth == ["Bearer access-2"]


async def test_token_request_carries_the_triggering_requests_timeouts() -> None:
    server = Server()
    async with attached(expired(), server) as client:
        await client.get("/x", timeout=httpx.Timeout(1.5, connect=2.5))
    assert (
        server.token_requests[0].extensions["timeout"] == httpx.Timeout(1.5, connect=2.5).as_dict()
    )


async def test_a_request_with_no_timeouts_still_gives_a_bounded_token_request() -> None:
    """A request that carries ``"timeout": None``: its token request gets the client's
    timeouts (httpx fills them in for a request without the key), never an explicit None."""
    server = Server()
    async with attached(expired(), server) as client:
        await client.send(httpx.Request("GET", BASE + "/x", extensions={"timeout": None}))
    assert server.token_requests[0].extensions["timeout"] == httpx.Timeout(5.0).as_dict()


async def test_refresh_count_counts_each_token_request() -> None:
    clock = FakeClock(start=1000.0)
    server = Server()
    auth = expired(clock)
    async with attached(auth, server) as client:
        await client.get("/x")
        clock.t = 2800.0
        await client.get("/x")
    assert auth.refresh_count == 2 == len(server.token_requests)


@pytest.mark.parametrize(("now", "renews"), [(2679.5, False), (2680.0, True), (2681.0, True)])
async def test_renewal_starts_exactly_refresh_margin_before_expiry(
    now: float, renews: bool
) -> None:
    clock = FakeClock(start=now)
    server = Server(access="old")
    auth = OAuthAuth("old", refresh_token="r1", expires_at=2800.0, clock=clock.now)  # margin 120
    async with attached(auth, server) as client:
        await client.get("/x")
    assert len(server.token_requests) == int(renews)


# --- what a token response is taken for -------------------------------------------------------


async def test_token_response_fields_reach_on_refresh_and_the_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="zendesk_async")
    clock = FakeClock(start=1000.0)
    server = Server(
        answer=lambda n: httpx.Response(200, json=token_json(n, scope="read", token_type="Bearer"))
    )
    persisted: list[OAuthTokens] = []
    auth = expired(clock, on_refresh=persisted.append)
    async with attached(auth, server) as client:
        await client.get("/x")
    assert persisted == [
        OAuthTokens("access-2", "refresh-2", 2800.0, scope="read", token_type="Bearer")
    ]
    assert auth.expires_at == 2800.0
    assert "OAuth access token renewed (expires at 2800.0)" in [
        r.getMessage() for r in caplog.records
    ]


@pytest.mark.parametrize("expires_in", [None, "1800", [1800]])
async def test_token_without_a_numeric_expires_in_does_not_expire(expires_in: object) -> None:
    def answer(n: int) -> httpx.Response:
        body: dict[str, object] = {"access_token": f"access-{n}"}
        if expires_in is not None:
            body["expires_in"] = expires_in
        return httpx.Response(200, json=body)

    persisted: list[OAuthTokens] = []
    auth = expired(on_refresh=persisted.append)
    async with attached(auth, Server(answer=answer)) as client:
        await client.get("/x")
    assert auth.expires_at is None
    # nothing but the access token came back: the old refresh token stays, the type defaults
    assert persisted == [
        OAuthTokens("access-2", "refresh-1", None, scope=None, token_type="bearer")
    ]


async def test_float_expires_in_and_async_on_refresh() -> None:
    clock = FakeClock(start=1000.0)
    persisted: list[OAuthTokens] = []

    async def on_refresh(tokens: OAuthTokens) -> None:
        await anyio.lowlevel.checkpoint()
        persisted.append(tokens)

    server = Server(answer=lambda n: httpx.Response(200, json=token_json(n, expires_in=60.5)))
    auth = OAuthClientCredentials(
        "cid", "s", on_refresh=on_refresh, refresh_margin=0, clock=clock.now
    )
    async with attached(auth, server) as client:
        await client.get("/x")
    assert auth.expires_at == 1060.5
    assert persisted == [OAuthTokens("access-2", None, 1060.5)]


@pytest.mark.parametrize(
    ("response", "message"),
    [
        (
            httpx.Response(
                400, json={"error": "invalid_grant", "error_description": "bad refresh token"}
            ),
            "OAuth token request failed with 400 - invalid_grant: bad refresh token",
        ),
        (
            httpx.Response(400, json={"error": "invalid_grant"}),
            "OAuth token request failed with 400 - invalid_grant",
        ),
        (
            httpx.Response(401, json={"error_description": "expired"}),
            "OAuth token request failed with 401 - expired",
        ),
        (
            httpx.Response(400, json={"error": 42, "error_description": ""}),
            "OAuth token request failed with 400 - 42",
        ),
        (
            httpx.Response(400, json={"error": "", "message": "x"}),
            "OAuth token request failed with 400",
        ),
        (httpx.Response(400, json=["invalid_grant"]), "OAuth token request failed with 400"),
        (httpx.Response(500, text="<html>oops</html>"), "OAuth token request failed with 500"),
        # a 200 without a usable access token is a failure too
        (
            httpx.Response(200, json={"error": "no token"}),
            "OAuth token request failed with 200 - no token",
        ),
        (httpx.Response(200, json={"access_token": ""}), "OAuth token request failed with 200"),
        (httpx.Response(200, json={"access_token": 123}), "OAuth token request failed with 200"),
        (httpx.Response(200, json={"access_token": None}), "OAuth token request failed with 200"),
        (httpx.Response(200, json=[{"access_token": "a"}]), "OAuth token request failed with 200"),
        (httpx.Response(200, text="not json"), "OAuth token request failed with 200"),
        # only a 200 carries tokens
        (httpx.Response(201, json=token_json(2)), "OAuth token request failed with 201"),
    ],
)
async def test_failed_token_response_is_an_authentication_error(
    response: httpx.Response, message: str
) -> None:
    server = Server(answer=lambda n: response)
    persisted: list[OAuthTokens] = []
    auth = expired(on_refresh=persisted.append)
    async with attached(auth, server) as client:
        with pytest.raises(AuthenticationError) as info:
            await client.get("/x")
    assert str(info.value) == message
    assert info.value.status_code == response.status_code
    assert persisted == [] and server.api_auth == []


async def test_token_error_keeps_the_headers_but_no_cookie_and_no_request_body() -> None:
    def answer(n: int) -> httpx.Response:
        return httpx.Response(
            400,
            headers={"Set-Cookie": "session=SECRET-COOKIE", "X-Zendesk-Request-Id": "rid-1"},
            json={"error": "invalid_grant"},
        )

    async with attached(expired(), Server(answer=answer)) as client:
        with pytest.raises(AuthenticationError) as info:
            await client.get("/x")
    error = info.value
    assert error.response.status_code == 400 and error.status_code == 400
    assert "set-cookie" not in error.response.headers
    assert error.response.headers["x-zendesk-request-id"] == "rid-1" and error.request_id == "rid-1"
    assert error.request is not None and error.request is error.response.request
    assert (error.request.method, str(error.request.url), error.request.content) == (
        "POST",
        TOKEN_URL,
        b"",
    )
    assert "SECRET" not in str(error) + repr(error.__dict__)


# --- transport failures of the token request ----------------------------------------------------


@pytest.mark.parametrize(
    ("exc", "error_type", "message"),
    [
        (httpx.ReadError("connection reset"), APIConnectionError, "ReadError: connection reset"),
        (httpx.ReadError(""), APIConnectionError, "ReadError: no detail"),
        (httpx.ReadTimeout("timed out"), APITimeoutError, "ReadTimeout: timed out"),
        (
            httpx.RemoteProtocolError("peer sent Bearer abc.def-1 back"),
            APIConnectionError,
            "RemoteProtocolError: peer sent Bearer [redacted] back",
        ),
    ],
)
async def test_token_request_that_may_have_arrived_is_a_typed_error_not_resent(
    exc: httpx.TransportError, error_type: type[APIConnectionError], message: str
) -> None:
    calls: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise exc

    async with attached(expired(), handler) as client:
        with pytest.raises(APIConnectionError) as info:
            await client.get("/x")
    error = info.value
    assert type(error) is error_type
    assert str(error) == "OAuth token request failed: " + message
    assert error.__cause__ is exc
    assert error.request is not None
    assert (error.request.method, str(error.request.url), error.request.content) == (
        "POST",
        TOKEN_URL,
        b"",
    )
    assert len(calls) == 1  # the token request only: nothing resent, the API call never went


async def test_token_request_that_never_left_raises_the_transport_error_itself() -> None:
    """Not sent (refused): the caller's own retry may send the whole call again."""
    refused = httpx.ConnectError("refused")

    async def handler(request: httpx.Request) -> httpx.Response:
        raise refused

    async with attached(expired(), handler) as client:
        with pytest.raises(httpx.ConnectError) as info:
            await client.get("/x")
    assert info.value is refused


async def test_token_request_is_bounded_by_the_refresh_timeout() -> None:
    async def stalled(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(GENEROUS)  # only a missing bound waits this out
        return httpx.Response(200, json=token_json(2))

    async with attached(expired(), stalled, refresh_timeout=0.05) as client:
        with anyio.fail_after(GENEROUS / 2), pytest.raises(APITimeoutError) as info:
            await client.get("/x")
    error = info.value
    assert str(error) == "OAuth token refresh did not finish within 0.05 s"
    assert error.request is not None
    assert (error.request.method, str(error.request.url), error.request.content) == (
        "POST",
        TOKEN_URL,
        b"",
    )


async def test_token_request_completes_when_the_caller_is_cancelled() -> None:
    """Zendesk rotates the refresh token: once sent, the answer is read, stored and persisted
    even though the task that triggered the renewal was cancelled meanwhile."""
    server = Server()
    server.gate = anyio.Event()
    persisted: list[OAuthTokens] = []
    auth = expired(on_refresh=persisted.append)
    caller = anyio.CancelScope()
    async with attached(auth, server) as client:

        async def trigger() -> None:
            with caller:
                await client.get("/x")

        with anyio.fail_after(GENEROUS):
            async with anyio.create_task_group() as tg:
                tg.start_soon(trigger)
                while not server.token_requests:
                    await anyio.lowlevel.checkpoint()
                caller.cancel()
                await anyio.wait_all_tasks_blocked()  # the cancellation has landed
                server.gate.set()
        assert [t.refresh_token for t in persisted] == ["refresh-2"]
        assert (await client.get("/x")).status_code == 200
    assert len(server.token_requests) == 1
    assert set(server.api_auth) == {"Bearer access-2"}


# --- one renewal for the tasks waiting on it ----------------------------------------------------


async def run_concurrently(client: httpx.AsyncClient, server: Server, n: int) -> list[object]:
    """`n` concurrent GETs while the token endpoint holds the first token request; the outcome
    of each (status code or exception)."""
    server.gate = anyio.Event()
    outcomes: list[object] = []

    async def one() -> None:
        try:
            outcomes.append((await client.get("/x")).status_code)
        except Exception as exc:
            outcomes.append(exc)

    with anyio.fail_after(GENEROUS):
        async with anyio.create_task_group() as tg:
            for _ in range(n):
                tg.start_soon(one)
            await anyio.wait_all_tasks_blocked()  # one holds the token request, the rest wait
            server.gate.set()
    return outcomes


def replay(message: str) -> str:
    return "OAuth token refresh failed in another task: " + message


def split(outcomes: list[object], message: str) -> tuple[object, list[object]]:
    """The renewer's outcome (the one error that says `message`) and the waiters' (the rest)."""
    (renewer,) = [e for e in outcomes if str(e) == message]
    return renewer, [e for e in outcomes if e is not renewer]


async def test_waiters_share_a_failed_renewal_and_each_round_tries_once() -> None:
    bad = {"error": "invalid_grant", "error_description": "bad refresh token"}
    server = Server(answer=lambda n: httpx.Response(400, json=bad))
    auth = expired()
    message = "OAuth token request failed with 400 - invalid_grant: bad refresh token"
    async with attached(auth, server) as client:
        for round_ in (1, 2):  # a later call tries again, and its waiters share its failure
            outcomes = await run_concurrently(client, server, 4)
            assert len(server.token_requests) == round_
            assert [type(e) for e in outcomes] == [AuthenticationError] * 4, outcomes
            renewer, waiters = split(outcomes, message)
            assert [str(e) for e in waiters] == [replay(message)] * 3
            for waiter in waiters:
                assert isinstance(waiter, AuthenticationError)
                assert isinstance(renewer, AuthenticationError)
                assert waiter.response is renewer.response and waiter.status_code == 400
        server.answer = None  # the token endpoint recovers: the next call renews and succeeds
        assert await run_concurrently(client, server, 4) == [200] * 4
    assert len(server.token_requests) == 3
    assert auth.refresh_count == 3


@pytest.mark.parametrize(
    ("exc", "error_type", "message"),
    [
        (httpx.ConnectError("refused"), httpx.ConnectError, "refused"),  # not sent: raw
        (
            httpx.ReadError("reset"),
            APIConnectionError,
            "OAuth token request failed: ReadError: reset",
        ),
        (
            httpx.ReadTimeout("slow"),
            APITimeoutError,
            "OAuth token request failed: ReadTimeout: slow",
        ),
    ],
)
async def test_waiters_get_a_fresh_copy_of_a_transport_failure(
    exc: Exception, error_type: type[Exception], message: str
) -> None:
    server = Server()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/tokens":
            server.token_requests.append(request)
            assert server.gate is not None
            await server.gate.wait()
            raise exc
        return await server(request)

    async with attached(expired(), handler) as client:
        outcomes = await run_concurrently(client, server, 3)
    assert len(server.token_requests) == 1
    assert [type(e) for e in outcomes] == [error_type] * 3
    _, waiters = split(outcomes, message)
    assert [str(e) for e in waiters] == [replay(message)] * 2
    for waiter in waiters:
        request = waiter.request  # type: ignore[attr-defined]
        assert (request.method, str(request.url), request.content) == ("POST", TOKEN_URL, b"")


async def test_a_renewal_whose_token_is_already_stale_is_no_failure_for_the_waiters() -> None:
    """A token that expires inside the refresh margin: each waiter renews again, none fails."""
    server = Server(answer=lambda n: httpx.Response(200, json=token_json(n, expires_in=60)))
    async with attached(expired(), server) as client:
        assert await run_concurrently(client, server, 3) == [200] * 3
    assert len(server.token_requests) == 3


async def test_waiters_get_an_on_refresh_error_as_a_zendesk_error() -> None:
    """`on_refresh` failed (the tokens are stored, the token is stale on arrival): the waiters
    get the failure as a `ZendeskError` instead of renewing (and rotating) once each."""

    def on_refresh(tokens: OAuthTokens) -> None:
        raise ZendeskError("could not persist")

    server = Server(answer=lambda n: httpx.Response(200, json=token_json(n, expires_in=60)))
    async with attached(expired(on_refresh=on_refresh), server) as client:
        outcomes = await run_concurrently(client, server, 3)
    assert len(server.token_requests) == 1
    assert [type(e) for e in outcomes] == [ZendeskError] * 3
    _, waiters = split(outcomes, "could not persist")
    assert [str(e) for e in waiters] == [replay("could not persist")] * 2


async def test_a_401_after_a_failed_401_renewal_tries_again() -> None:
    answers = [httpx.Response(400, json={"error": "temporarily_unavailable"})]

    def answer(n: int) -> httpx.Response:
        return answers.pop() if answers else httpx.Response(200, json=token_json(n))

    server = Server(access="rotated-elsewhere", answer=answer)
    auth = OAuthAuth("old", refresh_token="refresh-1")  # no expiry: only a 401 renews it
    async with attached(auth, server) as client:
        with pytest.raises(AuthenticationError, match=r"^OAuth token request failed with 400"):
            await client.get("/x")
        assert (await client.get("/x")).status_code == 200
    assert len(server.token_requests) == 2
    assert server.api_auth == ["Bearer old", "Bearer old", "Bearer access-3"]


# --- the same flows without `attach` (the auth on a plain httpx client) -------------------------


async def test_unattached_auth_renews_through_the_flow_itself() -> None:
    clock = FakeClock(start=1000.0)
    server = Server()
    persisted: list[OAuthTokens] = []
    auth = expired(clock, on_refresh=persisted.append)
    async with httpx.AsyncClient(
        base_url=BASE, auth=auth, transport=httpx.MockTransport(server)
    ) as client:
        assert (await client.get("/x")).status_code == 200
        server.access = "rotated-elsewhere"  # the next call gets a 401: renew once, resend
        assert (await client.get("/x")).status_code == 200
    assert [g["refresh_token"] for g in server.grants()] == ["refresh-1", "refresh-2"]
    assert [str(r.url) for r in server.token_requests] == [TOKEN_URL] * 2
    assert [t.refresh_token for t in persisted] == ["refresh-2", "refresh-3"]
    assert server.api_auth == ["Bearer access-2", "Bearer access-2", "Bearer access-3"]
    assert auth.refresh_count == 2 and auth.expires_at == 2800.0


async def test_an_oauth_kind_that_cannot_renew_and_has_no_token_says_so() -> None:
    class NoRenewal(OAuthBase):
        def _can_renew(self) -> bool:
            return False

    auth = NoRenewal(
        None, expires_at=None, on_refresh=None, refresh_margin=0.0, clock=FakeClock().now
    )
    async with attached(auth, Server()) as client:
        with pytest.raises(ConfigurationError) as info:
            await client.get("/x")
    assert str(info.value) == "NoRenewal has no access token"
