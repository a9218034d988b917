"""The `Zendesk` client: configuration, lifecycle, escape hatches, end-to-end on the fake server."""

from __future__ import annotations

import logging
import traceback
import types
from typing import Any

import anyio
import httpx
import pytest

from zendesk_async import ApiTokenAuth, OAuthAuth, OAuthClientCredentials, Zendesk, errors
from zendesk_async.errors import (
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    NotFoundError,
    ResponseParseError,
)
from zendesk_async.testing import FakeZendesk, Fault

from .conftest import FakeClock

FAKE_URL = "http://127.0.0.1:9"  # never dialled: the ASGI transport answers in-process


def fake_client(fake: FakeZendesk, auth: httpx.Auth, **kw: Any) -> Zendesk:
    clock = FakeClock()
    return Zendesk(
        base_url=FAKE_URL,
        auth=auth,
        transport=httpx.ASGITransport(app=fake),
        clock=clock.now,
        sleep=clock.sleep,
        **kw,
    )


# --- configuration --------------------------------------------------------------------------


def test_subdomain_base_url_and_https_rules() -> None:
    auth = OAuthAuth("t")
    assert str(Zendesk("acme", OAuthAuth("t")).base_url) == "https://acme.zendesk.com"
    assert str(Zendesk(base_url=FAKE_URL + "/", auth=OAuthAuth("t")).base_url) == FAKE_URL
    assert Zendesk("acme", OAuthAuth("t"), domain="zendesk.eu").base_url.host == "acme.zendesk.eu"
    for ok in ("http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:8080", "https://x.io"):
        Zendesk(base_url=ok, auth=OAuthAuth("t"))
    for bad in ("http://acme.zendesk.com", "http://10.0.0.1", "ftp://x", "https://u:p@x.io"):
        with pytest.raises(ConfigurationError):
            Zendesk(base_url=bad, auth=OAuthAuth("t"))
    with pytest.raises(ConfigurationError):
        Zendesk("acme", auth, base_url="https://acme.zendesk.com")
    with pytest.raises(ConfigurationError):
        Zendesk(auth=auth)
    with pytest.raises(ConfigurationError):
        Zendesk("acme.zendesk.com", auth)
    with pytest.raises(ConfigurationError):
        Zendesk("acme")


def test_from_env_names_what_is_missing_without_echoing_values() -> None:
    zd = Zendesk.from_env(
        {"ZENDESK_SUBDOMAIN": "acme", "ZENDESK_EMAIL": "me@acme.com", "ZENDESK_API_TOKEN": "S3"}
    )
    assert isinstance(zd.auth, ApiTokenAuth) and zd.base_url.host == "acme.zendesk.com"
    zd = Zendesk.from_env({"ZENDESK_BASE_URL": FAKE_URL, "ZENDESK_OAUTH_TOKEN": "S3"})
    assert isinstance(zd.auth, OAuthAuth)
    cases = {
        "ZENDESK_SUBDOMAIN": {"ZENDESK_OAUTH_TOKEN": "S3CRET"},
        "ZENDESK_API_TOKEN": {"ZENDESK_SUBDOMAIN": "acme", "ZENDESK_EMAIL": "S3CRET@x"},
        "ZENDESK_OAUTH_TOKEN": {"ZENDESK_SUBDOMAIN": "acme"},
    }
    for missing, env in cases.items():
        with pytest.raises(ConfigurationError) as info:
            Zendesk.from_env(env)
        assert missing in str(info.value) and "S3CRET" not in str(info.value)


def test_repr_shows_host_only() -> None:
    zd = Zendesk("acme", ApiTokenAuth("me@acme.com", "TOPSECRET"))
    assert repr(zd) == "<Zendesk acme.zendesk.com>"
    assert "TOPSECRET" not in repr(zd.auth) + repr(zd.requester) + repr(vars(zd))


# --- lifecycle and escape hatches -------------------------------------------------------------


