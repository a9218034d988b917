"""SIGINT and SIGTERM stop a command the same way: its task is cancelled.

Cancellation lands only at an await, so an export either finishes the page in hand (writing a
page and its checkpoint has no await in it) or drops it (a request in flight), and every `with`
and `finally` runs: the file and its checkpoint stay consistent, and `--resume` continues.

A process that starts with SIGINT ignored (a shell's background job, `nohup`) keeps it ignored, as
the shell meant it to be immune to the terminal's Ctrl-C; SIGTERM (kill, systemd, Kubernetes)
always stops it.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Awaitable, Callable
from typing import TypeVar

import anyio

T = TypeVar("T")


class Stopped(Exception):
    """The command was stopped by `signum`."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def stop_signals() -> tuple[signal.Signals, ...]:
    """SIGTERM, and SIGINT unless the process was started with it ignored."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        return (signal.SIGTERM,)
    return (signal.SIGINT, signal.SIGTERM)


async def run_until_stopped(fn: Callable[[], Awaitable[T]]) -> T:
    """Run `fn()`; on a stop signal cancel it and raise `Stopped`. Its own errors propagate."""
    if sys.platform == "win32":  # pragma: no cover - no signal receivers; Ctrl-C still works
        return await fn()
    received: list[int] = []
    outcome: list[T] = []
    error: list[Exception] = []
    with anyio.open_signal_receiver(*stop_signals()) as signals:
        async with anyio.create_task_group() as tg:

            async def watch() -> None:
                async for signum in signals:
                    received.append(signum)
                    tg.cancel_scope.cancel()
                    return

            tg.start_soon(watch)
            try:
                outcome.append(await fn())
            except KeyboardInterrupt:  # raised by code (or a handler installed before ours)
                received.append(signal.SIGINT)
            except Exception as exc:  # re-raised below, outside the task group's ExceptionGroup
                error.append(exc)
            finally:
                tg.cancel_scope.cancel()
    if received:
        raise Stopped(received[0])
    if error:
        raise error[0]
    return outcome[0]
