"""Issue 11, defect 5: an absolute URL on another host is refused whatever its scheme's case or
kind (``HTTP://``, ``Https://``, ``ftp://``, ``//host``), by the request path and by the
paginator alike (one check, `_urls.check_origin`); nothing is sent, so the client's custom
headers never reach another host. Over loopback: a second server records every hit."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

import httpx
import pytest

from zendesk_async import ApiTokenAuth, Zendesk
from zendesk_async._urls import check_origin
from zendesk_async.errors import UnsafeURLError
from zendesk_async.pagination import check_same_host
from zendesk_async.testing import FakeZendesk, serve_in_thread

SECRET_HEADER = "X-Tenant-Secret"


class Recorder:
    """An ASGI app that answers 200 ``{}`` and records (method, path, headers) of every request."""

    def __init__(self) -> None:
        self.hits: list[tuple[str, str, dict[bytes, bytes]]] = []

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        self.hits.append((scope["method"], scope["path"], dict(scope["headers"])))
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": b"{}"})


@pytest.fixture
def other_host() -> Iterator[tuple[Recorder, str]]:
    recorder = Recorder()
    with serve_in_thread(recorder) as url:
        yield recorder, url


def _foreign_variants(other: str) -> list[str]:
    hostport = other.removeprefix("http://")
    return [
        f"HTTP://{hostport}/api/v2/tickets",
        f"Http://{hostport}/api/v2/tickets",
        f"hTtP://{hostport}/api/v2/tickets",
        f"HTTPS://{hostport}/api/v2/tickets",
        f"ftp://{hostport}/api/v2/tickets",
        f"FTP://{hostport}/api/v2/tickets",
        f"//{hostport}/api/v2/tickets",
        f"http://localhost:{hostport.rpartition(':')[2]}/api/v2/tickets",
        f"http:{hostport}/api/v2/tickets",  # a scheme with no "//": still absolute, no host
    ]


@pytest.mark.anyio
async def test_foreign_host_refused_in_any_scheme_case_and_custom_headers_stay_home(
    fake_zendesk: FakeZendesk,
    fake_zendesk_server: str,
    other_host: tuple[Recorder, str],
    anyio_backend: str,
) -> None:
    recorder, other = other_host
    email, _, token = fake_zendesk.auth.primary.partition("/token:")
    async with Zendesk(
        base_url=fake_zendesk_server,
        auth=ApiTokenAuth(email, token),
        headers={SECRET_HEADER: "tenant-secret"},
        timeout=httpx.Timeout(5.0, read=1.0),
        max_retries=0,
    ) as zd:
        for url in _foreign_variants(other):
            with pytest.raises(UnsafeURLError):
                await zd.request("GET", url)
            with pytest.raises(UnsafeURLError):
                await zd.requester.request("POST", url, json={"ticket": {}})
        assert recorder.hits == []  # nothing reached the other host: no custom header either

        # the configured origin itself is accepted whatever the scheme's case
        own = fake_zendesk_server.replace("http://", "HTTP://")
        count = await zd.request("GET", f"{own}/api/v2/tickets/count")
        assert isinstance(count["count"]["value"], int)
    assert recorder.hits == []


BASE = httpx.URL("https://acme.zendesk.com")


@pytest.mark.parametrize(
    "url",
    [
        "HTTPS://evil.example.com/api/v2/tickets?page=2",
        "Https://evil.example.com/api/v2/tickets",
        "HTTP://acme.zendesk.com/api/v2/tickets",  # scheme downgrade, any case
        "ftp://acme.zendesk.com/api/v2/tickets",
        "//evil.example.com/api/v2/tickets?page=2",
        "https://acme.zendesk.com:8443/api/v2/tickets",
        "https://acme.zendesk.com@evil.example.com/x",
        "https://user:pw@acme.zendesk.com/x",  # credentials in the URL
        "javascript:alert(1)",
        "http:evil.example.com",
    ],
)
def test_one_check_refuses_for_request_path_and_paginator(url: str) -> None:
    with pytest.raises(UnsafeURLError):
        check_origin(url, BASE)
    with pytest.raises(UnsafeURLError):
        check_same_host(url, BASE)


@pytest.mark.parametrize(
    "url",
    [
        "HTTPS://ACME.zendesk.com/api/v2/tickets?page=2",
        "Https://acme.zendesk.com:443/api/v2/tickets",  # explicit default port
        "//acme.zendesk.com/api/v2/tickets",
        "https://acme.zendesk.com/api/v2/tickets",
    ],
)
def test_one_check_accepts_the_configured_origin_in_any_case(url: str) -> None:
    parsed = check_origin(url, BASE)
    assert parsed is not None and parsed.host == "acme.zendesk.com"
    assert check_same_host(url, BASE).path == "/api/v2/tickets"


@pytest.mark.parametrize("url", ["/api/v2/tickets?page=2", "api/v2/tickets", "?page[after]=x"])
def test_paths_are_relative(url: str) -> None:
    assert check_origin(url, BASE) is None