@pytest.mark.anyio
async def test_end_to_end_auth_kinds_against_fake() -> None:
    fake = FakeZendesk(tickets=3)
    auths: list[httpx.Auth] = [
        ApiTokenAuth("agent@example.com", "fake-api-token"),
        OAuthAuth("fake-oauth-token"),
        OAuthAuth("expired", refresh_token="fake-refresh-token", expires_at=0),
        OAuthClientCredentials("fake-client", "fake-secret"),
    ]
    for auth in auths:
        async with fake_client(fake, auth) as zd:
            body = await zd.request("GET", "/api/v2/tickets.json", params={"page[size]": 2})
            assert len(body["tickets"]) == 2
    async with fake_client(fake, ApiTokenAuth("agent@example.com", "wrong")) as zd:
        with pytest.raises(AuthenticationError) as info:
            await zd.request("GET", "/api/v2/tickets.json")
        assert info.value.status_code == 401


@pytest.mark.anyio
async def test_refresh_rotation_against_fake() -> None:
    fake = FakeZendesk(tickets=1)
    seen: list[str | None] = []
    auth = OAuthAuth(
        "stale",
        refresh_token="fake-refresh-token",
        client_id="fake-client",
        client_secret="fake-secret",
        on_refresh=lambda t: seen.append(t.refresh_token),
    )
    async with fake_client(fake, auth) as zd:
        await zd.request("GET", "/api/v2/tickets.json")  # 401 -> refresh -> resend
    assert len(seen) == 1 and seen[0] and seen[0] != "fake-refresh-token"


@pytest.mark.anyio
async def test_call_runs_generated_operation_through_request_path() -> None:
    from zendesk_generated.api.tickets import show_ticket
    from zendesk_generated.models import TicketResponse

    fake = FakeZendesk(tickets=3)
    async with fake_client(fake, OAuthAuth("fake-oauth-token")) as zd:
        listing = await zd.request("GET", "/api/v2/tickets.json")
        ticket_id = listing["tickets"][0]["id"]
        result = await zd.call(show_ticket, ticket_id=ticket_id)
        assert isinstance(result, TicketResponse)
        assert result.ticket.id == ticket_id
        with pytest.raises(NotFoundError) as info:
            await zd.call(show_ticket, ticket_id=1)
        assert info.value.request_id


@pytest.mark.anyio
async def test_call_retries_429_from_fake_and_parse_errors_keep_body() -> None:
    from zendesk_generated.api.tickets import show_ticket

    fake = FakeZendesk(tickets=2)
    async with fake_client(fake, OAuthAuth("fake-oauth-token")) as zd:
        tid = (await zd.request("GET", "/api/v2/tickets.json"))["tickets"][0]["id"]
        path = f"/api/v2/tickets/{tid}"
        fake.faults.add(Fault.status(429, retry_after=17), path=path, times=1)
        await zd.call(show_ticket, ticket_id=tid)
        assert 17.0 in zd.governor.sleep.__self__.sleeps  # type: ignore[attr-defined]
        fake.faults.add(Fault.invalid_json(), path=path, times=1)
        with pytest.raises(ResponseParseError) as info:
            await zd.call(show_ticket, ticket_id=tid)
        assert info.value.body and isinstance(info.value.body, bytes)


def _fake_module(parse: Any, status: int = 200, body: bytes = b'{"a": 1}') -> Any:
    def _get_kwargs(**kw: Any) -> dict[str, Any]:
        return {"method": "post", "url": "/api/v2/things", "json": kw}

    def _parse_response(*, client: Any, response: httpx.Response) -> Any:
        return parse(response)

    return types.SimpleNamespace(
        __name__="ops.create_thing", _get_kwargs=_get_kwargs, _parse_response=_parse_response
    )


