"""The export progress line."""

from __future__ import annotations

import time
from typing import Any

from ._output import plural


class Progress:
    """A rich progress line (records, pages, rate, elapsed, what it waits for) — or nothing when
    not a TTY / quiet. The rate counts this run's records only (a resumed export starts with
    `start_records` already in the file)."""

    def __init__(self, label: str, *, enabled: bool, start_records: int = 0) -> None:
        self.label = label
        self.enabled = enabled
        self.records = start_records
        self.start_records = start_records
        self.wait = ""
        self.pages = 0
        self.started = time.monotonic()
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                Progress as RichProgress,
            )
            from rich.progress import (
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            self._progress = RichProgress(
                SpinnerColumn(),
                TextColumn("[bold]{task.description}"),
                TextColumn("{task.completed:,} records"),
                TextColumn("{task.fields[pages]}"),
                TextColumn("{task.fields[status]}"),  # the rate, or what it waits for
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self._progress.__enter__()
            self._task = self._progress.add_task(
                self.label, total=None, completed=self.records, pages="0 pages", status="0 rec/s"
            )
        return self

    def advance(self, records: int) -> None:
        self.records += records
        self.pages += 1
        if self._progress is not None:
            self._progress.update(
                self._task,
                completed=self.records,
                pages=plural(self.pages, "page"),
                status=self._status(),
            )

    def waiting(self, reason: str | None, seconds: float) -> None:
        """A wait starts (`reason`, `seconds`) or ends (`None`): shown at once, not at the next
        refresh, since a wait is when nothing else moves."""
        self.wait = f"waiting {seconds:,.0f} s: {reason}" if reason is not None else ""
        if self._progress is not None:
            self._progress.update(self._task, status=self._status())
            self._progress.refresh()

    def _status(self) -> str:
        return self.wait or f"{self.rate:,.0f} rec/s"

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        elapsed = self.elapsed
        return (self.records - self.start_records) / elapsed if elapsed > 0 else 0.0

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(None, None, None)
