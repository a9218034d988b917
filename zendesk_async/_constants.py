"""Every tunable number of the library, in one place. Sections are owned by the modules named."""

from __future__ import annotations

from typing import Final

# --- HTTP client (_client.py) -------------------------------------------------------------------
DEFAULT_DOMAIN: Final = "zendesk.com"
API_PREFIX: Final = "/api/v2"
DEFAULT_CONNECT_TIMEOUT: Final = 10.0
DEFAULT_READ_TIMEOUT: Final = 120.0  # incremental exports can take a while to start streaming
DEFAULT_WRITE_TIMEOUT: Final = 30.0
DEFAULT_POOL_TIMEOUT: Final = 30.0
DEFAULT_MAX_CONNECTIONS: Final = 50
DEFAULT_KEEPALIVE_CONNECTIONS: Final = 50
USER_AGENT: Final = "zendesk-async/0.1"

# --- Retries (_retry.py) ------------------------------------------------------------------------
DEFAULT_MAX_RETRIES: Final = 5
BACKOFF_INITIAL: Final = 0.5  # seconds, doubled per attempt
BACKOFF_MAX: Final = 8.0
BACKOFF_JITTER: Final = 0.25  # +-25 %
DEFAULT_RETRY_AFTER: Final = 10.0  # when a 429 comes without Retry-After (Zendesk's Ruby client)
DEFAULT_RETRY_DEADLINE: Final = 600.0  # total seconds one call may spend retrying
CONFLICT_MAX_RETRIES: Final = 2  # 409: Zendesk says retry, but a stale safe_update never succeeds

# --- Governor (_ratelimit.py) -------------------------------------------------------------------
DEFAULT_CONCURRENCY: Final = 20
INCREMENTAL_REQUESTS_PER_MINUTE: Final = 10  # 30 with the High Volume add-on
THROTTLE_REMAINING_FRACTION: Final = 0.1  # start spreading requests below 10 % remaining
RATE_LIMIT_WINDOW: Final = 60.0  # seconds; account and endpoint limits are per minute
# Named endpoint budgets: name -> (requests, window seconds). Source: ../shared/reference/
# api-notes.md §2 (developer.zendesk.com/api-reference/introduction/rate-limits).
ENDPOINT_BUDGETS: Final[dict[str, tuple[int, float]]] = {
    "incremental": (10, 60.0),  # /api/v2/incremental/*: 10/min (30/min with High Volume)
    "ticket-update": (30, 600.0),  # any PUT updating a ticket: 30 per 10 min per user per ticket
}
INCREMENTAL_REQUESTS_PER_MINUTE_HIGH_VOLUME: Final = 30  # same source, High Volume add-on
JOB_QUEUE_LIMIT: Final = 30  # jobs queued or running per account; `zendesk-ratelimit-inflight-jobs`
JOB_INFO_TTL: Final = 5.0  # seconds a `zendesk-ratelimit-inflight-jobs` reading stays trusted
SLOW_START_INITIAL: Final = 1  # requests in flight while the budget is unknown, doubled per answer
SLOW_START_MAX: Final = 1 << 16
RESET_SLACK: Final = 0.05  # seconds of answer latency when telling two windows' ends apart
UNKNOWN_RESET: Final = 1.0  # seconds a `remaining` without `ratelimit-reset` stays trusted
GOVERNOR_POLL: Final = 0.02  # seconds between re-checks while waiting for another task's answer
GOVERNOR_LOG_WAIT: Final = 1.0  # log at INFO a wait at least this long (pauses, budgets, jobs)
RESERVATION_TTL: Final = 5.0  # a shared-store reservation of a killed worker expires after this
STORE_RETRY_AFTER: Final = 5.0  # shared store unreachable: in-process for this long, then retry
STORE_TIMEOUT: Final = 2.0  # seconds one shared-store operation may take before it counts as down

# --- OAuth (auth.py) ----------------------------------------------------------------------------
OAUTH_REFRESH_MARGIN: Final = 120.0  # refresh this many seconds before expiry
OAUTH_TOKEN_PATH: Final = "/oauth/tokens"

# --- Pagination (pagination.py, incremental.py) -------------------------------------------------
CURSOR_PAGE_SIZE_MAX: Final = 100
OFFSET_RECORD_LIMIT: Final = 10_000
INCREMENTAL_PER_PAGE_MAX: Final = 1000
INCREMENTAL_MIN_AGE: Final = 60  # start_time must be more than a minute in the past

# --- Bulk (bulk.py) -----------------------------------------------------------------------------
SHOW_MANY_MAX_IDS: Final = 100
BULK_CHUNK: Final = 100
MAX_JOBS_IN_FLIGHT: Final = 30
JOB_POLL_INITIAL: Final = 1.0
JOB_POLL_MAX: Final = 15.0
JOB_DEFAULT_TIMEOUT: Final = 600.0

# --- Fake server (testing/) ---------------------------------------------------------------------
FAKE_FIRST_TICKET_ID: Final = 24_050_113_285_393  # a real-looking large id (api-notes §7)
FAKE_SEED_EPOCH: Final = 1_600_000_000  # seeded ticket i has generated_timestamp epoch + i
FAKE_SEED_DELETED_EVERY: Final = 97  # every 97th seeded ticket is deleted (exports only)
FAKE_TEMPLATE_VARIANTS: Final = 256  # distinct pre-encoded ticket shapes
FAKE_RATE_LIMIT_UNLIMITED: Final = 1_000_000  # header value when no budget is configured
FAKE_JOB_POLLS_TO_COMPLETE: Final = 1  # a job shows "working" this many polls, then completes
FAKE_MAX_JOBS_IN_FLIGHT: Final = 30
FAKE_SBR_PAGE_MAX: Final = 3000
FAKE_SAMPLE_MAX: Final = 50
FAKE_OAUTH_EXPIRES_IN: Final = 1800  # 30-minute access tokens
FAKE_HANG_SECONDS: Final = 3600.0
FAKE_REQUEST_LOG: Final = 10_000  # FakeZendesk.requests keeps this many (method, path)
