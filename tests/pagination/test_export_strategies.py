"""The export strategies as pure functions: exact next requests, checkpoints, refusals and
messages (the survivors of mutation testing on incremental.py and _dedupe.py)."""

from __future__ import annotations

from typing import Any

import pytest

from zendesk_async._dedupe import BoundaryDedupe, stamp_of
from zendesk_async.errors import InvalidArgumentError, PaginationError, StalledPaginationError
from zendesk_async.incremental import (
    IncrementalExport,
    _IncrementalCursorStrategy,
    _RoutingStrategy,
    _TimeStrategy,
)
from zendesk_async.pagination import Kind

from ._stub import StubRequester, ok

TIME = "/api/v2/incremental/tickets"
CURSOR = "/api/v2/incremental/tickets/cursor"
SBR = "/api/v2/incremental/routing/attributes"
HOST = "https://acme.zendesk.com"
ITEMS = [{"id": 1, "generated_timestamp": 50}, {"id": 2, "generated_timestamp": 60}]


def header(kind: Kind, path: str) -> dict[str, Any]:
    return {"v": 1, "kind": kind.value, "path": path}


# -- time-based --------------------------------------------------------------------------------
def time_strategy() -> _TimeStrategy:
    return _TimeStrategy(TIME, {"per_page": 2}, {"start_time": 10, "seen": []})


def test_time_last_page_without_end_time_keeps_its_start() -> None:
    step = time_strategy().step({"end_of_stream": True}, [], {"start_time": 40})
    assert step.next_params is None
    assert step.checkpoint == {**header(Kind.TIME, TIME), "start_time": 40, "seen": []}


def test_time_page_without_end_time_that_is_not_the_last() -> None:
    with pytest.raises(PaginationError) as info:
        time_strategy().step({"end_of_stream": False}, ITEMS, {"start_time": 40})
    assert str(info.value) == f"{TIME}: a page without end_time (not the last)"


@pytest.mark.parametrize(("link", "kept"), [(f"{HOST}{TIME}?start_time=60", True), (5, False)])
def test_time_next_page(link: Any, kept: bool) -> None:
    body = {"end_time": 60, "end_of_stream": False, "next_page": link}
    step = time_strategy().step(body, ITEMS, {"start_time": 40})
    assert step.next_params == {"per_page": 2, "start_time": 60}
    assert step.link == (link if kept else None) and step.refuse is None
    assert step.checkpoint == {**header(Kind.TIME, TIME), "start_time": 60, "seen": [[2, 60]]}


def test_time_end_time_that_does_not_advance_is_refused() -> None:
    body = {"end_time": 40, "end_of_stream": False}
    step = time_strategy().step(body, ITEMS, {"start_time": 40})
    assert isinstance(step.refuse, StalledPaginationError)
    assert str(step.refuse) == (
        f"{TIME}: end_time 40 does not advance past 40; stopping instead of looping"
    )


# -- cursor-based ------------------------------------------------------------------------------
def cursor_strategy() -> _IncrementalCursorStrategy:
    return _IncrementalCursorStrategy(CURSOR, {}, {"cursor": None, "start_time": 10})


def test_cursor_after_cursor_must_be_text() -> None:
    with pytest.raises(PaginationError) as info:
        cursor_strategy().step({"after_cursor": 5}, ITEMS, {"start_time": 10})
    assert str(info.value) == f"{CURSOR}: after_cursor is not a string: 5"


@pytest.mark.parametrize(
    ("sent", "checkpoint"),
    [
        ({"cursor": "c0"}, {"cursor": "c0", "start_time": None}),
        ({"start_time": 10}, {"cursor": None, "start_time": 10}),
    ],
)
def test_cursor_last_page_without_after_cursor(
    sent: dict[str, Any], checkpoint: dict[str, Any]
) -> None:
    step = cursor_strategy().step({"end_of_stream": True}, [], sent)
    assert step.next_params is None
    assert step.checkpoint == {**header(Kind.INCREMENTAL_CURSOR, CURSOR), **checkpoint}


def test_cursor_next_page() -> None:
    body = {"after_cursor": "c1", "after_url": f"{HOST}{CURSOR}?cursor=c1", "end_of_stream": False}
    step = cursor_strategy().step(body, ITEMS, {"start_time": 10})
    assert step.next_params == {"cursor": "c1"} and step.link == f"{HOST}{CURSOR}?cursor=c1"
    assert step.checkpoint == {
        **header(Kind.INCREMENTAL_CURSOR, CURSOR), "cursor": "c1", "start_time": None,
    }  # fmt: skip
    odd = cursor_strategy().step({**body, "after_url": 7}, ITEMS, {"cursor": "c0"})
    assert odd.link is None


def test_cursor_without_after_cursor_before_the_end() -> None:
    with pytest.raises(PaginationError) as info:
        cursor_strategy().step({"end_of_stream": False}, ITEMS, {"cursor": "c0"})
    assert str(info.value) == f"{CURSOR}: no after_cursor and not end_of_stream"


