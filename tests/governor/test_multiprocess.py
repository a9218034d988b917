"""Several worker processes, one Redis store, one fake account budget (loopback sockets).

Subprocesses are the one place these tests wait for real: each is bounded by a timeout. Counts
are asserted with margins (a loaded 2-core machine only makes things slower, not different).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import redis

from zendesk_async.testing import FakeZendesk, Fault

from .conftest import RedisServer, serving

WORKER = Path(__file__).with_name("_worker.py")
TIMEOUT = 120.0


def spawn(url: str, store: str, calls: int, ticket: int, tasks: int = 10, ttl: float = 5.0):
    return subprocess.Popen(
        [sys.executable, str(WORKER), url, store, str(calls), str(ticket), str(tasks), str(ttl)],
        stdout=subprocess.PIPE,
        text=True,
    )


def result(proc: subprocess.Popen[str]) -> dict[str, int]:
    out, _ = proc.communicate(timeout=TIMEOUT)
    assert proc.returncode == 0, out
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_workers_on_one_store_share_one_budget(redis_url: str) -> None:
    fake = FakeZendesk(tickets=5, rate_limit=10, rate_window=0.25)
    ticket = fake.account.seed.first_id + 1
    with serving(fake) as url:
        procs = [spawn(url, redis_url, 25, ticket) for _ in range(3)]
        results = [result(p) for p in procs]
    assert [r["failed"] for r in results] == [0, 0, 0]
    assert sum(r["ok"] for r in results) == 75
    attempts = sum(r["attempts"] for r in results)
    assert attempts <= 75 * 1.1, results  # without the store: several times more
    assert fake.budget.rejected <= 75 * 0.1


def test_killed_worker_leaks_its_reservations_for_seconds_only(redis_url: str) -> None:
    """A worker holding every slot of the budget in flight is killed with SIGKILL: its
    reservations expire (TTL 1 s here) and the other workers use the whole budget again."""
    fake = FakeZendesk(tickets=5, rate_limit=4, rate_window=0.25)
    seed = fake.account.seed
    slow, fast = seed.first_id + 2, seed.first_id + 1
    fake.faults.add(Fault.latency(3600.0), path=f"/api/v2/tickets/{slow}")
    with serving(fake) as url:
        victim = spawn(url, redis_url, 4, slow, tasks=4, ttl=1.0)
        deadline = time.monotonic() + TIMEOUT
        while sum(p.endswith(str(slow)) for _, p in fake.requests) < 4:  # all 4 slots hang
            assert time.monotonic() < deadline and victim.poll() is None
            time.sleep(0.05)  # waiting for a subprocess
        victim.kill()  # SIGKILL: nothing is settled
        victim.wait(TIMEOUT)
        others = [spawn(url, redis_url, 20, fast, tasks=5, ttl=1.0) for _ in range(2)]
        results = [result(p) for p in others]
    assert [r["failed"] for r in results] == [0, 0]
    assert sum(r["ok"] for r in results) == 40
    assert sum(r["attempts"] for r in results) <= 40 * 1.1, results
    r = redis.Redis.from_url(redis_url)
    assert sum(r.zcard(k) for k in r.scan_iter("zendesk-async:*:f")) == 0  # nothing leaked
    r.close()


def test_redis_stopped_mid_run_workers_fall_back_and_finish(redis_server: RedisServer) -> None:
    """The documented behaviour: a warning, in-process pacing, every call still succeeds."""
    fake = FakeZendesk(tickets=5, rate_limit=10, rate_window=0.25)
    ticket = fake.account.seed.first_id + 1
    with serving(fake) as url:
        procs = [spawn(url, redis_server.url, 40, ticket, tasks=5) for _ in range(2)]
        deadline = time.monotonic() + TIMEOUT
        while len(fake.requests) < 20:  # both are well under way
            assert time.monotonic() < deadline
            time.sleep(0.05)  # waiting for subprocesses
        redis_server.stop()
        results = [result(p) for p in procs]
    assert [r["failed"] for r in results] == [0, 0]
    assert sum(r["ok"] for r in results) == 80
    assert sum(r["store_errors"] for r in results) >= 1
