"""The export progress line."""

from __future__ import annotations

import time
from typing import Any


class Progress:
    """A rich progress line (records, pages, rate, elapsed) — or nothing when not a TTY / quiet."""

    def __init__(self, label: str, *, enabled: bool, start_records: int = 0) -> None:
        self.label = label
        self.enabled = enabled
        self.records = start_records
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
                TextColumn("{task.fields[pages]:,} pages"),
                TextColumn("{task.fields[rate]:,.0f} rec/s"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self._progress.__enter__()
            self._task = self._progress.add_task(
                self.label, total=None, completed=self.records, pages=0, rate=0.0
            )
        return self

    def advance(self, records: int) -> None:
        self.records += records
        self.pages += 1
        if self._progress is not None:
            self._progress.update(
                self._task, completed=self.records, pages=self.pages, rate=self.rate
            )

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.records / self.elapsed if self.elapsed > 0 else 0.0

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(None, None, None)
