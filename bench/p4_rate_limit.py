"""P4: a request budget that answers 429 + Retry-After past it.

The fake allows `budget` requests per window; its clock is squeezed (`_server.windowed_clock`)
so a "minute" lasts `window` real seconds while Retry-After stays the true seconds to the
window's end. Each contender starts at a window boundary and runs `windows` windows, as many
`GET /api/v2/tickets/{id}` as it can (50 tasks for async clients, one loop for zenpy).
Reported: calls that succeeded as a share of the budget (windows x budget), attempts rejected
with 429 (counted by an httpx response hook: absorbed by the library, never seen by the caller),
and failed calls (any exception or 429 that reached the user). Target for zendesk-async (one
client, and two clients of one process sharing one store, 25 tasks each): >= 98 % of the budget
used, <= 1 % of attempts rejected, 0 failed calls.
"""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import anyio

from ._common import (
    FIRST_ID,
    Outcome,
    pyzd_client,
    raw_client,
    visible_ids,
    za_client,
    zenpy_client,
)
from ._report import Row, ScenarioResult
from ._runner import run_contender
from ._server import fake_server

TASKS = 50


@dataclass(frozen=True)
class Plan:
    budget: int
    window: float
    windows: int
    ids: tuple[int, ...]

    def start(self) -> tuple[float, float]:
        """Sleep to the next window boundary (real time); return (start, deadline)."""
        t = time.time()
        start = (math.floor(t / self.window) + 1) * self.window
        time.sleep(start - t + 0.005)
        return start, start + self.windows * self.window


async def _hammer(plan: Plan, call: Callable[[int], Awaitable[Any]]) -> Outcome:
    """TASKS tasks calling `call(id)` from the next boundary until the deadline; count
    successes finished before the deadline and failures (exceptions) the user saw."""
    ok = failed = 0
    _, deadline = plan.start()  # time.sleep: nothing else runs in this loop yet
    t0 = time.perf_counter()

    async def worker(k: int) -> None:
        nonlocal ok, failed
        i = k
        while time.time() < deadline:
            try:
                await call(plan.ids[i % len(plan.ids)])
            except Exception:
                failed += 1
            else:
                ok += time.time() <= deadline
            i += TASKS

    with anyio.move_on_after(deadline - time.time()):
        async with anyio.create_task_group() as tg:
            for k in range(TASKS):
                tg.start_soon(worker, k)
    return Outcome(ok, time.perf_counter() - t0, {"failed": failed})


async def za(url: str, plan: Plan) -> Outcome:
    """The governor: in-flight requests count against the remaining budget; 429s (if any) pause
    every task until Retry-After."""
    seen = {"attempts": 0, "429": 0}

    async def count(response: Any) -> None:
        seen["attempts"] += 1
        seen["429"] += response.status_code == 429

    async with za_client(url, concurrency=TASKS, event_hooks={"response": [count]}) as zd:
        await zd.tickets.get(FIRST_ID)
        seen.update(attempts=0)
        out = await _hammer(plan, zd.tickets.get)
        out.extra.update({"429s absorbed": seen["429"], "attempts": seen["attempts"]})
        return out


async def za_shared(url: str, plan: Plan) -> Outcome:
    """Two clients in one process on one `MemoryStore`, 25 tasks each (alternating calls)."""
    from zendesk_async._store import MemoryStore

    seen = {"attempts": 0, "429": 0}

    async def count(response: Any) -> None:
        seen["attempts"] += 1
        seen["429"] += response.status_code == 429

    store = MemoryStore()
    hooks = {"response": [count]}
    half = TASKS // 2
    async with (
        za_client(url, concurrency=half, event_hooks=hooks, rate_limit_store=store) as a,
        za_client(url, concurrency=half, event_hooks=hooks, rate_limit_store=store) as b,
    ):
        await a.tickets.get(FIRST_ID)
        await b.tickets.get(FIRST_ID)
        seen.update(attempts=0)
        flip = [a, b]

        async def call(i: int) -> Any:
            flip.reverse()
            return await flip[0].tickets.get(i)

        out = await _hammer(plan, call)
        out.extra.update({"429s absorbed": seen["429"], "attempts": seen["attempts"]})
        return out


