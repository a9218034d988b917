"""P2: get N tickets by id through show_many (chunks of 100) with latency injected in the server.

Every request the fake serves sleeps `latency` first. Wall time from the first call to the last
ticket, vs two hand-written floors (show_many per chunk, 20 in flight, decoding with `json.loads`
or with `orjson.loads`); each row's note also gives it against the ideal
ceil(ceil(N / 100) / concurrency) * latency: full waves of concurrent requests, no CPU time (for
10k ids at concurrency 20: 5 waves x 50 ms = 0.25 s).
Target (issue 15): zendesk-async <= 1.1x the json.loads floor's wall time.
"""

from __future__ import annotations

import asyncio
import json
import math
from collections.abc import Callable
from typing import Any

import anyio
import orjson

from ._common import (
    FIRST_ID,
    Outcome,
    Timer,
    pyzd_client,
    raw_client,
    seeded_ids,
    visible_tickets,
    za_client,
    zenpy_client,
)
from ._report import Row, ScenarioResult
from ._runner import best_of_rounds
from ._server import fake_server

CHUNK = 100
ROUNDS = 3  # floors and zendesk-async alternate; each keeps its best round
CONCURRENCY = 20


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


async def _floor(url: str, ids: list[int], loads: Callable[[bytes], Any]) -> Outcome:
    """Hand-written: show_many per chunk of 100, at most 20 in flight, decode each body."""
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
                found.update(t["id"] for t in loads(r.content)["tickets"])

        t0 = Timer()
        async with anyio.create_task_group() as tg:
            for chunk in _chunks(ids):
                tg.start_soon(one, chunk)
        return t0.outcome(len(found))


async def floor(url: str, ids: list[int]) -> Outcome:
    return await _floor(url, ids, json.loads)


async def floor_orjson(url: str, ids: list[int]) -> Outcome:
    return await _floor(url, ids, orjson.loads)


async def _za(url: str, ids: list[int], raw: bool) -> Outcome:
    async with za_client(url) as zd:
        await zd.tickets.get(FIRST_ID)
        t0 = Timer()
        tickets = await zd.tickets.get_many(ids, concurrency=CONCURRENCY, raw=raw)
        out = t0.outcome(0)
        out.count = len({t["id"] if isinstance(t, dict) else t.id for t in _values(tickets)})
        return out


async def za(url: str, ids: list[int]) -> Outcome:
    return await _za(url, ids, raw=False)


async def za_raw(url: str, ids: list[int]) -> Outcome:
    """The same call returning dicts: the request machinery without the typed models."""
    return await _za(url, ids, raw=True)


def _values(result: Any) -> list[Any]:
    """get_many may return a list or an id -> ticket mapping."""
    if isinstance(result, dict):
        return [v for v in result.values() if v is not None]
    return list(result)


def zenpy(url: str, ids: list[int]) -> Outcome:
    """`zenpy.tickets(ids=chunk)` (show_many) for each chunk, one after another (zenpy is sync)."""
    zp = zenpy_client(url)
    zp.tickets(id=FIRST_ID)
    t0 = Timer()
    found = {t.id for chunk in _chunks(ids) for t in zp.tickets(ids=chunk)}
    return t0.outcome(len(found))


async def pyzd_loop(url: str, ids: list[int]) -> Outcome:
    """What the SDK's docs show: `await tickets_show_many_async(ids=...)` per chunk in a loop."""
    async with pyzd_client(url) as sdk:
        await sdk.tickets.show_ticket_async(ticket_id=FIRST_ID)
        t0 = Timer()
        found: set[int] = set()
        for chunk in _chunks(ids):
            res = await sdk.tickets.tickets_show_many_async(ids=",".join(map(str, chunk)))
            found.update(t.id for t in res.tickets or [])
        return t0.outcome(len(found))


async def pyzd_gather(url: str, ids: list[int]) -> Outcome:
    """Hand-written concurrency on top of the SDK: asyncio.gather under a Semaphore(20)."""
    async with pyzd_client(url) as sdk:
        await sdk.tickets.show_ticket_async(ticket_id=FIRST_ID)
        sem = asyncio.Semaphore(CONCURRENCY)

        async def one(chunk: list[int]) -> list[int]:
            async with sem:
                res = await sdk.tickets.tickets_show_many_async(ids=",".join(map(str, chunk)))
                return [t.id for t in res.tickets or []]

        t0 = Timer()
        pages = await asyncio.gather(*(one(c) for c in _chunks(ids)))
        return t0.outcome(len({i for p in pages for i in p}))


FLOOR = "raw httpx + json.loads (floor)"
FLOOR_ORJSON = "raw httpx + orjson (floor)"
ZA = "zendesk-async get_many"
ZENPY = "zenpy 2.0.57 (sync loop)"
PYZD = "python-zendesk 0.3.1 (await loop)"
CONTENDERS = [
    (FLOOR, floor),
    (FLOOR_ORJSON, floor_orjson),
    (ZA, za),
    ("zendesk-async get_many raw=True", za_raw),
    (ZENPY, zenpy),
    (PYZD, pyzd_loop),
    ("python-zendesk 0.3.1 (gather, Semaphore(20))", pyzd_gather),
]
TARGET = 1.1  # x the json.loads floor's wall time


def _seconds(out: Outcome | str) -> float | None:
    return out.seconds if isinstance(out, Outcome) else None


def _repeated(name: str) -> bool:
    """The rows the target compares (the floors and zendesk-async) run `ROUNDS` times."""
    return name.startswith(("raw httpx", "zendesk-async"))


def run(n: int, latency: float, rounds: int = ROUNDS) -> ScenarioResult:
    ids = seeded_ids(n)
    expected = visible_tickets(n)
    ideal = math.ceil(math.ceil(n / CHUNK) / CONCURRENCY) * latency  # waves of requests
    res = ScenarioResult(
        "P2",
        "get tickets by id (show_many)",
        f"{n:,} ids ({expected:,} exist), {latency * 1000:.0f} ms server latency, "
        f"concurrency {CONCURRENCY}, ideal {ideal:.3f} s; floors and zendesk-async: best of "
        f"{rounds} alternating rounds",
        "json.loads floor wall time",
        alt_ratio_of="orjson floor",
    )
    with fake_server(n, latency=latency) as url:
        outcomes = best_of_rounds(CONTENDERS, (url, ids), rounds, _repeated)
    base, alt, za_s = (_seconds(outcomes[k]) for k in (FLOOR, FLOOR_ORJSON, ZA))
    for name, _ in CONTENDERS:
        out = outcomes[name]
        row = Row(name, None, "s")
        if name == ZA:
            row.target = f"<= {TARGET}x floor"
        if isinstance(out, str):
            row.note = out
            res.rows.append(row)
            continue
        row.value, row.count, row.seconds = out.seconds, out.count, out.seconds
        row.ratio = out.seconds / base if base else None
        row.alt_ratio = out.seconds / alt if alt else None
        notes = [f"{out.seconds / ideal:.1f}x ideal"]
        if "cpu" in out.extra:
            notes.append(f"client CPU {out.extra['cpu']:.2f} s")
        ok = out.count == expected
        if not ok:
            notes.append(f"WRONG COUNT {out.count} != {expected}")
        if name == ZA:
            row.passed = ok and row.ratio is not None and row.ratio <= TARGET
        elif za_s and not name.startswith(("raw httpx", "zendesk-async")):
            notes.append(f"za is {out.seconds / za_s:.1f}x faster")
        row.note = "; ".join(notes)
        res.rows.append(row)
    return res
