"""An ASGI wrapper that holds one request until the test lets it go: signals land on cue.

The export in the subprocess sends request N only after it wrote and checkpointed page N-1, so
"request N arrived" is an event that says exactly how far the export got, whatever the load.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import anyio.to_thread

from zendesk_async.testing import FakeZendesk

WAIT = 120.0  # a safety net for a broken test, never a timing assumption


class Gate:
    """Forward to `app`; the `hold_at`-th request whose path starts with `path` waits for
    `release` (and sets `held` when it arrives)."""

    def __init__(self, app: FakeZendesk, path: str, hold_at: int | None = None) -> None:
        self.app = app
        self.path = path
        self.hold_at = hold_at
        self.seen = 0
        self.held = threading.Event()
        self.release = threading.Event()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].startswith(self.path):
            self.seen += 1
            if self.seen == self.hold_at:
                self.held.set()
                await anyio.to_thread.run_sync(self.release.wait, WAIT)
        await self.app(scope, receive, send)

    def wait_held(self) -> None:
        assert self.held.wait(WAIT), "the export never sent the request to hold"

    @contextmanager
    def holding(self, hold_at: int) -> Iterator[Gate]:
        """Hold request `hold_at` (counting from now); release it on exit whatever happens."""
        self.seen, self.hold_at = 0, hold_at
        self.held.clear()
        self.release.clear()
        try:
            yield self
        finally:
            self.release.set()
            self.hold_at = None
