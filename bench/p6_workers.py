"""P6: W worker processes on one account budget, with and without a shared Redis store.

Each worker is its own process with its own `Zendesk` client (25 tasks), as a service with
several workers or pods would run. They start together at a window boundary of the fake's
squeezed clock (`_server.windowed_clock`) and call `GET /api/v2/tickets/{id}` until `windows`
windows are over. Reported per row: calls that succeeded as a share of the budget, attempts per
call (429s included), failed calls. Target with the Redis store: >= 95 % of the budget,
<= 1.05 attempts per call, 0 failed. Without a store each worker only sees the headers: the
table shows what that costs. Needs `redis-server` on PATH for the store rows (else n/a).

``python -m bench.p6_workers URL STORE`` is one worker: it warms up, prints READY, reads
"START DEADLINE" (Unix seconds) from stdin, and prints one JSON line of results.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from typing import Any

import anyio
import anyio.to_thread

from ._common import FIRST_ID, visible_ids, za_client
from ._report import Row, ScenarioResult
from ._server import REPO_ROOT, fake_server

TASKS = 25
START_MARGIN = 0.3  # seconds between "all workers ready" and the next window boundary


async def _worker(url: str, store: str) -> dict[str, Any]:
    ids = visible_ids(200)
    seen = {"attempts": 0, "429": 0}
    deadline = math.inf  # set by the parent after the warm-up

    async def count(response: Any) -> None:
        if time.time() <= deadline:
            seen["attempts"] += 1
            seen["429"] += response.status_code == 429

    ok = failed = 0
    kwargs: dict[str, Any] = {"concurrency": TASKS, "event_hooks": {"response": [count]}}
    if store != "none":
        kwargs["rate_limit_store"] = store
    async with za_client(url, **kwargs) as zd:
        await zd.tickets.get(FIRST_ID)
        print("READY", flush=True)  # the parent answers with the common start and deadline
        start, deadline = map(float, (await anyio.to_thread.run_sync(sys.stdin.readline)).split())
        seen.update(attempts=0, **{"429": 0})
        late = time.time() > start
        await anyio.sleep(max(0.0, start - time.time()))

        async def task(k: int) -> None:
            nonlocal ok, failed
            i = k
            while time.time() < deadline:
                try:
                    await zd.tickets.get(ids[i % len(ids)])
                except Exception:  # a call that failed for the user
                    failed += 1
                else:
                    ok += time.time() <= deadline
                i += TASKS

        with anyio.move_on_after(max(0.0, deadline - time.time())):
            async with anyio.create_task_group() as tg:
                for k in range(TASKS):
                    tg.start_soon(task, k)
    return {"ok": ok, "failed": failed, "attempts": seen["attempts"], "late": late}


@contextlib.contextmanager
def redis_server() -> Iterator[str | None]:
    """A throwaway `redis-server` on a free loopback port (None when not installed)."""
    exe = shutil.which("redis-server")
    if exe is None:
        yield None
        return
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        proc = subprocess.Popen([*cmd, "--dir", tmp], stdout=subprocess.DEVNULL)
        try:
            for _ in range(500):
                with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port)):
                    break
                time.sleep(0.02)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            proc.terminate()
            proc.wait(10)


def _flush(store: str) -> None:
    import redis

    client = redis.Redis.from_url(store)
    client.flushdb()
    client.close()


def _round(url: str, store: str, workers: int, window: float, windows: int) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.p6_workers", url, store]
    procs = [
        subprocess.Popen(
            cmd, cwd=REPO_ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        for _ in range(workers)
    ]
    for p in procs:  # every worker has imported, connected and warmed up
        assert p.stdout is not None and p.stdout.readline().strip() == "READY"
    t = time.time() + START_MARGIN
    start = (math.floor(t / window) + 1) * window
    deadline = start + windows * window
    for p in procs:
        assert p.stdin is not None
        p.stdin.write(f"{start!r} {deadline!r}\n")
        p.stdin.flush()
    outs = []
    for p in procs:
        out, _ = p.communicate(timeout=deadline - time.time() + 120)
        outs.append(json.loads(out.strip().splitlines()[-1]))
    return {
        "ok": sum(o["ok"] for o in outs),
        "failed": sum(o["failed"] for o in outs),
        "attempts": sum(o["attempts"] for o in outs),
        "late": sum(o["late"] for o in outs),
    }


async def _sequential(url: str, store: str | None, n: int) -> float:
    """Seconds per sequential `tickets.get` (the store's round trips are on the path)."""
    ids = visible_ids(n)
    async with za_client(url, rate_limit_store=store) as zd:
        for i in ids[:20]:
            await zd.tickets.get(i)
        t0 = time.perf_counter()
        for i in ids:
            await zd.tickets.get(i)
        return (time.perf_counter() - t0) / n


def _store_cost(url: str, store: str | None, n: int, res: ScenarioResult) -> None:
    """Rows: per-request time with the in-memory store, and with Redis on asyncio and trio."""
    base = min(anyio.run(_sequential, url, None, n) for _ in range(2))
    res.rows.append(Row("sequential get, in-memory store", base * 1e6, "us/call", 1.0))
    for backend in ("asyncio", "trio"):
        name = f"sequential get, Redis store ({backend})"
        if store is None:
            res.rows.append(Row(name, None, "us/call", note="n/a (redis-server not installed)"))
            continue
        t = min(anyio.run(_sequential, url, store, n, backend=backend) for _ in range(2))
        note = f"{(t - base) * 1e6:+.0f} us per request (admit + settle)"
        res.rows.append(Row(name, t * 1e6, "us/call", t / base, note=note))


def run(
    budget: int,
    window: float,
    windows: int,
    workers: tuple[int, ...] = (1, 2, 4, 8),
    sequential: int = 300,
) -> ScenarioResult:
    total = budget * windows
    res = ScenarioResult(
        "P6",
        "W worker processes on one account budget",
        f"{budget} requests per {window:g} s window, {windows} windows = {total} calls allowed; "
        f"{TASKS} tasks per worker",
        "the budget",
    )
    with redis_server() as store, fake_server(sequential + 40) as url:
        _store_cost(url, store, sequential, res)
    with redis_server() as store, fake_server(300, rate_limit=budget, window=window) as url:
        for mode in ("redis", "none"):
            for w in workers:
                name = f"W={w}, " + ("Redis store" if mode == "redis" else "no store")
                row = Row(name, None, "% used")
                if mode == "redis":
                    row.target = ">= 95%, <= 1.05 attempts/call, 0 failed"
                    if store is None:
                        row.note = "n/a (redis-server not installed)"
                        res.rows.append(row)
                        continue
                    _flush(store)
                r = _round(url, store if mode == "redis" and store else "none", w, window, windows)
                calls = max(1, r["ok"] + r["failed"])
                per_call = r["attempts"] / calls
                row.value, row.ratio, row.count = 100 * r["ok"] / total, r["ok"] / total, r["ok"]
                row.note = (
                    f"{r['ok']} ok, {r['failed']} failed calls, {per_call:.3f} attempts/call"
                    + (f" ({r['late']} workers started late)" if r["late"] else "")
                )
                if mode == "redis":
                    row.passed = r["ok"] >= 0.95 * total and per_call <= 1.05 and r["failed"] == 0
                res.rows.append(row)
    return res


if __name__ == "__main__":
    logging.getLogger("zendesk_async").setLevel(logging.ERROR)  # the table counts the 429s
    print(json.dumps(anyio.run(_worker, sys.argv[1], sys.argv[2])))
