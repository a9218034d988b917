"""Run a fake on loopback: `serve_in_thread(app)` from any code (sync, asyncio, trio tests)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import threading
import time
from collections.abc import Iterator
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from .app import ABORT_EXTENSION

__all__ = ["serve_in_thread", "uvicorn_config"]


def reset_socket(transport: asyncio.BaseTransport, graceful: bool = False) -> None:
    """Abort a connection with a TCP RST (SO_LINGER 0); `graceful`: flush, then a plain FIN."""
    if graceful:
        transport.close()
        return
    sock = transport.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    if isinstance(transport, asyncio.Transport):
        transport.abort()
    else:
        transport.close()


class AbortableH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, plus a scope extension that lets the app reset the connection
    (ASGI itself has no way to say "drop this socket")."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        inner = self.app

        async def app(scope: Any, receive: Any, send: Any) -> None:
            extensions = scope.setdefault("extensions", {})
            extensions[ABORT_EXTENSION] = lambda graceful=False: reset_socket(
                self.transport, graceful
            )
            await inner(scope, receive, send)

        self.app = app


def uvicorn_config(
    app: Any, host: str = "127.0.0.1", port: int = 0, **kwargs: Any
) -> uvicorn.Config:
    """The uvicorn settings the fake needs (h11 with resets, no lifespan noise, quiet logs)."""
    kwargs.setdefault("log_level", "warning")
    kwargs.setdefault("access_log", False)
    kwargs.setdefault("timeout_graceful_shutdown", 1)
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=AbortableH11Protocol,
        lifespan="off",
        loop="asyncio",
        **kwargs,
    )


@contextlib.contextmanager
def serve_in_thread(app: Any, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve `app` on `host:port` (0: a free port) in a background thread with its own event
    loop; yields the base URL once the server accepts connections, and stops it on exit."""
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only then (else ~40 ms Nagle delays)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    bound_port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn_config(app, host, bound_port))
    errors: list[BaseException] = []

    def run() -> None:
        try:
            server.run(sockets=[sock])
        except BaseException as exc:  # surfaced to the caller below
            errors.append(exc)

    thread = threading.Thread(target=run, name=f"fake-zendesk:{bound_port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if errors or not thread.is_alive():
            raise RuntimeError("the fake Zendesk server did not start") from (
                errors[0] if errors else None
            )
        if time.monotonic() > deadline:
            raise TimeoutError("the fake Zendesk server did not start within 10 s")
        time.sleep(0.005)
    try:
        yield f"http://{host}:{bound_port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
