"""The Redis store runs the same rules as the in-memory one (`_pacing.py`): one scenario table,
checked on both stores, both anyio backends (trio drives redis-py's sync client in a thread).
Against a real redis-server (conftest); times are Redis's clock, so waits are checked by kind
and bounds, never by sleeping."""

from __future__ import annotations

import logging

import anyio
import pytest

from zendesk_async import ApiTokenAuth, Zendesk
from zendesk_async._pacing import Ask, Observation
from zendesk_async._ratelimit import Governor
from zendesk_async._redis_store import RedisStore
from zendesk_async._store import MemoryStore, RateLimitStore, open_store
from zendesk_async.errors import ConfigurationError

from .conftest import RedisServer

INC = Ask((("incremental", 2, 60.0),))


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest, anyio_backend: object) -> RateLimitStore:
    del anyio_backend
    if request.param == "memory":
        return MemoryStore()
    url = request.getfixturevalue("redis_url")
    return RedisStore(url, prefix=f"t{id(request)}")


@pytest.mark.anyio
async def test_slow_start_then_in_flight_against_remaining(store: RateLimitStore) -> None:
    first = await store.admit("acct", Ask(), "r1")
    assert first.grant is not None
    held = await store.admit("acct", Ask(), "r2")  # budget unknown: one probe at a time
    assert (held.grant, held.wait, held.reason) == (None, None, "slow-start")
    out = await store.settle(
        "acct", first.grant, Observation(200, limit=10, remaining=2, reset=30.0)
    )
    assert (out.remaining, out.limit) == (2, 10)
    a = await store.admit("acct", Ask(), "r3")
    b = await store.admit("acct", Ask(), "r4")
    c = await store.admit("acct", Ask(), "r5")  # 2 remaining - 2 in flight
    assert a.grant and b.grant and (c.grant, c.reason) == (None, "in-flight")
    await store.settle("acct", a.grant, Observation(200, limit=10, remaining=0, reset=30.0))
    await store.settle("acct", b.grant, Observation(200, limit=10, remaining=1, reset=30.0))
    d = await store.admit("acct", Ask(), "r6")  # min(0, 1): spent until the reset
    assert d.grant is None and d.reason == "reset" and 25 < (d.wait or 0) <= 30


@pytest.mark.anyio
async def test_429_pauses_everyone_and_too_many_jobs_only_jobs(store: RateLimitStore) -> None:
    g = (await store.admit("acct", Ask(job=True), "j1")).grant
    assert g is not None
    out = await store.settle("acct", g, Observation(429, retry_after=20.0, too_many_jobs=True))
    assert (out.paused, out.jobs_paused) == (0.0, 20.0)
    job = await store.admit("acct", Ask(job=True), "j2")
    assert job.grant is None and job.reason == "jobs" and 15 < (job.wait or 0) <= 20
    plain = await store.admit("acct", Ask(), "p1")
    assert plain.grant is not None  # other calls are not frozen
    out = await store.settle("acct", plain.grant, Observation(429, retry_after=30.0))
    assert out.paused == 30.0
    again = await store.admit("acct", Ask(), "p2")
    assert again.grant is None and again.reason == "pause" and 25 < (again.wait or 0) <= 30
    assert await store.pause("acct", 1.0) == 0.0  # never shortens


@pytest.mark.anyio
async def test_named_budget_books_once_and_refusal_books_nothing(store: RateLimitStore) -> None:
    for i in range(2):
        g = (await store.admit("acct", INC, f"i{i}")).grant
        assert g is not None
        # answers without rate headers: the slow start doubles, the budget keeps its count
        await store.settle("acct", g, Observation(200))
    refused = await store.admit("acct", INC, "i3")
    assert refused.grant is None and refused.reason == "budget"
    assert 55 < (refused.wait or 0) <= 60
    assert (await store.admit("acct", Ask(), "p")).grant is not None  # other lanes go on
    assert (await store.admit("other", INC, "o")).grant is not None  # per account


@pytest.mark.anyio
async def test_redis_reservation_of_a_dead_worker_expires(redis_url: str) -> None:
    dead = RedisStore(redis_url, prefix="ttl", reservation_ttl=0.2)
    g = (await dead.admit("acct", Ask(), "dead-1")).grant  # never settled: the worker died
    assert g is not None
    assert (await dead.admit("acct", Ask(), "x")).reason == "slow-start"
    with anyio.fail_after(5):  # the reservation's expiry is on Redis's clock: poll it
        for _ in range(1000):
            if (await dead.admit("acct", Ask(), "alive")).grant is not None:
                break
            await anyio.sleep(0.05)
    await dead.aclose()


def test_open_store_accepts_urls_objects_and_refuses_junk() -> None:
    mem = MemoryStore()
    assert open_store(mem) is mem
    assert isinstance(open_store(None), MemoryStore)
    assert isinstance(open_store("redis://127.0.0.1:1/0"), RedisStore)
    with pytest.raises(ConfigurationError, match="redis:// URL"):
        open_store("memcached://x")
    with pytest.raises(ConfigurationError, match="store"):
        open_store(42)  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_redis_down_falls_back_in_process_with_a_warning(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Documented choice: an unreachable store logs a warning and paces in-process."""
    gov = Governor(store=redis_server.url, account="acct")
    async with gov.turn():
        pass
    redis_server.stop()
    with caplog.at_level(logging.WARNING, logger="zendesk_async.governor"):
        with anyio.fail_after(10):
            for _ in range(3):
                async with gov.turn() as turn:
                    del turn
    assert gov.stats.store_errors >= 1 and gov.stats.requests_started == 4
    assert sum("store unavailable" in r.getMessage() for r in caplog.records) == 1
    await gov.aclose()


@pytest.mark.anyio
async def test_client_takes_a_store_url(redis_url: str) -> None:
    auth = ApiTokenAuth("a@example.com", "t")
    async with Zendesk(
        base_url="https://acme.zendesk.com", auth=auth, rate_limit_store=redis_url
    ) as zd:
        assert isinstance(zd.governor.store, RedisStore)
        assert zd.governor.account == "acme.zendesk.com"


@pytest.mark.anyio
async def test_an_answer_from_the_next_window_replaces_the_spent_one(store: RateLimitStore) -> None:
    g = (await store.admit("acct", Ask(), "w1")).grant
    assert g is not None
    await store.settle("acct", g, Observation(200, limit=10, remaining=1, reset=30.0))
    a = (await store.admit("acct", Ask(), "w2")).grant
    assert a is not None
    await store.settle("acct", a, Observation(200, limit=10, remaining=0, reset=30.0))
    assert (await store.admit("acct", Ask(), "w3")).reason == "reset"
    # an answer from the window before (it implies an earlier end) teaches nothing...
    late = Observation(200, limit=10, remaining=7, reset=10.0)
    # ...but one from the next window (a later end) replaces the spent budget
    fresh = Observation(200, limit=10, remaining=7, reset=50.0)
    grant = (await store.admit("other", Ask(), "o1")).grant  # any grant of epoch 0 will do
    assert grant is not None
    await store.settle("acct", grant, late)
    assert (await store.admit("acct", Ask(), "w4")).reason == "reset"
    await store.settle("acct", grant, fresh)
    assert (await store.admit("acct", Ask(), "w5")).grant is not None
