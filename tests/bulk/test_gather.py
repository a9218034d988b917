"""`Gather` in detail: outcome numbering, the messages of misuse, and what an error raised in the
body of ``async with`` does to the calls still running or waiting (both anyio backends)."""

from __future__ import annotations

import anyio
import anyio.lowlevel
import pytest

from zendesk_async import bulk
from zendesk_async.errors import CallCancelledError, InvalidArgumentError

pytestmark = pytest.mark.anyio

OUTSIDE = r"^submit\(\) is only allowed inside 'async with gather\(\.\.\.\)'$"


async def double(i: int) -> int:
    await anyio.lowlevel.checkpoint()
    return 2 * i


async def test_outcomes_are_numbered_in_submission_order() -> None:
    async with bulk.Gather[int](concurrency=2) as g:
        submitted = [g.submit(double, i, key=f"k{i}") for i in range(5)]
    assert [o.index for o in g.outcomes] == [0, 1, 2, 3, 4]
    assert [o.key for o in g.outcomes] == ["k0", "k1", "k2", "k3", "k4"]
    assert g.outcomes == submitted
    assert [o.unwrap() for o in g.outcomes] == [0, 2, 4, 6, 8]


async def test_an_outcome_read_too_early_says_so() -> None:
    async with bulk.Gather[int]() as g:
        g.submit(double, 1)
        early = g.submit(double, 2)
        with pytest.raises(
            InvalidArgumentError,
            match=r"^call 1 has not finished: read outcomes after 'async with gather\(\)'$",
        ):
            early.unwrap()
    assert early.unwrap() == 4


async def test_submit_outside_the_block_is_refused_with_its_message() -> None:
    g = bulk.Gather[int]()
    with pytest.raises(InvalidArgumentError, match=OUTSIDE):
        g.submit(double, 1)
    async with g:
        g.submit(double, 1)
    with pytest.raises(InvalidArgumentError, match=OUTSIDE):  # and after it
        g.submit(double, 2)
    assert [o.value for o in g.outcomes] == [2]


async def test_an_error_in_the_body_cancels_running_and_waiting_calls() -> None:
    started = anyio.Event()
    steps = 0

    async def slow() -> int:
        nonlocal steps
        started.set()
        for _ in range(1000):
            await anyio.lowlevel.checkpoint()
            steps += 1
        return 1

    with pytest.raises(ExceptionGroup) as info:
        async with bulk.Gather[int](concurrency=1) as g:
            g.submit(slow, key="running")
            g.submit(slow, key="waiting")  # held back by concurrency=1
            await started.wait()
            raise ValueError("stop")
    assert [type(e) for e in info.value.exceptions] == [ValueError]
    assert steps < 1000  # the running call was stopped half-way
    running, waiting = g.outcomes
    assert all(o.cancelled and not o.ok and not o.finished for o in (running, waiting))
    assert isinstance(running.error, CallCancelledError)
    assert str(running.error) == "call 0 (key 'running') was cancelled before it finished"
    assert str(waiting.error) == "call 1 (key 'waiting') was cancelled before it finished"
    assert g.results == []
