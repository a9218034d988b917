"""Why the client is waiting, for the progress line ("waiting 42 s: export budget 10/min").

Every wait of a client — a 429 pause, an endpoint budget, throttling, a retry back-off — is an
`await governor.sleep(seconds)`, the budget and pause waits from inside `governor.wait_turn`.
`report_waits` wraps both on one governor for the length of a `with`, and tells `on_wait` the
reason and length of each wait as it starts (and `None` when it ends). A small hook on what the
governor offers today; a richer wait API in the governor can replace it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

OnWait = Callable[[str | None, float], None]

_turn: ContextVar[str | None] = ContextVar("zendesk_async_cli_turn", default=None)
_NO_BUDGET = ""  # inside wait_turn without a budget


def wait_reason(governor: Any, turn: str | None) -> str:
    """Why a sleep happens, from the governor's state and whether it is a request's turn."""
    if governor.clock() < governor.paused_until:
        return "429 rate limit"
    if turn is None:
        return "retry after an error"
    if turn in governor.budgets:
        name = "export" if turn == "incremental" else turn
        return f"{name} budget {governor.budgets[turn]}/min"
    return "rate limit nearly used"


@contextmanager
def report_waits(governor: Any, on_wait: OnWait) -> Iterator[None]:
    sleep, wait_turn = governor.sleep, governor.wait_turn

    async def turn(budget: str | None = None) -> float:
        token = _turn.set(budget or _NO_BUDGET)
        try:
            return await wait_turn(budget)  # type: ignore[no-any-return]
        finally:
            _turn.reset(token)

    async def watched(seconds: float) -> None:
        on_wait(wait_reason(governor, _turn.get()), seconds)
        try:
            await sleep(seconds)
        finally:
            on_wait(None, 0.0)

    governor.sleep = watched
    governor.wait_turn = turn
    try:
        yield
    finally:
        governor.sleep = sleep
        del governor.wait_turn  # the class's method again
