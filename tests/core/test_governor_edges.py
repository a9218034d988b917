"""The `Governor` at its edges, on a fake clock: what a turn records, which budget a request
books, the reasons and log lines of a wait, the counters, the lanes, cancellation while the store
answers, and the in-process fallback when a shared store fails (a fake shared store that can be
switched off: no Redis here)."""

from __future__ import annotations

import logging
import re

import anyio
import anyio.lowlevel
import httpx
import pytest

from zendesk_async._constants import (
    DEFAULT_CONCURRENCY,
    ENDPOINT_BUDGETS,
    GOVERNOR_POLL,
    RATE_LIMIT_WINDOW,
    STORE_RETRY_AFTER,
)
from zendesk_async._pacing import Ask, Observation
from zendesk_async._ratelimit import Governor, Turn
from zendesk_async._store import (
    Admission,
    Grant,
    MemoryStore,
    Outcome,
    RateLimitStoreError,
)

from .conftest import FakeClock

INC = Ask((("incremental", 10, 60.0),))
LOGGER = "zendesk_async.governor"


class SharedStore:
    """A shared store (another process could see it) over a `MemoryStore`: `down` makes every
    call fail like an unreachable Redis; `checkpoint` yields to the event loop after each
    operation took effect (a Redis answer on its way back)."""

    shared = True

    def __init__(self, clock: FakeClock, *, checkpoint: bool = False) -> None:
        self.mem = MemoryStore(clock.now)
        self.down = False
        self.checkpoint = checkpoint
        self.calls: list[str] = []
        self.ids: list[str] = []
        self.closed = False

    async def _after(self, op: str) -> None:
        self.calls.append(op)
        if self.down:
            raise RateLimitStoreError("redis down")

    async def admit(self, account: str, ask: Ask, request_id: str) -> Admission:
        await self._after("admit")
        self.ids.append(request_id)
        out = await self.mem.admit(account, ask, request_id)
        if self.checkpoint:
            await anyio.lowlevel.checkpoint()
        return out

    async def settle(self, account: str, grant: Grant, obs: Observation | None) -> Outcome:
        await self._after("settle")
        return await self.mem.settle(account, grant, obs)

    async def pause(self, account: str, seconds: float) -> float:
        await self._after("pause")
        if self.checkpoint:
            await anyio.lowlevel.checkpoint()
        return await self.mem.pause(account, seconds)

    async def aclose(self) -> None:
        self.closed = True


def governor(clock: FakeClock, store: object = None, **kwargs: object) -> Governor:
    return Governor(clock=clock.now, sleep=clock.sleep, store=store, account="acct", **kwargs)  # type: ignore[arg-type]


def messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER]


# --- Turn.record -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "tmj"),
    [
        (429, b'{"error": "TooManyJobs"}', True),
        (429, b'{"error": "RecordInvalid"}', False),
        (200, b'{"error": "TooManyJobs"}', False),
        (503, b"TooManyJobs", False),
        (429, b" " * 501 + b"TooManyJobs", True),  # within the first 512 bytes
        (429, b" " * 502 + b"TooManyJobs", False),  # crosses byte 512: not looked at
    ],
)
def test_turn_records_the_answer(status: int, body: bytes, tmj: bool) -> None:
    turn = Turn()
    assert (turn.observation, turn.too_many_jobs) == (None, False)
    turn.record(httpx.Response(status, content=body, headers={"Retry-After": "3"}))
    assert turn.observation == Observation(status, retry_after=3.0, too_many_jobs=tmj)
    assert turn.too_many_jobs is tmj


# --- construction ------------------------------------------------------------------------------


def test_defaults() -> None:
    gov = Governor()
    assert (gov.concurrency, gov.window, gov.account) == (DEFAULT_CONCURRENCY, 60.0, "default")
    assert gov.budgets == ENDPOINT_BUDGETS and gov.budgets is not ENDPOINT_BUDGETS
    assert gov.clock is anyio.current_time and gov.sleep is anyio.sleep
    assert isinstance(gov.store, MemoryStore) and gov.store.clock is anyio.current_time
    assert gov.on_wait is None
    assert gov.stats.store_errors == 0 and gov.pauses == 0


def test_the_store_runs_on_the_governors_clock(clock: FakeClock) -> None:
    gov = governor(clock)
    assert isinstance(gov.store, MemoryStore) and gov.store.clock == clock.now


