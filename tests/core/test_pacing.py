"""The pacing rules (`_pacing.py`) at their edges: every boundary of `admit`, `pause` and
`settle` taken exactly, and the whole resulting `AccountState` compared (a rule that touches a
field it should not is caught too). The Redis store runs the same rules in Lua; these tables
pin the Python side that it mirrors."""

from __future__ import annotations

import math

import attrs
import httpx
import pytest

from zendesk_async._constants import (
    DEFAULT_RETRY_AFTER,
    JOB_INFO_TTL,
    RESET_SLACK,
    SLOW_START_INITIAL,
    SLOW_START_MAX,
    UNKNOWN_RESET,
)
from zendesk_async._pacing import (
    AccountState,
    Ask,
    Observation,
    Settled,
    Verdict,
    _int,
    _jobs,
    _seconds,
    _tolerance,
    admit,
    parse_observation,
    pause,
    settle,
)

NOW = 1000.0
KNOWN = AccountState(limit=10, remaining=5, reset_at=NOW + 30, cap=8)
TOL = 1.0 + RESET_SLACK  # two whole-second `ratelimit-reset` answers: the same window
EDGE_LO, EDGE_HI = NOW + 30 - TOL, NOW + 30 + TOL
A = ("a", 2, 60.0)
B = ("b", 3, 10.0)


def ev(s: AccountState, **changes: float) -> AccountState:
    return attrs.evolve(s, **changes)  # type: ignore[arg-type]


# --- admit -----------------------------------------------------------------------------------

REFUSED = [
    # (state, ask, logs, wait, reason, state after)
    (AccountState(paused_until=NOW + 0.5), Ask(), (), 0.5, "pause", None),
    # the pause is checked first: a spent budget or full slow start does not change the reason
    (ev(KNOWN, remaining=0, paused_until=NOW + 2), Ask(), (), 2.0, "pause", None),
    (ev(KNOWN, in_flight=5), Ask(), (), None, "in-flight", None),
    (ev(KNOWN, in_flight=6), Ask(), (), None, "in-flight", None),  # more in flight than left
    (ev(KNOWN, remaining=1, in_flight=1), Ask(), (), None, "in-flight", None),
    (ev(KNOWN, remaining=0), Ask(), (), 30.0, "reset", None),
    (ev(KNOWN, remaining=0, reset_at=NOW + 0.25), Ask(), (), 0.25, "reset", None),
    (AccountState(cap=4, in_flight=4), Ask(), (), None, "slow-start", None),
    (AccountState(cap=4, in_flight=5), Ask(), (), None, "slow-start", None),
    # the window has reset: a new epoch in slow start, which is full already
    (
        ev(KNOWN, reset_at=NOW, in_flight=1),
        Ask(),
        (),
        None,
        "slow-start",
        ev(KNOWN, reset_at=NOW, in_flight=1, remaining=-1, epoch=1, cap=SLOW_START_INITIAL),
    ),
    (AccountState(jobs_paused_until=NOW + 3), Ask(job=True), (), 3.0, "jobs", None),
    (
        AccountState(jobs_remaining=0, jobs_known_until=NOW + 4),
        Ask(job=True),
        (),
        4.0,
        "jobs",
        None,
    ),
    (
        AccountState(jobs_remaining=2, jobs_known_until=NOW + 4, jobs_in_flight=2),
        Ask(job=True),
        (),
        4.0,
        "jobs",
        None,
    ),
    (
        AccountState(jobs_remaining=2, jobs_known_until=NOW + 4, jobs_in_flight=3),
        Ask(job=True),
        (),
        4.0,
        "jobs",
        None,
    ),
    # the job pause wins over the job count
    (
        AccountState(jobs_paused_until=NOW + 9, jobs_remaining=0, jobs_known_until=NOW + 4),
        Ask(job=True),
        (),
        9.0,
        "jobs",
        None,
    ),
    # named budgets: the longest wait of all of them
    (AccountState(), Ask((A, B)), ((NOW - 50, NOW - 40), (NOW - 5,) * 3), 10.0, "budget", None),
    (AccountState(), Ask((A, B)), ((NOW - 55, NOW - 50), (NOW - 2,) * 3), 8.0, "budget", None),
    (AccountState(), Ask((A, B)), ((NOW - 30, NOW), ()), 30.0, "budget", None),
    (AccountState(), Ask((A, B)), ((), (NOW - 8, NOW, NOW)), 2.0, "budget", None),
    (AccountState(), Ask((A,)), ((NOW - 59.5, NOW - 1),), 0.5, "budget", None),  # under 1 s
]


