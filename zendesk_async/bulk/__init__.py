"""High-concurrency bulk work: `get_many`, chunked bulk writes with job polling, and `Gather`.

Everything here sends through the client's `Requester`, so one governor (concurrency, 429 pauses,
header-driven throttling) covers all of it. Results always account for every input:

* `get_many` returns a `FetchedList` in input order with `.missing` for ids Zendesk did not return.
* bulk writes return a `BulkResult` with one `BulkItemResult` per input (id, state, error),
  whatever happened to each chunk: succeeded, failed (safe to resend) or unknown (look it up).
* `Gather` runs the caller's own coroutines with bounded concurrency and keeps one `Outcome` per
  submission (value or exception) instead of failing the whole batch on the first error.

One module per job: `fetch` (fetching by id), `jobs` (job statuses and polling), `results`
(per-input result types), `job_results` (the rule mapping a job's results onto its inputs),
`writes` (chunked job submission and partial failures), `gather` (`Gather`).
This module re-exports the public names.
"""

from ._common import chunked
from .fetch import FetchedList, get_many, ideal_wall_time
from .gather import Gather, Outcome
from .jobs import JobStatus, wait_job
from .results import BulkItemResult, BulkResult, ItemState
from .writes import run_bulk

__all__ = [
    "BulkItemResult",
    "BulkResult",
    "FetchedList",
    "Gather",
    "ItemState",
    "JobStatus",
    "Outcome",
    "chunked",
    "get_many",
    "ideal_wall_time",
    "run_bulk",
    "wait_job",
]
