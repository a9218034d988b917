"""Pacing decisions as pure functions: what the account budget allows now, and what an answer
teaches. The in-memory store applies them; the Redis store runs the same rules in Lua
(`_redis_store.py`, kept line for line in step with this file). Table-tested on a virtual clock.

The account state, per account:

- ``remaining`` / ``limit`` / ``reset_at``: what the last answers of the current *epoch* said
  (``X-Rate-Limit-Remaining`` / ``ratelimit-remaining``, ``X-Rate-Limit`` / ``ratelimit-limit``,
  ``ratelimit-reset``); -1 while unknown. Within a window `remaining` only goes down (answers
  arrive out of order); ``reset_at`` is the earliest end of window any answer implied. An answer
  implying a later window end (beyond the header's rounding) is from the next window and
  replaces both; one implying an earlier end is from the window before and is ignored.
- ``in_flight``: requests started and not answered. A request may start only while
  ``remaining - in_flight > 0`` (an answer in flight may already be counted by Zendesk: this
  errs on the safe side).
- the epoch ends when the window resets or a 429 pauses everybody; then the budget is unknown
  again and a *slow start* allows ``cap`` requests in flight (1, doubled per answer without
  rate headers) until the first answer says what remains: never a thundering herd. A request
  that got no answer at all (a timeout, an auth failure) teaches nothing and ends the slow start
  of its epoch, so calls are not queued one stall after another behind a failing endpoint.
- ``paused_until``: after a 429, every request waits Retry-After (shared by every task).
- the job queue: a ``TooManyJobs`` answer holds job submissions only (``jobs_paused_until``);
  ``zendesk-ratelimit-inflight-jobs`` says how many more jobs fit, trusted for a few seconds.
- named endpoint budgets are sliding-window logs: at most `limit` starts in any `window`
  seconds (a burst of `limit` is allowed, then the next waits for the oldest to leave the
  window). A GCRA cell (one stored time) was tried first: with a burst of `limit` it lets
  2 x limit - 1 requests into one window, more than Zendesk allows; the logs are tiny (10 / 30).
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from ._constants import (
    DEFAULT_RETRY_AFTER,
    JOB_INFO_TTL,
    RESET_SLACK,
    SLOW_START_INITIAL,
    SLOW_START_MAX,
    UNKNOWN_RESET,
)
from .errors import parse_retry_after

__all__ = [
    "AccountState",
    "Ask",
    "Observation",
    "Settled",
    "Verdict",
    "admit",
    "parse_observation",
    "pause",
    "settle",
    "window_log",
]


@attrs.frozen
class Ask:
    """What one request needs besides the account budget."""

    budgets: tuple[tuple[str, int, float], ...] = ()  # (store key, limit, window seconds)
    job: bool = False  # submits a background job: held by the job queue


@attrs.frozen
class Observation:
    """The rate-limit facts of one answer (None: the header was absent or unreadable)."""

    status: int
    limit: int | None = None
    remaining: int | None = None
    reset: float | None = None
    retry_after: float | None = None
    jobs_remaining: int | None = None
    jobs_reset: float | None = None
    too_many_jobs: bool = False


@attrs.frozen
class AccountState:
    limit: int = 0
    remaining: int = -1
    reset_at: float = 0.0
    paused_until: float = 0.0
    epoch: int = 0
    cap: int = SLOW_START_INITIAL
    in_flight: int = 0
    jobs_paused_until: float = 0.0
    jobs_remaining: int = -1
    jobs_known_until: float = 0.0
    jobs_in_flight: int = 0


@attrs.frozen
class Verdict:
    """`wait` 0: admitted (`state` and `tats` already count the request); > 0: sleep that long;
    None: wait until a request in flight is answered. `reason` says what held it."""

    wait: float | None
    reason: str
    state: AccountState
    logs: tuple[tuple[float, ...], ...] = ()


@attrs.frozen
class Settled:
    state: AccountState
    paused: float = 0.0  # > 0: this answer started (or extended) the global pause, seconds
    jobs_paused: float = 0.0  # > 0: this answer held job submissions for that long


def window_log(
    starts: tuple[float, ...], now: float, limit: int, window: float
) -> tuple[float, tuple[float, ...]]:
    """One named budget: (seconds to wait, 0 if a request may start now; the log of starts
    still in the window, with `now` added if it may)."""
    live = tuple(t for t in starts if t > now - window)
    limit = max(1, limit)
    if len(live) >= limit:
        return live[len(live) - limit] + window - now, live
    return 0.0, (*live, now)


def admit(
    s: AccountState, now: float, ask: Ask, logs: tuple[tuple[float, ...], ...] = ()
) -> Verdict:
    """May a request start at `now`? `logs` are the start logs of `ask.budgets`, in order."""
    if now < s.paused_until:
        return Verdict(s.paused_until - now, "pause", s)
    if s.remaining >= 0 and now >= s.reset_at:  # the window has reset: unknown again
        s = attrs.evolve(s, remaining=-1, epoch=s.epoch + 1, cap=SLOW_START_INITIAL)
    if s.remaining >= 0:
        if s.remaining - s.in_flight <= 0:
            if s.in_flight > 0:
                return Verdict(None, "in-flight", s)
            return Verdict(s.reset_at - now, "reset", s)
    elif s.in_flight >= s.cap:
        return Verdict(None, "slow-start", s)
    if ask.job:
        if now < s.jobs_paused_until:
            return Verdict(s.jobs_paused_until - now, "jobs", s)
        if (
            s.jobs_remaining >= 0
            and now < s.jobs_known_until
            and s.jobs_remaining - s.jobs_in_flight <= 0
        ):
            return Verdict(s.jobs_known_until - now, "jobs", s)
    wait = 0.0
    booked: list[tuple[float, ...]] = []
    for (_, limit, window), log in zip(ask.budgets, logs, strict=True):
        w, new = window_log(log, now, limit, window)
        wait = max(wait, w)
        booked.append(new)
    if wait > 0:
        return Verdict(wait, "budget", s)
    s = attrs.evolve(s, in_flight=s.in_flight + 1, jobs_in_flight=s.jobs_in_flight + ask.job)
    return Verdict(0.0, "", s, tuple(booked))


def pause(s: AccountState, now: float, seconds: float) -> tuple[AccountState, float]:
    """Hold every start for `seconds`; extends, never shortens. Returns (state, seconds added
    or 0). The budget is unknown afterwards (a new epoch: slow start)."""
    until = now + max(0.0, seconds)
    if until <= s.paused_until:
        return s, 0.0
    s = attrs.evolve(s, paused_until=until, remaining=-1, epoch=s.epoch + 1, cap=SLOW_START_INITIAL)
    return s, seconds


def settle(s: AccountState, now: float, epoch: int, job: bool, obs: Observation | None) -> Settled:
    """A request admitted in `epoch` finished with `obs` (None: no answer, e.g. a failure)."""
    s = attrs.evolve(
        s, in_flight=max(0, s.in_flight - 1), jobs_in_flight=max(0, s.jobs_in_flight - job)
    )
    if obs is None:  # no answer (timeout, reset, auth failure): nothing learned about the budget
        if s.remaining < 0 and epoch == s.epoch:  # so stop probing: queued calls would only
            s = attrs.evolve(s, cap=SLOW_START_MAX)  # queue up behind one stall after another
        return Settled(s)
    retry_after = obs.retry_after if obs.retry_after is not None else DEFAULT_RETRY_AFTER
    if obs.too_many_jobs:
        until = now + retry_after
        if until <= s.jobs_paused_until:
            return Settled(s)
        return Settled(attrs.evolve(s, jobs_paused_until=until), jobs_paused=retry_after)
    if obs.status == 429:
        s, added = pause(s, now, retry_after)
        return Settled(s, paused=added)
    if obs.jobs_remaining is not None:
        ttl = min(obs.jobs_reset if obs.jobs_reset is not None else JOB_INFO_TTL, JOB_INFO_TTL)
        s = attrs.evolve(s, jobs_remaining=obs.jobs_remaining, jobs_known_until=now + ttl)
    if obs.remaining is not None:
        if epoch != s.epoch:
            return Settled(s)  # counted in a window that is over
        reset_at = now + (obs.reset if obs.reset is not None else UNKNOWN_RESET)
        tol = _tolerance(obs.reset)
        if s.remaining < 0 or reset_at > s.reset_at + tol:  # unknown, or the next window's
            s = attrs.evolve(s, remaining=obs.remaining, reset_at=reset_at, limit=obs.limit or 0)
        elif reset_at < s.reset_at - tol:
            pass  # counted in the window before: teaches nothing
        else:
            s = attrs.evolve(
                s,
                remaining=min(s.remaining, obs.remaining),
                reset_at=min(s.reset_at, reset_at),
                limit=obs.limit or s.limit,
            )
    elif s.remaining < 0 and obs.status < 400 and epoch == s.epoch:
        s = attrs.evolve(s, cap=min(s.cap * 2, SLOW_START_MAX))
    return Settled(s)


def _tolerance(reset: float | None) -> float:
    """How far apart two answers' implied window ends may be and still be the same window:
    whole-second `ratelimit-reset` values are rounded up (1 s), plus the answers' latency."""
    if reset is None:
        return UNKNOWN_RESET
    return (1.0 if reset == int(reset) else 0.001) + RESET_SLACK


