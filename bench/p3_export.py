"""P3: incremental cursor export of N tickets: peak RSS of the client process at each size.

Every (contender, size) runs in a fresh child process (`python -m bench.p3_export CONTENDER URL
N PER_PAGE`), so sizes never share a peak; the child reports its peak RSS (VmHWM) after the
export and the RSS before it started (imports + client). The child only counts records and
checks ids ascend (no set of ids: that alone would be tens of MB at 1M).
Target: zendesk-async peak RSS < 150 MB at both sizes (flat: 1M about the same as 100k).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterable
from typing import Any

from ._common import (
    Outcome,
    pyzd_client,
    raw_client,
    za_client,
    zenpy_client,
)
from ._report import Row, ScenarioResult
from ._server import REPO_ROOT, fake_server

START_TIME = 1_500_000_000  # before every seeded ticket, long enough ago for the API
TARGET_MB = 150.0
CHILD_TIMEOUT = 1800


def _rss_mb() -> float:
    """Peak RSS of this process image. Linux: VmHWM from /proc (ru_maxrss survives execve, so
    a child would report its parent's peak); elsewhere ru_maxrss."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


class Tally:
    """Count records and check ids ascend, in O(1) memory."""

    def __init__(self) -> None:
        self.count = 0
        self.ascending = True
        self._last = -1

    def add(self, ticket_id: int) -> None:
        self.count += 1
        self.ascending &= ticket_id > self._last
        self._last = ticket_id


async def floor(url: str, per_page: int, tally: Tally) -> None:
    """Raw httpx: GET the cursor export, json.loads, follow after_cursor to end_of_stream."""
    async with raw_client(url, 1) as http:
        params: dict[str, Any] = {"start_time": START_TIME, "per_page": per_page}
        while True:
            r = await http.get("/api/v2/incremental/tickets/cursor.json", params=params)
            r.raise_for_status()
            page = json.loads(r.content)
            for t in page["tickets"]:
                tally.add(t["id"])
            if page["end_of_stream"]:
                return
            params = {"cursor": page["after_cursor"], "per_page": per_page}


async def _za(url: str, per_page: int, tally: Tally, raw: bool) -> None:
    # the fake has no export budget; lift the client's 10/min default so the run measures
    # memory, not Zendesk's real rate limit (1M tickets = 1000 pages = 100 min at 10/min)
    async with za_client(url, incremental_rpm=1_000_000) as zd:
        items: AsyncIterator[Any] = aiter(
            zd.incremental.tickets(start_time=START_TIME, per_page=per_page, raw=raw)
        )
        async for t in items:
            tally.add(t["id"] if raw else t.id)


async def za_raw(url: str, per_page: int, tally: Tally) -> None:
    await _za(url, per_page, tally, raw=True)


async def za_typed(url: str, per_page: int, tally: Tally) -> None:
    await _za(url, per_page, tally, raw=False)


def zenpy(url: str, per_page: int, tally: Tally) -> None:
    """`zenpy.tickets.incremental(start_time=...)`: zenpy's cursor-based export generator."""
    zp = zenpy_client(url)
    items: Iterable[Any] = zp.tickets.incremental(start_time=START_TIME, per_page=per_page)
    for t in items:
        tally.add(t.id)


async def pyzd(url: str, per_page: int, tally: Tally) -> None:
    """`incremental_ticket_export_cursor_async(start_time=..., cursor=...)` until end_of_stream
    (the SDK has no per_page parameter: the server's default, 1000, applies)."""
    async with pyzd_client(url) as sdk:
        ex = sdk.incremental_export
        res = await ex.incremental_ticket_export_cursor_async(start_time=START_TIME)
        while True:
            for t in res.tickets or []:
                tally.add(t.id)
            if res.end_of_stream or not res.after_cursor:
                return
            res = await ex.incremental_ticket_export_cursor_async(
                start_time=START_TIME, cursor=res.after_cursor
            )


ZA_RAW = "zendesk-async raw=True"
ZA_TYPED = "zendesk-async typed"
CONTENDERS: dict[str, Any] = {
    "raw httpx + json.loads (floor)": floor,
    ZA_RAW: za_raw,
    ZA_TYPED: za_typed,
    "zenpy 2.0.57": zenpy,
    "python-zendesk 0.3.1": pyzd,
}


def child(name: str, url: str, per_page: int) -> dict[str, Any]:
    """Run one contender's export in this process; what the parent reads back."""
    import inspect

    import anyio

    from ._runner import run_contender

    fn = CONTENDERS[name]
    tally = Tally()

    async def go_async() -> Outcome:
        t0 = time.perf_counter()
        await fn(url, per_page, tally)
        return Outcome(tally.count, time.perf_counter() - t0)

    def go_sync() -> Outcome:
        t0 = time.perf_counter()
        fn(url, per_page, tally)
        return Outcome(tally.count, time.perf_counter() - t0)

    anyio.run(anyio.sleep, 0)  # import the event loop machinery before the baseline
    baseline = _rss_mb()
    out = run_contender(go_async if inspect.iscoroutinefunction(fn) else go_sync)
    report: dict[str, Any] = {"baseline_mb": baseline, "peak_mb": _rss_mb()}
    if isinstance(out, str):
        report["error"] = out
    else:
        report.update(count=out.count, seconds=out.seconds, ascending=tally.ascending)
    return report


def _spawn(name: str, url: str, per_page: int) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.p3_export", name, url, str(per_page)]
    proc = subprocess.run(
        cmd, cwd=REPO_ROOT, capture_output=True, text=True, timeout=CHILD_TIMEOUT, check=False
    )
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        return {"error": f"child exit {proc.returncode}: {proc.stderr.strip()[-300:]}"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def run(sizes: list[int], per_page: int, slow_max: int) -> ScenarioResult:
    """`slow_max`: zenpy and python-zendesk run only at sizes up to this (minutes at 1M)."""
    res = ScenarioResult(
        "P3",
        "incremental cursor export, peak RSS",
        f"sizes {', '.join(f'{n:,}' for n in sizes)}; per_page {per_page}; "
        "one child process per contender and size",
        "the first size's peak",
    )
    reports: dict[tuple[str, int], dict[str, Any]] = {}
    for n in sizes:
        with fake_server(n) as url:
            for name in CONTENDERS:
                if n > slow_max and not name.startswith(("zendesk-async", "raw httpx")):
                    reports[name, n] = {"skipped": f"not run above {slow_max:,} (time)"}
                    continue
                reports[name, n] = _spawn(name, url, per_page)
    for n in sizes:
        for name in CONTENDERS:
            rep = reports[name, n]
            row = Row(f"{name} @ {n:,}", None, "MB peak")
            if name in (ZA_RAW, ZA_TYPED):
                row.target = f"< {TARGET_MB:.0f} MB"
            if "skipped" in rep or "error" in rep:
                row.note = rep.get("skipped") or rep["error"]
                res.rows.append(row)
                continue
            row.value, row.count, row.seconds = rep["peak_mb"], rep["count"], rep["seconds"]
            first = reports[name, sizes[0]]
            if "peak_mb" in first:
                row.ratio = rep["peak_mb"] / first["peak_mb"]
            rate = rep["count"] / rep["seconds"] if rep["seconds"] else 0.0
            row.note = (
                f"{rep['count']:,} records in {rep['seconds']:.1f} s ({rate:,.0f}/s), "
                f"{rep['baseline_mb']:.0f} MB at start"
            )
            ok = rep["count"] == n and rep["ascending"]
            if not ok:
                row.note += (
                    f"; WRONG: count {rep['count']} (want {n}), ascending {rep['ascending']}"
                )
            if name in (ZA_RAW, ZA_TYPED):
                row.passed = ok and rep["peak_mb"] < TARGET_MB
            res.rows.append(row)
    return res


if __name__ == "__main__":
    print(json.dumps(child(sys.argv[1], sys.argv[2], int(sys.argv[3]))))
