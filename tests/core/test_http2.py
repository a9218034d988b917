"""`Zendesk(http2=True)` speaks HTTP/2 to an HTTP/2 server, over loopback TLS.

Zendesk negotiates HTTP/2 by ALPN during the TLS handshake (httpx does not use h2c upgrades), so
the server here is hypercorn serving the fake over TLS with a throw-away CA from trustme, which
the client trusts through `SSL_CERT_FILE` (httpx reads it; the client has no `verify=` knob).
Skipped when `h2`, `hypercorn` or `trustme` is missing (they come with the dev extra).
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from zendesk_async import ApiTokenAuth, Zendesk
from zendesk_async import _constants as C
from zendesk_async.testing import FakeZendesk

pytest.importorskip("h2")
hypercorn_asyncio = pytest.importorskip("hypercorn.asyncio")
hypercorn_config = pytest.importorskip("hypercorn.config")
trustme = pytest.importorskip("trustme")

pytestmark = pytest.mark.anyio


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(base URL, CA bundle) of the fake behind hypercorn with TLS, h2 and http/1.1 by ALPN."""
    folder = tmp_path_factory.mktemp("tls")
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    cert.private_key_and_cert_chain_pem.write_to_path(str(folder / "server.pem"))
    ca.cert_pem.write_to_path(str(folder / "ca.pem"))
    config = hypercorn_config.Config()
    port = _free_port()
    config.bind = [f"127.0.0.1:{port}"]
    config.certfile = config.keyfile = str(folder / "server.pem")
    config.alpn_protocols = ["h2", "http/1.1"]
    config.loglevel = "WARNING"
    app = FakeZendesk(tickets=20, seed=2, auth=False)
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(hypercorn_asyncio.serve(app, config, shutdown_trigger=stop.wait))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while True:  # wait for the listening socket (not a timing assumption: we poll until it is up)
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or not thread.is_alive():
                raise
            time.sleep(0.05)
    try:
        yield f"https://127.0.0.1:{port}", folder / "ca.pem"
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(timeout=30)


@pytest.mark.parametrize(("http2", "version"), [(True, "HTTP/2"), (False, "HTTP/1.1")])
async def test_http2_knob_negotiates_http2(
    tls_server: tuple[str, Path], monkeypatch: pytest.MonkeyPatch, http2: bool, version: str
) -> None:
    base_url, ca = tls_server
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    versions: list[str] = []

    async def on_response(response: httpx.Response) -> None:
        versions.append(response.http_version)

    async with Zendesk(
        base_url=base_url,
        auth=ApiTokenAuth("agent@example.com", "token"),
        http2=http2,
        event_hooks={"response": [on_response]},
    ) as zd:
        ticket = await zd.tickets.get(C.FAKE_FIRST_TICKET_ID)
        assert ticket.id == C.FAKE_FIRST_TICKET_ID
        assert len(await zd.tickets.list(page_size=5).collect(limit=12)) == 12
    assert versions and set(versions) == {version}
