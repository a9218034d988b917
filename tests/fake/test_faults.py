"""Fault injection: in-process, and over a real socket for what only a socket can show (resets,
truncated bodies, hangs against a client timeout)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from zendesk_async.testing import FakeZendesk, Fault, serve_in_thread

pytestmark = pytest.mark.anyio
TICKETS = "/api/v2/tickets"


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def faulty(sleeps: Sleeps) -> FakeZendesk:
    return FakeZendesk(tickets=50, sleep=sleeps)


@pytest.fixture
async def client(faulty: FakeZendesk) -> AsyncIterator[httpx.AsyncClient]:
    async with faulty.client() as c:
        yield c


async def test_status_for_the_next_k_requests_then_normal(
    faulty: FakeZendesk, client: httpx.AsyncClient
) -> None:
    rule = faulty.faults.add(Fault.status(503, retry_after=1), path=TICKETS, times=2)
    codes = [(await client.get(TICKETS + ".json")).status_code for _ in range(3)]
    assert codes == [503, 503, 200] and rule.hits == 2
    faulty.faults.add(Fault.status(503), path=TICKETS, times=1)
    r = await client.get(TICKETS)
    assert r.status_code == 503 and "retry-after" not in r.headers
    assert r.headers["x-zendesk-request-id"]


@pytest.mark.parametrize("code", [429, 500, 502])
async def test_status_kinds(faulty: FakeZendesk, client: httpx.AsyncClient, code: int) -> None:
    faulty.faults.add(Fault.status(code, retry_after=2.5), times=1)
    r = await client.get(TICKETS)
    assert r.status_code == code and r.headers["retry-after"] == "2.5"
    assert "error" in r.json()


async def test_rules_match_method_glob_and_probability(
    faulty: FakeZendesk, client: httpx.AsyncClient
) -> None:
    faulty.faults.add(Fault.status(500), path="/api/v2/tickets/*", method="PUT")
    tid = (await client.get(TICKETS)).json()["tickets"][0]["id"]
    assert (await client.get(f"{TICKETS}/{tid}")).status_code == 200
    assert (await client.put(f"{TICKETS}/{tid}", json={"ticket": {}})).status_code == 500
    faulty.faults.clear()
    rule = faulty.faults.add(Fault.status(502), probability=0.3)
    codes = [(await client.get(f"{TICKETS}/{tid}")).status_code for _ in range(100)]
    assert 10 < codes.count(502) == rule.hits < 50


async def test_latency_uses_the_injected_sleep(
    faulty: FakeZendesk, client: httpx.AsyncClient, sleeps: Sleeps
) -> None:
    faulty.faults.add(Fault.latency(0.75), times=1)
    assert (await client.get(TICKETS)).status_code == 200
    assert sleeps.calls == [0.75]


async def test_html_and_invalid_json(faulty: FakeZendesk, client: httpx.AsyncClient) -> None:
    faulty.faults.add(Fault.html(200), times=1)
    r = await client.get(TICKETS)
    assert r.status_code == 200 and r.headers["content-type"] == "text/html"
    assert r.text.startswith("<!DOCTYPE html>")
    faulty.faults.add(Fault.invalid_json(), times=1)
    r = await client.get(TICKETS)
    assert r.headers["content-type"].startswith("application/json")
    with pytest.raises(json.JSONDecodeError):
        r.json()


async def test_stuck_cursor_every_kind(faulty: FakeZendesk, client: httpx.AsyncClient) -> None:
    faulty.faults.add(Fault.stuck_cursor())
    p1 = (await client.get(TICKETS, params={"page[size]": 10})).json()
    p2 = (await client.get(p1["links"]["next"])).json()
    assert p2["tickets"] == p1["tickets"] and p2["meta"]["has_more"] is True
    assert p2["meta"]["after_cursor"] == p1["meta"]["after_cursor"]
    off = (await client.get(TICKETS, params={"page": 2})).json()
    assert "page=2" in off["next_page"]
    inc = (await client.get("/api/v2/incremental/tickets", params={"start_time": 5})).json()
    assert inc["end_time"] == 5 and inc["end_of_stream"] is False
    cur = (
        await client.get(
            "/api/v2/incremental/tickets/cursor", params={"start_time": 0, "per_page": 5}
        )
    ).json()
    again = (await client.get(cur["after_url"])).json()
    assert again["after_cursor"] == cur["after_cursor"] and again["end_of_stream"] is False
    sbr = (await client.get("/api/v2/incremental/routing/attributes")).json()
    assert (await client.get(sbr["next_page"])).json()["count"] == sbr["count"] > 0


async def test_foreign_next_page(faulty: FakeZendesk, client: httpx.AsyncClient) -> None:
    faulty.faults.add(Fault.foreign_next_page("evil.example.net"), times=3)
    p = (await client.get(TICKETS, params={"page[size]": 5})).json()
    assert p["links"]["next"].startswith("https://evil.example.net/api/v2/tickets.json?")
    p = (await client.get(TICKETS, params={"per_page": 5})).json()
    assert p["next_page"].startswith("https://evil.example.net/")
    p = (await client.get("/api/v2/incremental/tickets", params={"start_time": 0})).json()
    assert p["next_page"].startswith("https://evil.example.net/")


async def test_in_process_socket_faults_raise_httpx_errors(
    faulty: FakeZendesk, client: httpx.AsyncClient
) -> None:
    faulty.faults.add(Fault.reset_before_read(), times=1)
    with pytest.raises(httpx.ReadError):
        await client.get(TICKETS)
    faulty.faults.add(Fault.truncated_body(), times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        await client.get(TICKETS)
    faulty.faults.add(Fault.hang(), times=1)
    with pytest.raises(httpx.ReadTimeout):
        await client.get(TICKETS)
    assert (await client.get(TICKETS)).status_code == 200


# -- over a real socket ----------------------------------------------------------------------
@pytest.fixture
def served() -> Iterator[tuple[FakeZendesk, str]]:
    fake = FakeZendesk(tickets=50)
    with serve_in_thread(fake) as url:
        yield fake, url


@pytest.fixture
async def sock_client(
    served: tuple[FakeZendesk, str],
) -> AsyncIterator[httpx.AsyncClient]:
    fake, url = served
    timeout = httpx.Timeout(5.0, read=0.3)
    async with httpx.AsyncClient(
        base_url=url, auth=httpx.BasicAuth(*fake.basic_auth()), timeout=timeout
    ) as c:
        yield c


async def test_socket_reset_before_read(
    served: tuple[FakeZendesk, str], sock_client: httpx.AsyncClient
) -> None:
    fake, _ = served
    fake.faults.add(Fault.reset_before_read(), method="POST", times=1)
    # a real TCP RST; depending on timing the client reads ECONNRESET or a bare EOF first
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        await sock_client.post(TICKETS, json={"ticket": {"comment": {"body": "lost"}}})
    count = (await sock_client.get(f"{TICKETS}/count")).json()["count"]["value"]
    assert count == 50  # nothing was created


async def test_socket_reset_after_read_ran_the_request(
    served: tuple[FakeZendesk, str], sock_client: httpx.AsyncClient
) -> None:
    fake, _ = served
    fake.faults.add(Fault.reset_after_read(), method="POST", times=1)
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        await sock_client.post(TICKETS, json={"ticket": {"comment": {"body": "maybe"}}})
    count = (await sock_client.get(f"{TICKETS}/count")).json()["count"]["value"]
    assert count == 51  # it was created: the client cannot know


async def test_socket_truncated_body(
    served: tuple[FakeZendesk, str], sock_client: httpx.AsyncClient
) -> None:
    fake, _ = served
    fake.faults.add(Fault.truncated_body(), times=1)
    with pytest.raises(httpx.RemoteProtocolError, match="complete message body"):
        await sock_client.get(TICKETS)
    assert (await sock_client.get(TICKETS)).status_code == 200


async def test_socket_hang_hits_client_timeout_and_server_recovers(
    served: tuple[FakeZendesk, str], sock_client: httpx.AsyncClient
) -> None:
    fake, _ = served
    fake.faults.add(Fault.hang(), times=1)
    with pytest.raises(httpx.ReadTimeout):
        await sock_client.get(TICKETS)
    assert (await sock_client.get(TICKETS)).status_code == 200


async def test_socket_status_and_headers(
    served: tuple[FakeZendesk, str], sock_client: httpx.AsyncClient
) -> None:
    fake, url = served
    fake.faults.add(Fault.rate_limited(retry_after=7), times=1)
    r = await sock_client.get(TICKETS)
    assert r.status_code == 429 and r.headers["retry-after"] == "7"
    page = (await sock_client.get(TICKETS, params={"page[size]": 2})).json()
    assert page["links"]["next"].startswith(url + "/api/v2/tickets.json?")


async def test_fifty_concurrent_calls_through_a_429_storm(
    served: tuple[FakeZendesk, str], sock_client: httpx.AsyncClient
) -> None:
    import anyio

    fake, _ = served
    rule = fake.faults.add(Fault.rate_limited(retry_after=1), path=TICKETS + "/*", times=50)
    codes: list[int] = []

    async def one(i: int) -> None:
        tid = fake.account.seed.first_id + i
        codes.append((await sock_client.get(f"{TICKETS}/{tid}")).status_code)
        codes.append((await sock_client.get(f"{TICKETS}/{tid}")).status_code)

    async with anyio.create_task_group() as tg:
        for i in range(50):
            tg.start_soon(one, i)
    assert rule.hits == 50 and codes.count(429) == 50 and codes.count(200) == 50


def test_catalogue_has_every_kind() -> None:
    from zendesk_async.testing import FaultKind, catalogue

    assert {f.kind for f in catalogue().values()} == set(FaultKind)


def test_reset_is_a_tcp_rst_not_a_fin(served: tuple[FakeZendesk, str]) -> None:
    import socket

    fake, url = served
    fake.faults.add(Fault.reset_after_read(), times=1)
    port = int(url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(b"GET /api/v2/tickets HTTP/1.1\r\nHost: x\r\n\r\n")
        with pytest.raises(ConnectionResetError):
            while sock.recv(65536):
                pass
