"""`Governor`: the one rate-limit brain shared by every concurrent call of a `Zendesk` client.

- a concurrency limit (anyio `CapacityLimiter`, adjustable at run time);
- a global pause: a 429 makes *every* task wait out Retry-After, not just the one that got it;
- proactive slowing: when `X-Rate-Limit-Remaining` / `ratelimit-remaining` drops below
  `throttle_fraction` of the limit, request starts are spread over what is left of the window
  (`ratelimit-reset`, else a minute); remaining 0 pauses until the reset;
- named per-endpoint budgets (``"incremental"``: 10 requests/minute, 30 with High Volume) as a
  sliding window of request start times.

Clock and sleep are injectable (defaults `anyio.current_time` / `anyio.sleep`): tests never sleep.
Only anyio primitives: works on asyncio and trio.
"""

from __future__ import annotations

import bisect
from collections.abc import Awaitable, Callable, Mapping

import anyio
import httpx

from ._constants import (
    DEFAULT_CONCURRENCY,
    INCREMENTAL_REQUESTS_PER_MINUTE,
    RATE_LIMIT_WINDOW,
    THROTTLE_REMAINING_FRACTION,
)

__all__ = ["Governor"]

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class Governor:
    """Shared pacing for one client. See the module docstring."""

    def __init__(
        self,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        budgets: Mapping[str, int] | None = None,
        throttle_fraction: float = THROTTLE_REMAINING_FRACTION,
        window: float = RATE_LIMIT_WINDOW,
        clock: Clock | None = None,
        sleep: Sleep | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self._concurrency = concurrency
        self._limiter: anyio.CapacityLimiter | None = None
        self.budgets: dict[str, int] = {"incremental": INCREMENTAL_REQUESTS_PER_MINUTE}
        if budgets:
            self.budgets.update(budgets)
        self.throttle_fraction = throttle_fraction
        self.window = window
        self.clock: Clock = clock or anyio.current_time
        self.sleep: Sleep = sleep or anyio.sleep
        self._paused_until = 0.0
        self._spacing = 0.0  # seconds between request starts while throttled
        self._spacing_until = 0.0
        self._next_start = 0.0
        self._starts: dict[str, list[float]] = {}
        self._known_limit = 0  # the last account limit seen in headers
        self.pauses = 0  # how many global pauses were started (observability / tests)

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

    # --- waiting ---------------------------------------------------------------------------

    @property
    def paused_until(self) -> float:
        return self._paused_until

    def pause(self, seconds: float) -> None:
        """Hold every new request start for `seconds` (extends, never shortens, a pause)."""
        until = self.clock() + seconds
        if until > self._paused_until:
            self._paused_until = until
            self.pauses += 1

    async def wait_turn(self, budget: str | None = None) -> float:
        """Wait until a request may start (global pause, throttle spacing, endpoint budget).

        Returns the start time granted (on the governor's clock).
        """
        clock = self.clock
        now = clock()
        if (
            now >= self._paused_until
            and now >= self._spacing_until
            and (budget is None or budget not in self.budgets)
        ):
            return now  # the hot path: nothing to wait for
        while True:
            now = clock()
            if now < self._paused_until:
                await self.sleep(self._paused_until - now)
                continue
            start = now
            if self._spacing and now < self._spacing_until:
                start = max(now, self._next_start)
                self._next_start = start + self._spacing
            if budget is not None and budget in self.budgets:
                start = max(start, self._reserve(budget, start))
            if start > now:
                await self.sleep(start - now)
                if clock() < self._paused_until:  # a 429 arrived while we waited
                    continue
            return start

    def _reserve(self, budget: str, earliest: float) -> float:
        """Book a start time for `budget` in its sliding window; returns the booked time."""
        limit = max(1, self.budgets[budget])
        starts = self._starts.setdefault(budget, [])
        cutoff = earliest - self.window
        drop = bisect.bisect_right(starts, cutoff)
        if drop:
            del starts[:drop]
        slot = earliest
        if len(starts) >= limit:
            # the (len - limit + 1)-th oldest booking must leave the window first
            slot = max(earliest, starts[len(starts) - limit] + self.window)
        bisect.insort(starts, slot)
        return slot

    # --- learning from responses -----------------------------------------------------------

    def observe(self, headers: httpx.Headers) -> None:
        """Read rate-limit headers from any response and adjust the pacing (kept cheap: runs
        on every response; the limit header is only read when remaining looks low)."""
        remaining_raw = headers.get("x-rate-limit-remaining") or headers.get("ratelimit-remaining")
        if remaining_raw is None:
            return
        try:
            remaining = int(remaining_raw)
        except ValueError:
            return
        if (
            remaining >= self._known_limit * self.throttle_fraction
            and self._known_limit
            and not self._spacing
            and remaining > 0
        ):
            return  # the hot path: plenty left, nothing to change
        try:
            limit_raw = headers.get("x-rate-limit") or headers.get("ratelimit-limit")
            limit = int(limit_raw) if limit_raw else 0
            reset_raw = headers.get("ratelimit-reset")
            reset = max(float(reset_raw), 0.0) if reset_raw else self.window
        except ValueError:
            return
        self._known_limit = limit
        if remaining <= 0:
            self.pause(reset)
            return
        if limit > 0 and remaining < limit * self.throttle_fraction:
            self._spacing = reset / remaining
            now = self.clock()
            self._spacing_until = now + reset
            self._next_start = max(self._next_start, now)
        elif self._spacing:
            self._spacing = 0.0
            self._spacing_until = 0.0
