"""Kill-and-resume: export 20,000 tickets, kill the export at 50 seeded-random points, resume
each time from the last checkpoint that was stored; the union is exactly the 20,000 tickets.

"Durable storage" is two lists: the pages of ids saved, and the checkpoints stored. The
pattern under test is the documented one: save a page's items, *then* store its checkpoint.
A kill lands at one of three kinds of points, chosen at random:

- `between`: after page k was saved and its checkpoint stored;
- `mid_page`: after page k was saved but before its checkpoint was stored (the resumed run
  repeats exactly that page: the only duplicates allowed, removed by dedupe on id);
- `mid_request`: while the request for page k+1 is in flight (the fake's injected `sleep`
  cancels the run from inside the server's handling: a cancel deep inside httpx).

In-process (`httpx.ASGITransport`) for speed; the client's clock/sleep are virtual, so the
10-requests-a-minute export budget costs no wall time. A smaller run goes over a socket.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from zendesk_async import ApiTokenAuth, Zendesk
from zendesk_async import _constants as C
from zendesk_async.testing import FakeZendesk, Fault, serve_in_thread

pytestmark = pytest.mark.anyio

FIRST = C.FAKE_FIRST_TICKET_ID
EXPORT_PATH = "/api/v2/incremental/tickets/cursor"
KINDS = ("between", "mid_page", "mid_request")


class VirtualClock:
    def __init__(self) -> None:
        self.t = 10_000.0

    def __call__(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.t += max(0.0, seconds)
        await anyio.lowlevel.checkpoint()


class Killer:
    """The fake's `sleep`: when a latency fault fires, cancel the export run (mid-request)."""

    def __init__(self) -> None:
        self.scope: anyio.CancelScope | None = None
        self.kills = 0

    async def __call__(self, seconds: float) -> None:
        assert self.scope is not None
        self.kills += 1
        self.scope.cancel()
        await anyio.lowlevel.checkpoint()


class Storage:
    """What survives a kill."""

    def __init__(self) -> None:
        self.pages: list[list[int]] = []
        self.checkpoint: dict[str, Any] | None = None
        self.unstored_page_sizes: list[int] = []  # pages saved whose checkpoint was not stored

    def ids(self) -> list[int]:
        return [i for page in self.pages for i in page]


async def _export_with_kills(
    zd: Zendesk, fake: FakeZendesk, killer: Killer, *, kills: int, per_page: int, seed: int
) -> tuple[Storage, Counter[str]]:
    rng = random.Random(seed)
    store = Storage()
    done_kinds: Counter[str] = Counter()
    runs = 0
    finished = False
    while not finished:
        runs += 1
        assert runs <= kills + 1, "the export never finished"
        kill_kind = rng.choice(KINDS) if done_kinds.total() < kills else None
        kill_after = rng.randrange(0, 6)  # pages into this run
        with anyio.CancelScope() as scope:
            killer.scope = scope
            if store.checkpoint is None:
                export = zd.incremental.tickets(
                    start_time=C.FAKE_SEED_EPOCH, per_page=per_page, raw=True
                )
            else:
                export = zd.incremental.tickets(
                    checkpoint=store.checkpoint, per_page=per_page, raw=True
                )
            if kill_kind == "mid_request" and kill_after == 0:
                fake.faults.add(Fault.latency(1), path=EXPORT_PATH, times=1)
            pages = 0
            async for page in export.pages():
                store.pages.append([int(t["id"]) for t in page.items])  # "durably saved"
                if kill_kind == "mid_page" and pages == kill_after:
                    store.unstored_page_sizes.append(len(page.items))
                    scope.cancel()
                    await anyio.lowlevel.checkpoint()
                store.checkpoint = page.checkpoint
                pages += 1
                if kill_kind == "between" and pages == kill_after + 1:
                    scope.cancel()
                    await anyio.lowlevel.checkpoint()
                if kill_kind == "mid_request" and pages == kill_after:
                    fake.faults.add(Fault.latency(1), path=EXPORT_PATH, times=1)
            finished = True
        fake.faults.clear()
        if scope.cancelled_caught:
            assert kill_kind is not None
            finished = False
            done_kinds[kill_kind] += 1
        elif kill_kind is not None:
            # the export ended before the kill point: count it as not killed, go on
            assert finished
    return store, done_kinds


