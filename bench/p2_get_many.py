"""P2: get N tickets by id through show_many (chunks of 100) with latency injected in the server.

Every request the fake serves sleeps `latency` first. Wall time from the first call to the last
ticket, vs the ideal ceil(ceil(N / 100) / concurrency) * latency: full waves of concurrent requests,
no CPU time (for 10k ids at concurrency 20: 5 waves x 50 ms = 0.25 s).
Targets: zendesk-async <= 1.2x ideal, >= 20x faster than zenpy, >= 3x faster than python-zendesk.
"""

from __future__ import annotations

import asyncio
import json
import math
import time
from typing import Any

import anyio

from ._common import (
    FIRST_ID,
    Outcome,
    pyzd_client,
    raw_client,
    seeded_ids,
    visible_tickets,
    za_client,
    zenpy_client,
)
from ._report import Row, ScenarioResult
from ._runner import run_contender
from ._server import fake_server

CHUNK = 100
CONCURRENCY = 20


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


async def floor(url: str, ids: list[int]) -> Outcome:
    """Hand-written: show_many per chunk of 100, at most 20 in flight, json.loads each body."""
    found: set[int] = set()
    limiter = anyio.CapacityLimiter(CONCURRENCY)
    async with raw_client(url, CONCURRENCY) as http:
        await http.get(f"/api/v2/tickets/{FIRST_ID}.json")

        async def one(chunk: list[int]) -> None:
            async with limiter:
                r = await http.get(
                    "/api/v2/tickets/show_many.json", params={"ids": ",".join(map(str, chunk))}
                )
                r.raise_for_status()
                found.update(t["id"] for t in json.loads(r.content)["tickets"])

        t0 = time.perf_counter()
        async with anyio.create_task_group() as tg:
            for chunk in _chunks(ids):
                tg.start_soon(one, chunk)
        return Outcome(len(found), time.perf_counter() - t0)


async def za(url: str, ids: list[int]) -> Outcome:
    async with za_client(url) as zd:
        await zd.tickets.get(FIRST_ID)
        t0 = time.perf_counter()
        tickets = await zd.tickets.get_many(ids, concurrency=CONCURRENCY)
        elapsed = time.perf_counter() - t0
        found = {t["id"] if isinstance(t, dict) else t.id for t in _values(tickets)}
        return Outcome(len(found), elapsed)


def _values(result: Any) -> list[Any]:
    """get_many may return a list or an id -> ticket mapping."""
    if isinstance(result, dict):
        return [v for v in result.values() if v is not None]
    return list(result)


def zenpy(url: str, ids: list[int]) -> Outcome:
    """`zenpy.tickets(ids=chunk)` (show_many) for each chunk, one after another (zenpy is sync)."""
    zp = zenpy_client(url)
    zp.tickets(id=FIRST_ID)
    t0 = time.perf_counter()
    found = {t.id for chunk in _chunks(ids) for t in zp.tickets(ids=chunk)}
    return Outcome(len(found), time.perf_counter() - t0)


async def pyzd_loop(url: str, ids: list[int]) -> Outcome:
    """What the SDK's docs show: `await tickets_show_many_async(ids=...)` per chunk in a loop."""
    async with pyzd_client(url) as sdk:
        await sdk.tickets.show_ticket_async(ticket_id=FIRST_ID)
        t0 = time.perf_counter()
        found: set[int] = set()
        for chunk in _chunks(ids):
            res = await sdk.tickets.tickets_show_many_async(ids=",".join(map(str, chunk)))
            found.update(t.id for t in res.tickets or [])
        return Outcome(len(found), time.perf_counter() - t0)


async def pyzd_gather(url: str, ids: list[int]) -> Outcome:
    """Hand-written concurrency on top of the SDK: asyncio.gather under a Semaphore(20)."""
    async with pyzd_client(url) as sdk:
        await sdk.tickets.show_ticket_async(ticket_id=FIRST_ID)
        sem = asyncio.Semaphore(CONCURRENCY)

        async def one(chunk: list[int]) -> list[int]:
            async with sem:
                res = await sdk.tickets.tickets_show_many_async(ids=",".join(map(str, chunk)))
                return [t.id for t in res.tickets or []]

        t0 = time.perf_counter()
        pages = await asyncio.gather(*(one(c) for c in _chunks(ids)))
        return Outcome(len({i for p in pages for i in p}), time.perf_counter() - t0)


ZA = "zendesk-async get_many"
ZENPY = "zenpy 2.0.57 (sync loop)"
PYZD = "python-zendesk 0.3.1 (await loop)"
CONTENDERS = [
    ("raw httpx + json.loads (floor)", floor),
    (ZA, za),
    (ZENPY, zenpy),
    (PYZD, pyzd_loop),
    ("python-zendesk 0.3.1 (gather, Semaphore(20))", pyzd_gather),
]
SPEEDUP_TARGETS = {ZENPY: 20.0, PYZD: 3.0}


def run(n: int, latency: float) -> ScenarioResult:
    ids = seeded_ids(n)
    expected = visible_tickets(n)
    ideal = math.ceil(math.ceil(n / CHUNK) / CONCURRENCY) * latency  # waves of requests
    res = ScenarioResult(
        "P2",
        "get tickets by id (show_many)",
        f"{n:,} ids ({expected:,} exist), {latency * 1000:.0f} ms server latency, "
        f"concurrency {CONCURRENCY}, ideal {ideal:.3f} s",
        "ideal wall time",
    )
    with fake_server(n, latency=latency) as url:
        outcomes = {name: run_contender(fn, url, ids) for name, fn in CONTENDERS}
    za_out = outcomes[ZA]
    for name, _ in CONTENDERS:
        out = outcomes[name]
        row = Row(name, None, "s")
        if name == ZA:
            row.target = "<= 1.2x ideal"
        elif name in SPEEDUP_TARGETS:
            row.target = f"za >= {SPEEDUP_TARGETS[name]:.0f}x faster"
        if isinstance(out, str):
            row.note = out
            res.rows.append(row)
            continue
        row.value, row.ratio, row.count, row.seconds = (
            out.seconds,
            out.seconds / ideal,
            out.count,
            out.seconds,
        )
        ok = out.count == expected
        if not ok:
            row.note = f"WRONG COUNT {out.count} != {expected}"
        if name == ZA:
            row.passed = ok and out.seconds <= 1.2 * ideal
        elif name in SPEEDUP_TARGETS and isinstance(za_out, Outcome):
            speedup = out.seconds / za_out.seconds
            row.passed = speedup >= SPEEDUP_TARGETS[name]
            row.note = (row.note + f" za is {speedup:.1f}x faster").strip()
        res.rows.append(row)
    return res
