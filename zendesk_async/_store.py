"""Where the governor keeps the account budget: the `RateLimitStore` protocol, the in-memory
default, and `open_store` (``None`` / a store object / ``"redis://..."``).

A store answers two atomic questions per request: `admit` (may it start now? if so it is counted
in flight and its named budgets are booked, in one step) and `settle` (it ended with this answer:
release its slot and learn from the headers). Every client given the same store object, or the
same Redis URL, shares one account state per `account` key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

import anyio
import attrs

from ._pacing import AccountState, Ask, Observation, admit, pause, settle
from .errors import ConfigurationError, ZendeskError

__all__ = [
    "Admission",
    "Grant",
    "MemoryStore",
    "RateLimitStore",
    "RateLimitStoreError",
    "open_store",
]

Clock = Callable[[], float]


class RateLimitStoreError(ZendeskError):
    """The shared rate-limit store could not be reached or answered nonsense."""


@attrs.frozen
class Grant:
    """An admitted request: settle it exactly once (the governor does, in a `finally`)."""

    id: str
    epoch: int
    job: bool = False
    local: bool = False  # admitted by the in-process fallback while the shared store was down


@attrs.frozen
class Admission:
    """`grant` set: go. Otherwise wait `wait` seconds (None: until an answer arrives)."""

    grant: Grant | None
    wait: float | None = 0.0
    reason: str = ""


@attrs.frozen
class Outcome:
    """What `settle` did: seconds of global pause / job hold this answer started (0: none), and
    the account's last known remaining / limit (-1 / 0 when unknown)."""

    paused: float = 0.0
    jobs_paused: float = 0.0
    remaining: int = -1
    limit: int = 0


@runtime_checkable
class RateLimitStore(Protocol):
    """Shared account state. Implementations must make `admit` and `settle` atomic."""

    shared: bool  # True when other processes may see the same state (polls while waiting)

    async def admit(self, account: str, ask: Ask, request_id: str) -> Admission: ...

    async def settle(self, account: str, grant: Grant, obs: Observation | None) -> Outcome: ...

    async def pause(self, account: str, seconds: float) -> float: ...

    async def aclose(self) -> None: ...


class MemoryStore:
    """The in-process store (the default). Share one object between clients of one process to
    make them share the budget. Its methods never yield to the event loop, so each is atomic."""

    shared = False

    def __init__(self, clock: Clock | None = None) -> None:
        self.clock: Clock = clock or anyio.current_time
        self._states: dict[str, AccountState] = {}
        self._logs: dict[str, tuple[float, ...]] = {}
        self._longest = 0.0
        self._changed: anyio.Event | None = None

    def state(self, account: str) -> AccountState:
        return self._states.get(account) or AccountState()

    async def admit(self, account: str, ask: Ask, request_id: str) -> Admission:
        now = self.clock()
        logs = self._logs
        keys = [f"{account}:{k}" for k, _, _ in ask.budgets]
        verdict = admit(self.state(account), now, ask, tuple(logs.get(k, ()) for k in keys))
        self._states[account] = verdict.state
        if verdict.wait != 0.0:
            return Admission(None, verdict.wait, verdict.reason)
        for key, log, (_, _, window) in zip(keys, verdict.logs, ask.budgets, strict=True):
            logs[key] = log
            self._longest = max(self._longest, window)
        if len(logs) > 1024:  # forget logs whose window has passed (per-ticket keys pile up)
            horizon = now - self._longest
            for key in [k for k, log in logs.items() if not log or log[-1] <= horizon]:
                del logs[key]
        return Admission(Grant(request_id, verdict.state.epoch, ask.job))

    async def settle(self, account: str, grant: Grant, obs: Observation | None) -> Outcome:
        done = settle(self.state(account), self.clock(), grant.epoch, grant.job, obs)
        self._states[account] = s = done.state
        if self._changed is not None:
            self._changed.set()
            self._changed = None
        return Outcome(done.paused, done.jobs_paused, s.remaining, s.limit)

    async def pause(self, account: str, seconds: float) -> float:
        s, added = pause(self.state(account), self.clock(), seconds)
        self._states[account] = s
        return added

    async def aclose(self) -> None:
        return None

    async def wait_change(self) -> None:
        """Return after the next `settle` (an answer arrived: a slot may have opened)."""
        if self._changed is None:
            self._changed = anyio.Event()
        await self._changed.wait()


def open_store(spec: RateLimitStore | str | None, clock: Clock | None = None) -> RateLimitStore:
    """`None`: a new `MemoryStore`; a store object as is; ``"redis://host:port/db"`` (or
    ``rediss://``, ``unix://``): a `RedisStore` (needs the ``[redis]`` extra)."""
    if spec is None:
        return MemoryStore(clock)
    if isinstance(spec, str):
        if not spec.startswith(("redis://", "rediss://", "unix://")):
            raise ConfigurationError(
                f"rate_limit_store must be a redis:// URL or a store object, not {spec!r}"
            )
        from ._redis_store import RedisStore

        return RedisStore(spec)
    if not isinstance(spec, RateLimitStore):
        raise ConfigurationError(f"not a rate-limit store: {spec!r}")
    return spec
