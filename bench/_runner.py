"""Run one contender (sync or async) and turn what happened into an Outcome or a note."""

from __future__ import annotations

import inspect
import traceback
from collections.abc import Callable
from typing import Any

import anyio

from ._common import ContenderUnavailable, Outcome


def run_contender(fn: Callable[..., Any], *args: Any) -> Outcome | str:
    """Call `fn(*args)` (an `async def` runs under anyio/asyncio); an Outcome, or why not."""
    try:
        if inspect.iscoroutinefunction(fn):
            result: Outcome = anyio.run(fn, *args)
        else:
            result = fn(*args)
        return result
    except ContenderUnavailable as exc:
        return f"n/a ({exc})"
    except Exception as exc:
        last = traceback.extract_tb(exc.__traceback__)[-1]
        text = " ".join(str(exc).split())[:160]
        return f"failed: {type(exc).__name__}: {text} (at {last.name}:{last.lineno})"


def best_of_rounds(
    contenders: list[tuple[str, Callable[..., Any]]],
    args: tuple[Any, ...],
    rounds: int,
    repeat: Callable[[str], bool],
) -> dict[str, Outcome | str]:
    """Run every contender, alternating, `rounds` times for those `repeat` selects (once for
    the others); keep each one's fastest Outcome. On shared cores the noise of a round hits the
    contenders of that round alike, and the best round is the closest to an idle machine."""
    best: dict[str, Outcome | str] = {}
    for n in range(rounds):
        for name, fn in contenders:
            if n and not repeat(name):
                continue
            out = run_contender(fn, *args)
            prev = best.get(name)
            if not isinstance(prev, Outcome) or (
                isinstance(out, Outcome) and out.seconds < prev.seconds
            ):
                best[name] = out
    return best
