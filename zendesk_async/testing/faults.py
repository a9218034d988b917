"""Fault injection for the fake server: what can go wrong, and on which requests.

```python
fake.faults.add(Fault.status(503, retry_after=1), path="/api/v2/tickets", times=2)
fake.faults.add(Fault.latency(0.2), probability=0.1)          # every route, 10 % of requests
fake.faults.add(Fault.reset_after_read(), path="/api/v2/tickets/*", method="PUT")
fake.faults.clear()
```

A rule matches on `method` (None = any) and `path` (None = any; an exact path, `.json` optional, or
an `fnmatch` pattern such as `/api/v2/tickets/*`). `times` limits how many requests it hits (None =
forever); `probability` fires it on a seeded-random share of the matching requests. The first rule
that fires wins; a rule that does not fire lets the next one try.

Faults that need a real socket (`reset_*`, `truncated_body`, `hang`) also work in-process through
`httpx.ASGITransport`: a reset raises `httpx.ReadError`, a truncated body raises
`httpx.RemoteProtocolError`, a hang awaits the fake's `sleep` (ASGITransport has no timeouts)
and then raises `httpx.ReadTimeout`. Over a socket a hang lasts until the client disconnects.
"""

from __future__ import annotations

import fnmatch
import random
import threading
from enum import Enum

import attrs

from zendesk_async import _constants as C

__all__ = ["Fault", "FaultKind", "FaultRule", "FaultSet", "catalogue"]


class FaultKind(Enum):
    LATENCY = "latency"  # delay, then answer normally
    STATUS = "status"  # 429 / 500 / 502 / 503 ..., with or without Retry-After
    RESET_BEFORE_READ = "reset_before_read"  # TCP RST before the request body is read
    RESET_AFTER_READ = "reset_after_read"  # TCP RST after the request was read (it may have run)
    TRUNCATED_BODY = "truncated_body"  # Content-Length larger than the body, then close
    INVALID_JSON = "invalid_json"  # 200 application/json that does not parse
    HTML = "html"  # an HTML error page (a proxy / load balancer)
    HANG = "hang"  # never answer (until the client gives up)
    STUCK_CURSOR = "stuck_cursor"  # next page == this page
    FOREIGN_NEXT_PAGE = "foreign_next_page"  # next page on another host


@attrs.frozen
class Fault:
    """One thing that goes wrong. Build it with the class methods."""

    kind: FaultKind
    seconds: float = 0.0
    status_code: int = 200
    retry_after: float | None = None
    host: str = "evil.example.com"

    @classmethod
    def latency(cls, seconds: float) -> Fault:
        """Sleep `seconds` in the server, then answer normally."""
        return cls(FaultKind.LATENCY, seconds=seconds)

    @classmethod
    def status(cls, status_code: int, *, retry_after: float | None = None) -> Fault:
        """Answer `status_code` with Zendesk's body for it, and `Retry-After` if given."""
        return cls(FaultKind.STATUS, status_code=status_code, retry_after=retry_after)

    @classmethod
    def rate_limited(cls, retry_after: float | None = 1) -> Fault:
        """429 APIRateLimitExceeded (with `Retry-After` unless None)."""
        return cls.status(429, retry_after=retry_after)

    @classmethod
    def reset_before_read(cls) -> Fault:
        return cls(FaultKind.RESET_BEFORE_READ)

    @classmethod
    def reset_after_read(cls) -> Fault:
        return cls(FaultKind.RESET_AFTER_READ)

    @classmethod
    def truncated_body(cls) -> Fault:
        return cls(FaultKind.TRUNCATED_BODY)

    @classmethod
    def invalid_json(cls) -> Fault:
        return cls(FaultKind.INVALID_JSON)

    @classmethod
    def html(cls, status_code: int = 502) -> Fault:
        """An HTML page (as a proxy sends), with `status_code` (200 is allowed)."""
        return cls(FaultKind.HTML, status_code=status_code)

    @classmethod
    def hang(cls, seconds: float = C.FAKE_HANG_SECONDS) -> Fault:
        """Send nothing for `seconds` (or until the client disconnects)."""
        return cls(FaultKind.HANG, seconds=seconds)

    @classmethod
    def stuck_cursor(cls) -> Fault:
        """Answer normally, but the next-page pointer repeats the current page."""
        return cls(FaultKind.STUCK_CURSOR)

    @classmethod
    def foreign_next_page(cls, host: str = "evil.example.com") -> Fault:
        """Answer normally, but next-page URLs point at `host`."""
        return cls(FaultKind.FOREIGN_NEXT_PAGE, host=host)


def catalogue() -> dict[str, Fault]:
    """One of each fault, by name: the rows of a fault matrix (`pytest.mark.parametrize`)."""
    return {
        "latency": Fault.latency(0.05),
        "429": Fault.rate_limited(retry_after=1),
        "429_no_retry_after": Fault.rate_limited(retry_after=None),
        "503": Fault.status(503, retry_after=1),
        "503_no_retry_after": Fault.status(503),
        "500": Fault.status(500),
        "502": Fault.status(502),
        "reset_before_read": Fault.reset_before_read(),
        "reset_after_read": Fault.reset_after_read(),
        "truncated_body": Fault.truncated_body(),
        "invalid_json": Fault.invalid_json(),
        "html_200": Fault.html(200),
        "html_502": Fault.html(502),
        "hang": Fault.hang(),
        "stuck_cursor": Fault.stuck_cursor(),
        "foreign_next_page": Fault.foreign_next_page(),
    }


@attrs.define
class FaultRule:
    """A fault plus where it applies. `hits` counts the requests it fired on."""

    fault: Fault
    path: str | None = None
    method: str | None = None
    times: int | None = None
    probability: float = 1.0
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method:
            return False
        if self.path is None:
            return True
        pattern = self.path.removesuffix(".json")
        if any(c in pattern for c in "*?["):
            return fnmatch.fnmatchcase(path, pattern)
        return path == pattern

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.hits >= self.times


class FaultSet:
    """The fault rules of one fake server; thread-safe (the loopback server runs in a thread)."""

    def __init__(self, seed: int = 0) -> None:
        self._rules: list[FaultRule] = []
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    def add(
        self,
        fault: Fault,
        *,
        path: str | None = None,
        method: str | None = None,
        times: int | None = None,
        probability: float = 1.0,
    ) -> FaultRule:
        """Inject `fault` on matching requests; returns the rule (see `hits`, `remove`)."""
        rule = FaultRule(fault, path=path, method=method, times=times, probability=probability)
        with self._lock:
            self._rules.append(rule)
        return rule

    def remove(self, rule: FaultRule) -> None:
        with self._lock:
            if rule in self._rules:
                self._rules.remove(rule)

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    @property
    def rules(self) -> list[FaultRule]:
        with self._lock:
            return list(self._rules)

    def pick(self, method: str, path: str) -> Fault | None:
        """The fault for this request, if any (counts the hit)."""
        if not self._rules:
            return None
        with self._lock:
            for rule in self._rules:
                if rule.exhausted or not rule.matches(method, path):
                    continue
                if rule.probability < 1.0 and self._rng.random() >= rule.probability:
                    continue
                rule.hits += 1
                return rule.fault
        return None