@pytest.mark.parametrize(("state", "ask", "logs", "wait", "reason", "after"), REFUSED)
def test_admit_refuses(
    state: AccountState,
    ask: Ask,
    logs: tuple[tuple[float, ...], ...],
    wait: float | None,
    reason: str,
    after: AccountState | None,
) -> None:
    assert admit(state, NOW, ask, logs) == Verdict(wait, reason, after or state)


ADMITTED = [
    # (state, ask, logs, state after, booked logs)
    (AccountState(), Ask(), (), AccountState(in_flight=1), ()),
    (AccountState(paused_until=NOW), Ask(), (), AccountState(paused_until=NOW, in_flight=1), ()),
    (AccountState(cap=4, in_flight=3), Ask(), (), AccountState(cap=4, in_flight=4), ()),
    (ev(KNOWN, in_flight=4), Ask(), (), ev(KNOWN, in_flight=5), ()),
    (ev(KNOWN, remaining=2, in_flight=1), Ask(), (), ev(KNOWN, remaining=2, in_flight=2), ()),
    # remaining 0 known and the window over: unknown again, a new epoch, slow start
    (
        ev(KNOWN, remaining=0, reset_at=NOW),
        Ask(),
        (),
        ev(KNOWN, remaining=-1, reset_at=NOW, epoch=1, cap=SLOW_START_INITIAL, in_flight=1),
        (),
    ),
    # unknown budget: no new epoch when the old reset time passes
    (
        AccountState(reset_at=NOW - 5, cap=4, epoch=3),
        Ask(),
        (),
        AccountState(reset_at=NOW - 5, cap=4, epoch=3, in_flight=1),
        (),
    ),
    (
        AccountState(jobs_paused_until=NOW),
        Ask(job=True),
        (),
        AccountState(jobs_paused_until=NOW, in_flight=1, jobs_in_flight=1),
        (),
    ),
    (
        AccountState(jobs_remaining=0, jobs_known_until=NOW),  # the reading is stale
        Ask(job=True),
        (),
        AccountState(jobs_remaining=0, jobs_known_until=NOW, in_flight=1, jobs_in_flight=1),
        (),
    ),
    (
        AccountState(jobs_remaining=2, jobs_known_until=NOW + 4, jobs_in_flight=1),
        Ask(job=True),
        (),
        AccountState(jobs_remaining=2, jobs_known_until=NOW + 4, in_flight=1, jobs_in_flight=2),
        (),
    ),
    (
        AccountState(jobs_remaining=-1, jobs_known_until=NOW + 4, jobs_in_flight=3),
        Ask(job=True),
        (),
        AccountState(jobs_remaining=-1, jobs_known_until=NOW + 4, in_flight=1, jobs_in_flight=4),
        (),
    ),
    # job holds do not touch other requests
    (
        AccountState(jobs_paused_until=NOW + 9, jobs_remaining=0, jobs_known_until=NOW + 4),
        Ask(),
        (),
        AccountState(
            jobs_paused_until=NOW + 9, jobs_remaining=0, jobs_known_until=NOW + 4, in_flight=1
        ),
        (),
    ),
    # every budget is booked, in order; starts that left the window are dropped
    (
        AccountState(),
        Ask((A, B)),
        ((NOW - 60, NOW - 1), (NOW - 10, NOW - 3)),
        AccountState(in_flight=1),
        ((NOW - 1, NOW), (NOW - 3, NOW)),
    ),
]


@pytest.mark.parametrize(("state", "ask", "logs", "after", "booked"), ADMITTED)
def test_admit_admits(
    state: AccountState,
    ask: Ask,
    logs: tuple[tuple[float, ...], ...],
    after: AccountState,
    booked: tuple[tuple[float, ...], ...],
) -> None:
    assert admit(state, NOW, ask, logs) == Verdict(0.0, "", after, booked)


def test_admit_without_logs_books_nothing() -> None:
    assert admit(AccountState(), NOW, Ask()) == Verdict(0.0, "", AccountState(in_flight=1), ())


# --- pause -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "seconds", "after", "added"),
    [
        (
            ev(KNOWN, in_flight=2),
            12.0,
            ev(KNOWN, in_flight=2, paused_until=NOW + 12, remaining=-1, epoch=1, cap=1),
            12.0,
        ),
        # extends a shorter pause
        (
            AccountState(paused_until=NOW + 5, epoch=2, cap=16),
            6.0,
            AccountState(paused_until=NOW + 6, epoch=3, cap=SLOW_START_INITIAL),
            6.0,
        ),
        # never shortens; an equal end is no extension
        (AccountState(paused_until=NOW + 6, cap=16), 6.0, None, 0.0),
        (AccountState(paused_until=NOW + 6, cap=16), 5.0, None, 0.0),
    ],
)
def test_pause(
    state: AccountState, seconds: float, after: AccountState | None, added: float
) -> None:
    assert pause(state, NOW, seconds) == (after or state, added)


