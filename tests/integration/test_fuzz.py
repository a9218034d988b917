"""Fuzzed response bodies: whatever Zendesk (or a proxy) sends back, only `ZendeskError`
subclasses escape -- mostly `ResponseParseError` for 2xx bodies that do not fit, typed status
errors otherwise. Never a KeyError / TypeError / AttributeError from the library, never a loop.

Bodies are arbitrary JSON, JSON shaped like the endpoint's envelope with random values inside,
or arbitrary bytes; statuses are mostly 200. Each example runs against an `httpx.MockTransport`
on both anyio backends (hypothesis inside anyio's runner).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zendesk_async import ApiTokenAuth, Zendesk
from zendesk_async import _constants as C
from zendesk_async.errors import APIConnectionError, ZendeskError
from zendesk_async.testing import FakeZendesk, VirtualClock

pytestmark = pytest.mark.anyio

MAX_REQUESTS = 30  # one call must give up long before this on a body that never changes
# examples, seed and derandomization come from the profile (tests/conftest.py: ci / deep)
SETTINGS = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**64),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.text(st.characters(codec=None), max_size=6),  # lone surrogates ("\ud800" in JSON) too
    st.sampled_from(["", "open", "completed", "2024-01-01T00:00:00Z", "https://evil.example"]),
)
anything = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _mutated(base: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """A real record with one to three of its fields replaced by anything (or dropped)."""
    keys = st.lists(st.sampled_from(sorted(base)), min_size=1, max_size=3, unique=True)

    def apply(chosen: list[str], values: list[Any], drop: bool) -> dict[str, Any]:
        out = dict(base)
        for key, value in zip(chosen, values, strict=False):
            if drop:
                out.pop(key, None)
            else:
                out[key] = value
        return out

    return st.builds(apply, keys, st.lists(anything, min_size=3, max_size=3), st.booleans())


REAL_TICKET: dict[str, Any] = json.loads(
    json.dumps(FakeZendesk(tickets=1).account.tickets.get(C.FAKE_FIRST_TICKET_ID))
)


def _record(keys: list[str]) -> st.SearchStrategy[Any]:
    """A dict with the model's usual keys, each holding anything (or missing)."""
    return st.dictionaries(st.sampled_from(keys), anything, max_size=len(keys)) | anything


TICKET = _mutated(REAL_TICKET) | _record(sorted(REAL_TICKET))
JOB = _record(["id", "status", "progress", "total", "results", "url", "message"])
SKIP = _record(["id", "ticket_id", "user_id", "reason", "created_at", "ticket"])


