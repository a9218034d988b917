"""The retry table: (method, idempotent, attempt, outcome, headers) -> (retry?, delay)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from zendesk_async._idempotency import WRITES, operation_for, resend_safe
from zendesk_async._retry import (
    Failure,
    RetrySettings,
    backoff,
    classify_exception,
    decide,
)

S = RetrySettings(max_retries=5, deadline=600.0)
RA = {"Retry-After": "42"}
ROOT = Path(__file__).resolve().parents[2]

# method, idempotent, attempt, outcome, headers, retry?, delay (None = backoff with rand=0.5)
TABLE = [
    ("GET", True, 0, 200, None, False, 0.0),
    ("GET", True, 0, 301, None, False, 0.0),
    ("GET", True, 0, 429, RA, True, 42.0),
    ("POST", False, 0, 429, RA, True, 42.0),
    ("POST", False, 0, 429, {"Retry-After": "3600"}, False, 3600.0),  # past the 600 s deadline
    ("GET", True, 0, 429, None, True, 10.0),
    ("GET", True, 0, 503, RA, True, 42.0),
    ("POST", False, 0, 503, RA, False, 0.0),
    ("GET", True, 0, 503, None, True, None),
    ("GET", True, 2, 500, None, True, None),
    ("PUT", True, 0, 502, None, True, None),
    ("DELETE", True, 0, 504, None, True, None),
    ("POST", False, 0, 500, None, False, 0.0),
    ("PATCH", False, 0, 502, None, False, 0.0),
    ("POST", True, 0, 500, None, True, None),  # Idempotency-Key / idempotent=True
    ("POST", False, 0, 408, None, True, None),
    ("POST", False, 0, 409, None, True, None),
    ("PUT", True, 2, 409, None, False, 0.0),  # conflict cap
    ("GET", True, 0, 400, None, False, 0.0),
    ("GET", True, 0, 401, None, False, 0.0),
    ("GET", True, 0, 403, None, False, 0.0),
    ("GET", True, 0, 404, None, False, 0.0),
    ("POST", False, 0, 422, None, False, 0.0),
    ("POST", False, 0, Failure.NOT_SENT, None, True, None),
    ("POST", False, 0, Failure.MAYBE_SENT, None, False, 0.0),
    ("GET", True, 0, Failure.MAYBE_SENT, None, True, None),
    ("GET", True, 0, Failure.FATAL, None, False, 0.0),
    ("GET", True, 5, 500, None, False, None),  # max retries
    ("GET", True, 5, 429, RA, False, 42.0),
]


@pytest.mark.parametrize(
    ("method", "idem", "attempt", "outcome", "headers", "retry", "delay"), TABLE
)
def test_decision_table(
    method: str,
    idem: bool,
    attempt: int,
    outcome: int | Failure,
    headers: dict[str, str] | None,
    retry: bool,
    delay: float | None,
) -> None:
    h = httpx.Headers(headers) if headers else None
    d = decide(method, idem, attempt, outcome, 0.0, S, 0.5, h)
    assert d.retry is retry, d.reason
    if retry or delay:
        expected = backoff(attempt, S, 0.5) if delay is None else delay
        assert d.delay == pytest.approx(expected)


def test_rate_limit_pauses_all_and_others_do_not() -> None:
    assert decide("GET", True, 0, 429, 0.0, S, 0.5, httpx.Headers(RA)).pause_all
    assert not decide("GET", True, 0, 503, 0.0, S, 0.5, httpx.Headers(RA)).pause_all


def test_no_cap_on_retry_after_only_the_deadline() -> None:
    long = httpx.Headers({"Retry-After": "900"})
    assert decide("GET", True, 0, 429, 0.0, RetrySettings(deadline=1000), 0.5, long).retry
    assert not decide("GET", True, 0, 429, 200.0, RetrySettings(deadline=1000), 0.5, long).retry


def test_backoff_grows_caps_and_jitters() -> None:
    mids = [backoff(n, S, 0.5) for n in range(7)]
    assert mids == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert backoff(2, S, 0.0) == pytest.approx(1.5)  # -25 %
    assert backoff(2, S, 0.999999) == pytest.approx(2.5, rel=1e-4)  # +25 %
    assert backoff(10_000, S, 0.5) == 8.0


# (method, path, body, headers, override) -> may it be resent? (issue 11, defect 3)
KEY = {"Idempotency-Key": "k1"}
COMMENT = {"ticket": {"comment": {"body": "hi"}}}
RESEND = [
    ("get", "/api/v2/tickets/1", None, None, None, True),
    ("GET", "/api/v2/tickets/1", None, None, False, False),  # the caller's override wins
    ("PUT", "/api/v2/tickets/1", {"ticket": {"status": "solved"}}, None, None, True),
    ("PUT", "/api/v2/tickets/1.json", COMMENT, None, None, False),  # appends a comment
    ("PUT", "/api/v2/tickets/1", COMMENT, KEY, None, False),  # Zendesk ignores the key here
    ("PUT", "/api/v2/tickets/1", COMMENT, None, True, True),
    ("PUT", "/api/v2/tickets/update_many?ids=1,2", COMMENT, None, None, False),
    (
        "PUT",
        "/api/v2/tickets/update_many",
        {"tickets": [{"id": 1}, {"id": 2, **COMMENT["ticket"]}]},
        None,
        None,
        False,
    ),
    (
        "PUT",
        "/api/v2/tickets/update_many?ids=1",
        {"ticket": {"priority": "high"}},
        None,
        None,
        True,
    ),
    ("PUT", "/api/v2/tickets/mark_many_as_spam?ids=1", None, None, None, True),
    ("DELETE", "/api/v2/tickets/destroy_many?ids=1", None, None, None, True),
    ("POST", "/api/v2/tickets", {"ticket": {}}, None, None, False),
    ("POST", "/api/v2/tickets", {"ticket": {}}, KEY, None, True),  # honoured on ticket create
    ("POST", "/api/v2/tickets", {"ticket": {}}, {"idempotency-KEY": "k"}, None, True),
    ("POST", "/api/v2/tickets/create_many", {"tickets": []}, KEY, None, False),
    ("POST", "/api/v2/tickets/5/merge", {"ids": [1]}, None, None, False),
    ("POST", "/api/v2/imports/tickets", {"ticket": {}}, None, None, False),
    ("POST", "/api/v2/skips", {}, None, None, False),
    ("POST", "/api/v2/tickets/5/tags", {"tags": ["a"]}, None, None, True),  # replaces the tags
    ("POST", "/api/v2/routing/agents/7/instance_values", {}, None, None, True),
    ("POST", "/api/v2/routing/attributes", {}, None, None, False),
    ("PATCH", "/api/v2/routing/attributes/A/values/B", {}, None, None, True),
    ("POST", "/api/v2/unknown", {}, KEY, None, False),  # not in the table: by method
    ("PATCH", "/api/v2/unknown", {}, None, None, False),
    ("PUT", "/api/v2/unknown/1", COMMENT, None, None, False),
    ("DELETE", "/api/v2/unknown/1", None, None, None, True),
    ("PUT", httpx.URL("https://acme.zendesk.com/api/v2/tickets/1"), COMMENT, None, None, False),
]


@pytest.mark.parametrize(("method", "url", "body", "headers", "override", "safe"), RESEND)
def test_resend_safe_per_operation(
    method: str, url: Any, body: Any, headers: Any, override: bool | None, safe: bool
) -> None:
    assert resend_safe(method, url, body, headers, override) is safe


def test_every_write_of_the_spec_has_one_row_and_the_rows_match_the_spec() -> None:
    spec = yaml.safe_load((ROOT / "spec" / "zendesk.yaml").read_text())
    writes = {
        op["operationId"]: (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in ("post", "put", "patch", "delete")
    }
    assert {k: (w.method, w.path) for k, w in WRITES.items()} == writes
    for op, (method, path) in writes.items():
        concrete = path.replace("{", "").replace("}", "")  # {ticket_id} -> ticket_id
        assert operation_for(method, concrete) == op


def test_docs_show_the_same_table() -> None:
    doc = (ROOT / "docs" / "retries.md").read_text()
    for op, write in WRITES.items():
        row = f"| `{op}` | {write.method} | {write.replay.value} |"
        assert row in doc, row


def test_classify_exception() -> None:
    req = httpx.Request("GET", "https://x.zendesk.com/")
    assert classify_exception(httpx.ConnectError("x", request=req)) is Failure.NOT_SENT
    assert classify_exception(httpx.ConnectTimeout("x", request=req)) is Failure.NOT_SENT
    assert classify_exception(httpx.PoolTimeout("x", request=req)) is Failure.NOT_SENT
    assert classify_exception(httpx.ReadTimeout("x", request=req)) is Failure.MAYBE_SENT
    assert classify_exception(httpx.WriteTimeout("x", request=req)) is Failure.MAYBE_SENT
    assert classify_exception(httpx.ReadError("x", request=req)) is Failure.MAYBE_SENT
    assert classify_exception(httpx.RemoteProtocolError("x", request=req)) is Failure.MAYBE_SENT
    assert classify_exception(httpx.UnsupportedProtocol("x", request=req)) is Failure.FATAL
