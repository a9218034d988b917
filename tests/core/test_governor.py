"""The governor: pacing rules as pure functions (tables), then the `Governor` on a virtual clock
(a `MockTransport` server with Zendesk's budget headers; nothing sleeps for real)."""

from __future__ import annotations

import logging
import math

import anyio
import anyio.lowlevel
import attrs
import httpx
import pytest

from zendesk_async._constants import DEFAULT_RETRY_AFTER, SLOW_START_INITIAL, SLOW_START_MAX
from zendesk_async._pacing import (
    AccountState,
    Ask,
    Observation,
    admit,
    parse_observation,
    settle,
    window_log,
)
from zendesk_async._ratelimit import Governor
from zendesk_async._store import MemoryStore
from zendesk_async._transport import RequestPath

from .conftest import FakeClock, VirtualClock

NOW = 1000.0
INC = Ask((("incremental", 10, 60.0),))
KNOWN = AccountState(limit=10, remaining=5, reset_at=NOW + 30)


# --- pure rules ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "ask", "tats", "wait", "reason"),
    [
        (AccountState(), Ask(), (), 0.0, ""),  # unknown budget: slow start lets one through
        (AccountState(in_flight=1), Ask(), (), None, "slow-start"),
        (AccountState(in_flight=1, cap=4), Ask(), (), 0.0, ""),
        (AccountState(paused_until=NOW + 7), Ask(), (), 7.0, "pause"),
        (attrs.evolve(KNOWN, in_flight=4), Ask(), (), 0.0, ""),  # 5 - 4 > 0
        (attrs.evolve(KNOWN, in_flight=5), Ask(), (), None, "in-flight"),  # 5 - 5: wait answer
        (attrs.evolve(KNOWN, remaining=0), Ask(), (), 30.0, "reset"),
        (attrs.evolve(KNOWN, reset_at=NOW), Ask(), (), 0.0, ""),  # reset passed: slow start
        (AccountState(jobs_paused_until=NOW + 10), Ask(job=True), (), 10.0, "jobs"),
        (AccountState(jobs_paused_until=NOW + 10), Ask(), (), 0.0, ""),  # jobs only
        (
            AccountState(jobs_remaining=1, jobs_known_until=NOW + 2, jobs_in_flight=1),
            Ask(job=True),
            (),
            2.0,
            "jobs",
        ),
        (AccountState(), INC, ((NOW,) * 9,), 0.0, ""),  # the 10th of a burst of 10
        (AccountState(), INC, ((NOW - 54.0,) + (NOW,) * 9,), 6.0, "budget"),  # the 11th waits
        (AccountState(), INC, ((NOW - 60.0,) + (NOW,) * 9,), 0.0, ""),  # the oldest has left
    ],
)
def test_admit_table(
    state: AccountState, ask: Ask, tats: tuple[float, ...], wait: float | None, reason: str
) -> None:
    v = admit(state, NOW, ask, tats)
    assert (v.wait if v.wait is None else pytest.approx(v.wait), v.reason) == (wait, reason)
    if wait == 0.0:
        assert v.state.in_flight == state.in_flight + 1
        assert v.state.jobs_in_flight == state.jobs_in_flight + ask.job


def test_admit_refused_books_nothing() -> None:
    v = admit(AccountState(in_flight=1), NOW, INC, ((NOW,),))
    assert v.wait is None and v.logs == () and v.state.in_flight == 1


def test_window_reset_starts_a_new_epoch_in_slow_start() -> None:
    v = admit(attrs.evolve(KNOWN, reset_at=NOW, cap=64), NOW, Ask())
    assert (v.state.remaining, v.state.epoch, v.state.cap) == (-1, 1, SLOW_START_INITIAL)


OK = Observation(200, limit=10, remaining=3, reset=20.0)


