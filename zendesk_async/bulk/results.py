"""Per-input results of a bulk write: `BulkItemResult`, `BulkResult`, and the mapping of a
finished job's `results` onto the inputs of its chunk."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .jobs import JobStatus

__all__ = ["BulkItemResult", "BulkResult", "apply_job_results"]


@attrs.define
class BulkItemResult:
    """The outcome for one input of a bulk write."""

    index: int
    input: Any
    id: int | str | None = None
    success: bool = False
    status: str | None = None
    action: str | None = None
    error: str | None = None
    details: Any = None


@attrs.define
class BulkResult:
    """Per-input results of a bulk write, plus the jobs that carried it."""

    items: list[BulkItemResult]
    jobs: list[JobStatus]

    @property
    def ok(self) -> bool:
        return all(item.success for item in self.items)

    @property
    def failed(self) -> list[BulkItemResult]:
        return [item for item in self.items if not item.success]

    @property
    def ids(self) -> list[int | str | None]:
        """The record id per input (created ids for creates), None where there is none."""
        return [item.id for item in self.items]

    def __len__(self) -> int:
        return len(self.items)


def apply_job_results(job: JobStatus, items: list[BulkItemResult]) -> None:
    """Spread a finished job's `results` over the chunk's items (by index, else by id)."""
    failed_job = job.status != "completed"
    entries = job.results
    if isinstance(entries, Mapping):  # e.g. {"success": true} on permanent deletes
        entries = [entries] if "id" in entries or "index" in entries else []
        if not entries and job.results.get("success") is True and not failed_job:
            for item in items:
                item.success, item.status = True, "completed"
            return
    by_id: dict[Any, Mapping[str, Any]] = {}
    by_index: dict[int, Mapping[str, Any]] = {}
    for entry in entries or []:
        if not isinstance(entry, Mapping):
            continue
        if isinstance(entry.get("index"), int):
            by_index[entry["index"]] = entry
        if entry.get("id") is not None:
            by_id[entry["id"]] = entry
            if isinstance(entry["id"], str) and entry["id"].isdigit():
                by_id[int(entry["id"])] = entry
    for pos, item in enumerate(items):
        entry = by_index.get(pos)
        if entry is None and item.id is not None:
            entry = by_id.get(item.id)
        if entry is None:
            if failed_job:
                item.success = False
                item.error = item.error or f"job {job.status}: {job.message or 'no detail'}"
            elif by_index or by_id:
                item.success = False
                item.error = "not reported in the job results"
            else:  # a completed job that reports nothing per item
                item.success = True
                item.status = "completed"
            continue
        item.id = entry.get("id", item.id)
        item.action = entry.get("action")
        item.status = entry.get("status")
        item.details = entry.get("details")
        error = entry.get("error")
        success = entry.get("success")
        item.success = error is None and success is not False and not failed_job
        if error is not None:
            item.error = str(error)
        elif not item.success:
            item.error = f"job {job.status}"