# -- skill-based routing -----------------------------------------------------------------------
def routing_strategy() -> _RoutingStrategy:
    return _RoutingStrategy(SBR, {}, {"cursor": None, "start_time": None})


def sbr(**body: Any) -> dict[str, Any]:
    return body


@pytest.mark.parametrize(
    ("body", "items", "ends"),
    [
        (sbr(count=0, next_page=f"{HOST}{SBR}?cursor=c2"), ITEMS, True),  # count wins
        (sbr(next_page=f"{HOST}{SBR}?cursor=c2"), [], True),  # no count: len(items)
        (sbr(next_page=f"{HOST}{SBR}?cursor=c2"), ITEMS, False),
        (sbr(count="2", next_page=f"{HOST}{SBR}?cursor=c2"), [], False),  # count, not len
        (sbr(count=2, next_page=None), ITEMS, True),
    ],
)
def test_routing_stop_rule(body: dict[str, Any], items: list[Any], ends: bool) -> None:
    step = routing_strategy().step(body, items, {"cursor": "c1"})
    assert (step.next_params is None) is ends
    if not ends:
        assert step.next_params == {"cursor": "c2"} and step.link == body["next_page"]
        assert step.checkpoint is not None and step.checkpoint["cursor"] == "c2"


@pytest.mark.parametrize(
    ("sent", "resume"),
    [({"cursor": "c1"}, ("c1", None)), ({"start_time": 5}, (None, 5)), ({}, (None, None))],
)
def test_routing_checkpoint_at_the_end(sent: dict[str, Any], resume: tuple[Any, Any]) -> None:
    step = routing_strategy().step(sbr(count=0, next_page=None), [], sent)
    assert step.checkpoint == {
        **header(Kind.ROUTING, SBR), "cursor": resume[0], "start_time": resume[1],
    }  # fmt: skip


@pytest.mark.parametrize("next_page", [f"{HOST}{SBR}?cursor=", f"{HOST}{SBR}?x=1", 5])
def test_routing_next_page_without_a_cursor(next_page: Any) -> None:
    with pytest.raises(PaginationError) as info:
        routing_strategy().step(sbr(count=2, next_page=next_page), ITEMS, {"start_time": 5})
    assert str(info.value) == f"{SBR}: next_page carries no cursor: {next_page}"


# -- start_time checks -------------------------------------------------------------------------
def test_recent_start_time_messages() -> None:
    stub = StubRequester(lambda r: ok({}))
    with pytest.raises(InvalidArgumentError) as info:
        IncrementalExport(stub, Kind.TIME, TIME, "tickets", start_time=950, clock=lambda: 1000.0)
    assert str(info.value) == (
        "start_time (950) is not more than 60 seconds in the past; Zendesk refuses it (and "
        "withholds the latest minute). Use an older start_time."
    )
    checkpoint = {**header(Kind.TIME, TIME), "start_time": 950, "seen": []}
    with pytest.raises(InvalidArgumentError) as info:
        IncrementalExport(
            stub, Kind.TIME, TIME, "tickets", checkpoint=checkpoint, clock=lambda: 1000.0
        )
    assert str(info.value) == (
        "the checkpoint's start_time (950) is not more than 60 seconds in the past; Zendesk "
        "refuses it (and withholds the latest minute). Resume a little later."
    )


# -- boundary dedupe ---------------------------------------------------------------------------
def test_stamp_of_takes_the_first_stamp_present() -> None:
    assert stamp_of({"generated_timestamp": None, "timestamp": 5, "time": 9}) == 5
    assert stamp_of({"updated_at": "2020-01-01T00:00:00Z"}) == "2020-01-01T00:00:00Z"
    assert stamp_of({"id": 1}) is None


def test_dedupe_keeps_only_the_boundary_and_unreadable_stamps() -> None:
    dedupe = BoundaryDedupe()
    page = [
        {"id": 1, "generated_timestamp": 59},
        {"id": 2, "generated_timestamp": 60},
        {"id": "x", "time": "not a date"},
    ]
    dedupe.advance(page, 60)
    assert dedupe.snapshot() == [["x", "not a date"], [2, 60]]  # sorted by repr, mixed types
    assert dedupe.filter(page) == [{"id": 1, "generated_timestamp": 59}]


def test_routing_checkpoint_drops_start_time_once_there_is_a_cursor() -> None:
    step = routing_strategy().step(sbr(count=0), [], {"cursor": "c1", "start_time": 5})
    assert step.checkpoint is not None
    assert (step.checkpoint["cursor"], step.checkpoint["start_time"]) == ("c1", None)


# -- checkpoint and argument validation, exactly ----------------------------------------------
GOOD_TIME = {**header(Kind.TIME, TIME), "start_time": 10, "seen": []}
GOOD_CURSOR = {**header(Kind.INCREMENTAL_CURSOR, CURSOR), "start_time": None, "cursor": "c"}


