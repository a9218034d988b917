"""`Gather`: bounded fan-out for the caller's own coroutines, one `Outcome` per call."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Generic, TypeVar

import anyio
import anyio.abc
import attrs

from .. import _constants as C
from ..errors import CallCancelledError, InvalidArgumentError
from ._common import check_concurrency

T = TypeVar("T")

__all__ = ["Gather", "Outcome"]


@attrs.define
class Outcome(Generic[T]):
    """The result of one submitted call: `value` or `error`, never both.

    `finished` once the call returned or raised. A call that never finished (the scope around the
    gather was cancelled) is never ok: its `error` is a `CallCancelledError`.
    """

    index: int
    key: Any
    value: T | None = None
    error: BaseException | None = None
    finished: bool = False

    @property
    def ok(self) -> bool:
        """The call finished and returned a value."""
        return self.finished and self.error is None

    @property
    def cancelled(self) -> bool:
        """The call was cancelled before it finished."""
        return isinstance(self.error, CallCancelledError)

    def unwrap(self) -> T:
        """The value, or raise the error."""
        if self.error is not None:
            raise self.error
        if not self.finished:
            raise InvalidArgumentError(
                f"call {self.index} has not finished: read outcomes after 'async with gather()'"
            )
        return self.value  # type: ignore[return-value]


class Gather(Generic[T]):
    """Run many calls with at most `concurrency` at once; collect one `Outcome` per call.

    ```python
    async with zd.gather(concurrency=50) as g:
        for tid in ids:
            g.submit(zd.tickets.get, tid, key=tid)
    for outcome in g.outcomes:        # submission order
        print(outcome.key, outcome.value if outcome.ok else outcome.error)
    ```
    A failing call does not cancel the others (partial failures are reported per input).
    Cancellation of the surrounding scope cancels everything; every call that had not finished
    then has `ok` False and a `CallCancelledError` as its `error`. `raise_errors()` turns the
    failures into one `ExceptionGroup` when that is what the caller wants.
    """

    def __init__(self, concurrency: int = C.DEFAULT_CONCURRENCY) -> None:
        self._limiter = anyio.CapacityLimiter(check_concurrency(concurrency))
        self._outcomes: list[Outcome[T]] = []
        self._tg: anyio.abc.TaskGroup | None = None

    async def __aenter__(self) -> Gather[T]:
        self._tg = anyio.create_task_group()
        await self._tg.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        assert self._tg is not None
        tg, self._tg = self._tg, None
        try:
            return await tg.__aexit__(exc_type, exc, tb)
        finally:
            self._mark_unfinished()

    def _mark_unfinished(self) -> None:
        """After the task group: a call that did not finish was cancelled (it may never have
        started, or been stopped half-way)."""
        for outcome in self._outcomes:
            if not outcome.finished and outcome.error is None:
                outcome.error = CallCancelledError(
                    f"call {outcome.index} (key {outcome.key!r}) was cancelled before it finished"
                )

    def submit(self, fn: Callable[..., Awaitable[T]], *args: Any, key: Any = None) -> Outcome[T]:
        """Schedule `fn(*args)`; returns its `Outcome`, filled in when the call finishes."""
        if self._tg is None:
            raise InvalidArgumentError("submit() is only allowed inside 'async with gather(...)'")
        outcome: Outcome[T] = Outcome(index=len(self._outcomes), key=key)
        self._outcomes.append(outcome)
        self._tg.start_soon(self._run, outcome, fn, args)
        return outcome

    async def _run(
        self, outcome: Outcome[T], fn: Callable[..., Awaitable[T]], args: tuple[Any, ...]
    ) -> None:
        async with self._limiter:
            try:
                outcome.value = await fn(*args)
            except Exception as exc:  # reported per input, by design
                outcome.error = exc
            outcome.finished = True

    @property
    def outcomes(self) -> list[Outcome[T]]:
        return list(self._outcomes)

    @property
    def results(self) -> list[T]:
        """Values of the successful calls, in submission order."""
        return [o.value for o in self._outcomes if o.ok]  # type: ignore[misc]

    @property
    def errors(self) -> list[Outcome[T]]:
        return [o for o in self._outcomes if o.error is not None]

    def raise_errors(self) -> None:
        """Raise an ExceptionGroup of every failure (no-op when all succeeded)."""
        failures = [o.error for o in self._outcomes if isinstance(o.error, Exception)]
        if failures:
            raise ExceptionGroup(f"{len(failures)} of {len(self._outcomes)} calls failed", failures)
