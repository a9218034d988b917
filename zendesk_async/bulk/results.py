"""Per-input results of a bulk write: `ItemState`, `BulkItemResult` and `BulkResult`.

Every input ends in exactly one of three states:

* `SUCCEEDED`: Zendesk reported it done (`id` holds the record id).
* `FAILED`: Zendesk did not apply it (the job reported an error for it, or its chunk was refused
  before anything ran): safe to send again.
* `UNKNOWN`: it may or may not have been applied (the chunk's request may have reached Zendesk but
  no answer came back, or its job did not report it): look it up before sending it again.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs

from .jobs import JobStatus

__all__ = ["BulkItemResult", "BulkResult", "ItemState"]


class ItemState(enum.Enum):
    """What became of one input of a bulk write."""

    SUCCEEDED = "succeeded"
    FAILED = "failed"  # not applied: safe to resend
    UNKNOWN = "unknown"  # may have been applied: look it up before resending


@attrs.frozen
class BulkItemResult:
    """The outcome for one input of a bulk write.

    `id` is the record id (the created id for creates, the input's id for updates and deletes).
    `status` / `action` / `error` / `details` are what the job reported for this input;
    `exception` is the typed error of the request that carried the input's chunk, when that
    request failed; `job_id` the background job that carried it, once Zendesk accepted the chunk
    (`zd.job_statuses.get(job_id)` to look again at an `UNKNOWN` item); `raw` the job's result
    entry for this input, as sent.
    """

    index: int
    input: Any
    id: int | str | None = None
    state: ItemState = ItemState.UNKNOWN
    status: str | None = None
    action: str | None = None
    error: str | None = None
    details: Any = None
    exception: BaseException | None = None
    job_id: str | None = None
    raw: Mapping[str, Any] | None = attrs.field(default=None, repr=False)

    @property
    def success(self) -> bool:
        return self.state is ItemState.SUCCEEDED

    @property
    def unknown(self) -> bool:
        """It may have been applied: look it up before sending it again."""
        return self.state is ItemState.UNKNOWN


@attrs.define
class BulkResult:
    """Per-input results of a bulk write (input order), plus the jobs that carried it.

    `ok` only when every item succeeded. `failed` lists the items that are safe to send again,
    `unknown` the ones to look up first; neither includes the other.
    """

    items: list[BulkItemResult]
    jobs: list[JobStatus]

    @property
    def ok(self) -> bool:
        return all(item.success for item in self.items)

    @property
    def succeeded(self) -> list[BulkItemResult]:
        return [item for item in self.items if item.state is ItemState.SUCCEEDED]

    @property
    def failed(self) -> list[BulkItemResult]:
        """Items Zendesk did not apply (safe to resend)."""
        return [item for item in self.items if item.state is ItemState.FAILED]

    @property
    def unknown(self) -> list[BulkItemResult]:
        """Items that may have been applied (look them up before resending)."""
        return [item for item in self.items if item.state is ItemState.UNKNOWN]

    @property
    def ids(self) -> list[int | str | None]:
        """The record id per input (created ids for creates), None where there is none."""
        return [item.id for item in self.items]

    def __len__(self) -> int:
        return len(self.items)