async def floor(url: str, plan: Plan) -> Outcome:
    """Raw httpx with no 429 handling: what a budget looks like without a governor."""
    async with raw_client(url, TASKS) as http:

        async def call(i: int) -> None:
            (await http.get(f"/api/v2/tickets/{i}.json")).raise_for_status()

        await call(FIRST_ID)
        return await _hammer(plan, call)


def zenpy(url: str, plan: Plan) -> Outcome:
    """zenpy sleeps Retry-After (in 1 s steps) and retries by itself; one sync loop."""
    zp = zenpy_client(url)
    zp.tickets(id=FIRST_ID)
    ok = failed = 0
    _, deadline = plan.start()
    t0 = time.perf_counter()
    i = 0
    while time.time() < deadline:
        try:
            zp.tickets(id=plan.ids[i % len(plan.ids)])
        except Exception:
            failed += 1
        else:
            ok += time.time() <= deadline
        i += 1
    return Outcome(ok, time.perf_counter() - t0, {"failed": failed})


async def _pyzd(url: str, plan: Plan, retry: bool) -> Outcome:
    async with pyzd_client(url, retry=retry) as sdk:

        async def call(i: int) -> Any:
            return await sdk.tickets.show_ticket_async(ticket_id=i)

        await call(FIRST_ID)
        return await _hammer(plan, call)


async def pyzd_retry(url: str, plan: Plan) -> Outcome:
    return await _pyzd(url, plan, retry=True)


async def pyzd_default(url: str, plan: Plan) -> Outcome:
    return await _pyzd(url, plan, retry=False)


ZA = "zendesk-async (concurrency 50)"
ZA2 = "zendesk-async, 2 clients on one store (25 tasks each)"
CONTENDERS = [
    (ZA, za),
    (ZA2, za_shared),
    ("raw httpx, no 429 handling (50 tasks)", floor),
    ("zenpy 2.0.57 (sync, sleeps Retry-After)", zenpy),
    ("python-zendesk 0.3.1 + RetryConfig (50 tasks)", pyzd_retry),
    ("python-zendesk 0.3.1 default (50 tasks)", pyzd_default),
]


def run(budget: int, window: float, windows: int) -> ScenarioResult:
    plan = Plan(budget, window, windows, tuple(visible_ids(min(budget, 1000))))
    total = budget * windows
    res = ScenarioResult(
        "P4",
        "request budget with 429 + Retry-After",
        f"{budget} requests per {window:g} s window, {windows} windows = {total} calls allowed",
        "the budget",
    )
    with fake_server(len(plan.ids) + 20, rate_limit=budget, window=window) as url:
        outcomes = {name: run_contender(fn, url, plan) for name, fn in CONTENDERS}
    for name, _ in CONTENDERS:
        out = outcomes[name]
        row = Row(name, None, "% used")
        ours = name in (ZA, ZA2)
        if ours:
            row.target = ">= 98%, <= 1% rejected, 0 failed"
        if isinstance(out, str):
            row.note = out
            res.rows.append(row)
            continue
        failed = int(out.extra["failed"])
        row.value, row.ratio, row.count, row.seconds = (
            100 * out.count / total,
            out.count / total,
            out.count,
            out.seconds,
        )
        row.note = f"{out.count} ok, {failed} failed calls"
        if "429s absorbed" in out.extra:
            attempts = max(1, int(out.extra["attempts"]))
            rejected = int(out.extra["429s absorbed"])
            row.note += f" ({rejected} of {attempts} attempts rejected with 429, retried inside)"
        if ours:
            row.passed = (
                out.count >= 0.98 * total
                and int(out.extra["429s absorbed"]) <= 0.01 * max(1, int(out.extra["attempts"]))
                and failed == 0
            )
        res.rows.append(row)
    return res
