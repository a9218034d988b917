"""Issue 11, defect 6: a string id never leaves its path segment.

Walks every public resource method that takes a string id (found by introspection, so a new
method is covered without touching this file) with ids that try to leave their segment, through
the real request path (httpx builds and normalises the URL; a mock transport records it). Each
call is refused with `InvalidArgumentError` before anything is sent, or the request goes to the
intended endpoint with the id as exactly one segment.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from zendesk_async import resources as R
from zendesk_async._ratelimit import Governor
from zendesk_async._transport import RequestPath
from zendesk_async._urls import check_path, check_str_id, path_segment
from zendesk_async.bulk import wait_job
from zendesk_async.errors import InvalidArgumentError

from .conftest import FakeClock

BASE = "https://acme.zendesk.com"
GOOD = "GOODID1"
OTHER = "GOODID2"

# ids a caller (or a server-sent job id) might pass; none may address another endpoint
HOSTILE = [
    ".",
    "..",
    "%2e%2e",
    "%2E%2e",
    ".%2e",
    "%252e%252e",
    "",
    " ",
    "\t",
    " x",
    "x\n",
    "a b",
    "../tickets/123?x=1",
    "../../tickets/123",
    "x/../..",
    "a/b",
    "/",
    "?",
    "#",
    "a?b=1",
    "a#frag",
    "%2F",
    "..%2f",
    "%",
    "ATTR-1/values",
    "\u202e",  # a format character (right-to-left override)
]
REFUSED = {
    ".",
    "..",
    "%2e%2e",
    "%2E%2e",
    ".%2e",
    "%252e%252e",
    "",
    " ",
    "\t",
    " x",
    "x\n",
    "a b",
    "\u202e",
}

# required arguments that are not ids
FILL: dict[str, Any] = {"name": "Language", "attribute_value_ids": ["v1"]}
RESOURCES = [
    R.Tickets,
    R.Channels,
    R.Skips,
    R.Attributes,
    R.AgentSkills,
    R.TicketSkills,
    R.Incremental,
    R.JobStatuses,
]


class Sent(Exception):
    """Raised by the transport once the request is recorded: the test only needs the URL."""


def _path(seen: list[httpx.Request]) -> RequestPath:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        raise Sent

    client = httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(handler))
    clock = FakeClock()
    return RequestPath(client, governor=Governor(clock=clock.now, sleep=clock.sleep))


def _string_id_methods() -> list[tuple[type, str, list[str]]]:
    found = []
    for cls in RESOURCES:
        for name, fn in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_") or not name.isascii():
                continue  # private, or a mutant of mutmut's (named `xǁClassǁmethod__mutmut_N`)
            hints = typing.get_type_hints(fn)
            ids = [p for p in inspect.signature(fn).parameters if p.endswith("_id")]
            str_ids = [p for p in ids if hints.get(p) is str]
            if str_ids:
                found.append((cls, name, str_ids))
    return found


METHODS = _string_id_methods()


def test_the_walk_finds_the_string_id_methods() -> None:
    names = {f"{cls.__name__}.{name}" for cls, name, _ in METHODS}
    assert {
        "JobStatuses.get",
        "JobStatuses.wait",
        "Attributes.get",
        "Attributes.delete",
        "Attributes.get_value",
        "Attributes.update_value",
        "Attributes.delete_value",
    } <= names
    assert len(METHODS) >= 10


async def _call(cls: type, name: str, args: dict[str, Any]) -> httpx.Request | None:
    """Call `cls.name(**args)`; the request it sent, or None if refused before sending."""
    seen: list[httpx.Request] = []
    method: Callable[..., Any] = getattr(cls(_path(seen)), name)
    params = inspect.signature(method).parameters
    kwargs = {
        p: args[p] if p in args else FILL[p]
        for p, spec in params.items()
        if p in args or spec.default is inspect.Parameter.empty
    }
    try:
        await method(**kwargs)
    except Sent:
        assert len(seen) == 1
        return seen[0]
    except InvalidArgumentError:
        assert seen == []
        return None
    raise AssertionError(f"{cls.__name__}.{name} neither sent nor refused")


def _segments(request: httpx.Request) -> list[str]:
    return request.url.raw_path.decode("ascii").partition("?")[0].split("/")


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("cls", "name", "str_ids"), METHODS, ids=[f"{c.__name__}.{n}" for c, n, _ in METHODS]
)
async def test_every_string_id_stays_in_its_segment(
    cls: type, name: str, str_ids: list[str]
) -> None:
    good = {p: (GOOD if i == 0 else OTHER) for i, p in enumerate(str_ids)}
    baseline = await _call(cls, name, good)
    assert baseline is not None
    base_segments = _segments(baseline)
    for param in str_ids:
        where = base_segments.index(good[param])
        for hostile in HOSTILE:
            sent = await _call(cls, name, {**good, param: hostile})
            label = f"{cls.__name__}.{name}({param}={hostile!r})"
            if hostile in REFUSED:
                assert sent is None, f"{label} was sent to {sent and sent.url}"
                continue
            assert sent is not None, f"{label} was refused"
            segments = _segments(sent)
            assert len(segments) == len(base_segments), f"{label} -> {sent.url}"
            assert unquote(segments[where]) == hostile, f"{label} -> {sent.url}"
            rest = segments[:where] + segments[where + 1 :]
            assert rest == base_segments[:where] + base_segments[where + 1 :], label
            assert sent.method == baseline.method and sent.url.query == baseline.url.query, label


@pytest.mark.anyio
@pytest.mark.parametrize("hostile", HOSTILE)
async def test_wait_job_keeps_a_job_id_in_its_segment(hostile: str) -> None:
    """The bulk / merge helpers poll job ids Zendesk sent back through `wait_job`."""
    seen: list[httpx.Request] = []
    try:
        await wait_job(_path(seen), hostile, timeout=1)
    except Sent:
        assert hostile not in REFUSED
        assert seen[0].url.raw_path.decode() == "/api/v2/job_statuses/" + path_segment(hostile, "x")
        assert unquote(seen[0].url.raw_path.decode().rpartition("/")[2]) == hostile
    except InvalidArgumentError:
        assert hostile in REFUSED and seen == []
    else:
        raise AssertionError("wait_job neither sent nor refused")


@pytest.mark.parametrize("value", sorted(REFUSED))
def test_ids_that_cannot_be_zendesk_ids_are_refused(value: str) -> None:
    with pytest.raises(InvalidArgumentError):
        check_str_id(value, "id")


@pytest.mark.parametrize(
    ("value", "segment"),
    [
        ("15821cba-7326-11e8-b07e-950ba849aa27", "15821cba-7326-11e8-b07e-950ba849aa27"),
        ("8b726e606741012ffc2d782bcb7848fe", "8b726e606741012ffc2d782bcb7848fe"),
        ("a/b?x=1#f", "a%2Fb%3Fx%3D1%23f"),
        ("..%2f", "..%252f"),
        ("...", "..."),
    ],
)
def test_other_ids_are_escaped_into_one_segment(value: str, segment: str) -> None:
    assert path_segment(value, "id") == segment


@pytest.mark.anyio
@pytest.mark.parametrize(
    "path",
    [
        "/api/v2/job_statuses/../tickets/1",
        "/api/v2/routing/attributes/A/values/..",
        "/api/v2/routing/attributes/A/values/.",
        "/api/v2/x/%2e%2E/y",
        f"{BASE}/api/v2/job_statuses/%2e%2e/tickets",
    ],
)
async def test_request_path_refuses_dot_segments_from_any_caller(path: str) -> None:
    """`zd.request` / `zd.call` build paths too: the request path itself refuses dot segments."""
    seen: list[httpx.Request] = []
    with pytest.raises(InvalidArgumentError):
        await _path(seen).request("GET", path)
    assert seen == []
    check_path("/api/v2/tickets/1.json?x=../..")  # a query may hold anything
