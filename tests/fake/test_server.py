"""Running the fake: the pytest plugin fixtures, serve_in_thread, and `python -m`."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

from zendesk_async.testing import FakeZendesk, serve_in_thread


def test_plugin_fixtures(fake_zendesk: FakeZendesk, fake_zendesk_server: str) -> None:
    r = httpx.get(
        f"{fake_zendesk_server}/api/v2/tickets/count.json",
        auth=httpx.BasicAuth(*fake_zendesk.basic_auth()),
    )
    assert r.json()["count"]["value"] == 200 - 200 // 97


@pytest.mark.anyio
async def test_serve_in_thread_from_async_code() -> None:
    fake = FakeZendesk(tickets=10, auth=False)
    with serve_in_thread(fake) as url:
        async with httpx.AsyncClient(base_url=url) as http:
            r = await http.get("/api/v2/tickets", params={"page[size]": 5})
    assert len(r.json()["tickets"]) == 5
    async with httpx.AsyncClient() as http:
        with pytest.raises(httpx.ConnectError):
            await http.get(url + "/api/v2/tickets")  # stopped


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_python_dash_m() -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "zendesk_async.testing",
            "--port",
            str(port),
            "--tickets",
            "42",
            "--no-auth",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/v2/tickets/count.json")
                break
            except httpx.ConnectError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.05)
        assert r.json()["count"]["value"] == 42
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