def _int(raw: str | None) -> int | None:
    if raw is None:
        return None
    try:
        return int(raw.strip())
    except ValueError:
        return None


def _seconds(raw: str | None) -> float | None:
    if raw is None:
        return None
    try:
        value = float(raw.strip())
    except ValueError:
        return None
    return max(0.0, value) if value == value else None  # NaN is unreadable


def _jobs(raw: str | None) -> tuple[int | None, float | None]:
    """``total=30; remaining=29; resets=60`` -> (29, 60.0)."""
    if not raw:
        return None, None
    fields = dict(
        part.strip().partition("=")[::2] for part in raw.replace(",", ";").split(";") if part
    )
    return _int(fields.get("remaining")), _seconds(fields.get("resets"))


def parse_observation(
    status: int, headers: Mapping[str, str], *, too_many_jobs: bool = False
) -> Observation:
    """Read Zendesk's rate-limit headers (case-insensitive `headers`, e.g. `httpx.Headers`)."""
    remaining = _int(headers.get("x-rate-limit-remaining") or headers.get("ratelimit-remaining"))
    limit = _int(headers.get("x-rate-limit") or headers.get("ratelimit-limit"))
    jobs_remaining, jobs_reset = _jobs(headers.get("zendesk-ratelimit-inflight-jobs"))
    return Observation(
        status=status,
        limit=limit,
        remaining=remaining,
        reset=_seconds(headers.get("ratelimit-reset")),
        retry_after=parse_retry_after(headers.get("retry-after")),
        jobs_remaining=jobs_remaining,
        jobs_reset=jobs_reset,
        too_many_jobs=too_many_jobs,
    )
