"""The fault matrix over real loopback sockets: every catalogue fault x {single get, stream,
50 concurrent gets, a non-idempotent create} ends in transparent recovery or the documented
typed error (tests/integration/_matrix.py) -- never a hang, an untyped exception, a duplicate
create, a leaked task or a busy connection. Every case runs with DEBUG logging captured on
zendesk_async, httpx and httpcore, and the API token must appear nowhere (logs, error
messages, reprs, tracebacks).

In stream mode the first 1-10 pages (per case, fixed) pass untouched, so the fault lands
mid-stream. No wall time is spent waiting: the client's clock and sleep are virtual (Retry-After and
backoff advance a counter), and the fake's sleep runs 1000x fast (latency). A hang is the one
real wait: it lasts until the client's read timeout (0.2 s, only on the hang rows) gives up.

"No leak", concretely: after the case, the client's httpcore pool has no queued request and
every pooled connection is idle or closed (nothing half-read left behind), the anyio task count
is back where it started, and `aclose()` leaves the pool empty.
"""

from __future__ import annotations

import base64
import logging
import traceback
import uuid
import zlib
from collections.abc import Iterator
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from zendesk_async import ApiTokenAuth, Zendesk
from zendesk_async import _constants as C
from zendesk_async.errors import AuthenticationError, ZendeskError
from zendesk_async.testing import FakeZendesk, Fault, VirtualClock, catalogue, serve_in_thread

from ._matrix import (
    EXPECTED,
    HANDLED_BEFORE_FAULT,
    MODES,
    PERSISTENT,
    POST_TIMES,
    RECOVERED,
    TIMES,
)

pytestmark = pytest.mark.anyio

EMAIL = "agent@example.com"
SECRET = "s3cr3t-matrix-token-9f2c41"
SECRETS = (
    SECRET,
    f"{EMAIL}/token:{SECRET}",
    base64.b64encode(f"{EMAIL}/token:{SECRET}".encode()).decode(),
)
FIRST = C.FAKE_FIRST_TICKET_ID
CASE_DEADLINE = 15.0  # a case that takes longer is a hang
LOGGERS = ("zendesk_async", "httpx", "httpcore")
STREAM_PAGE = 25
STREAM_PAGES = 12  # 300 tickets (a few deleted), 25 a page
EXPORT_PATH = "/api/v2/incremental/tickets/cursor"
SEEDED = 300


async def _fast_sleep(seconds: float) -> None:
    """The fake's sleep: 1000x fast (a hang still waits for the client to disconnect)."""
    await anyio.sleep(seconds / 1000)


@pytest.fixture(scope="module")
def fake() -> FakeZendesk:
    return FakeZendesk(tickets=SEEDED, seed=5, job_polls=0, api_token=SECRET, sleep=_fast_sleep)


@pytest.fixture(scope="module")
def base_url(fake: FakeZendesk) -> Iterator[str]:
    with serve_in_thread(fake) as url:
        yield url


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def _client(base_url: str, clock: VirtualClock, *, read: float, max_retries: int) -> Zendesk:
    return Zendesk(
        base_url=base_url,
        auth=ApiTokenAuth(EMAIL, SECRET),
        timeout=httpx.Timeout(5.0, read=read),
        max_retries=max_retries,
        concurrency=C.DEFAULT_CONCURRENCY,
        clock=clock,
        sleep=clock.sleep,
    )


def _label(exc: BaseException) -> str:
    name = type(exc).__name__
    return name if isinstance(exc, ZendeskError) else f"UNTYPED {name}"


def _fault_target(mode: str) -> dict[str, Any]:
    if mode == "post":
        return {"path": "/api/v2/tickets", "method": "POST", "times": POST_TIMES}
    if mode == "stream":
        return {"path": "/api/v2/tickets", "method": "GET", "times": TIMES}
    if mode == "export":
        return {"path": EXPORT_PATH, "method": "GET", "times": TIMES}
    return {"path": "/api/v2/tickets/*", "method": "GET", "times": TIMES}


def _live_ids(fake: FakeZendesk, n: int) -> list[int]:
    ids = (FIRST + i for i in range(1, 10 * n))
    return [i for i in ids if fake.account.tickets.exists(i)][:n]


async def _run(zd: Zendesk, fake: FakeZendesk, mode: str, errors: list[BaseException]) -> str:
    """Run one mode; returns the observed outcome label (errors kept for the leak checks)."""
    if mode == "gather50":
        ids = _live_ids(fake, 50)
        async with zd.gather(concurrency=50) as g:
            for tid in ids:
                g.submit(zd.tickets.get, tid, key=tid)
        failed = [o.error for o in g.outcomes if o.error is not None]
        errors.extend(failed)
        ok = [o.value for o in g.outcomes if o.error is None]
        assert [getattr(t, "id", None) for t in ok] == [
            o.key for o in g.outcomes if o.error is None
        ]
        if not failed:
            return RECOVERED
        labels = {_label(e) for e in failed}
        assert len(labels) == 1, labels
        return f"{len(failed)}x {labels.pop()}"
    try:
        if mode == "get":
            ticket = await zd.tickets.get(FIRST + 1)
            assert ticket.id == FIRST + 1
        elif mode == "stream":
            got = await zd.tickets.list(page_size=STREAM_PAGE).collect()
            expected = fake.account.tickets.count()
            assert len({t.id for t in got}) == len(got) == expected
        elif mode == "export":
            export = zd.incremental.tickets(
                start_time=C.FAKE_SEED_EPOCH, per_page=STREAM_PAGE, raw=True
            )
            ids = [t["id"] for t in await export.collect()]
            assert len(set(ids)) == len(ids)
            assert set(ids) >= {FIRST + i for i in range(SEEDED)}  # deleted ones included
        else:
            raise AssertionError(mode)
    except Exception as exc:
        errors.append(exc)
        return _label(exc)
    return RECOVERED


