"""The auth kinds exactly (issue 16): the header each sends (name and value), the token-request
bodies, the constructors' checks and messages, the origin binding and the reprs.

The renewal machinery itself (concurrency, failures, timeouts) is in test_oauth_renewal.py.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable

import httpx
import pytest

from zendesk_async._auth_base import Secret
from zendesk_async.auth import (
    ApiTokenAuth,
    OAuthAuth,
    OAuthClientCredentials,
    OAuthTokens,
    ZendeskAuth,
)
from zendesk_async.errors import ConfigurationError

from .conftest import FakeClock

BASE = "https://acme.zendesk.com"
FOREIGN = "https://attachments.zdusercontent.com/file/1"


class Recorder:
    """A MockTransport handler: the API answers 200; the token endpoint records each grant body
    and hands out `access-N` / `refresh-N`, expiring in 1800 s."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.grants: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == "/oauth/tokens":
            self.grants.append(json.loads(request.content))
            n = len(self.grants) + 1
            return httpx.Response(
                200,
                json={
                    "access_token": f"access-{n}",
                    "refresh_token": f"refresh-{n}",
                    "expires_in": 1800,
                },
            )
        return httpx.Response(200, json={})

    def api_auth(self) -> list[str | None]:
        return [
            r.headers.get("authorization") for r in self.requests if r.url.path != "/oauth/tokens"
        ]


def attached(
    auth: ZendeskAuth, handler: Callable[[httpx.Request], httpx.Response]
) -> httpx.AsyncClient:
    """A client the way `Zendesk` sets one up: the auth bound to BASE and attached to the client."""
    auth.bind(BASE)
    client = httpx.AsyncClient(base_url=BASE, auth=auth, transport=httpx.MockTransport(handler))
    auth.attach(client, refresh_timeout=600.0)
    return client


def test_secret_never_shows_itself() -> None:
    secret = Secret("hunter2")
    assert secret.get() == "hunter2"
    assert repr(secret) == "<secret>" and str(secret) == "<secret>"


def test_oauth_tokens_repr_hides_both_tokens() -> None:
    tokens = OAuthTokens("ACCESS", "REFRESH", 2800.0, scope="read")
    assert repr(tokens) == "OAuthTokens(<secrets>, expires_at=2800.0, scope='read')"
    assert tokens.token_type == "bearer"
    assert OAuthTokens("a", None, None).scope is None


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: ApiTokenAuth("", "TOKEN"), "ApiTokenAuth needs an email and an API token"),
        (lambda: ApiTokenAuth("me@acme.com", ""), "ApiTokenAuth needs an email and an API token"),
        (lambda: OAuthAuth(), "OAuthAuth needs an access token or a refresh token"),
        (
            lambda: OAuthAuth("", refresh_token=""),
            "OAuthAuth needs an access token or a refresh token",
        ),
        (
            lambda: OAuthClientCredentials("", "secret"),
            "OAuthClientCredentials needs a client id and a client secret",
        ),
        (
            lambda: OAuthClientCredentials("cid", ""),
            "OAuthClientCredentials needs a client id and a client secret",
        ),
    ],
)
def test_missing_credentials_are_refused_with_a_message(
    make: Callable[[], object], message: str
) -> None:
    with pytest.raises(ConfigurationError) as info:
        make()
    assert str(info.value) == message


def test_each_half_of_the_credentials_is_enough_where_one_is_enough() -> None:
    assert OAuthAuth("access").expires_at is None
    assert OAuthAuth(refresh_token="refresh").expires_at is None
    assert OAuthClientCredentials("cid", "secret").client_id == "cid"


@pytest.mark.anyio
async def test_api_token_header_exactly() -> None:
    server = Recorder()
    auth = ApiTokenAuth("me@acme.com", "TOKEN")
    assert auth.email == "me@acme.com"
    async with attached(auth, server) as client:
        await client.get("/api/v2/x")
    expected = "Basic " + base64.b64encode(b"me@acme.com/token:TOKEN").decode()
    # the name goes on the wire as written: `Authorization`
    assert (b"Authorization", expected.encode()) in server.requests[0].headers.raw