def test_budget_overrides() -> None:
    gov = Governor(window=30.0, budgets={"incremental": 30, "search": 5, "pair": (7.9, 12)})  # type: ignore[dict-item]
    assert gov.budgets == {
        "incremental": (30, 60.0),  # a count keeps the budget's own window
        "ticket-update": ENDPOINT_BUDGETS["ticket-update"],
        "search": (5, 30.0),  # a new name gets the governor's window
        "pair": (7, 12.0),
    }
    assert [type(x) for x in gov.budgets["pair"]] == [int, float]


@pytest.mark.parametrize("bad", [0, -1])
def test_concurrency_must_be_at_least_one(bad: int) -> None:
    with pytest.raises(ValueError, match=r"^concurrency must be at least 1$"):
        Governor(concurrency=bad)
    gov = Governor(concurrency=1)
    assert gov.concurrency == 1
    with pytest.raises(ValueError, match=r"^concurrency must be at least 1$"):
        gov.concurrency = bad
    assert gov.concurrency == 1


@pytest.mark.anyio
async def test_aclose_closes_only_a_store_it_opened(clock: FakeClock) -> None:
    given = SharedStore(clock)
    await governor(clock, given).aclose()
    assert not given.closed
    opened = Governor()  # its own store: swap in one that tells when it is closed
    opened.store = SharedStore(clock)
    await opened.aclose()
    assert opened.store.closed


@pytest.mark.anyio
async def test_request_ids_are_unique_per_governor(clock: FakeClock) -> None:
    store = SharedStore(clock)
    a, b = governor(clock, store), governor(clock, store)
    for gov in (a, b, a):
        async with gov.turn():
            pass
    first, second, third = store.ids
    assert re.fullmatch(r"[0-9a-f]{12}-1", first) and re.fullmatch(r"[0-9a-f]{12}-1", second)
    assert first != second and third == first[:-1] + "2"


# --- what a request books ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "budget", "want"),
    [
        ("GET", "/api/v2/incremental/tickets/cursor.json", None, INC),
        ("PUT", "/api/v2/incremental/x", None, INC),  # the export budget first
        ("GET", "/api/v2/incremental", None, Ask()),
        ("GET", "/api/v2/tickets/incremental/x", None, Ask()),
        ("PUT", "/api/v2/tickets/42", None, Ask((("ticket-update:42", 30, 600.0),))),
        ("PUT", "/api/v2/tickets/42.json", None, Ask((("ticket-update:42", 30, 600.0),))),
        ("PUT", "/api/v2/tickets/42/tags.json", None, Ask()),
        ("PUT", "/api/v2/tickets/update_many.json", None, Ask()),
        ("PUT", "/x/api/v2/tickets/42.json", None, Ask()),
        ("POST", "/api/v2/tickets/42.json", None, Ask()),
        ("put", "/api/v2/tickets/42.json", None, Ask()),  # the request path upper-cases
        ("GET", "/x", "incremental", INC),
        ("PUT", "/api/v2/tickets/42.json", "incremental", INC),  # a given budget wins
        ("POST", "/x", "jobs", Ask(job=True)),
        ("GET", "/x", "nope", Ask()),
        ("GET", "/x", "search", Ask((("search", 5, 90.0),))),
    ],
)
def test_ask_for(method: str, path: str, budget: str | None, want: Ask) -> None:
    gov = Governor(budgets={"search": (5, 90.0)})
    assert gov.ask_for(method, path, budget) == want


def test_ticket_updates_use_the_overridden_budget() -> None:
    gov = Governor(budgets={"ticket-update": (3, 60.0)})
    assert gov.ask_for("PUT", "/api/v2/tickets/7") == Ask((("ticket-update:7", 3, 60.0),))


# --- waiting: reasons, on_wait, log lines ------------------------------------------------


@pytest.mark.parametrize(
    ("code", "ask", "want"),
    [
        ("budget", INC, "export budget 10/min"),
        ("budget", Ask((("ticket-update:42", 30, 600.0),)), "ticket-update budget 30/600 s"),
        ("budget", Ask((("search", 5, 90.5),)), "search budget 5/90.5 s"),
        ("budget", Ask((("a:b:c", 5, RATE_LIMIT_WINDOW),)), "a budget 5/min"),
        ("budget", Ask(), "endpoint budget spent"),
        ("pause", INC, "429 rate limit"),
        ("reset", Ask(), "account budget spent until the window resets"),
        ("jobs", Ask(job=True), "job queue full"),
        ("slow-start", Ask(), "slow-start"),
        ("", Ask(), "rate limit"),
    ],
)
def test_reason(code: str, ask: Ask, want: str) -> None:
    assert Governor()._reason(code, ask) == want


