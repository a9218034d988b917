"""Governor integration fixtures: a real `redis-server` on a free loopback port (started in a
temp dir without persistence, stopped after), and the fake Zendesk over a loopback socket.

`redis-server` must be installed (the README's test command installs it); nothing is skipped.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from zendesk_async import ApiTokenAuth, Zendesk
from zendesk_async.testing import FakeZendesk
from zendesk_async.testing.server import serve_in_thread

START_TIMEOUT = 10.0
CLIENT_TIMEOUT = httpx.Timeout(10.0, read=5.0)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RedisServer:
    """One `redis-server` process; `stop()` / `start()` again on the same port."""

    def __init__(self, workdir: Path) -> None:
        exe = shutil.which("redis-server")
        if exe is None:
            raise RuntimeError("redis-server is not installed (see the README's test command)")
        self.exe, self.workdir, self.port = exe, workdir, free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [self.exe, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.workdir)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:  # a subprocess must come up: the one real wait
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock,
            ):
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    return
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    return redis_server.url


@contextlib.contextmanager
def serving(fake: FakeZendesk) -> Iterator[str]:
    with serve_in_thread(fake) as url:
        yield url


def client_for(fake: FakeZendesk, url: str, **kwargs: object) -> Zendesk:
    email, _, token = fake.auth.primary.partition("/token:")
    kwargs.setdefault("timeout", CLIENT_TIMEOUT)
    return Zendesk(base_url=url, auth=ApiTokenAuth(email, token), **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def make_client() -> Callable[..., Zendesk]:
    return client_for