def _envelopes(key: str, record: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.fixed_dictionaries({key: record}) | anything


def _list_page(key: str) -> st.SearchStrategy[Any]:
    meta = _record(["has_more", "after_cursor", "before_cursor"])
    links = _record(["next", "prev"])
    return (
        st.fixed_dictionaries({key: st.lists(TICKET, max_size=3) | anything},
                              optional={"meta": meta, "links": links, "next_page": anything})
        | anything
    )  # fmt: skip


def _export_page() -> st.SearchStrategy[Any]:
    return (
        st.fixed_dictionaries(
            {"tickets": st.lists(TICKET, max_size=3) | anything},
            optional={
                "after_cursor": anything,
                "after_url": anything,
                "end_of_stream": anything,
                "end_time": anything,
                "count": anything,
            },
        )
        | anything
    )


SPECIAL_RETRY_AFTER = ["0", "1", "-1", "nan", "inf", "1e400", "Wed, 21 Oct 2015"]
RETRY_AFTER = st.none() | st.text(max_size=12) | st.sampled_from(SPECIAL_RETRY_AFTER)


Case = tuple[int, bytes, str | None, bool]


def _bodies(json_bodies: st.SearchStrategy[Any]) -> st.SearchStrategy[Case]:
    encoded = json_bodies.map(lambda b: json.dumps(b).encode())
    body = st.one_of(encoded, encoded, encoded, st.binary(max_size=64))
    status = st.sampled_from([200, 200, 200, 201, 204, 302, 400, 404, 422, 429, 500, 503])
    gzip = st.sampled_from([False] * 7 + [True])  # now and then a body claimed to be gzip
    return st.tuples(status, body, RETRY_AFTER, gzip)


Call = Callable[[Zendesk], Awaitable[Any]]


async def _export(zd: Zendesk) -> Any:
    return await zd.incremental.tickets(start_time=1_600_000_000).collect()


ENDPOINTS: dict[str, tuple[st.SearchStrategy[Case], Call]] = {
    "get_ticket": (_bodies(_envelopes("ticket", TICKET)), lambda zd: zd.tickets.get(1)),
    "list_tickets": (_bodies(_list_page("tickets")), lambda zd: zd.tickets.list().collect()),
    "export": (_bodies(_export_page()), _export),
    "job_status": (_bodies(_envelopes("job_status", JOB)), lambda zd: zd.job_statuses.get("j1")),
    "create_skip": (
        _bodies(_envelopes("skip", SKIP)),
        lambda zd: zd.skips.create(ticket_id=1, reason="fuzz"),
    ),
}


async def _call_with_body(
    call: Call, status: int, body: bytes, retry_after: str | None, gzip: bool = False
) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        assert len(sent) <= MAX_REQUESTS, "the library kept requesting the same body"
        headers = {"content-type": "application/json"}
        if gzip:  # a proxy that claims gzip but sends the raw body
            headers["content-encoding"] = "gzip"
        if 300 <= status < 400:
            headers["location"] = "https://evil.example/next"
        if retry_after is not None and retry_after.isprintable() and retry_after.isascii():
            headers["retry-after"] = retry_after
        return httpx.Response(status, content=body, headers=headers)

    async with Zendesk(
        base_url="http://127.0.0.1:8080",
        auth=ApiTokenAuth("agent@example.com", "fuzz-token"),
        transport=httpx.MockTransport(handler),
        max_retries=1,
        incremental_rpm=10_000,
        clock=(clock := VirtualClock(0.0)),
        sleep=clock.sleep,
    ) as zd:
        with anyio.fail_after(10):
            with contextlib.suppress(ZendeskError):  # typed: what the library promises
                await call(zd)


def _make_test(name: str) -> Callable[..., Any]:
    strategy, call = ENDPOINTS[name]

    @SETTINGS
    @given(case=strategy)
    async def test(anyio_backend: str, case: Case) -> None:
        await _call_with_body(call, *case)

    test.__name__ = f"test_fuzzed_{name}_only_raises_zendesk_errors"
    return test


test_fuzzed_get_ticket = _make_test("get_ticket")
test_fuzzed_list_tickets = _make_test("list_tickets")
test_fuzzed_export = _make_test("export")
test_fuzzed_job_status = _make_test("job_status")
test_fuzzed_create_skip = _make_test("create_skip")


# -- the exact inputs that once escaped untyped (fixed in _transport.py / pagination.py) ---------

_T = {"id": 1, "subject": "x"}
_SURROGATE_PAGES: list[tuple[str, dict[str, Any], Call]] = [
    (
        "list meta.after_cursor",
        {"tickets": [_T], "meta": {"has_more": True, "after_cursor": "\ud800"}, "links": {}},
        lambda zd: zd.tickets.list().collect(limit=5),
    ),
    (
        "export after_cursor",
        {"tickets": [_T], "after_cursor": "\ud800", "end_of_stream": False},
        lambda zd: zd.incremental.tickets(start_time=1_600_000_000).collect(limit=5),
    ),
    (
        "skips links.next",
        {
            "skips": [],
            "meta": {"has_more": True, "after_cursor": "c"},
            "links": {"next": "http://127.0.0.1:8080/api/v2/skips?page[after]=\udfff"},
        },
        lambda zd: zd.skips.list().collect(limit=5),
    ),
    (
        "routing next_page",
        {
            "attributes": [{"id": "a"}],
            "count": 1,
            "next_page": "http://127.0.0.1:8080/api/v2/incremental/routing/attributes?cursor=\ud800",
        },
        lambda zd: zd.incremental.routing_attributes().collect(limit=5),
    ),
]


@pytest.mark.parametrize(
    ("page", "call"), [pytest.param(p, c, id=name) for name, p, c in _SURROGATE_PAGES]
)
async def test_a_lone_surrogate_in_a_cursor_or_next_link_is_typed(
    anyio_backend: str, page: dict[str, Any], call: Call
) -> None:
    """JSON may escape a lone surrogate; httpx cannot encode it into a URL (UnicodeEncodeError)."""
    body = json.dumps(page).encode()  # ensure_ascii: the surrogate travels as \\ud800
    assert b"\\ud" in body
    await _call_with_body(call, 200, body, None)


async def test_a_body_that_is_not_the_gzip_it_claims_is_typed(anyio_backend: str) -> None:
    """httpx.DecodingError (not a TransportError) used to escape the request path."""
    with pytest.raises(APIConnectionError, match="DecodingError"):
        await _call_strict(lambda zd: zd.tickets.get(1), b"garbage", gzip=True)


async def _call_strict(call: Call, body: bytes, *, gzip: bool) -> None:
    headers = {"content-type": "application/json"}
    if gzip:
        headers["content-encoding"] = "gzip"
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=body, headers=headers)
    )
    async with Zendesk(
        base_url="http://127.0.0.1:8080",
        auth=ApiTokenAuth("agent@example.com", "fuzz-token"),
        transport=transport,
        max_retries=0,
    ) as zd:
        await call(zd)
