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