@pytest.mark.parametrize(
    ("kind", "path", "checkpoint", "message"),
    [
        (Kind.TIME, TIME, [1], "checkpoint must be a dict, not list"),
        (Kind.TIME, TIME, {**GOOD_TIME, "v": 9},
         "checkpoint version 9 is not supported (this library writes version 1)"),
        (Kind.TIME, TIME, {**GOOD_TIME, "kind": "routing"},
         "checkpoint is from a 'routing' export, not a 'time' one"),
        (Kind.TIME, TIME, {**GOOD_TIME, "path": "/x"},
         "checkpoint is from '/x', not '/api/v2/incremental/tickets'"),
        (Kind.TIME, TIME, {**GOOD_TIME, "start_time": True},
         "checkpoint start_time is not an int: True"),
        (Kind.TIME, TIME, {**GOOD_TIME, "cursor": 5}, "checkpoint cursor is not a string: 5"),
        (Kind.TIME, TIME, {**GOOD_TIME, "start_time": None},
         "a time-based export checkpoint needs start_time"),
        (Kind.INCREMENTAL_CURSOR, CURSOR, {**GOOD_CURSOR, "cursor": None},
         "a cursor export checkpoint needs cursor or start_time"),
        (Kind.TIME, TIME, {**GOOD_TIME, "seen": [[1, [2]]]},
         "checkpoint seen must be a list of [id, stamp] pairs"),
        (Kind.TIME, TIME, {**GOOD_TIME, "seen": "x"},
         "checkpoint seen must be a list of [id, stamp] pairs"),
    ],
)  # fmt: skip
def test_checkpoint_refusals(kind: Kind, path: str, checkpoint: Any, message: str) -> None:
    stub = StubRequester(lambda r: ok({}))
    with pytest.raises(InvalidArgumentError) as info:
        IncrementalExport(stub, kind, path, "tickets", checkpoint=checkpoint, clock=lambda: 1e9)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("checkpoint", "kind", "path"),
    [
        ({**GOOD_CURSOR, "start_time": 10, "cursor": None}, Kind.INCREMENTAL_CURSOR, CURSOR),
        ({**GOOD_TIME, "seen": [[1, None], ["a", 2.5]]}, Kind.TIME, TIME),
        (GOOD_TIME, Kind.TIME, TIME + "/"),
        (GOOD_TIME, Kind.TIME, TIME + ".json"),
        ({**header(Kind.ROUTING, SBR), "start_time": None, "cursor": None}, Kind.ROUTING, SBR),
    ],
)
def test_checkpoints_accepted(checkpoint: dict[str, Any], kind: Kind, path: str) -> None:
    stub = StubRequester(lambda r: ok({}))
    IncrementalExport(stub, kind, path, "x", checkpoint=checkpoint, clock=lambda: 1e9)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start_time": -1}, "start_time must be Unix seconds (an int >= 0), not -1"),
        ({"start_time": True}, "start_time must be Unix seconds (an int >= 0), not True"),
        ({"start_time": 1.5}, "start_time must be Unix seconds (an int >= 0), not 1.5"),
        ({"start_time": 1, "checkpoint": GOOD_TIME}, "give start_time or checkpoint, not both"),
        ({}, "/api/v2/incremental/tickets needs start_time (Unix seconds) or a checkpoint to "
             "resume from"),
        ({"start_time": 0, "page_size": True},
         "page_size must be an integer from 1 to 1000 for /api/v2/incremental/tickets, not True"),
    ],
)  # fmt: skip
def test_export_argument_refusals(kwargs: dict[str, Any], message: str) -> None:
    stub = StubRequester(lambda r: ok({}))
    with pytest.raises(InvalidArgumentError) as info:
        IncrementalExport(stub, Kind.TIME, TIME, "tickets", clock=lambda: 1e9, **kwargs)
    assert str(info.value) == message


def test_start_time_zero_and_the_clock_are_used() -> None:
    stub = StubRequester(lambda r: ok({}))
    IncrementalExport(stub, Kind.TIME, TIME, "tickets", start_time=0, clock=lambda: 1e9)
    with pytest.raises(InvalidArgumentError):  # the injected clock, not the wall clock
        IncrementalExport(stub, Kind.TIME, TIME, "tickets", start_time=0, clock=lambda: 30.0)


def test_routing_page_size_message() -> None:
    with pytest.raises(InvalidArgumentError) as info:
        IncrementalExport(StubRequester(lambda r: ok({})), Kind.ROUTING, SBR, "x", page_size=5)
    assert str(info.value) == (
        "the skill-based routing exports take no page size (Zendesk sends up to 3000)"
    )


@pytest.mark.parametrize("kind", [Kind.CURSOR, Kind.OFFSET])
def test_list_kinds_are_not_exports(kind: Kind) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        IncrementalExport(StubRequester(lambda r: ok({})), kind, TIME, "x", start_time=0)
    assert str(info.value) == f"{kind} is not an export kind; use Paginator for list endpoints"
