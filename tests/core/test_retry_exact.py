"""The retry decision, exactly: every branch's reason, every setting honoured, the boundaries
(found by mutation testing: the table in test_retry.py checks retry/delay, not why or which
setting). Pure functions, no clock."""

from __future__ import annotations

import httpx
import pytest

from zendesk_async import _constants as C
from zendesk_async._idempotency import resend_safe
from zendesk_async._retry import (
    Failure,
    RetryDecision,
    RetrySettings,
    backoff,
    classify_exception,
    decide,
)

S = RetrySettings()
RA = httpx.Headers({"Retry-After": "4"})


def test_settings_default_to_the_constants() -> None:
    assert (S.max_retries, S.deadline) == (C.DEFAULT_MAX_RETRIES, C.DEFAULT_RETRY_DEADLINE)
    assert (S.backoff_initial, S.backoff_max, S.jitter) == (
        C.BACKOFF_INITIAL, C.BACKOFF_MAX, C.BACKOFF_JITTER,
    )  # fmt: skip
    assert (S.default_retry_after, S.conflict_max_retries) == (
        C.DEFAULT_RETRY_AFTER, C.CONFLICT_MAX_RETRIES,
    )  # fmt: skip
    assert RetryDecision(True) == RetryDecision(True, 0.0, "", False)