@pytest.mark.anyio
async def test_bearer_header_exactly_and_the_resend_after_a_401_too() -> None:
    seen: list[
        list[tuple[bytes, bytes]]
    ] = []  # each request's headers as sent (resent: same object)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(list(request.headers.raw))
        if request.url.path == "/oauth/tokens":
            return httpx.Response(200, json={"access_token": "new-access"})
        if request.headers["authorization"] != "Bearer new-access":
            return httpx.Response(401, json={})
        return httpx.Response(200, json={})

    auth = OAuthAuth("old-access", refresh_token="r1")
    async with attached(auth, handler) as client:
        assert (await client.get("/api/v2/x")).status_code == 200
    first, token, resent = seen
    assert (b"Authorization", b"Bearer old-access") in first
    assert not any(name.lower() == b"authorization" for name, _ in token)
    assert (b"Authorization", b"Bearer new-access") in resent


@pytest.mark.parametrize(
    ("client_id", "client_secret", "extra"),
    [
        (None, None, {}),
        ("", "", {}),
        ("cid", None, {"client_id": "cid"}),
        (None, "csecret", {"client_secret": "csecret"}),
        ("cid", "csecret", {"client_id": "cid", "client_secret": "csecret"}),
    ],
)
@pytest.mark.anyio
async def test_refresh_grant_body_carries_only_what_was_given(
    client_id: str | None, client_secret: str | None, extra: dict[str, str]
) -> None:
    server = Recorder()
    auth = OAuthAuth(
        "old",
        refresh_token="refresh-1",
        client_id=client_id,
        client_secret=client_secret,
        expires_at=0,
    )
    assert auth.client_id == client_id
    async with attached(auth, server) as client:
        await client.get("/api/v2/x")
    assert server.grants == [{"grant_type": "refresh_token", "refresh_token": "refresh-1", **extra}]


@pytest.mark.parametrize(
    ("kwargs", "extra"),
    [
        ({}, {"scope": "read write"}),  # the default scope
        ({"scope": "read"}, {"scope": "read"}),
        ({"scope": None}, {}),
        ({"scope": ""}, {}),
    ],
)
@pytest.mark.anyio
async def test_client_credentials_grant_body(
    kwargs: dict[str, str | None], extra: dict[str, str]
) -> None:
    server = Recorder()
    auth = OAuthClientCredentials("cid", "csecret", **kwargs)  # type: ignore[arg-type]
    assert auth.client_id == "cid" and auth.scope == extra.get("scope", kwargs.get("scope"))
    async with attached(auth, server) as client:
        await client.get("/api/v2/x")
    assert server.grants == [
        {
            "grant_type": "client_credentials",
            "client_id": "cid",
            "client_secret": "csecret",
            **extra,
        }
    ]
    assert server.api_auth() == ["Bearer access-2"]


@pytest.mark.anyio
async def test_client_credentials_pass_on_refresh_margin_and_clock() -> None:
    server = Recorder()
    clock = FakeClock(start=1000.0)
    persisted: list[OAuthTokens] = []
    auth = OAuthClientCredentials(
        "cid", "csecret", on_refresh=persisted.append, refresh_margin=10.0, clock=clock.now
    )
    async with attached(auth, server) as client:
        await client.get("/x")
        assert auth.expires_at == 2800.0
        assert persisted == [OAuthTokens("access-2", None, 2800.0)]  # no refresh token here
        clock.t = 2789.9  # outside the 10 s margin (the default 120 s would renew)
        await client.get("/x")
        assert len(server.grants) == 1
        clock.t = 2790.0
        await client.get("/x")
    assert len(server.grants) == 2
    assert server.api_auth() == ["Bearer access-2", "Bearer access-2", "Bearer access-3"]


def test_expires_in_counts_from_the_clock_and_expires_at_wins() -> None:
    clock = FakeClock(start=1000.0)
    assert OAuthAuth("a", expires_in=1800, clock=clock.now).expires_at == 2800.0
    assert OAuthAuth("a", expires_at=5000.0, expires_in=1800, clock=clock.now).expires_at == 5000.0
    assert OAuthAuth("a", expires_at=5000.0, clock=clock.now).expires_at == 5000.0
    before = time.time()
    default_clock = OAuthAuth("a", expires_in=100).expires_at
    assert default_clock is not None and before + 100 <= default_clock <= time.time() + 100


@pytest.mark.anyio
async def test_refresh_token_only_fetches_an_access_token_first() -> None:
    for access in (None, ""):
        server = Recorder()
        persisted: list[OAuthTokens] = []
        auth = OAuthAuth(access, refresh_token="refresh-1", on_refresh=persisted.append)
        async with attached(auth, server) as client:
            await client.get("/api/v2/x")
        assert server.api_auth() == ["Bearer access-2"]
        assert [t.refresh_token for t in persisted] == ["refresh-2"]


