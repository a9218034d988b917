"""The fake Zendesk in its own process, so the server never competes with the client for the GIL.

`python -m bench._server --tickets N [--latency S --latency-path P] [--rate-limit L --window W]`
binds a free loopback port, prints `PORT <n>` on stdout, and serves until terminated.
`fake_server(...)` runs that as a context manager and yields the base URL.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT = 30.0


def windowed_clock(window: float) -> Callable[[], float]:
    """A clock for the fake whose one-minute rate-limit windows last `window` real seconds.

    The fake counts its budget per `int(now // 60)` and answers `Retry-After: ceil(end - now)`.
    With f(t) = (floor(t / W) + 1) * (60 - W) + t, window k of f is [k*W, (k+1)*W) in real time,
    and the seconds left until its end are the real seconds left, so Retry-After stays honest.
    """

    def now() -> float:
        t = time.time()
        return (math.floor(t / window) + 1) * (60 - window) + t

    return now


def main(argv: list[str] | None = None) -> int:
    import uvicorn

    from zendesk_async.testing import FakeZendesk, Fault, uvicorn_config

    parser = argparse.ArgumentParser(prog="python -m bench._server")
    parser.add_argument("--tickets", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--latency", type=float, default=None, help="seconds per matching request")
    parser.add_argument("--latency-path", default=None, help="fault path (exact or fnmatch)")
    parser.add_argument("--rate-limit", type=int, default=None, help="requests per window")
    parser.add_argument("--window", type=float, default=60.0, help="rate-limit window, seconds")
    args = parser.parse_args(argv)

    # proto IPPROTO_TCP matters: asyncio sets TCP_NODELAY on accepted sockets only when the
    # listener's proto is IPPROTO_TCP; with proto 0 every small response waits ~40 ms (Nagle +
    # delayed ACK). (zendesk_async.testing.serve_in_thread has that problem as of this commit.)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    fake = FakeZendesk(
        tickets=args.tickets,
        seed=args.seed,
        rate_limit=args.rate_limit,
        now=windowed_clock(args.window) if args.window != 60.0 else time.time,
        public_url=f"http://127.0.0.1:{port}",
    )
    if args.latency:
        fake.faults.add(Fault.latency(args.latency), path=args.latency_path)
    config = uvicorn_config(fake, "127.0.0.1", port, backlog=2048)
    server = uvicorn.Server(config)
    print(f"PORT {port}", flush=True)
    server.run(sockets=[sock])
    return 0


@contextlib.contextmanager
def fake_server(
    tickets: int,
    *,
    latency: float | None = None,
    latency_path: str | None = None,
    rate_limit: int | None = None,
    window: float | None = None,
) -> Iterator[str]:
    """Start `python -m bench._server` with these knobs; yield `http://127.0.0.1:<port>`."""
    cmd = [sys.executable, "-m", "bench._server", "--tickets", str(tickets)]
    if latency is not None:
        cmd += ["--latency", str(latency)]
    if latency_path is not None:
        cmd += ["--latency-path", latency_path]
    if rate_limit is not None:
        cmd += ["--rate-limit", str(rate_limit)]
    if window is not None:
        cmd += ["--window", str(window)]
    proc = subprocess.Popen(cmd, cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # blocks until the socket is bound (or the child died)
        if not line.startswith("PORT "):
            raise RuntimeError(f"bench server did not start: {line!r} (exit {proc.poll()})")
        url = f"http://127.0.0.1:{int(line.split()[1])}"
        _wait_accepting(url)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _wait_accepting(url: str) -> None:
    """The port is bound before uvicorn listens; poll until a connection succeeds."""
    host, port = url.removeprefix("http://").split(":")
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            with socket.create_connection((host, int(port)), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"bench server at {url} did not accept connections") from None
            time.sleep(0.02)


if __name__ == "__main__":
    raise SystemExit(main())
