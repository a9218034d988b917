"""`Governor`: the one rate-limit brain shared by every concurrent call of a `Zendesk` client.

Every request goes through `Governor.turn()`:

1. a per-*lane* lock (one lane per set of named budgets): one task at a time asks the store
   whether it may start, so waiting tasks never stampede (and a task waiting out the 10/min
   export budget never holds up plain calls);
2. a concurrency slot (anyio `CapacityLimiter`, adjustable at run time);
3. *then*, with the slot held, the store's atomic `admit`: the global 429 pause, the account
   budget (``remaining - in_flight``, slow start while unknown), the job queue, the named
   budgets. Refused: the slot is given back, the task waits (the pause, the reset, or the next
   answer) and asks again. Admitted: the request is counted in flight and its budgets booked,
   once;
4. on the way out, always (cancellation included): the slot is freed and the store `settle`s
   the request with what its answer's headers said (a 429 starts the shared pause; a
   ``TooManyJobs`` holds job submissions only).

The rules are pure functions in `_pacing.py`; the state lives in a store (`_store.py`):
in-process by default, Redis to share one account budget between processes. If a shared store
becomes unreachable the governor logs a warning and paces in-process for `STORE_RETRY_AFTER`
seconds, then tries the store again (docs/governor.md says why). Clock and sleep are injectable:
tests never sleep. Only anyio primitives: works on asyncio and trio.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping

import anyio
import attrs
import httpx

from ._constants import (
    DEFAULT_CONCURRENCY,
    ENDPOINT_BUDGETS,
    GOVERNOR_LOG_WAIT,
    GOVERNOR_POLL,
    RATE_LIMIT_WINDOW,
    STORE_RETRY_AFTER,
)
from ._pacing import Ask, Observation, parse_observation
from ._store import Admission, Grant, MemoryStore, RateLimitStore, RateLimitStoreError, open_store

__all__ = ["Governor", "GovernorStats", "OnWait", "Turn"]

logger = logging.getLogger("zendesk_async.governor")

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
OnWait = Callable[[str | None, float], None]

JOBS = "jobs"  # the budget name of a background-job submission (bulk.py passes it)
_PLAIN = Ask()
_INCREMENTAL_PREFIX = "/api/v2/incremental/"
_TICKET_UPDATE = re.compile(r"/api/v2/tickets/(\d+)(?:\.json)?")


@attrs.define
class GovernorStats:
    """Counters a service can export (`zd.governor.stats`); this client's view."""

    requests_started: int = 0
    rate_limited: int = 0  # 429 answers seen (TooManyJobs included)
    pauses: int = 0  # global pauses this client started or extended (after a 429)
    jobs_throttled: int = 0  # TooManyJobs answers that held job submissions
    throttled: int = 0  # requests that had to wait before starting
    wait_seconds: float = 0.0  # total time requests waited before starting
    last_remaining: int | None = None  # the account budget as last known
    last_limit: int | None = None
    store_errors: int = 0  # shared store failures (each one falls back to in-process pacing)


class Turn:
    """The admitted request's handle: `record()` its answer so the store can learn from it."""

    __slots__ = ("observation",)

    def __init__(self) -> None:
        self.observation: Observation | None = None

    def record(self, response: httpx.Response) -> None:
        status = response.status_code
        tmj = status == 429 and b"TooManyJobs" in response.content[:512]
        self.observation = parse_observation(status, response.headers, too_many_jobs=tmj)

    @property
    def too_many_jobs(self) -> bool:
        return self.observation is not None and self.observation.too_many_jobs