def _client(fake: FakeZendesk, clock: VirtualClock, **kwargs: Any) -> Zendesk:
    email, _, token = fake.auth.primary.partition("/token:")
    return Zendesk(auth=ApiTokenAuth(email, token), clock=clock, sleep=clock.sleep, **kwargs)


def _check_union(store: Storage, tickets: int) -> None:
    ids = store.ids()
    expected = {FIRST + i for i in range(tickets)}  # deleted tickets are exported too
    assert set(ids) == expected, f"lost {len(expected - set(ids))}, extra {set(ids) - expected}"
    dupes = Counter(ids)
    repeated = sum(n - 1 for n in dupes.values())
    assert repeated == sum(store.unstored_page_sizes), "duplicates beyond the unstored pages"


async def test_kill_and_resume_20k_in_process() -> None:
    killer = Killer()
    fake = FakeZendesk(tickets=20_000, seed=3, sleep=killer)
    clock = VirtualClock()
    async with _client(
        fake,
        clock,
        base_url="http://127.0.0.1:8080",
        transport=httpx.ASGITransport(app=fake),
    ) as zd:
        store, kinds = await _export_with_kills(zd, fake, killer, kills=50, per_page=100, seed=7)
    assert kinds.total() == 50 and all(kinds[k] for k in KINDS), kinds
    assert killer.kills == kinds["mid_request"]
    assert len(store.pages) == 200 + kinds["mid_page"]  # 200 pages of 100, plus the repeats
    _check_union(store, 20_000)


@pytest.fixture(scope="module")
def socket_fake() -> FakeZendesk:
    return FakeZendesk(tickets=3_000, seed=4, sleep=_slow)  # faulted requests take 50 ms


@pytest.fixture(scope="module")
def socket_url(socket_fake: FakeZendesk) -> Iterator[str]:
    with serve_in_thread(socket_fake) as url:
        yield url


async def test_kill_and_resume_over_a_socket(socket_fake: FakeZendesk, socket_url: str) -> None:
    """Over loopback the mid-request kill is a cancel while the client awaits the socket."""
    clock = VirtualClock()
    async with _client(socket_fake, clock, base_url=socket_url) as zd:
        store, kinds = await _export_with_kills_socket(zd, socket_fake)
    assert kinds.total() == 10 and all(kinds[k] for k in KINDS), kinds
    _check_union(store, 3_000)


async def _slow(seconds: float) -> None:
    await anyio.sleep(0.05)


async def _export_with_kills_socket(zd: Zendesk, fake: FakeZendesk) -> tuple[Storage, Counter[str]]:
    """Like `_export_with_kills`, but a mid-request kill is a deadline while the server sleeps."""
    store = Storage()
    kinds: Counter[str] = Counter()
    rng = random.Random(11)
    while True:
        kind = rng.choice(KINDS) if kinds.total() < 10 else None
        kill_after = rng.randrange(0, 4)
        with anyio.CancelScope() as scope:
            if store.checkpoint is None:
                export = zd.incremental.tickets(
                    start_time=C.FAKE_SEED_EPOCH, per_page=100, raw=True
                )
            else:
                export = zd.incremental.tickets(checkpoint=store.checkpoint, per_page=100, raw=True)
            pages = 0
            async for page in export.pages():
                store.pages.append([int(t["id"]) for t in page.items])
                if kind == "mid_page" and pages == kill_after:
                    store.unstored_page_sizes.append(len(page.items))
                    scope.cancel()
                    await anyio.lowlevel.checkpoint()
                store.checkpoint = page.checkpoint
                pages += 1
                if kind == "between" and pages == kill_after + 1:
                    scope.cancel()
                    await anyio.lowlevel.checkpoint()
                if kind == "mid_request" and pages == kill_after + 1:
                    fake.faults.add(Fault.latency(1), path=EXPORT_PATH, times=1)
                    scope.deadline = anyio.current_time() + 0.01  # dies awaiting the response
        fake.faults.clear()
        if not scope.cancelled_caught:
            return store, kinds
        assert kind is not None
        kinds[kind] += 1
