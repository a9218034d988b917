"""Retry decisions as pure functions: outcome + progress -> retry or not, and how long to wait.

The table as implemented (``idem`` = the request may be resent after it may have reached Zendesk,
decided per operation by `_idempotency.resend_safe`; every retry also needs
``attempt < max_retries`` and ``elapsed + delay <= deadline``; docs/retries.md has the same table):

================================  ===============  ============================================
outcome                           retried?         delay
================================  ===============  ============================================
2xx / 3xx                         no (no error)    -
429 with Retry-After              yes, any method  Retry-After exactly, no cap; pauses all tasks
429 without Retry-After           yes, any method  DEFAULT_RETRY_AFTER (10 s); pauses all tasks
503 with Retry-After              idem only        Retry-After exactly, no cap
500/502/503/504, other 5xx        idem only        backoff
408 Request Timeout               yes, any method  backoff (server never got the whole request)
409 Conflict                      yes, any method  backoff, at most CONFLICT_MAX_RETRIES (2)
other 4xx (400/401/403/404/422)   never            -
connect error / connect timeout   yes, any method  backoff (request never left the machine)
pool timeout                      yes, any method  backoff (request never left the machine)
read/write timeout, reset, EOF    idem only        backoff (request may have been processed)
unsupported protocol, local err   never            -
================================  ===============  ============================================

backoff = ``min(BACKOFF_INITIAL * 2**attempt, BACKOFF_MAX)`` scaled by a uniform jitter of
``+-BACKOFF_JITTER`` (0.5 s, 1 s, 2 s, 4 s, 8 s, 8 s ... +-25 %).

Why 429 is retried for POST: Zendesk's rate limiter rejects the request before it is processed.
Why 503-with-Retry-After is not: it signals a database timeout or deadlock, and a timed-out
write may still commit; duplicate tickets are worse than a visible error. Why 409 is: Zendesk's
docs say retry (merge conflicts, uniqueness collisions of simultaneous creates), and a 409 means
the change was refused; the small cap stops a stale ``safe_update`` from looping.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

import attrs
import httpx

from ._constants import (
    BACKOFF_INITIAL,
    BACKOFF_JITTER,
    BACKOFF_MAX,
    CONFLICT_MAX_RETRIES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RETRY_AFTER,
    DEFAULT_RETRY_DEADLINE,
)
from .errors import parse_retry_after

__all__ = [
    "Failure",
    "RetryDecision",
    "RetrySettings",
    "backoff",
    "classify_exception",
    "decide",
]


class Failure(enum.Enum):
    """A request that got no response, by whether it may have reached Zendesk."""

    NOT_SENT = "not_sent"  # connect failed / pool exhausted: safe to resend anything
    MAYBE_SENT = "maybe_sent"  # read/write failure or timeout after connecting
    FATAL = "fatal"  # misconfiguration (unsupported scheme, local protocol error): never retry


@attrs.frozen
class RetrySettings:
    """How hard one call tries. `deadline` bounds the total time of a call including waits."""

    max_retries: int = DEFAULT_MAX_RETRIES
    deadline: float = DEFAULT_RETRY_DEADLINE
    backoff_initial: float = BACKOFF_INITIAL
    backoff_max: float = BACKOFF_MAX
    jitter: float = BACKOFF_JITTER
    default_retry_after: float = DEFAULT_RETRY_AFTER
    conflict_max_retries: int = CONFLICT_MAX_RETRIES


@attrs.frozen
class RetryDecision:
    retry: bool
    delay: float = 0.0
    reason: str = ""
    pause_all: bool = False  # a rate limit: the governor should hold every task, not just this one


def backoff(attempt: int, settings: RetrySettings, rand: float) -> float:
    """Exponential backoff with jitter; `rand` is uniform in [0, 1)."""
    base = min(settings.backoff_initial * (2 ** min(attempt, 32)), settings.backoff_max)
    return float(max(0.0, base * (1.0 + settings.jitter * (2.0 * rand - 1.0))))


def classify_exception(exc: BaseException) -> Failure:
    """Whether a transport error may have let the request reach the server."""
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout | httpx.ConnectError):
        return Failure.NOT_SENT
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.LocalProtocolError | httpx.ProxyError):
        return Failure.FATAL
    return Failure.MAYBE_SENT


def decide(
    method: str,
    idempotent: bool,
    attempt: int,
    outcome: int | Failure,
    elapsed: float,
    settings: RetrySettings,
    rand: float,
    headers: Mapping[str, str] | httpx.Headers | None = None,
) -> RetryDecision:
    """Decide whether to retry after `attempt` (0 = first try) ended with `outcome`.

    `outcome` is a status code (with the response `headers`) or a `Failure`. Pure: same inputs,
    same answer. `method` is informational (idempotency is already folded into `idempotent`).
    """
    del method
    if isinstance(outcome, Failure):
        if outcome is Failure.FATAL:
            return RetryDecision(False, reason="not retryable")
        if outcome is Failure.MAYBE_SENT and not idempotent:
            return RetryDecision(False, reason="may have been processed; not idempotent")
        return _bounded(attempt, backoff(attempt, settings, rand), elapsed, settings, outcome.value)

    status = outcome
    if status < 400:
        return RetryDecision(False, reason="success")
    retry_after = parse_retry_after(headers.get("retry-after")) if headers else None
    if status == 429:
        delay = retry_after if retry_after is not None else settings.default_retry_after
        d = _bounded(attempt, delay, elapsed, settings, "rate limited")
        return attrs.evolve(d, pause_all=True) if d.retry else d
    if status >= 500:
        if not idempotent:
            return RetryDecision(False, reason=f"{status} and not idempotent")
        if status == 503 and retry_after is not None:
            return _bounded(attempt, retry_after, elapsed, settings, "503 with Retry-After")
        return _bounded(attempt, backoff(attempt, settings, rand), elapsed, settings, str(status))
    if status == 408:
        return _bounded(attempt, backoff(attempt, settings, rand), elapsed, settings, "408")
    if status == 409:
        if attempt >= settings.conflict_max_retries:
            return RetryDecision(False, reason="409 retries exhausted")
        return _bounded(attempt, backoff(attempt, settings, rand), elapsed, settings, "409")
    return RetryDecision(False, reason=f"{status} is not retryable")


def _bounded(
    attempt: int, delay: float, elapsed: float, settings: RetrySettings, reason: str
) -> RetryDecision:
    if attempt >= settings.max_retries:
        return RetryDecision(
            False, delay, f"{reason}; max retries ({settings.max_retries}) reached"
        )
    if elapsed + delay > settings.deadline:
        return RetryDecision(False, delay, f"{reason}; wait would pass the deadline")
    return RetryDecision(True, delay, reason)
