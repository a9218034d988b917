"""Auth flows: headers per kind, OAuth refresh (once, under concurrency, on 401), foreign hosts."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable

import anyio
import anyio.lowlevel
import httpx
import pytest

from zendesk_async._ratelimit import Governor
from zendesk_async._transport import RequestPath
from zendesk_async.auth import ApiTokenAuth, OAuthAuth, OAuthClientCredentials, OAuthTokens
from zendesk_async.errors import APIConnectionError, AuthenticationError, ConfigurationError

from .conftest import FakeClock

BASE = "https://acme.zendesk.com"


def path_with(auth: httpx.Auth, handler: Callable[[httpx.Request], httpx.Response]) -> RequestPath:
    if hasattr(auth, "bind"):
        auth.bind(BASE)
    client = httpx.AsyncClient(base_url=BASE, auth=auth, transport=httpx.MockTransport(handler))
    clock = FakeClock()
    return RequestPath(client, governor=Governor(clock=clock.now, sleep=clock.sleep))


class TokenServer:
    """A token endpoint that rotates refresh tokens, plus an API that wants the current token."""

    def __init__(self, access: str = "old-access", refresh: str = "refresh-1") -> None:
        self.access = access
        self.refresh = refresh
        self.token_calls: list[dict[str, str]] = []
        self.api_auth: list[str | None] = []
        self.generation = 1

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/tokens":
            body = json.loads(request.content)
            self.token_calls.append(body)
            if body["grant_type"] == "refresh_token" and body["refresh_token"] != self.refresh:
                return httpx.Response(
                    400, json={"error": "invalid_grant", "error_description": "bad refresh token"}
                )
            self.generation += 1
            self.access = f"access-{self.generation}"
            self.refresh = f"refresh-{self.generation}"
            return httpx.Response(
                200,
                json={
                    "access_token": self.access,
                    "refresh_token": self.refresh,
                    "expires_in": 1800,
                    "token_type": "bearer",
                    "scope": "read write",
                },
            )
        self.api_auth.append(request.headers.get("authorization"))
        if request.headers.get("authorization") != f"Bearer {self.access}":
            return httpx.Response(401, json={"error": "Couldn't authenticate you"})
        return httpx.Response(200, json={"ok": True})


@pytest.mark.anyio
async def test_api_token_is_basic_email_slash_token() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    await path_with(ApiTokenAuth("me@acme.com", "TOKEN"), handler).request("GET", "/api/v2/x")
    expected = base64.b64encode(b"me@acme.com/token:TOKEN").decode()
    assert seen[0].headers["authorization"] == f"Basic {expected}"


@pytest.mark.anyio
async def test_static_oauth_is_bearer_and_401_raises() -> None:
    server = TokenServer(access="static-token")
    path = path_with(OAuthAuth("static-token"), server)
    await path.request("GET", "/api/v2/x")
    assert server.api_auth == ["Bearer static-token"]
    server.access = "something-else"
    with pytest.raises(AuthenticationError):
        await path.request("GET", "/api/v2/x")
    assert server.token_calls == []


@pytest.mark.anyio
async def test_refresh_under_50_concurrent_tasks_is_one_call() -> None:
    server = TokenServer()
    clock = FakeClock(start=10_000.0)
    persisted: list[OAuthTokens] = []

    async def on_refresh(tokens: OAuthTokens) -> None:
        await anyio.lowlevel.checkpoint()  # an async callback (e.g. writing to a database)
        persisted.append(tokens)

    auth = OAuthAuth(
        "old-access",
        refresh_token="refresh-1",
        client_id="cid",
        client_secret="csecret",
        expires_at=clock.now() - 1,  # already expired
        on_refresh=on_refresh,
        clock=clock.now,
    )
    path = path_with(auth, server)
    results: list[int] = []

    async def one() -> None:
        response = await path.request("GET", "/api/v2/tickets/1")
        results.append(response.status_code)

    async with anyio.create_task_group() as tg:
        for _ in range(50):
            tg.start_soon(one)
    assert results == [200] * 50
    assert len(server.token_calls) == 1
    assert server.token_calls[0] == {
        "grant_type": "refresh_token",
        "refresh_token": "refresh-1",
        "client_id": "cid",
        "client_secret": "csecret",
    }
    assert [t.refresh_token for t in persisted] == ["refresh-2"]  # the rotated token
    assert persisted[0].access_token == "access-2"
    assert auth.expires_at == pytest.approx(clock.now() + 1800)
    assert set(server.api_auth) == {"Bearer access-2"}


@pytest.mark.anyio
async def test_refresh_shortly_before_expiry_not_after_each_call() -> None:
    server = TokenServer()
    clock = FakeClock(start=0.0)
    auth = OAuthAuth("old-access", refresh_token="refresh-1", expires_in=1800, clock=clock.now)
    path = path_with(auth, server)
    await path.request("GET", "/x")
    assert server.token_calls == []
    clock.t = 1800 - 60  # inside the refresh margin
    await path.request("GET", "/x")
    await path.request("GET", "/x")
    assert len(server.token_calls) == 1


@pytest.mark.anyio
async def test_refresh_once_on_401_then_resend() -> None:
    server = TokenServer(access="server-side-rotated")
    persisted: list[OAuthTokens] = []
    auth = OAuthAuth("old-access", refresh_token="refresh-1", on_refresh=persisted.append)
    path = path_with(auth, server)
    response = await path.request("POST", "/api/v2/tickets", json={"ticket": {}})
    assert response.status_code == 200
    assert len(server.token_calls) == 1
    assert server.api_auth == ["Bearer old-access", "Bearer access-2"]
    assert persisted[0].refresh_token == "refresh-2"


@pytest.mark.anyio
async def test_second_401_after_refresh_is_authentication_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/tokens":
            return httpx.Response(200, json={"access_token": "new", "refresh_token": "r2"})
        return httpx.Response(401, json={"error": "Couldn't authenticate you"})

    path = path_with(OAuthAuth("a", refresh_token="r1"), handler)
    with pytest.raises(AuthenticationError):
        await path.request("GET", "/x")


@pytest.mark.anyio
async def test_failed_refresh_is_authentication_error_without_secrets() -> None:
    server = TokenServer(refresh="not-what-we-have")
    auth = OAuthAuth(
        "old-access",
        refresh_token="MY-REFRESH-SECRET",
        client_id="cid",
        client_secret="MY-CLIENT-SECRET",
        expires_at=0,
    )
    path = path_with(auth, server)
    with pytest.raises(AuthenticationError) as info:
        await path.request("GET", "/x")
    text = str(info.value) + repr(info.value.__dict__)
    assert "invalid_grant" in str(info.value)
    assert "MY-REFRESH-SECRET" not in text and "MY-CLIENT-SECRET" not in text
    assert info.value.request is not None
    assert b"MY-" not in info.value.request.content


@pytest.mark.anyio
async def test_client_credentials_fetches_and_renews() -> None:
    server = TokenServer()
    clock = FakeClock(start=0.0)
    auth = OAuthClientCredentials("cid", "csecret", clock=clock.now)
    path = path_with(auth, server)
    await path.request("GET", "/x")
    await path.request("GET", "/x")
    assert [c["grant_type"] for c in server.token_calls] == ["client_credentials"]
    assert server.token_calls[0]["client_secret"] == "csecret"
    clock.t = 1800.0
    await path.request("GET", "/x")
    assert len(server.token_calls) == 2


@pytest.mark.parametrize(
    "auth",
    [
        lambda: ApiTokenAuth("me@acme.com", "TOPSECRET"),
        lambda: OAuthAuth("TOPSECRET"),
        lambda: OAuthAuth("x", refresh_token="TOPSECRET", client_secret="TOPSECRET"),
        lambda: OAuthClientCredentials("cid", "TOPSECRET"),
    ],
)
@pytest.mark.anyio
async def test_credentials_not_sent_to_foreign_host(auth: Callable[[], httpx.Auth]) -> None:
    a = auth()
    a.bind(BASE)  # type: ignore[attr-defined]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"access_token": "t", "expires_in": 60})

    async with httpx.AsyncClient(auth=a, transport=httpx.MockTransport(handler)) as http:
        await http.get("https://attachments.zdusercontent.com/file/1")
        await http.get("http://acme.zendesk.com/api/v2/x")  # scheme differs too
    assert seen and all("authorization" not in r.headers for r in seen)
    assert all(b"TOPSECRET" not in r.content for r in seen)
    assert "TOPSECRET" not in repr(a) and "TOPSECRET" not in str(a)


def test_bind_to_two_hosts_refused_and_empty_credentials_refused() -> None:
    auth = ApiTokenAuth("me@acme.com", "T")
    auth.bind(BASE)
    auth.bind(BASE)
    with pytest.raises(ConfigurationError):
        auth.bind("https://other.zendesk.com")
    with pytest.raises(ConfigurationError):
        ApiTokenAuth("me@acme.com", "")
    with pytest.raises(ConfigurationError):
        OAuthAuth()


@pytest.mark.anyio
async def test_token_request_carries_the_client_timeouts_and_is_not_resent_once_maybe_sent() -> (
    None
):
    """Issue 11, defect 1: the token request obeys the client's timeouts; a failure after it
    may have reached Zendesk (the refresh token may be spent) is a typed error, not a retry."""
    timeouts: list[object] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/tokens":
            timeouts.append(request.extensions.get("timeout"))
            raise httpx.ReadError("connection reset")
        return httpx.Response(200, json={})

    path = path_with(OAuthAuth("old", refresh_token="r1", expires_at=0), handler)
    with pytest.raises(APIConnectionError, match="OAuth token request failed") as info:
        await path.request("GET", "/api/v2/tickets/1")
    assert timeouts == [httpx.Timeout(5.0).as_dict()]  # httpx's default: the client's timeout
    assert info.value.request is not None and info.value.request.content == b""


@pytest.mark.anyio
async def test_token_request_that_never_left_is_retried_by_the_request_path() -> None:
    server = TokenServer()
    failures = [httpx.ConnectError("refused")]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/tokens" and failures:
            raise failures.pop()
        return server(request)

    auth = OAuthAuth("old-access", refresh_token="refresh-1", expires_at=0)
    response = await path_with(auth, handler).request("GET", "/api/v2/tickets/1")
    assert response.status_code == 200 and len(server.token_calls) == 1


@pytest.mark.anyio
async def test_credentials_follow_the_request_paths_origin_rule() -> None:
    """The request path accepts its own origin in any scheme case with an explicit default port
    (issue 11, defect 5); the auth must agree, or such a call goes out without credentials."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    path = path_with(ApiTokenAuth("me@acme.com", "TOKEN"), handler)
    await path.request("GET", "Https://ACME.zendesk.com:443/api/v2/tickets/1")
    assert seen[0].headers.get("authorization", "").startswith("Basic ")