# --- settle ----------------------------------------------------------------------------------

OK = Observation(200, limit=10, remaining=3, reset=20.0)
SETTLE = [
    # (state, epoch, job, obs, state after, paused, jobs paused)
    # no answer: in flight released (never below 0); the slow start of this epoch ends
    (AccountState(in_flight=2, jobs_in_flight=1), 0, True, None,
     AccountState(in_flight=1, cap=SLOW_START_MAX), 0.0, 0.0),
    (AccountState(), 0, True, None, AccountState(cap=SLOW_START_MAX), 0.0, 0.0),
    (AccountState(in_flight=1, epoch=2), 1, False, None, AccountState(epoch=2), 0.0, 0.0),
    (ev(KNOWN, in_flight=1), 0, False, None, KNOWN, 0.0, 0.0),
    (ev(KNOWN, remaining=0, in_flight=1), 0, False, None, ev(KNOWN, remaining=0), 0.0, 0.0),
    # TooManyJobs: job submissions held Retry-After (default when absent), nothing else
    (AccountState(in_flight=1, jobs_in_flight=1), 0, True,
     Observation(429, retry_after=7.0, too_many_jobs=True, remaining=0, limit=10, reset=5.0),
     AccountState(jobs_paused_until=NOW + 7), 0.0, 7.0),
    (AccountState(), 0, False, Observation(429, too_many_jobs=True),
     AccountState(jobs_paused_until=NOW + DEFAULT_RETRY_AFTER), 0.0, DEFAULT_RETRY_AFTER),
    (AccountState(jobs_paused_until=NOW + 7), 0, False,
     Observation(429, retry_after=7.0, too_many_jobs=True),
     AccountState(jobs_paused_until=NOW + 7), 0.0, 0.0),
    (AccountState(jobs_paused_until=NOW + 7), 0, False,
     Observation(429, retry_after=8.0, too_many_jobs=True),
     AccountState(jobs_paused_until=NOW + 8), 0.0, 8.0),
    # 429: the global pause (the headers of the answer teach nothing else)
    (ev(KNOWN, in_flight=1), 0, False,
     Observation(429, retry_after=4.0, remaining=9, limit=10, reset=50.0, jobs_remaining=3),
     ev(KNOWN, paused_until=NOW + 4, remaining=-1, epoch=1, cap=SLOW_START_INITIAL), 4.0, 0.0),
    (AccountState(paused_until=NOW + 10), 0, False, Observation(429, retry_after=10.0),
     AccountState(paused_until=NOW + 10), 0.0, 0.0),
    (AccountState(), 0, False, Observation(429),
     AccountState(paused_until=NOW + DEFAULT_RETRY_AFTER, epoch=1), DEFAULT_RETRY_AFTER, 0.0),
    # another 4xx is no pause, and no reason to open the slow start
    (AccountState(in_flight=1, cap=2), 0, False, Observation(430), AccountState(cap=2), 0.0, 0.0),
    (AccountState(in_flight=1, cap=2), 0, False, Observation(400), AccountState(cap=2), 0.0, 0.0),
    # answers without rate headers double the slow start (up to the maximum)
    (AccountState(in_flight=1, cap=2), 0, False, Observation(399), AccountState(cap=4), 0.0, 0.0),
    (AccountState(cap=SLOW_START_MAX // 2 + 1), 0, False, Observation(200),
     AccountState(cap=SLOW_START_MAX), 0.0, 0.0),
    (AccountState(cap=3, epoch=1), 0, False, Observation(200), AccountState(cap=3, epoch=1),
     0.0, 0.0),
    (KNOWN, 0, False, Observation(200), KNOWN, 0.0, 0.0),
    # the job queue reading: trusted min(resets, JOB_INFO_TTL) seconds
    (AccountState(), 0, True, Observation(200, jobs_remaining=4, jobs_reset=2.0),
     AccountState(jobs_remaining=4, jobs_known_until=NOW + 2, cap=2), 0.0, 0.0),
    (AccountState(), 0, True, Observation(200, jobs_remaining=0),
     AccountState(jobs_remaining=0, jobs_known_until=NOW + JOB_INFO_TTL, cap=2), 0.0, 0.0),
    (AccountState(), 0, True, Observation(200, jobs_remaining=0, jobs_reset=60.0),
     AccountState(jobs_remaining=0, jobs_known_until=NOW + JOB_INFO_TTL, cap=2), 0.0, 0.0),
    (AccountState(), 0, True, Observation(200, jobs_reset=2.0), AccountState(cap=2), 0.0, 0.0),
    # ...and still read when the budget part is from a window that is over
    (AccountState(epoch=1, in_flight=1), 0, True, attrs.evolve(OK, jobs_remaining=1),
     AccountState(epoch=1, jobs_remaining=1, jobs_known_until=NOW + JOB_INFO_TTL), 0.0, 0.0),
    # the first answer of an epoch sets the budget
    (AccountState(in_flight=1, cap=4), 0, False, OK,
     AccountState(limit=10, remaining=3, reset_at=NOW + 20, cap=4), 0.0, 0.0),
    (AccountState(), 0, False, Observation(200, remaining=0),
     AccountState(remaining=0, reset_at=NOW + UNKNOWN_RESET), 0.0, 0.0),
    (ev(KNOWN, remaining=-1, epoch=3), 3, False, attrs.evolve(OK, limit=None),
     ev(KNOWN, remaining=3, reset_at=NOW + 20, limit=0, epoch=3), 0.0, 0.0),
    # a window that is over: nothing
    (AccountState(epoch=1, in_flight=1), 0, False, OK, AccountState(epoch=1), 0.0, 0.0),
    (ev(KNOWN, epoch=1), 2, False, OK, ev(KNOWN, epoch=1), 0.0, 0.0),
    # the same window: min remaining, the earliest end, the limit if given
    (ev(KNOWN, remaining=2), 0, False, Observation(200, limit=12, remaining=7, reset=29.0),
     ev(KNOWN, remaining=2, reset_at=NOW + 29, limit=12), 0.0, 0.0),
    (KNOWN, 0, False, Observation(200, remaining=4, reset=30.0),
     ev(KNOWN, remaining=4), 0.0, 0.0),
    # spent (0 left) in this window: an answer that saw more left is older and changes nothing
    (ev(KNOWN, remaining=0), 0, False, Observation(200, limit=10, remaining=4, reset=30.0),
     ev(KNOWN, remaining=0), 0.0, 0.0),
    (ev(KNOWN, remaining=0), 0, False, Observation(200), ev(KNOWN, remaining=0), 0.0, 0.0),
    # exactly at the tolerance (1 s rounding + latency slack): still the same window
    (ev(KNOWN, remaining=2, reset_at=EDGE_LO), 0, False,
     Observation(200, limit=10, remaining=7, reset=30.0),
     ev(KNOWN, remaining=2, reset_at=EDGE_LO), 0.0, 0.0),
    (ev(KNOWN, remaining=5, reset_at=EDGE_HI), 0, False,
     Observation(200, limit=10, remaining=2, reset=30.0),
     ev(KNOWN, remaining=2, reset_at=NOW + 30), 0.0, 0.0),
    # past it: the next window (replaces) or the one before (ignored)
    (ev(KNOWN, remaining=2, reset_at=NOW + 28.9), 0, False,
     Observation(200, limit=20, remaining=7, reset=30.0),
     ev(KNOWN, remaining=7, reset_at=NOW + 30, limit=20), 0.0, 0.0),
    (ev(KNOWN, remaining=2, reset_at=NOW + 28.9), 0, False,
     Observation(200, remaining=7, reset=30.0),
     ev(KNOWN, remaining=7, reset_at=NOW + 30, limit=0), 0.0, 0.0),
    (ev(KNOWN, remaining=5, reset_at=NOW + 31.1), 0, False,
     Observation(200, limit=20, remaining=2, reset=30.0),
     ev(KNOWN, remaining=5, reset_at=NOW + 31.1), 0.0, 0.0),
    # millisecond resets: the tolerance is 1 ms + slack
    (ev(KNOWN, remaining=2, reset_at=NOW + 30.2), 0, False,
     Observation(200, remaining=7, reset=30.25),
     ev(KNOWN, remaining=2, reset_at=NOW + 30.2), 0.0, 0.0),
    (ev(KNOWN, remaining=2, reset_at=NOW + 30.2), 0, False,
     Observation(200, remaining=7, reset=30.5),
     ev(KNOWN, remaining=7, reset_at=NOW + 30.5, limit=0), 0.0, 0.0),
    # no reset header: trusted UNKNOWN_RESET seconds, with that tolerance
    (ev(KNOWN, remaining=2, reset_at=NOW + 1.5), 0, False, Observation(200, remaining=7),
     ev(KNOWN, remaining=2, reset_at=NOW + 1.0), 0.0, 0.0),
]  # fmt: skip


@pytest.mark.parametrize(("state", "epoch", "job", "obs", "after", "paused", "jobs_paused"), SETTLE)
def test_settle(
    state: AccountState,
    epoch: int,
    job: bool,
    obs: Observation | None,
    after: AccountState,
    paused: float,
    jobs_paused: float,
) -> None:
    got = settle(state, NOW, epoch, job, obs)
    assert got == Settled(after, paused, jobs_paused)


def test_the_tolerance_boundaries_are_exact_in_floating_point() -> None:
    """The two 'exactly at the tolerance' rows above only test the edge if the sums are exact."""
    assert EDGE_LO + TOL == NOW + 30
    assert EDGE_HI - TOL == NOW + 30


@pytest.mark.parametrize(
    ("reset", "tol"),
    [(None, UNKNOWN_RESET), (30.0, 1.0 + RESET_SLACK), (0.0, 1.0 + RESET_SLACK),
     (30.25, 0.001 + RESET_SLACK)],
)  # fmt: skip
def test_tolerance(reset: float | None, tol: float) -> None:
    assert _tolerance(reset) == tol


# --- reading the headers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "want"),
    [(None, None), ("7", 7), (" 7 ", 7), ("-1", -1), ("7.5", None), ("", None), ("x", None)],
)
def test_int(raw: str | None, want: int | None) -> None:
    assert _int(raw) == want