@pytest.mark.anyio
async def test_wait_tells_on_wait_before_and_after(clock: FakeClock) -> None:
    gov = governor(clock)
    await gov.wait("x", 2.5)  # nobody listening
    told: list[tuple[str | None, float]] = []
    gov.on_wait = lambda reason, seconds: told.append((reason, seconds))
    await gov.wait("429 rate limit", 4.0)
    assert told == [("429 rate limit", 4.0), (None, 0.0)]
    assert clock.sleeps == [2.5, 4.0]

    class Interrupted(Exception):
        pass

    async def interrupted(seconds: float) -> None:
        raise Interrupted

    gov.sleep = interrupted
    with pytest.raises(Interrupted):
        await gov.wait("jobs", 1.0)
    assert told[2:] == [("jobs", 1.0), (None, 0.0)]  # the end is told even when interrupted


@pytest.mark.anyio
@pytest.mark.parametrize(("seconds", "logged"), [(1.0, True), (0.5, False)])
async def test_waits_from_one_second_are_logged(
    clock: FakeClock, caplog: pytest.LogCaptureFixture, seconds: float, logged: bool
) -> None:
    gov = governor(clock)
    told: list[tuple[str | None, float]] = []
    gov.on_wait = lambda reason, s: told.append((reason, s))
    await gov.store.pause("acct", seconds)  # someone else's pause: not this client's
    with caplog.at_level(logging.INFO, logger=LOGGER):
        async with gov.turn():
            pass
    want = [f"throttling: 429 rate limit, waiting {seconds:.1f} s"] if logged else []
    assert messages(caplog) == want
    assert told == [("429 rate limit", seconds), (None, 0.0)]
    assert clock.sleeps == [seconds]


