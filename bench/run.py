"""`python -m bench.run [--smoke] [--only P1,P2] [--json out.json] [--markdown out.md]`.

Runs each scenario for every contender in the same run, one after another, and prints a table
of absolute numbers, ratios against the floor or the ideal, the target, and PASS / MISS.
"""

from __future__ import annotations

import argparse
import json
import logging
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import p1_stream, p2_get_many, p3_export, p4_rate_limit, p5_overhead, p6_workers
from ._report import ScenarioResult, render_markdown, render_text, to_json


@dataclass(frozen=True)
class Sizes:
    p1_tickets: int
    p2_ids: int
    p2_latency: float
    p3_sizes: tuple[int, ...]
    p3_per_page: int
    p3_slow_max: int
    p4_budget: int
    p4_window: float
    p4_windows: int
    p5_calls: int
    p5_rounds: int
    p6_budget: int
    p6_window: float
    p6_windows: int
    p6_workers: tuple[int, ...]
    p6_sequential: int


FULL = Sizes(
    p1_tickets=100_000,
    p2_ids=10_000,
    p2_latency=0.05,
    p3_sizes=(100_000, 1_000_000),
    p3_per_page=1000,
    p3_slow_max=100_000,
    p4_budget=600,
    p4_window=3.0,
    p4_windows=4,
    p5_calls=2000,
    p5_rounds=3,
    p6_budget=600,
    p6_window=3.0,
    p6_windows=3,
    p6_workers=(1, 2, 4, 8),
    p6_sequential=2000,
)
SMOKE = Sizes(
    p1_tickets=250,
    p2_ids=300,
    p2_latency=0.01,
    p3_sizes=(300, 600),
    p3_per_page=100,
    p3_slow_max=600,
    p4_budget=20,
    p4_window=1.0,
    p4_windows=1,
    p5_calls=30,
    p5_rounds=1,
    p6_budget=20,
    p6_window=1.0,
    p6_windows=1,
    p6_workers=(2,),
    p6_sequential=30,
)


def scenarios(sizes: Sizes) -> dict[str, Callable[[], ScenarioResult]]:
    return {
        "P1": lambda: p1_stream.run(sizes.p1_tickets),
        "P2": lambda: p2_get_many.run(sizes.p2_ids, sizes.p2_latency),
        "P3": lambda: p3_export.run(list(sizes.p3_sizes), sizes.p3_per_page, sizes.p3_slow_max),
        "P4": lambda: p4_rate_limit.run(sizes.p4_budget, sizes.p4_window, sizes.p4_windows),
        "P5": lambda: p5_overhead.run(sizes.p5_calls, sizes.p5_rounds),
        "P6": lambda: p6_workers.run(
            sizes.p6_budget,
            sizes.p6_window,
            sizes.p6_windows,
            sizes.p6_workers,
            sizes.p6_sequential,
        ),
    }


def main(argv: list[str] | None = None) -> int:
    # the clients log every 429 they wait out; the table counts them instead
    for name in ("zendesk_async", "zenpy", "httpx"):
        logging.getLogger(name).setLevel(logging.ERROR)
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes (CI)")
    parser.add_argument("--only", default="", help="comma-separated scenario keys, e.g. P1,P5")
    parser.add_argument("--json", type=Path, default=None, help="write the results as JSON here")
    parser.add_argument("--markdown", type=Path, default=None, help="write a Markdown table here")
    args = parser.parse_args(argv)
    table = scenarios(SMOKE if args.smoke else FULL)
    keys = [k.strip().upper() for k in args.only.split(",") if k.strip()] or list(table)
    unknown = [k for k in keys if k not in table]
    if unknown:
        parser.error(f"unknown scenario(s) {unknown}; known: {list(table)}")
    results: list[ScenarioResult] = []
    started = time.perf_counter()
    for key in keys:
        t0 = time.perf_counter()
        res = table[key]()
        results.append(res)
        print(render_text([res]), flush=True)
        print(f"  ({key} took {time.perf_counter() - t0:.1f} s)\n", flush=True)
    print(
        f"{len(results)} scenario(s) in {time.perf_counter() - started:.1f} s on "
        f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()}"
    )
    if args.json is not None:
        args.json.write_text(json.dumps(to_json(results), indent=2) + "\n")
    if args.markdown is not None:
        args.markdown.write_text(render_markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
