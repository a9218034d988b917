"""Kill-and-resume: export 30,000 tickets, kill the export at 50 seeded-random points, resume
each time from the last checkpoint that was stored; the union is exactly the 30,000 tickets.

"Durable storage" is two lists: the pages of ids saved, and the checkpoints stored. The
pattern under test is the documented one: save a page's items, *then* store its checkpoint.
A kill lands at one of four kinds of points, chosen at random:

- `between`: after page k was saved and its checkpoint stored;
- `mid_page`: after page k was saved but before its checkpoint was stored (the resumed run
  repeats exactly that page: the only duplicates allowed, removed by dedupe on id);
- `mid_request`: while the request for page k+1 is in flight (the fake's injected `sleep`
  cancels the run from inside the server's handling: a cancel deep inside httpx);
- `anywhere`: a watcher task cancels the run after a random number of scheduling rounds, so
  the cancel lands at whatever await the export is in (in-process there are only a few
  scheduling points per page; over a socket, many); a run that outlives its watcher stops
  after 6 pages like a `between` kill, so the 50 kills never outrun the export.

In-process (`httpx.ASGITransport`) for speed; the client's clock/sleep are virtual, so the
10-requests-a-minute export budget costs no wall time. A smaller run goes over a socket.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from zendesk_async import ApiTokenAuth, Zendesk
from zendesk_async import _constants as C
from zendesk_async.testing import FakeZendesk, Fault, VirtualClock, serve_in_thread

pytestmark = pytest.mark.anyio

FIRST = C.FAKE_FIRST_TICKET_ID
EXPORT_PATH = "/api/v2/incremental/tickets/cursor"
KINDS = ("between", "mid_page", "mid_request", "anywhere")


class Killer:
    """The fake's `sleep`: when a latency fault fires, cancel the export run (mid-request)."""

    def __init__(self, fake: FakeZendesk | None = None) -> None:
        self.fake = fake
        self.scope: anyio.CancelScope | None = None
        self.kills = 0

    def arm(self, scope: anyio.CancelScope) -> None:
        """The next export request runs into a latency fault, whose sleep kills `scope`."""
        assert self.fake is not None
        self.scope = scope
        self.fake.faults.add(Fault.latency(1), path=EXPORT_PATH, times=1)

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


ArmKill = Callable[[anyio.CancelScope], None]


async def _export_with_kills(
    zd: Zendesk,
    arm_mid_request: ArmKill,
    *,
    kills: int,
    per_page: int,
    seed: int,
    max_yields: int,
    after_run: Callable[[], None] = lambda: None,
) -> tuple[Storage, Counter[str]]:
    """Export until done, killing `kills` runs at random points; resume from the stored
    checkpoint each time. `arm_mid_request(scope)` makes the next request die in flight."""
    rng = random.Random(seed)
    store = Storage()
    done_kinds: Counter[str] = Counter()
    for _run in range(kills + 1 + kills):
        kill_kind = rng.choice(KINDS) if done_kinds.total() < kills else None
        kill_after = rng.randrange(0, 6)  # pages into this run
        yields = rng.randrange(1, max_yields)  # for "anywhere"
        with anyio.CancelScope() as scope:
            if store.checkpoint is None:
                export = zd.incremental.tickets(
                    start_time=C.FAKE_SEED_EPOCH, per_page=per_page, raw=True
                )
            else:
                export = zd.incremental.tickets(
                    checkpoint=store.checkpoint, per_page=per_page, raw=True
                )
            if kill_kind == "anywhere":
                async with anyio.create_task_group() as tg:
                    tg.start_soon(_cancel_after_yields, scope, yields)
                    # the watcher kills at an arbitrary await point; however few await points a
                    # page takes, the run stops after 6 pages at the latest, so the 50 kills
                    # always land before the export ends
                    await _run_pages(export, store, arm_mid_request, scope, "between", 5)
                    tg.cancel_scope.cancel()  # finished first: stop the watcher
            else:
                await _run_pages(export, store, arm_mid_request, scope, kill_kind, kill_after)
        after_run()
        if not scope.cancelled_caught:
            return store, done_kinds
        assert kill_kind is not None
        done_kinds[kill_kind] += 1
    raise AssertionError("the export never finished")


async def _cancel_after_yields(scope: anyio.CancelScope, yields: int) -> None:
    """Kill the run at an arbitrary await point: after `yields` scheduling rounds."""
    for _ in range(yields):
        await anyio.lowlevel.checkpoint()
    scope.cancel()


async def _run_pages(
    export: Any,
    store: Storage,
    arm_mid_request: ArmKill,
    scope: anyio.CancelScope,
    kill_kind: str | None,
    kill_after: int,
) -> None:
    """One run: save each page, then store its checkpoint; kill where `kill_kind` says."""
    if kill_kind == "mid_request" and kill_after == 0:
        arm_mid_request(scope)
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
            arm_mid_request(scope)


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


async def test_kill_and_resume_30k_in_process() -> None:
    killer = Killer()
    fake = FakeZendesk(tickets=30_000, seed=3, sleep=killer)
    killer.fake = fake
    clock = VirtualClock(10_000.0)
    async with _client(
        fake,
        clock,
        base_url="http://127.0.0.1:8080",
        transport=httpx.ASGITransport(app=fake),
    ) as zd:
        store, kinds = await _export_with_kills(
            zd, killer.arm, kills=50, per_page=100, seed=7, max_yields=6
        )
    assert kinds.total() == 50 and all(kinds[k] for k in KINDS), kinds
    assert killer.kills == kinds["mid_request"]
    assert len(store.pages) == 300 + kinds["mid_page"]  # 300 pages of 100, plus the repeats
    _check_union(store, 30_000)


@pytest.fixture(scope="module")
def socket_fake() -> FakeZendesk:
    return FakeZendesk(tickets=4_000, seed=4, sleep=_slow)  # faulted requests take 50 ms


@pytest.fixture(scope="module")
def socket_url(socket_fake: FakeZendesk) -> Iterator[str]:
    with serve_in_thread(socket_fake) as url:
        yield url


async def test_kill_and_resume_over_a_socket(socket_fake: FakeZendesk, socket_url: str) -> None:
    """Over loopback a mid-request kill is a deadline that passes while the server sleeps on a
    latency fault (50 ms), and `anywhere` kills land among the socket awaits."""

    def arm(scope: anyio.CancelScope) -> None:
        socket_fake.faults.add(Fault.latency(1), path=EXPORT_PATH, times=1)
        scope.deadline = anyio.current_time() + 0.01

    clock = VirtualClock(10_000.0)
    async with _client(socket_fake, clock, base_url=socket_url) as zd:
        store, kinds = await _export_with_kills(
            zd, arm, kills=12, per_page=50, seed=12, max_yields=20,
            after_run=lambda: _assert_pool_idle(zd),
        )  # fmt: skip
    socket_fake.faults.clear()
    assert kinds.total() == 12 and all(kinds[k] for k in KINDS), kinds
    _check_union(store, 4_000)


def _assert_pool_idle(zd: Zendesk) -> None:
    """After a kill, no connection is left mid-request (a cancelled one is closed, not reused)."""
    transport = zd.http._transport
    assert isinstance(transport, httpx.AsyncHTTPTransport)
    pool = transport._pool
    assert not pool._requests
    assert all(c.is_idle() or c.is_closed() for c in pool.connections), pool.connections


async def _slow(seconds: float) -> None:
    await anyio.sleep(0.05)