@pytest.mark.anyio
async def test_pause_is_counted_logged_and_never_shortened(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    gov = governor(clock)
    with caplog.at_level(logging.INFO, logger=LOGGER):
        await gov.pause(2.0)
        await gov.pause(3.0)  # extends
        await gov.pause(1.0)  # would shorten: nothing
    assert gov.stats.pauses == gov.pauses == 2
    assert messages(caplog) == [
        "pausing every request for 2.0 s",
        "pausing every request for 3.0 s",
    ]
    async with gov.turn():
        pass
    assert clock.sleeps == [3.0]


@pytest.mark.anyio
async def test_pause_is_not_lost_to_a_cancellation(clock: FakeClock) -> None:
    """Shielded: a pause a store took is counted even if the caller is being cancelled."""
    store = SharedStore(clock, checkpoint=True)
    gov = governor(clock, store)
    with anyio.CancelScope() as scope:
        scope.cancel()
        await gov.pause(5.0)
    assert store.mem.state("acct").paused_until == clock.now() + 5.0
    assert gov.stats.pauses == 1


@pytest.mark.anyio
async def test_admission_is_not_lost_to_a_cancellation(clock: FakeClock) -> None:
    """The store admitted (counted in flight) and the caller is cancelled meanwhile: the grant
    still comes back and is settled, so the place is not held until it expires."""
    store = SharedStore(clock, checkpoint=True)
    gov = governor(clock, store)
    with anyio.CancelScope() as scope:
        scope.cancel()
        async with gov.turn():
            pass
    assert store.mem.state("acct").in_flight == 0
    assert store.calls == ["admit", "settle"]
    assert gov.limiter.borrowed_tokens == 0


@pytest.mark.anyio
async def test_a_failing_admit_gives_back_the_slot_and_the_lane(clock: FakeClock) -> None:
    class Broken(SharedStore):
        async def admit(self, account: str, ask: Ask, request_id: str) -> Admission:
            raise RuntimeError("bug")

    gov = governor(clock, Broken(clock))
    for _ in range(2):  # the second would hang on a slot or lane the first kept
        with anyio.fail_after(1), pytest.raises(RuntimeError, match="bug"):
            async with gov.turn(INC):
                pass
    assert gov.limiter.borrowed_tokens == 0
    assert not gov._lanes[INC].locked()


# --- the counters ------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_throttled_once_per_request_and_every_second_waited(clock: FakeClock) -> None:
    gov = governor(clock, budgets={"incremental": (1, 60.0)})
    ask = gov.ask_for("GET", "/api/v2/incremental/tickets")
    async with gov.turn(ask):
        pass
    assert (gov.stats.throttled, gov.stats.wait_seconds) == (0, 0.0)
    await gov.pause(5.0)
    async with gov.turn(ask):  # waits the pause, then the rest of the budget's minute
        pass
    assert clock.sleeps == [5.0, 55.0]
    assert (gov.stats.throttled, gov.stats.wait_seconds) == (1, 60.0)
    async with gov.turn(ask):
        pass
    assert (gov.stats.throttled, gov.stats.wait_seconds) == (2, 120.0)
    assert gov.stats.requests_started == 3


@pytest.mark.anyio
async def test_stats_learn_from_answers(clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    gov = governor(clock)
    assert (gov.stats.last_remaining, gov.stats.last_limit) == (None, None)
    answers = [
        (200, {"X-Rate-Limit": "10", "X-Rate-Limit-Remaining": "0", "ratelimit-reset": "1"}, b""),
        (429, {"Retry-After": "7"}, b'{"error": "TooManyJobs"}'),
        (429, {"Retry-After": "4"}, b"{}"),
    ] * 2
    with caplog.at_level(logging.INFO, logger=LOGGER):
        for status, headers, body in answers:
            clock.t += 5.0  # past the reset and the pause of the answer before
            async with gov.turn() as turn:
                turn.record(httpx.Response(status, headers=headers, content=body))
            if status == 200:
                assert (gov.stats.last_remaining, gov.stats.last_limit) == (0, 10)
    assert (
        messages(caplog)
        == [
            "TooManyJobs: holding job submissions for 7.0 s",
            "429 from Zendesk: pausing every request for 4.0 s",
        ]
        * 2
    )
    s = gov.stats
    assert (s.rate_limited, s.jobs_throttled, s.pauses, s.requests_started) == (4, 2, 2, 6)


@pytest.mark.anyio
async def test_a_budget_without_a_limit_header_leaves_the_limit_unknown(clock: FakeClock) -> None:
    gov = governor(clock)
    async with gov.turn() as turn:
        turn.record(httpx.Response(200, headers={"ratelimit-remaining": "5"}))
    assert (gov.stats.last_remaining, gov.stats.last_limit) == (5, None)


# --- lanes -------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_a_lane_stays_while_tasks_queue_on_it(clock: FakeClock) -> None:
    gov = governor(clock)
    await gov.pause(1.0)  # the first task waits inside its lane; the second queues on the lane
    seen: list[bool] = []

    async def call() -> None:
        async with gov.turn(INC):
            seen.append(INC in gov._lanes)

    async with anyio.create_task_group() as tg:
        tg.start_soon(call)
        tg.start_soon(call)
    assert seen == [True, False]  # kept for the second; dropped once nobody needs it
    assert clock.sleeps == [1.0]  # the second queued on the lane: it did not wait the pause too
    async with gov.turn():
        pass
    assert list(gov._lanes) == [Ask()]  # the plain lane is kept: there is only one


# --- waiting for an answer in flight -----------------------------------------------------


async def two_calls(gov: Governor, clock: FakeClock) -> None:
    """Budget unknown: the first call probes alone, the second waits for its answer (the first
    answers once the second is refused, whatever order the backend runs the tasks in)."""
    admitted = anyio.Event()
    started, throttled = gov.stats.requests_started, gov.stats.throttled

    async def first() -> None:
        async with gov.turn():
            admitted.set()
            while gov.stats.throttled == throttled:
                await anyio.lowlevel.checkpoint()
            await clock.sleep(0.1)

    async with anyio.create_task_group() as tg:
        tg.start_soon(first)
        await admitted.wait()
        async with gov.turn():
            pass
    assert (gov.stats.requests_started, gov.stats.throttled) == (started + 2, throttled + 1)


@pytest.mark.anyio
async def test_in_memory_waits_for_the_answer_without_polling(clock: FakeClock) -> None:
    gov = governor(clock)
    await two_calls(gov, clock)
    assert clock.sleeps == [0.1]


@pytest.mark.anyio
async def test_a_shared_store_is_polled(clock: FakeClock) -> None:
    gov = governor(clock, SharedStore(clock))
    await two_calls(gov, clock)
    assert set(clock.sleeps) == {0.1, GOVERNOR_POLL}


@pytest.mark.anyio
async def test_a_shared_store_is_polled_again_once_it_is_back(clock: FakeClock) -> None:
    store = SharedStore(clock)
    gov = governor(clock, store)
    store.down = True
    async with gov.turn():  # paced in-process
        pass
    store.down = False
    clock.t += STORE_RETRY_AFTER
    with anyio.fail_after(5):  # not on the fallback store: nobody settles there any more
        await two_calls(gov, clock)
    assert set(clock.sleeps) == {0.1, GOVERNOR_POLL}


@pytest.mark.anyio
async def test_the_fallback_store_waits_without_polling(clock: FakeClock) -> None:
    store = SharedStore(clock)
    store.down = True
    gov = governor(clock, store)
    await two_calls(gov, clock)
    assert clock.sleeps == [0.1]


# --- the shared store fails ----------------------------------------------------------------


@pytest.mark.anyio
async def test_store_down_paces_in_process_then_retries(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    store = SharedStore(clock)
    gov = governor(clock, store)
    store.down = True
    t0 = clock.now()
    with caplog.at_level(logging.INFO, logger=LOGGER):
        async with gov.turn() as turn:
            turn.record(httpx.Response(200, headers={"X-Rate-Limit-Remaining": "3"}))
        assert gov._local is not None
        assert gov._local.state("acct").remaining == 3  # settled where it was admitted
        assert gov._local.clock == clock.now
        clock.t = t0 + STORE_RETRY_AFTER - 0.5
        async with gov.turn():  # still in-process: the store is not asked
            pass
        assert store.calls == ["admit"]
        grant = await gov._admit(Ask())  # a grant of the fallback store, named like any other
        assert grant.local and re.fullmatch(r"[0-9a-f]{12}-3", grant.id)
        gov.limiter.release()  # what `turn` does on the way out
        await gov._settle(grant, None)
        await gov.pause(2.0)  # the store fails again: counted, not warned again
        assert store.calls == ["admit", "pause"]
        assert gov._local.state("acct").paused_until == clock.now() + 2.0
        store.down = False
        clock.t += STORE_RETRY_AFTER  # exactly when the store is tried again
        async with gov.turn():
            pass
    assert store.calls == ["admit", "pause", "admit", "settle"]
    assert gov.stats.store_errors == 2 and gov.stats.pauses == 1
    assert gov.stats.last_remaining == 3
    assert messages(caplog) == [
        "rate-limit store unavailable (redis down): pacing in-process for 5 s",
        "pausing every request for 2.0 s",
    ]


@pytest.mark.anyio
async def test_a_pause_while_the_store_is_down_holds_this_client(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    store = SharedStore(clock)
    store.down = True
    gov = governor(clock, store)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        await gov.pause(30.0)
    assert gov.stats.pauses == 1 and gov.stats.store_errors == 1
    assert messages(caplog) == [
        "rate-limit store unavailable (redis down): pacing in-process for 5 s"
    ]
    async with gov.turn():
        pass
    assert clock.sleeps == [30.0]


@pytest.mark.anyio
async def test_a_failed_settle_falls_back_and_learns_nothing(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    store = SharedStore(clock)
    gov = governor(clock, store)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        async with gov.turn() as turn:
            turn.record(httpx.Response(429, headers={"Retry-After": "9", "X-Rate-Limit": "5"}))
            store.down = True
    assert gov.stats.store_errors == 1
    assert (gov.stats.rate_limited, gov.stats.pauses, gov.stats.last_limit) == (0, 0, None)
    assert messages(caplog) == [
        "rate-limit store unavailable (redis down): pacing in-process for 5 s"
    ]
    assert store.calls == ["admit", "settle"] and gov._local_active()


@pytest.mark.anyio
async def test_a_grant_of_the_fallback_is_named_like_any_other(clock: FakeClock) -> None:
    store = SharedStore(clock)
    store.down = True
    gov = governor(clock, store)
    grant = await gov._admit(Ask())  # the store fails on this very admission
    assert grant.local and re.fullmatch(r"[0-9a-f]{12}-1", grant.id)
    gov.limiter.release()  # what `turn` does on the way out
    await gov._settle(grant, None)
    assert gov._local is not None and gov._local.state("acct").in_flight == 0