# (outcome, idempotent, attempt, elapsed, headers) -> exact decision
CASES = [
    (200, True, 0, 0.0, None, RetryDecision(False, 0.0, "success")),
    (399, True, 0, 0.0, None, RetryDecision(False, 0.0, "success")),
    (429, False, 0, 0.0, RA, RetryDecision(True, 4.0, "rate limited", pause_all=True)),
    (429, True, 0, 0.0, None, RetryDecision(True, 10.0, "rate limited", pause_all=True)),
    (
        429, True, 5, 0.0, RA,
        RetryDecision(False, 4.0, "rate limited; max retries (5) reached"),
    ),
    (
        429, True, 0, 597.0, RA,
        RetryDecision(False, 4.0, "rate limited; wait would pass the deadline"),
    ),
    (429, True, 0, 596.0, RA, RetryDecision(True, 4.0, "rate limited", pause_all=True)),
    (500, False, 0, 0.0, None, RetryDecision(False, 0.0, "500 and not idempotent")),
    (503, False, 0, 0.0, RA, RetryDecision(False, 0.0, "503 and not idempotent")),
    (503, True, 0, 0.0, RA, RetryDecision(True, 4.0, "503 with Retry-After")),
    (503, True, 1, 0.0, None, RetryDecision(True, 1.0, "503")),
    (502, True, 0, 0.0, RA, RetryDecision(True, 0.5, "502")),  # Retry-After only on 503
    (599, True, 2, 0.0, None, RetryDecision(True, 2.0, "599")),
    (408, False, 0, 0.0, None, RetryDecision(True, 0.5, "408")),
    (409, False, 1, 0.0, None, RetryDecision(True, 1.0, "409")),
    (409, False, 2, 0.0, None, RetryDecision(False, 0.0, "409 retries exhausted")),
    (404, True, 0, 0.0, None, RetryDecision(False, 0.0, "404 is not retryable")),
    (400, True, 0, 0.0, RA, RetryDecision(False, 0.0, "400 is not retryable")),
    (Failure.FATAL, True, 0, 0.0, None, RetryDecision(False, 0.0, "not retryable")),
    (
        Failure.MAYBE_SENT, False, 0, 0.0, None,
        RetryDecision(False, 0.0, "may have been processed; not idempotent"),
    ),
    (Failure.MAYBE_SENT, True, 0, 0.0, None, RetryDecision(True, 0.5, "maybe_sent")),
    (Failure.NOT_SENT, False, 3, 0.0, None, RetryDecision(True, 4.0, "not_sent")),
    (
        Failure.NOT_SENT, False, 5, 0.0, None,
        RetryDecision(False, 8.0, "not_sent; max retries (5) reached"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("outcome", "idem", "attempt", "elapsed", "headers", "want"), CASES)
def test_decision_exactly(
    outcome: int | Failure,
    idem: bool,
    attempt: int,
    elapsed: float,
    headers: httpx.Headers | None,
    want: RetryDecision,
) -> None:
    assert decide("GET", idem, attempt, outcome, elapsed, S, 0.5, headers) == want


def test_every_setting_is_honoured() -> None:
    custom = RetrySettings(
        max_retries=1, deadline=5.0, backoff_initial=2.0, backoff_max=3.0, jitter=0.0,
        default_retry_after=1.5, conflict_max_retries=0,
    )  # fmt: skip
    assert decide("GET", True, 0, 500, 0.0, custom, 0.9).delay == 2.0  # initial, no jitter
    assert decide("GET", True, 0, 429, 0.0, custom, 0.5).delay == 1.5  # default Retry-After
    assert not decide("GET", True, 1, 500, 0.0, custom, 0.5).retry  # max_retries
    assert not decide("GET", True, 0, 429, 4.0, custom, 0.5).retry  # deadline: 4 + 1.5 > 5
    assert decide("GET", True, 0, 429, 3.5, custom, 0.5).retry  # 3.5 + 1.5 == 5: allowed
    assert not decide("GET", True, 0, 409, 0.0, custom, 0.5).retry  # conflict cap 0
    assert backoff(5, custom, 0.5) == 3.0  # backoff_max


def test_unreadable_retry_after_falls_back() -> None:
    bad = httpx.Headers({"Retry-After": "soon"})
    assert decide("GET", True, 0, 429, 0.0, S, 0.5, bad).delay == C.DEFAULT_RETRY_AFTER
    assert decide("GET", True, 0, 503, 0.0, S, 0.5, bad) == RetryDecision(True, 0.5, "503")
    assert decide("GET", True, 0, 429, 0.0, S, 0.5, {"retry-after": "3"}).delay == 3.0


def test_backoff_bounds() -> None:
    assert backoff(0, S, 0.0) == 0.375 and backoff(0, S, 0.5) == 0.5
    assert backoff(3, S, 0.25) == pytest.approx(4.0 * 0.875)
    assert backoff(32, S, 0.5) == backoff(10**9, S, 0.5) == 8.0  # the exponent is capped
    tiny = RetrySettings(backoff_initial=1e-12, backoff_max=1e9)
    assert backoff(33, tiny, 0.5) == pytest.approx(1e-12 * 2**32)  # min(attempt, 32)
    wild = RetrySettings(jitter=2.0)
    assert backoff(0, wild, 0.0) == 0.0  # never negative
    assert isinstance(backoff(0, RetrySettings(backoff_initial=1), 0.5), float)


def test_idempotency_exactly_for_writes_the_table_does_not_know() -> None:
    """Outside the per-operation table (tests/core/test_retry.py covers the table), the method
    decides: reads always, PUT/DELETE unless they add a comment, POST/PATCH never; an explicit
    override wins."""
    url = "/api/v2/not_in_the_table"
    for method in ("get", "HEAD", "Options"):
        assert resend_safe(method, url)
    for method in ("put", "DELETE"):
        assert resend_safe(method, url, {"thing": {"status": "open"}})
        assert not resend_safe(method, url, {"thing": {"comment": {"body": "hi"}}})
    assert not resend_safe("POST", url, {}, {"Idempotency-Key": "k"})  # not a keyed operation
    assert not resend_safe("PATCH", url, {})
    assert not resend_safe("PUT", url, None, None, False) and resend_safe(
        "PATCH", url, {}, None, True
    )


def test_classify_every_exception_family() -> None:
    req = httpx.Request("GET", "https://x.zendesk.com/")
    assert classify_exception(httpx.ProxyError("x", request=req)) is Failure.FATAL
    assert classify_exception(httpx.LocalProtocolError("x", request=req)) is Failure.FATAL
    assert classify_exception(httpx.WriteError("x", request=req)) is Failure.MAYBE_SENT
    assert classify_exception(RuntimeError("anything else")) is Failure.MAYBE_SENT
