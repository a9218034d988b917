"""`zendesk-async demo`: export from an embedded fake Zendesk and check the file."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from ..exportfile import checkpoint_path_for
from ._args import positive_int
from ._errors import EXIT_DATA, EXIT_OK
from ._output import progress_enabled
from .export import run_export

DEMO_EMAIL, DEMO_TOKEN = "demo@example.com", "demo-token"  # the fake's, not a real account's
DEMO_EXPORT_RPM = 100_000  # the fake has no export budget; Zendesk's real one is 10/min


NAME = "demo"


def register(command: Callable[..., argparse.ArgumentParser]) -> None:
    d = command(
        NAME,
        help="export from a built-in fake Zendesk (no account needed)",
        description=(
            "Start the embedded fake Zendesk on loopback with seeded tickets, export them with"
            " the same code path as 'export tickets', and check the file holds every seeded"
            " ticket exactly once."
        ),
    )
    d.add_argument("--tickets", type=positive_int, default=5000, help="tickets to seed")
    d.add_argument("--out", type=Path, default=Path("zendesk-demo/tickets.jsonl"))
    d.add_argument("--seed", type=int, default=42, help="seed of the generated data")
    d.add_argument("--page-size", type=positive_int, default=1000, help="records per page")


async def run(args: argparse.Namespace) -> int:
    from .. import ApiTokenAuth, Zendesk
    from ..testing import FakeZendesk, serve_in_thread

    fake = FakeZendesk(tickets=args.tickets, seed=args.seed, credentials={DEMO_EMAIL: DEMO_TOKEN})
    out: Path = args.out
    with serve_in_thread(fake) as base_url:
        print(
            f"fake Zendesk on {base_url} with {args.tickets:,} seeded tickets (no account needed)"
        )
        print(f"exporting tickets (incremental cursor export, {args.page_size} per page)...")
        sys.stdout.flush()
        options = {"incremental_rpm": DEMO_EXPORT_RPM, **args.client_options}
        auth = ApiTokenAuth(DEMO_EMAIL, DEMO_TOKEN)
        async with Zendesk(base_url=base_url, auth=auth, **options) as zd:
            total, pages, seconds = await run_export(
                zd,
                "tickets",
                out,
                progress=progress_enabled(args),
                fsync=True,
                page_size=args.page_size,
            )
    return demo_summary(out, args.tickets, total, pages, seconds)


def demo_summary(out: Path, expected: int, total: int, pages: int, seconds: float) -> int:
    """Print what the demo wrote and check it; the exit code."""
    rate = total / seconds if seconds > 0 else 0.0
    size = out.stat().st_size
    print(f"exported   {total:,} tickets in {pages} pages, {seconds:.2f} s ({rate:,.0f} records/s)")
    print(f"file       {out.resolve()} ({size / 1e6:,.1f} MB, one ticket per line)")
    print(f"checkpoint {checkpoint_path_for(out).resolve()}")
    report = _verify_demo(out, expected)
    print(f"contents   {report.summary}")
    if report.problem:
        print(f"check      FAILED: {report.problem}")
        return EXIT_DATA
    print(f"check      passed: all {expected:,} seeded ticket ids, each exactly once")
    print(
        "next       a real account: export ZENDESK_SUBDOMAIN, ZENDESK_EMAIL, ZENDESK_API_TOKEN;"
        " then zendesk-async export tickets --out tickets.jsonl (Ctrl-C, then --resume)"
    )
    return EXIT_OK


@attrs.frozen
class DemoReport:
    summary: str
    problem: str | None


def _verify_demo(out: Path, expected: int) -> DemoReport:
    """Read the file back: distinct ids, duplicates, statuses."""
    seen: set[Any] = set()
    statuses: Counter[str] = Counter()
    problem: str | None = None
    with out.open("rb") as fh:
        for n, line in enumerate(fh, 1):
            try:
                record = json.loads(line)
                tid = record["id"]
            except (ValueError, KeyError, TypeError):
                problem = problem or f"line {n} is not a ticket record"
                continue
            if tid in seen:
                problem = problem or f"ticket {tid} appears twice"
            seen.add(tid)
            status = str(record.get("status") or "none")
            statuses[status] += 1
    if problem is None and len(seen) != expected:
        problem = f"expected {expected:,} distinct ticket ids, found {len(seen):,}"
    by_status = ", ".join(f"{k} {v:,}" for k, v in statuses.most_common())
    summary = f"{len(seen):,} distinct ticket ids; by status: {by_status or 'none'}"
    return DemoReport(summary, problem)