@pytest.mark.parametrize(
    ("raw", "want"),
    [(None, None), ("2.5", 2.5), (" 3 ", 3.0), ("0", 0.0), ("-4", 0.0), ("x", None), ("", None),
     ("nan", None), ("inf", math.inf)],
)  # fmt: skip
def test_seconds(raw: str | None, want: float | None) -> None:
    assert _seconds(raw) == want


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        (None, (None, None)),
        ("", (None, None)),
        ("total=30; remaining=29; resets=60", (29, 60.0)),
        ("total=30, remaining=0, resets=1.5", (0, 1.5)),
        ("remaining=3;;resets=2;", (3, 2.0)),
        ("resets=9", (None, 9.0)),
        ("remaining=x; resets=y", (None, None)),
        ("total=30", (None, None)),
        ("remaining=5; remaining=3=4", (None, None)),  # the last one counts, even unreadable
    ],
)
def test_jobs(raw: str | None, want: tuple[int | None, float | None]) -> None:
    assert _jobs(raw) == want


@pytest.mark.parametrize(
    ("headers", "want"),
    [
        ({}, Observation(200)),
        (
            {"x-rate-limit": "700", "x-rate-limit-remaining": "9", "ratelimit-reset": "12"},
            Observation(200, limit=700, remaining=9, reset=12.0),
        ),
        (
            {"ratelimit-limit": "200", "ratelimit-remaining": "3", "retry-after": "4"},
            Observation(200, limit=200, remaining=3, retry_after=4.0),
        ),
        # both spellings: X-Rate-Limit* is read first
        (
            {
                "x-rate-limit": "700",
                "ratelimit-limit": "100",
                "x-rate-limit-remaining": "9",
                "ratelimit-remaining": "1",
            },
            Observation(200, limit=700, remaining=9),
        ),
        (
            {"zendesk-ratelimit-inflight-jobs": "total=30; remaining=2; resets=3"},
            Observation(200, jobs_remaining=2, jobs_reset=3.0),
        ),
        ({"ratelimit-reset": "x", "retry-after": "soon"}, Observation(200)),
    ],
)
def test_parse_observation(headers: dict[str, str], want: Observation) -> None:
    assert parse_observation(200, httpx.Headers(headers)) == want


def test_parse_observation_passes_status_and_too_many_jobs() -> None:
    assert parse_observation(429, httpx.Headers()) == Observation(429)
    got = parse_observation(429, httpx.Headers({"Retry-After": "3"}), too_many_jobs=True)
    assert got == Observation(429, retry_after=3.0, too_many_jobs=True)


def test_a_negative_pause_holds_nothing_beyond_now() -> None:
    s, _ = pause(AccountState(paused_until=NOW - 10), NOW, -3.0)
    assert s == AccountState(paused_until=NOW, epoch=1)
    assert pause(AccountState(paused_until=NOW), NOW, -3.0) == (AccountState(paused_until=NOW), 0.0)


def test_admit_refuses_logs_that_do_not_match_the_budgets() -> None:
    """A store bug (a log missing) must not let a request through unbooked."""
    with pytest.raises(ValueError, match="zip"):
        admit(AccountState(), NOW, Ask((A, B)), ((),))
    with pytest.raises(ValueError, match="zip"):
        admit(AccountState(), NOW, Ask((A,)), ((), ()))
