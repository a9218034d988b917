"""The shared governor: endpoint budgets, global pause on 429, header-driven throttling."""

from __future__ import annotations

import anyio
import anyio.lowlevel
import httpx
import pytest

from zendesk_async._ratelimit import Governor
from zendesk_async._transport import RequestPath

from .conftest import FakeClock, VirtualClock


def governor(clock: FakeClock, **kw: object) -> Governor:
    return Governor(clock=clock.now, sleep=clock.sleep, **kw)  # type: ignore[arg-type]


def max_in_window(starts: list[float], window: float = 60.0) -> int:
    return max(sum(1 for s in starts if t <= s < t + window) for t in starts)


@pytest.mark.anyio
async def test_incremental_budget_is_10_per_minute_by_default(clock: FakeClock) -> None:
    gov = governor(clock)
    t0 = clock.now()
    starts = []
    for _ in range(25):
        await gov.wait_turn("incremental")
        starts.append(clock.now())
    assert max_in_window(starts) == 10
    assert starts[9] == t0 and starts[10] == pytest.approx(t0 + 60)
    assert starts[20] == pytest.approx(t0 + 120)


@pytest.mark.anyio
async def test_budget_configurable_and_unbudgeted_calls_not_slowed(clock: FakeClock) -> None:
    gov = governor(clock, budgets={"incremental": 30})
    for _ in range(30):
        await gov.wait_turn("incremental")
    assert clock.sleeps == []
    await gov.wait_turn(None)
    assert clock.sleeps == []
    await gov.wait_turn("incremental")
    assert clock.sleeps == [pytest.approx(60.0)]


@pytest.mark.anyio
async def test_concurrent_budget_reservations_hold(clock: FakeClock) -> None:
    gov = governor(clock, budgets={"incremental": 10})
    starts: list[float] = []

    async def one() -> None:
        starts.append(await gov.wait_turn("incremental"))

    async with anyio.create_task_group() as tg:
        for _ in range(30):
            tg.start_soon(one)
    assert len(starts) == 30
    assert max_in_window(starts) == 10  # every task booked its own slot
    assert max(starts) == pytest.approx(1120.0)


@pytest.mark.anyio
async def test_low_remaining_spreads_requests_and_zero_pauses(clock: FakeClock) -> None:
    gov = governor(clock)
    gov.observe(httpx.Headers({"ratelimit-limit": "700", "ratelimit-remaining": "500"}))
    await gov.wait_turn()
    assert clock.sleeps == []
    gov.observe(
        httpx.Headers(
            {"ratelimit-limit": "700", "ratelimit-remaining": "5", "ratelimit-reset": "30"}
        )
    )
    t0 = clock.now()
    starts = []
    for _ in range(3):
        await gov.wait_turn()
        starts.append(clock.now() - t0)
    assert starts == [pytest.approx(0), pytest.approx(6), pytest.approx(12)]
    gov.observe(httpx.Headers({"X-Rate-Limit": "700", "X-Rate-Limit-Remaining": "0"}))
    assert gov.paused_until == pytest.approx(clock.now() + 60)
    gov.observe(httpx.Headers({"X-Rate-Limit": "700", "X-Rate-Limit-Remaining": "650"}))
    clock.t += 61
    before = len(clock.sleeps)
    await gov.wait_turn()
    assert len(clock.sleeps) == before  # recovered: no spacing any more


@pytest.mark.anyio
async def test_concurrency_limit_is_adjustable() -> None:
    gov = Governor(concurrency=3)
    assert gov.limiter.total_tokens == 3
    gov.concurrency = 7
    assert gov.limiter.total_tokens == 7
    with pytest.raises(ValueError):
        gov.concurrency = 0


@pytest.mark.anyio
async def test_429_pauses_the_other_concurrent_tasks() -> None:
    clock = VirtualClock()
    sent: list[tuple[str, float]] = []
    first = True

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal first
        sent.append((request.url.path, clock.now()))
        if request.url.path == "/a" and first:
            first = False
            return httpx.Response(429, headers={"Retry-After": "30"})
        return httpx.Response(200, json={})

    transport = httpx.MockTransport(handler)
    client = httpx.AsyncClient(base_url="https://acme.zendesk.com", transport=transport)
    gov = Governor(clock=clock.now, sleep=clock.sleep)
    path = RequestPath(client, governor=gov)
    t0 = clock.now()

    async def other() -> None:
        while gov.pauses == 0:
            await anyio.lowlevel.checkpoint()
        await path.request("GET", "/b")  # never got a 429 itself, still waits

    async with anyio.create_task_group() as outer:
        outer.start_soon(clock.run)
        async with anyio.create_task_group() as tg:
            tg.start_soon(other)
            tg.start_soon(path.request, "GET", "/a")
        outer.cancel_scope.cancel()
    assert sent[0] == ("/a", t0)
    assert sorted(sent[1:]) == [("/a", t0 + 30), ("/b", t0 + 30)]