@pytest.mark.anyio
async def test_call_with_fake_module_none_and_errors() -> None:
    replies = {"body": b'{"thing": {"id": 1}}', "status": 201}
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(int(replies["status"]), content=bytes(replies["body"]))  # type: ignore[call-overload]

    zd = Zendesk(base_url=FAKE_URL, auth=OAuthAuth("t"), transport=httpx.MockTransport(handler))
    mod = _fake_module(lambda r: r.json()["thing"]["id"])
    assert await zd.call(mod, name="x") == 1
    assert sent[0].method == "POST" and sent[0].content == b'{"name":"x"}'
    bad = _fake_module(lambda r: r.json()["missing"]["id"])
    with pytest.raises(ResponseParseError) as info:
        await zd.call(bad)
    assert info.value.body == b'{"thing": {"id": 1}}' and "create_thing" in str(info.value)
    none = _fake_module(lambda r: None)
    with pytest.raises(ResponseParseError):
        await zd.call(none)  # a body the spec does not document must not vanish as None
    replies.update(status=204, body=b"")
    assert await zd.call(none) is None
    await zd.aclose()
    with pytest.raises(ClientClosedError):
        await zd.call(mod)
    with pytest.raises(ClientClosedError):
        await zd.request("GET", "/api/v2/tickets")


@pytest.mark.anyio
async def test_redirects_are_not_followed() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(302, headers={"Location": "https://evil.example.com/steal"})

    zd = Zendesk("acme", OAuthAuth("TOPSECRET"), transport=httpx.MockTransport(handler))
    with pytest.raises(errors.APIStatusError) as info:
        await zd.request("GET", "/api/v2/tickets")
    assert info.value.status_code == 302 and len(sent) == 1


# --- secrets ----------------------------------------------------------------------------------

SECRETS = ("TOPSECRET-TOKEN", "TOPSECRET-REFRESH", "TOPSECRET-CLIENT")


@pytest.mark.anyio
async def test_secrets_absent_from_logs_reprs_exceptions_tracebacks(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/tokens":
            return httpx.Response(401, json={"error": "invalid_client"})
        if request.url.path == "/boom":
            raise httpx.ConnectError(f"failed; headers were {request.headers!r}")
        return httpx.Response(
            429 if request.url.path == "/limited" else 500,
            headers={"Retry-After": "1", "X-Zendesk-Request-Id": "r1"},
        )

    caplog.set_level(logging.DEBUG, logger="zendesk_async")
    captured: list[str] = []
    auths: list[httpx.Auth] = [
        ApiTokenAuth("me@acme.com", SECRETS[0]),
        OAuthAuth(SECRETS[0]),
        OAuthAuth(SECRETS[0], refresh_token=SECRETS[1], client_id="c", client_secret=SECRETS[2]),
        OAuthClientCredentials("c", SECRETS[2]),
    ]
    for auth in auths:
        clock = FakeClock()
        zd = Zendesk(
            "acme",
            auth,
            transport=httpx.MockTransport(handler),
            max_retries=2,
            clock=clock.now,
            sleep=clock.sleep,
        )
        captured += [repr(zd), str(zd), repr(auth), str(auth), repr(vars(auth))]
        for path in ("/limited", "/fail", "/boom"):
            with pytest.raises(errors.ZendeskError) as info:
                await zd.request("GET", path)
            exc = info.value
            captured.append("".join(traceback.format_exception(exc)))
            captured.append(str(info.getrepr(showlocals=True, chain=True)))
            captured.append(repr(vars(exc)))
        await zd.aclose()
    captured.append(caplog.text)
    captured.append("\n".join(repr(r.args) for r in caplog.records))
    blob = "\n".join(captured)
    for secret in SECRETS:
        assert secret not in blob
    import base64

    assert base64.b64encode(f"me@acme.com/token:{SECRETS[0]}".encode()).decode() not in blob
    assert "retrying GET /limited" in caplog.text  # the logs are there, just clean


@pytest.mark.anyio
async def test_cancellation_leaves_nothing_behind() -> None:
    fake = FakeZendesk(tickets=1)
    fake.faults.add(Fault.hang(3600))
    async with fake_client(fake, OAuthAuth("fake-oauth-token")) as zd:
        with anyio.move_on_after(0.01):
            await zd.request("GET", "/api/v2/tickets.json")
        assert zd.governor.limiter.borrowed_tokens == 0
    assert zd.is_closed
