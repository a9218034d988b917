"""P1: stream N tickets with cursor pages of 100 (`GET /api/v2/tickets?page[size]=100`).

Measures records/s from the first request to the last record (each contender first makes one
warm-up request: connection, lazy imports). Ratios vs two hand-written raw-httpx floors: the
same loop decoding with `json.loads` (what a user writes) and with `orjson.loads` (about the
fastest a Python loop can be).
Targets (issue 15): typed >= 1.0x the json.loads floor, raw mode >= 1.5x.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import orjson

from ._common import (
    FIRST_ID,
    Outcome,
    Timer,
    pyzd_client,
    raw_client,
    visible_tickets,
    za_client,
    zenpy_client,
)
from ._report import Row, ScenarioResult
from ._runner import best_of_rounds
from ._server import fake_server

PAGE = 100
ROUNDS = 3  # floors and zendesk-async alternate; each keeps its best round


async def _floor(url: str, loads: Callable[[bytes], Any]) -> Outcome:
    """Hand-written minimal loop: GET, decode, follow meta.after_cursor while has_more."""
    ids: set[int] = set()
    async with raw_client(url) as http:
        await http.get("/api/v2/tickets/count.json")
        t0 = Timer()
        params: dict[str, Any] = {"page[size]": PAGE}
        while True:
            r = await http.get("/api/v2/tickets.json", params=params)
            r.raise_for_status()
            page = loads(r.content)
            ids.update(t["id"] for t in page["tickets"])
            if not page["meta"]["has_more"]:
                break
            params = {"page[size]": PAGE, "page[after]": page["meta"]["after_cursor"]}
        return t0.outcome(len(ids))


async def floor(url: str) -> Outcome:
    return await _floor(url, json.loads)


async def floor_orjson(url: str) -> Outcome:
    return await _floor(url, orjson.loads)


async def _za(url: str, raw: bool) -> Outcome:
    ids: set[int] = set()
    async with za_client(url) as zd:
        await zd.tickets.get(FIRST_ID)
        t0 = Timer()
        async for ticket in zd.tickets.list(page_size=PAGE, raw=raw):
            ids.add(ticket["id"] if raw else ticket.id)
        return t0.outcome(len(ids))


async def za_typed(url: str) -> Outcome:
    return await _za(url, raw=False)


async def za_raw(url: str) -> Outcome:
    return await _za(url, raw=True)


def zenpy(url: str) -> Outcome:
    """`for t in zenpy.tickets()`: zenpy pages with page[size]=100 cursors by default."""
    zp = zenpy_client(url)
    zp.tickets(id=FIRST_ID)
    t0 = Timer()
    ids = {t.id for t in zp.tickets(cursor_pagination=PAGE)}
    return t0.outcome(len(ids))


async def pyzd(url: str) -> Outcome:
    """`await list_tickets_async(page_size=100)`, then the SDK's own `result.next()` until None.
    (Speakeasy's `next` is synchronous even on the async method: it calls `list_tickets`.)"""
    ids: set[int] = set()
    async with pyzd_client(url) as sdk:
        await sdk.tickets.show_ticket_async(ticket_id=FIRST_ID)
        t0 = Timer()
        res = await sdk.tickets.list_tickets_async(page_size=PAGE)
        while res is not None:
            ids.update(t.id for t in res.result.tickets or [])
            res = res.next()
        return t0.outcome(len(ids))


FLOOR = "raw httpx + json.loads (floor)"
FLOOR_ORJSON = "raw httpx + orjson (floor)"
CONTENDERS = [
    (FLOOR, floor),
    (FLOOR_ORJSON, floor_orjson),
    ("zendesk-async typed", za_typed),
    ("zendesk-async raw=True", za_raw),
    ("zenpy 2.0.57 (sync)", zenpy),
    ("python-zendesk 0.3.1", pyzd),
]
TARGETS = {"zendesk-async typed": 1.0, "zendesk-async raw=True": 1.5}


def _rate(out: Outcome | str) -> float | None:
    return out.count / out.seconds if isinstance(out, Outcome) and out.seconds else None


def _repeated(name: str) -> bool:
    """The rows the targets compare (the floors and zendesk-async) run `ROUNDS` times."""
    return name.startswith(("raw httpx", "zendesk-async"))


def run(n: int, rounds: int = ROUNDS) -> ScenarioResult:
    expected = visible_tickets(n)
    res = ScenarioResult(
        "P1",
        "stream tickets, cursor pages of 100",
        f"{n:,} seeded, {expected:,} listed; server in a subprocess; floors and zendesk-async: "
        f"best of {rounds} alternating rounds",
        "json.loads floor records/s",
        alt_ratio_of="orjson floor",
    )
    with fake_server(n) as url:
        outcomes = best_of_rounds(CONTENDERS, (url,), rounds, _repeated)
    base, alt = _rate(outcomes[FLOOR]), _rate(outcomes[FLOOR_ORJSON])
    for name, _ in CONTENDERS:
        out = outcomes[name]
        if isinstance(out, str):
            res.rows.append(Row(name, None, "rec/s", note=out))
            continue
        rate = out.count / out.seconds
        row = Row(name, rate, "rec/s", count=out.count, seconds=out.seconds)
        row.ratio = rate / base if base else None
        row.alt_ratio = rate / alt if alt else None
        cpu = out.extra.get("cpu")
        if cpu is not None and out.count:
            row.note = f"client CPU {cpu / out.count * 1e6:.0f} us/rec"
        if out.count != expected:
            row.note = f"WRONG COUNT {out.count} != {expected}; {row.note}"
        if name in TARGETS:
            row.target = f">= {TARGETS[name]}x"
            ratio = row.ratio
            row.passed = ratio is not None and ratio >= TARGETS[name] and out.count == expected
        res.rows.append(row)
    return res