async def _create(zd: Zendesk, external_id: str, errors: list[BaseException]) -> str:
    try:
        await zd.tickets.create(subject="matrix", comment={"body": "x"}, external_id=external_id)
    except Exception as exc:
        errors.append(exc)
        return _label(exc)
    return RECOVERED


def _assert_pool_idle(zd: Zendesk) -> None:
    transport = zd.http._transport
    assert isinstance(transport, httpx.AsyncHTTPTransport)
    pool = transport._pool
    assert not pool._requests, "requests still queued or in flight"
    busy = [c for c in pool.connections if not (c.is_idle() or c.is_closed())]
    assert not busy, f"connections left mid-request: {busy}"


def _assert_no_secret(caplog: pytest.LogCaptureFixture, errors: list[BaseException]) -> None:
    texts = [caplog.text, *(r.getMessage() for r in caplog.records)]
    for exc in errors:
        texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    for secret in SECRETS:
        assert not [t for t in texts if secret in t], "a credential leaked"


async def _case(
    fake: FakeZendesk,
    base_url: str,
    fault_name: str,
    mode: str,
    caplog: pytest.LogCaptureFixture,
    *,
    times: int | None,
    max_retries: int = C.DEFAULT_MAX_RETRIES,
) -> tuple[str, list[BaseException], VirtualClock]:
    fault = catalogue()[fault_name]
    clock = VirtualClock(1_000.0)
    read = 0.2 if fault_name == "hang" else 5.0
    errors: list[BaseException] = []
    tasks_before = len(anyio.get_running_tasks())
    zd = _client(base_url, clock, read=read, max_retries=max_retries)
    target = _fault_target(mode)
    target["times"] = times if times != -1 else target["times"]
    fake.faults.clear()
    if mode in ("stream", "export"):  # let the first pages through: the fault lands mid-stream
        skip = 1 + zlib.crc32(f"{fault_name}-{mode}".encode()) % (STREAM_PAGES - 2)
        fake.faults.add(Fault.latency(0), path=target["path"], method="GET", times=skip)
    rule = fake.faults.add(fault, **target)
    try:
        with anyio.fail_after(CASE_DEADLINE):
            if mode == "post":
                external_id = f"matrix-{uuid.uuid4()}"
                outcome = await _create(zd, external_id, errors)
                created = len(fake.account.tickets.by_external_id(external_id))
                handled = outcome == RECOVERED or fault_name in HANDLED_BEFORE_FAULT
                assert created == (1 if handled else 0), f"{created} tickets created"
            else:
                outcome = await _run(zd, fake, mode, errors)
        assert rule.hits >= 1, "the fault never fired"
        _assert_pool_idle(zd)
    finally:
        fake.faults.clear()
        await zd.aclose()
    transport = zd.http._transport
    assert isinstance(transport, httpx.AsyncHTTPTransport)
    assert transport._pool.connections == []
    assert len(anyio.get_running_tasks()) == tasks_before, "tasks leaked"
    _assert_no_secret(caplog, errors)
    return outcome, errors, clock


CASES = [
    pytest.param(fault, mode, EXPECTED[fault][i], id=f"{fault}-{mode}")
    for fault in EXPECTED
    for i, mode in enumerate(MODES)
]


@pytest.mark.parametrize(("fault_name", "mode", "expected"), CASES)
async def test_fault_matrix(
    fake: FakeZendesk,
    base_url: str,
    debug_logs: pytest.LogCaptureFixture,
    fault_name: str,
    mode: str,
    expected: str,
) -> None:
    outcome, _, clock = await _case(fake, base_url, fault_name, mode, debug_logs, times=-1)
    assert outcome == expected
    retry_after = catalogue()[fault_name].retry_after
    if outcome == RECOVERED and retry_after and mode != "post":
        assert clock.slept >= retry_after, "Retry-After was not honoured (on the virtual clock)"
    assert clock.slept < 600, "waited past the default retry deadline"


@pytest.mark.parametrize(("fault_name", "expected"), sorted(PERSISTENT.items()))
async def test_persistent_fault_ends_in_the_typed_error(
    fake: FakeZendesk,
    base_url: str,
    debug_logs: pytest.LogCaptureFixture,
    fault_name: str,
    expected: str,
) -> None:
    outcome, errors, _ = await _case(
        fake, base_url, fault_name, "get", debug_logs, times=None, max_retries=2
    )
    assert outcome == expected
    assert errors and isinstance(errors[0], ZendeskError)


async def test_the_debug_logs_really_were_captured(
    fake: FakeZendesk, base_url: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    """Guards the leak check: DEBUG lines of the library and of httpx reach caplog."""
    await _case(fake, base_url, "503", "get", debug_logs, times=-1)
    names = {r.name.split(".")[0] for r in debug_logs.records}
    assert {"zendesk_async", "httpx", "httpcore"} <= names


async def test_a_wrong_token_is_typed_and_not_leaked(
    base_url: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    wrong = "wr0ng-" + SECRET
    errors: list[BaseException] = []
    clock = VirtualClock(1_000.0)
    async with Zendesk(
        base_url=base_url, auth=ApiTokenAuth(EMAIL, wrong), clock=clock, sleep=clock.sleep
    ) as zd:
        try:
            await zd.tickets.get(FIRST + 1)
        except Exception as exc:
            errors.append(exc)
    assert [type(e) for e in errors] == [AuthenticationError]
    texts = [debug_logs.text, *("".join(traceback.format_exception(e)) + repr(e) for e in errors)]
    for secret in (wrong, *SECRETS):
        assert not [t for t in texts if secret in t]
