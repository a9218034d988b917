"""One worker process for the multi-process tests and bench P6: its own `Zendesk` client on the
shared store, `calls` gets with `tasks` concurrent tasks; prints one JSON line of results.

``python -m tests.governor._worker BASE_URL STORE CALLS TICKET_ID [TASKS] [RESERVATION_TTL]``
(STORE: a redis:// URL or ``none``).
"""

from __future__ import annotations

import json
import sys

import anyio
import httpx

from zendesk_async import ApiTokenAuth, Zendesk
from zendesk_async._redis_store import RedisStore


async def main(url: str, store: str, calls: int, ticket_id: int, tasks: int, ttl: float) -> None:
    attempts = 0

    async def count(response: httpx.Response) -> None:
        nonlocal attempts
        attempts += 1

    shared = RedisStore(store, reservation_ttl=ttl) if store != "none" else None
    ok = failed = 0
    async with Zendesk(
        base_url=url,
        auth=ApiTokenAuth("agent@example.com", "fake-api-token"),
        concurrency=tasks,
        rate_limit_store=shared,
        max_retries=10,
        event_hooks={"response": [count]},
        timeout=httpx.Timeout(60.0),
    ) as zd:
        print(json.dumps({"ready": True}), flush=True)
        todo = iter(range(calls))

        async def worker() -> None:
            nonlocal ok, failed
            for _ in todo:
                try:
                    await zd.tickets.get(ticket_id)
                except Exception:  # counted: a call that failed for the user
                    failed += 1
                else:
                    ok += 1

        async with anyio.create_task_group() as tg:
            for _ in range(tasks):
                tg.start_soon(worker)
        stats = zd.governor.stats
    if shared is not None:
        await shared.aclose()
    print(json.dumps({"ok": ok, "failed": failed, "attempts": attempts,
                      "store_errors": stats.store_errors}), flush=True)  # fmt: skip


if __name__ == "__main__":
    a = sys.argv[1:]
    anyio.run(
        main,
        a[0],
        a[1],
        int(a[2]),
        int(a[3]),
        int(a[4]) if len(a) > 4 else 10,
        float(a[5]) if len(a) > 5 else 5.0,
    )