@pytest.mark.parametrize(
    ("state", "epoch", "obs", "want"),
    [
        # first answer of an epoch sets the budget
        (AccountState(in_flight=1), 0, OK, dict(remaining=3, reset_at=NOW + 20, in_flight=0)),
        # out of order: an older, higher remaining never raises it; the earliest reset wins
        (
            attrs.evolve(KNOWN, remaining=2, in_flight=1),
            0,
            attrs.evolve(OK, reset=29.0),  # whole seconds, rounded up: the same window
            dict(remaining=2, reset_at=NOW + 29),
        ),
        # an answer implying a later window end is from the next window: it replaces both
        (KNOWN, 0, attrs.evolve(OK, remaining=8, reset=45.0), dict(remaining=8, reset_at=NOW + 45)),
        # one implying an earlier end is from the window before: ignored
        (KNOWN, 0, attrs.evolve(OK, remaining=0, reset=10.0), dict(remaining=5, reset_at=NOW + 30)),
        # squeezed windows send milliseconds: the tolerance shrinks with the resolution
        (
            KNOWN,
            0,
            attrs.evolve(OK, remaining=9, reset=30.2),
            dict(remaining=9, reset_at=NOW + 30.2),
        ),
        # an answer from a window that is over teaches nothing
        (AccountState(epoch=1, in_flight=1), 0, OK, dict(remaining=-1, in_flight=0)),
        # no headers while unknown: the slow start doubles
        (AccountState(in_flight=1), 0, Observation(200), dict(cap=2 * SLOW_START_INITIAL)),
        # 429: everybody pauses Retry-After, a new epoch, slow start again
        (
            attrs.evolve(KNOWN, in_flight=2, cap=8),
            0,
            Observation(429, retry_after=17.0),
            dict(paused_until=NOW + 17, remaining=-1, epoch=1, cap=SLOW_START_INITIAL, in_flight=1),
        ),
        (AccountState(), 0, Observation(429), dict(paused_until=NOW + DEFAULT_RETRY_AFTER)),
        # TooManyJobs: job submissions only; the account is not paused
        (
            AccountState(jobs_in_flight=1, in_flight=1),
            0,
            Observation(429, retry_after=10.0, too_many_jobs=True),
            dict(jobs_paused_until=NOW + 10, paused_until=0.0, jobs_in_flight=1, in_flight=0),
        ),
        (
            AccountState(),
            0,
            Observation(200, jobs_remaining=0, jobs_reset=60.0),
            dict(jobs_remaining=0, jobs_known_until=NOW + 5.0),
        ),
        # no answer: nothing learned, the slow start of this epoch ends
        (AccountState(in_flight=1), 0, None, dict(in_flight=0, remaining=-1, cap=SLOW_START_MAX)),
        (AccountState(in_flight=1, epoch=1), 0, None, dict(cap=SLOW_START_INITIAL)),
    ],
)
def test_settle_table(
    state: AccountState, epoch: int, obs: Observation | None, want: dict[str, float]
) -> None:
    got = settle(state, NOW, epoch, False, obs).state
    assert {k: getattr(got, k) for k in want} == pytest.approx(want)


def test_settle_reports_the_pause_once() -> None:
    first = settle(AccountState(), NOW, 0, False, Observation(429, retry_after=5.0))
    again = settle(first.state, NOW, 0, False, Observation(429, retry_after=5.0))
    assert (first.paused, again.paused) == (5.0, 0.0)


def test_window_log_allows_a_burst_but_never_more_than_limit_per_window() -> None:
    log: tuple[float, ...] = ()
    starts: list[float] = []
    now = NOW
    while len(starts) < 25:
        wait, new = window_log(log, now, 10, 60.0)
        if wait:
            now += wait
            continue
        log = new
        starts.append(now - NOW)
    assert starts[:10] == [0.0] * 10
    assert starts[10:20] == [60.0] * 10
    assert max(sum(1 for s in starts if t <= s < t + 60) for t in starts) == 10


def test_parse_observation_reads_zendesk_headers() -> None:
    obs = parse_observation(
        429,
        httpx.Headers(
            {
                "X-Rate-Limit": "700",
                "X-Rate-Limit-Remaining": "0",
                "ratelimit-reset": "41",
                "Retry-After": "41",
                "zendesk-ratelimit-inflight-jobs": "total=30; remaining=29; resets=60",
            }
        ),
    )
    assert obs == Observation(429, 700, 0, 41.0, 41.0, 29, 60.0)
    assert parse_observation(200, httpx.Headers({"ratelimit-remaining": "x"})).remaining is None


# --- the Governor on a virtual clock ------------------------------------------------------


