"""The job-result shape rule: how a finished job's `results` map onto the inputs of its chunk.

One background job carries one chunk (at most 100 inputs). Zendesk reports its `results` in these
shapes (see tests/bulk/job_results.json):

* a list of per-item entries, e.g.
  `{"index": 0, "id": 123}` (create), `{"id": 123, "status": "Created"}` (create, no index),
  `{"id": 123, "action": "update", "status": "Updated", "success": true}`,
  `{"id": 123, "action": "delete", "status": "Deleted", "success": true}`,
  `{"index": 1, "id": 123, "error": "OrganizationUpdateFailed", "details": "..."}` (a failure:
  no `action`, no `success`), `{"index": 1, "error": "RecordInvalid", "success": false}`;
  any of them may carry more keys (`account_id`, ...), which are kept in `raw` and ignored;
* one object for the whole job: `{"success": true}` (permanent deletes, spam);
* nothing (`null` or `[]`).

**Placing** an entry on an input (position p in the chunk, 0-based, in submission order):

1. an integer `index` within the chunk places it at that position;
2. otherwise, when the inputs carry ids (updates, deletes, routing `set_many`: `keys`), its `id`
   places it on the first unplaced input with that id;
3. otherwise, entries still unplaced go to the positions still free, one by one in order
   (Zendesk reports results in submission order, one per input), but only when there are exactly
   as many of them as free positions: if the counts differ the pairing is a guess, so it is not
   made and those inputs count as not reported.

**Reading** a placed entry: a non-null `error`, `success: false` or `status: "Failed"` is a
failure (`FAILED`, with `error` / `details`); else `success: true`, a `status` or an `id` is a
success; an entry with none of these is `UNKNOWN`.

**Inputs no entry was placed on**: when the job completed and reported no per-item entry at all
(`null`, `[]`, `{"success": true}`) they succeeded; `{"success": false}` means they failed.
Otherwise (a completed job that reported other inputs but not this one, or a job that ended
`failed` / `killed`, which may have stopped part-way) they are `UNKNOWN`.

Pure: `job_item_results` reads only its arguments.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from .jobs import TERMINAL_OK, JobStatus
from .results import BulkItemResult, ItemState

__all__ = ["job_item_results", "read_entry"]

Key = int | str | None


def job_item_results(
    job: JobStatus,
    keys: Sequence[Key],
    *,
    inputs: Sequence[Any] | None = None,
    offset: int = 0,
) -> list[BulkItemResult]:
    """One `BulkItemResult` per input of the chunk `job` carried (`keys[i]`: the id input i
    refers to, or None), numbered from `offset`."""
    n = len(keys)
    inputs = inputs if inputs is not None else [None] * n
    completed = job.status in TERMINAL_OK
    entries, whole_job = _entries(job.results)
    placed = _place(entries, keys)

    out: list[BulkItemResult] = []
    for pos in range(n):
        base = BulkItemResult(index=offset + pos, input=inputs[pos], id=keys[pos], job_id=job.id)
        entry = placed[pos]
        if entry is not None:
            out.append(read_entry(entry, base))
            continue
        if completed and not entries and whole_job is not False:
            state, error = ItemState.SUCCEEDED, None
        elif completed and whole_job is False:
            state, error = ItemState.FAILED, f"job reported failure: {job.message or 'no detail'}"
        elif completed:
            state, error = ItemState.UNKNOWN, "not reported in the job results"
        else:
            state, error = ItemState.UNKNOWN, f"job {job.status}: {job.message or 'no detail'}"
        status = "completed" if state is ItemState.SUCCEEDED else None
        out.append(attrs.evolve(base, state=state, error=error, status=status))
    return out


def read_entry(entry: Mapping[str, Any], base: BulkItemResult) -> BulkItemResult:
    """`base` updated with what one job result entry says about its input."""
    error, success, status = entry.get("error"), entry.get("success"), entry.get("status")
    failed = (
        error is not None
        or success is False
        or (isinstance(status, str) and status.lower() == "failed")
    )
    if failed:
        state = ItemState.FAILED
    elif success is True or status is not None or entry.get("id") is not None:
        state = ItemState.SUCCEEDED
    else:
        state = ItemState.UNKNOWN
    message: str | None = None
    if error is not None:
        message = str(error)
    elif state is ItemState.FAILED:
        message = str(status or "failed")
    elif state is ItemState.UNKNOWN:
        message = "job result entry says neither success nor failure"
    rid = entry.get("id")
    return attrs.evolve(
        base,
        state=state,
        id=_norm(rid) if rid is not None else base.id,
        status=None if status is None else str(status),
        action=None if entry.get("action") is None else str(entry["action"]),
        error=message,
        details=entry.get("details"),
        raw=dict(entry),
    )


def _entries(results: Any) -> tuple[list[Mapping[str, Any]], bool | None]:
    """(per-item entries, whole-job success flag or None)."""
    if isinstance(results, Mapping):
        if "id" in results or "index" in results:
            return [results], None
        flag = results.get("success")
        return [], flag if isinstance(flag, bool) else None
    if isinstance(results, list):
        return [e for e in results if isinstance(e, Mapping)], None
    return [], None


def _place(entries: list[Mapping[str, Any]], keys: Sequence[Key]) -> list[Mapping[str, Any] | None]:
    """Rules 1-3 of the module docstring: the entry for each position, or None."""
    n = len(keys)
    placed: list[Mapping[str, Any] | None] = [None] * n
    rest: list[Mapping[str, Any]] = []
    for entry in entries:  # rule 1: index
        index = entry.get("index")
        if type(index) is int and 0 <= index < n and placed[index] is None:
            placed[index] = entry
            continue
        rest.append(entry)
    by_key: dict[Key, list[int]] = {}
    for pos, key in enumerate(keys):
        if key is not None and placed[pos] is None:
            by_key.setdefault(_norm(key), []).append(pos)
    unplaced: list[Mapping[str, Any]] = []
    for entry in rest:  # rule 2: id
        positions = by_key.get(_norm(entry.get("id")))
        if positions:
            placed[positions.pop(0)] = entry
        else:
            unplaced.append(entry)
    free = [pos for pos in range(n) if placed[pos] is None]
    if unplaced and len(unplaced) == len(free):  # rule 3: submission order
        for pos, entry in zip(free, unplaced, strict=True):
            placed[pos] = entry
    return placed


def _norm(value: Any) -> Key:
    """An id as int when it is all digits ("123" and 123 are the same record)."""
    if isinstance(value, str) and value.isdigit():
        return int(value)
    if isinstance(value, int | str):
        return value
    return None
