"""A per-window request budget on the fake's clock, and Zendesk's rate-limit headers.

One `Budget` per FakeZendesk is shared by every client that hits it (the account budget). The
window is a minute like Zendesk's, squeezable for tests (`window=1.0`: "10/min" becomes 10 per
second); `Retry-After` and `ratelimit-reset` are whole seconds rounded up, as Zendesk sends them
(milliseconds, rounded up, when the window is squeezed below a minute: honest at any scale).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from zendesk_async import _constants as C

from ._http import HTTPError


class Budget:
    """`limit` requests per `window` seconds of the clock (None: unlimited, headers still sent).
    `used` / `rejected` count this window's accepted requests and every 429 it answered."""

    def __init__(
        self, now: Callable[[], float], limit: int | None, window: float = C.RATE_LIMIT_WINDOW
    ) -> None:
        self._now = now
        self.limit = limit
        self.window = window
        self.rejected = 0
        self._window = -1
        self.used = 0

    def take(self) -> list[tuple[bytes, bytes]]:
        """Count one request; return the headers, or raise 429 with `Retry-After`."""
        now = self._now()
        window = int(now // self.window)
        if window != self._window:
            self._window, self.used = window, 0
        reset = _seconds((window + 1) * self.window - now, whole=self.window >= C.RATE_LIMIT_WINDOW)
        limit = self.limit if self.limit is not None else C.FAKE_RATE_LIMIT_UNLIMITED
        if self.limit is not None and self.used >= self.limit:
            self.rejected += 1
            raise HTTPError(
                429,
                {
                    "error": "APIRateLimitExceeded",
                    "description": "Number of allowed API requests per minute exceeded",
                },
                [(b"retry-after", reset.encode()), *self._headers(limit, 0, reset)],
            )
        self.used += 1
        return self._headers(limit, max(0, limit - self.used), reset)

    @staticmethod
    def _headers(limit: int, remaining: int, reset: str) -> list[tuple[bytes, bytes]]:
        lim, rem = str(limit).encode(), str(remaining).encode()
        return [
            (b"x-rate-limit", lim),
            (b"x-rate-limit-remaining", rem),
            (b"ratelimit-limit", lim),
            (b"ratelimit-remaining", rem),
            (b"ratelimit-reset", reset.encode()),
        ]


def _seconds(left: float, *, whole: bool) -> str:
    if whole:
        return str(max(1, math.ceil(left)))
    return f"{max(1, math.ceil(left * 1000)) / 1000:.3f}"