class Governor:
    """Shared pacing for one client (or several, given one `store`). See the module docstring.

    `budgets` overrides named endpoint budgets: ``{"incremental": 30}`` (requests per their
    window) or ``{"name": (requests, window_seconds)}``. `account` keys the shared state (the
    client passes its host, so clients of different accounts on one Redis never mix).
    """

    def __init__(
        self,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        budgets: Mapping[str, int | tuple[int, float]] | None = None,
        store: RateLimitStore | str | None = None,
        account: str = "default",
        window: float = RATE_LIMIT_WINDOW,
        clock: Clock | None = None,
        sleep: Sleep | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self._concurrency = concurrency
        self._limiter: anyio.CapacityLimiter | None = None
        self.window = window
        self.budgets: dict[str, tuple[int, float]] = dict(ENDPOINT_BUDGETS)
        for name, spec in (budgets or {}).items():
            if isinstance(spec, tuple):
                self.budgets[name] = (int(spec[0]), float(spec[1]))
            else:
                self.budgets[name] = (int(spec), self.budgets.get(name, (0, window))[1])
        self.clock: Clock = clock or anyio.current_time
        self.sleep: Sleep = sleep or anyio.sleep
        self.store: RateLimitStore = open_store(store, self.clock)
        self._owns_store = not isinstance(store, RateLimitStore)
        self.account = account
        self.stats = GovernorStats()
        self._lanes: dict[Ask, anyio.Lock] = {}
        self._ids = itertools.count(1)
        self._id_prefix = os.urandom(6).hex()
        self._local: MemoryStore | None = None  # fallback while a shared store is down
        self._fallback_until = 0.0
        self.on_wait: OnWait | None = None
        """Told ``(reason, seconds)`` when a wait of this client starts and ``(None, 0)`` when it
        ends (e.g. a progress line: "waiting 42 s: 429 rate limit")."""

    # --- concurrency -----------------------------------------------------------------------

    @property
    def concurrency(self) -> int:
        return self._concurrency

    @concurrency.setter
    def concurrency(self, value: int) -> None:
        if value < 1:
            raise ValueError("concurrency must be at least 1")
        self._concurrency = value
        if self._limiter is not None:
            self._limiter.total_tokens = value

    @property
    def limiter(self) -> anyio.CapacityLimiter:
        """The concurrency limiter (created lazily, inside the running event loop)."""
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(self._concurrency)
        return self._limiter

    @property
    def pauses(self) -> int:
        return self.stats.pauses

    # --- what a request needs --------------------------------------------------------------

    def ask_for(self, method: str, path: str, budget: str | None = None) -> Ask:
        """The named budgets a request books: `budget` if given (``"jobs"``: the job queue),
        ``incremental`` for /api/v2/incremental/*, ``ticket-update`` per ticket for PUT."""
        if budget is None:
            if path.startswith(_INCREMENTAL_PREFIX):
                budget = "incremental"
            elif method == "PUT" and (m := _TICKET_UPDATE.fullmatch(path)):
                limit, window = self.budgets["ticket-update"]
                return Ask(((f"ticket-update:{m[1]}", limit, window),))
            else:
                return _PLAIN
        if budget == JOBS:
            return Ask(job=True)
        spec = self.budgets.get(budget)
        if spec is None:
            return _PLAIN
        return Ask(((budget, spec[0], spec[1]),))

    # --- the turn ----------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def turn(self, ask: Ask = _PLAIN) -> AsyncIterator[Turn]:
        """Hold a concurrency slot and an admitted place in the budget for one attempt."""
        grant = await self._admit(ask)
        turn = Turn()
        try:
            yield turn
        finally:
            self.limiter.release()
            with anyio.CancelScope(shield=True):
                await self._settle(grant, turn.observation)

    async def pause(self, seconds: float) -> None:
        """Hold every request start (of every client on the store) for `seconds`."""
        with anyio.CancelScope(shield=True):
            try:
                added = await self.store.pause(self.account, seconds)
            except RateLimitStoreError as exc:
                added = await self._fall_back(exc).pause(self.account, seconds)
        if added:
            self.stats.pauses += 1
            logger.info("pausing every request for %.1f s", seconds)

    async def aclose(self) -> None:
        """Close the store if this governor opened it (a URL); a given store object stays."""
        if self._owns_store:
            await self.store.aclose()

    async def _admit(self, ask: Ask) -> Grant:
        limiter = self.limiter
        lane = self._lanes.get(ask)
        if lane is None:
            lane = self._lanes[ask] = anyio.Lock()
        waited_from: float | None = None
        await _take(lane)  # no extra trip through the event loop when it is free
        try:
            while True:
                await _take(limiter)
                try:
                    with anyio.CancelScope(shield=True):
                        adm = await self._store_admit(ask)
                except BaseException:
                    limiter.release()
                    raise
                if adm.grant is not None:
                    break
                limiter.release()
                if waited_from is None:
                    waited_from = self.clock()
                    self.stats.throttled += 1
                await self._wait(adm, ask)
        finally:
            lane.release()
        idle = not lane.locked() and not lane.statistics().tasks_waiting
        if ask.budgets and idle and self._lanes.get(ask) is lane:
            del self._lanes[ask]  # one lane per ticket would pile up in a long-lived service
        stats = self.stats
        if waited_from is not None:
            stats.wait_seconds += self.clock() - waited_from
        stats.requests_started += 1
        return adm.grant

    async def _wait(self, adm: Admission, ask: Ask) -> None:
        if adm.wait is None:  # until an answer in flight arrives
            store = self.store
            if isinstance(store, MemoryStore) and not self._local_active():
                await store.wait_change()
            elif self._local is not None and self._local_active():
                await self._local.wait_change()
            else:
                await self.sleep(GOVERNOR_POLL)
            return
        reason = self._reason(adm.reason, ask)
        if adm.wait >= GOVERNOR_LOG_WAIT:
            logger.info("throttling: %s, waiting %.1f s", reason, adm.wait)
        await self.wait(reason, adm.wait)

    async def wait(self, reason: str, seconds: float) -> None:
        """Sleep `seconds` on the client's clock, telling `on_wait` why and for how long."""
        on_wait = self.on_wait
        if on_wait is None:
            await self.sleep(seconds)
            return
        on_wait(reason, seconds)
        try:
            await self.sleep(seconds)
        finally:
            on_wait(None, 0.0)

    def _reason(self, code: str, ask: Ask) -> str:
        if code == "budget" and ask.budgets:
            key, limit, window = ask.budgets[0]
            name = "export" if key == "incremental" else key.partition(":")[0]
            per = "min" if window == RATE_LIMIT_WINDOW else f"{window:g} s"
            return f"{name} budget {limit}/{per}"
        return _REASONS.get(code, code or "rate limit")

    def _local_active(self) -> bool:
        return self._local is not None and self.clock() < self._fallback_until

    async def _store_admit(self, ask: Ask) -> Admission:
        rid = f"{self._id_prefix}-{next(self._ids)}"
        if self._local is not None and self._local_active():
            return _as_local(await self._local.admit(self.account, ask, rid))
        try:
            return await self.store.admit(self.account, ask, rid)
        except RateLimitStoreError as exc:
            return _as_local(await self._fall_back(exc).admit(self.account, ask, rid))

    async def _settle(self, grant: Grant, obs: Observation | None) -> None:
        stats = self.stats
        try:
            if grant.local:
                assert self._local is not None
                out = await self._local.settle(self.account, grant, obs)
            else:
                out = await self.store.settle(self.account, grant, obs)
        except RateLimitStoreError as exc:  # the reservation expires by itself
            self._fall_back(exc)
            return
        if out.remaining >= 0:
            stats.last_remaining, stats.last_limit = out.remaining, out.limit or None
        if obs is not None and obs.status == 429:
            stats.rate_limited += 1
        if out.paused:
            stats.pauses += 1
            logger.info("429 from Zendesk: pausing every request for %.1f s", out.paused)
        if out.jobs_paused:
            stats.jobs_throttled += 1
            logger.info("TooManyJobs: holding job submissions for %.1f s", out.jobs_paused)

    def _fall_back(self, exc: RateLimitStoreError) -> MemoryStore:
        self.stats.store_errors += 1
        if not self._local_active():
            logger.warning(
                "rate-limit store unavailable (%s): pacing in-process for %.0f s",
                exc,
                STORE_RETRY_AFTER,
            )
        self._fallback_until = self.clock() + STORE_RETRY_AFTER
        if self._local is None:
            self._local = MemoryStore(self.clock)
        return self._local


def _as_local(adm: Admission) -> Admission:
    if adm.grant is None:
        return adm
    return attrs.evolve(adm, grant=attrs.evolve(adm.grant, local=True))


_REASONS = {
    "pause": "429 rate limit",
    "reset": "account budget spent until the window resets",
    "budget": "endpoint budget spent",
    "jobs": "job queue full",
}


async def _take(lock: anyio.Lock | anyio.CapacityLimiter) -> None:
    """Acquire without a checkpoint when it is free (anyio's `acquire` always yields to the event
    loop once: two extra loop iterations per request on the hot path); wait when it is not."""
    try:
        lock.acquire_nowait()
    except anyio.WouldBlock:
        await lock.acquire()