class Server:
    """A budget of `limit` per `window` virtual seconds, 429 past it; answers take `latency`."""

    def __init__(self, clock: VirtualClock, limit: int, window: float = 1.0, latency=0.01):
        self.clock, self.limit, self.window, self.latency = clock, limit, window, latency
        self.used: dict[int, int] = {}
        self.attempts = self.rejected = self.in_flight = self.max_in_flight = 0
        self.starts: list[tuple[str, float]] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        self.starts.append((request.url.path, self.clock.now()))
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await self.clock.sleep(self.latency)
        finally:
            self.in_flight -= 1
        now = self.clock.now()
        w = int(now // self.window)
        reset = str(max(1, math.ceil((w + 1) * self.window - now)))
        used = self.used.get(w, 0)
        headers = {"X-Rate-Limit": str(self.limit), "ratelimit-reset": reset}
        if used >= self.limit:
            self.rejected += 1
            return httpx.Response(
                429, headers={**headers, "X-Rate-Limit-Remaining": "0", "Retry-After": reset}
            )
        self.used[w] = used + 1
        headers["X-Rate-Limit-Remaining"] = str(self.limit - used - 1)
        return httpx.Response(200, json={}, headers=headers)


def path_for(server: object, gov: Governor) -> RequestPath:
    transport = httpx.MockTransport(server)  # type: ignore[arg-type]
    client = httpx.AsyncClient(base_url="https://acme.zendesk.com", transport=transport)
    return RequestPath(client, governor=gov, rand=lambda: 0.5)


async def run_all(clock: VirtualClock, calls: list[tuple[RequestPath, str]]) -> None:
    async with anyio.create_task_group() as outer:
        outer.start_soon(clock.run)
        async with anyio.create_task_group() as tg:
            for path, url in calls:
                tg.start_soon(path.request, "GET", url)
        outer.cancel_scope.cancel()


@pytest.mark.anyio
async def test_60_concurrent_calls_on_10_per_second_send_about_60_attempts() -> None:
    """The issue's case: 210 attempts for 60 calls before; now in-flight requests count against
    `remaining`, the pause holds queued tasks, and the budget ramps up after a reset."""
    clock = VirtualClock()
    server = Server(clock, limit=10)
    gov = Governor(concurrency=60, clock=clock.now, sleep=clock.sleep)
    path = path_for(server, gov)
    await run_all(clock, [(path, f"/t/{i}") for i in range(60)])
    assert server.attempts == 60 and server.rejected == 0
    assert server.max_in_flight <= 10
    assert gov.stats.requests_started == 60 and gov.stats.last_limit == 10


@pytest.mark.anyio
async def test_in_flight_never_exceeds_remaining() -> None:
    clock = VirtualClock()
    server = Server(clock, limit=1000, latency=0.5)
    gov = Governor(concurrency=50, clock=clock.now, sleep=clock.sleep)
    path = path_for(server, gov)
    await run_all(clock, [(path, "/first")])  # remaining 999 known
    server.used = {k: 996 for k in range(10_000)}  # someone else spent it: 3 left
    await run_all(clock, [(path, "/a")] * 5)  # learns "3 left" only from answers
    await run_all(clock, [(path, "/b")] * 20)
    assert server.max_in_flight <= 5 and server.rejected <= 2


@pytest.mark.anyio
async def test_429_pause_holds_tasks_queued_for_a_slot_and_restarts_slowly() -> None:
    """Concurrency 1: tasks queued on the slot must re-check the pause after they get it."""
    clock = VirtualClock()
    first = True

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal first
        sent.append(clock.now())
        await clock.sleep(0.01)
        if first:
            first = False
            return httpx.Response(429, headers={"Retry-After": "30"})
        return httpx.Response(200, json={})

    sent: list[float] = []
    gov = Governor(concurrency=1, clock=clock.now, sleep=clock.sleep)
    path = path_for(handler, gov)
    t0 = clock.now()
    await run_all(clock, [(path, f"/{i}") for i in range(6)])
    assert sent[0] == t0
    assert all(t >= t0 + 30 for t in sent[1:]), sent  # nobody slipped into the pause
    assert len(sent) == 7 and gov.pauses == 1 and gov.stats.rate_limited == 1


@pytest.mark.anyio
async def test_after_a_pause_only_one_request_probes_the_budget() -> None:
    clock = VirtualClock()
    server = Server(clock, limit=5, latency=0.1)
    gov = Governor(concurrency=20, clock=clock.now, sleep=clock.sleep)
    path = path_for(server, gov)
    await gov.pause(3.0)
    t0 = clock.now()
    await run_all(clock, [(path, "/x")] * 5)
    at_start = [t for _, t in server.starts if t == t0 + 3.0]
    assert len(at_start) == 1  # slow start: one probe, not a herd of 5
    assert server.rejected == 0


@pytest.mark.anyio
async def test_cancelled_budget_waiter_leaks_nothing(clock: FakeClock) -> None:
    """A task waiting for the export budget is cancelled: no slot is held, nothing booked."""
    store = MemoryStore(clock.now)
    gov = Governor(
        clock=clock.now, sleep=clock.sleep, budgets={"incremental": (1, 60.0)}, store=store
    )
    ask = gov.ask_for("GET", "/api/v2/incremental/tickets")
    async with gov.turn(ask):
        pass
    log = store._logs["default:incremental"]
    with anyio.move_on_after(0) as scope:  # cancelled while waiting 60 s for the budget
        async with gov.turn(ask):
            raise AssertionError("admitted past the budget")
    assert scope.cancel_called
    assert store._logs["default:incremental"] == log  # nothing booked
    assert store.state("default").in_flight == 0
    assert gov.limiter.borrowed_tokens == 0


@pytest.mark.anyio
async def test_429_books_the_endpoint_budget_once_per_attempt() -> None:
    clock = VirtualClock()
    calls = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 1:
            return httpx.Response(429, headers={"Retry-After": "5"})
        return httpx.Response(200, json={})

    gov = Governor(clock=clock.now, sleep=clock.sleep, budgets={"incremental": (3, 60.0)})
    path = path_for(handler, gov)
    t0 = clock.now()
    await run_all(clock, [(path, "/api/v2/incremental/tickets")] * 2)
    assert calls == 3
    assert isinstance(gov.store, MemoryStore)
    # one booking per attempt: 3 attempts, 3 starts in the 3/min log (a 4th would wait)
    assert gov.store._logs["default:incremental"] == (t0, t0 + 5, t0 + 5)


@pytest.mark.anyio
async def test_ticket_updates_have_a_per_ticket_budget() -> None:
    gov = Governor()
    ask = gov.ask_for("PUT", "/api/v2/tickets/42.json")
    assert ask.budgets == (("ticket-update:42", 30, 600.0),)
    assert gov.ask_for("GET", "/api/v2/tickets/42.json") == Ask()
    assert gov.ask_for("POST", "/x", "jobs") == Ask(job=True)
    assert gov.ask_for("GET", "/x", "nope") == Ask()


@pytest.mark.anyio
async def test_pause_is_logged_at_info_and_counted(caplog: pytest.LogCaptureFixture) -> None:
    clock = VirtualClock()
    server = Server(clock, limit=2)
    gov = Governor(concurrency=5, clock=clock.now, sleep=clock.sleep)
    await gov.pause(2.0)  # e.g. an operator's pause
    with caplog.at_level(logging.INFO, logger="zendesk_async.governor"):
        await run_all(clock, [(path_for(server, gov), "/x")] * 4)
    assert gov.stats.pauses == 1 and gov.stats.throttled >= 1
    assert gov.stats.wait_seconds >= 2.0
    assert any("throttling" in r.getMessage() for r in caplog.records)


def test_concurrency_limit_is_adjustable() -> None:
    gov = Governor(concurrency=3)

    async def main() -> None:
        assert gov.limiter.total_tokens == 3
        gov.concurrency = 7
        assert gov.limiter.total_tokens == 7

    anyio.run(main)
    with pytest.raises(ValueError, match="at least 1"):
        Governor(concurrency=0)


@pytest.mark.anyio
async def test_per_ticket_lanes_do_not_pile_up(clock: FakeClock) -> None:
    gov = Governor(clock=clock.now, sleep=clock.sleep)
    for ticket in range(50):
        async with gov.turn(gov.ask_for("PUT", f"/api/v2/tickets/{ticket}")):
            pass
    assert len(gov._lanes) == 0
    assert gov.stats.requests_started == 50 and gov.limiter.borrowed_tokens == 0