@pytest.mark.anyio
async def test_static_token_with_a_known_expiry_is_still_sent() -> None:
    """Without a refresh token nothing can renew it: the token goes out, Zendesk decides."""
    server = Recorder()
    async with attached(OAuthAuth("static", expires_at=0), server) as client:
        await client.get("/api/v2/x")
    assert server.api_auth() == ["Bearer static"] and server.grants == []


@pytest.mark.anyio
async def test_rotated_refresh_token_is_used_next_time() -> None:
    server = Recorder()
    clock = FakeClock(start=1000.0)
    persisted: list[OAuthTokens] = []
    auth = OAuthAuth(
        "old", refresh_token="refresh-1", expires_at=0, on_refresh=persisted.append, clock=clock.now
    )
    async with attached(auth, server) as client:
        await client.get("/x")
        clock.t = 2800.0
        await client.get("/x")
    assert [g["refresh_token"] for g in server.grants] == ["refresh-1", "refresh-2"]
    assert [t.refresh_token for t in persisted] == ["refresh-2", "refresh-3"]
    assert auth.expires_at == 2800.0 + 1800


@pytest.mark.parametrize("refresh", [None, "", 12345])
@pytest.mark.anyio
async def test_a_response_without_a_usable_refresh_token_keeps_the_old_one(
    refresh: object,
) -> None:
    grants: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/tokens":
            grants.append(json.loads(request.content))
            body: dict[str, object] = {"access_token": f"access-{len(grants)}", "expires_in": 0}
            if refresh is not None:
                body["refresh_token"] = refresh
            return httpx.Response(200, json=body)
        return httpx.Response(200, json={})

    persisted: list[OAuthTokens] = []
    auth = OAuthAuth("old", refresh_token="refresh-1", expires_at=0, on_refresh=persisted.append)
    async with attached(auth, handler) as client:
        await client.get("/x")
        await client.get("/x")  # expires_in 0: renews again, with the same refresh token
    assert [g["refresh_token"] for g in grants] == ["refresh-1", "refresh-1"]
    assert [t.refresh_token for t in persisted] == ["refresh-1", "refresh-1"]


def test_bind_refuses_a_second_origin_with_a_message() -> None:
    api = ApiTokenAuth("me@acme.com", "T")
    api.bind(BASE)
    api.bind(httpx.URL("HTTPS://ACME.zendesk.com:443"))  # the same origin
    with pytest.raises(ConfigurationError) as info:
        api.bind("https://other.zendesk.com")
    assert str(info.value) == (
        "ApiTokenAuth is already bound to acme.zendesk.com; "
        "create one auth object per Zendesk account"
    )
    oauth = OAuthAuth("a")
    oauth.bind(BASE)
    with pytest.raises(
        ConfigurationError, match=r"^OAuthAuth is already bound to acme\.zendesk\.com;"
    ):
        oauth.bind("https://acme.zendesk.com:8443")


def test_reprs_name_the_kind_and_the_bound_host() -> None:
    api = ApiTokenAuth("me@acme.com", "TOKEN")
    oauth = OAuthAuth("ACCESS", refresh_token="REFRESH", client_secret="SECRET")
    cc = OAuthClientCredentials("cid", "SECRET")
    assert repr(api) == "<ApiTokenAuth me@acme.com for unbound>"
    assert repr(oauth) == "<OAuthAuth for unbound>"
    for auth in (api, oauth, cc):
        auth.bind(BASE)
    assert repr(api) == "<ApiTokenAuth me@acme.com for acme.zendesk.com>"
    assert repr(oauth) == str(oauth) == "<OAuthAuth for acme.zendesk.com>"
    assert repr(cc) == "<OAuthClientCredentials for acme.zendesk.com>"


@pytest.mark.parametrize(
    "make",
    [lambda: ApiTokenAuth("me@acme.com", "TOKEN"), lambda: OAuthAuth("ACCESS")],
)
@pytest.mark.anyio
async def test_unbound_auth_binds_to_its_first_request(make: Callable[[], ZendeskAuth]) -> None:
    server = Recorder()
    auth = make()
    async with httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(server)) as client:
        await client.get(BASE + "/api/v2/x")
        await client.get(FOREIGN)
        await client.get(BASE + "/api/v2/y")
    with_auth = [r.headers.get("authorization") is not None for r in server.requests]
    assert with_auth == [True, False, True]
    assert repr(auth).endswith(" for acme.zendesk.com>")
