"""`zendesk-async get-many`: fetch many records by id, concurrently."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ._config import make_client
from ._errors import EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE, CliError
from ._output import dump, say

NAME = "get-many"


def register(command: Callable[..., argparse.ArgumentParser]) -> None:
    gm = command(
        NAME,
        help="fetch many records by id, concurrently (show_many in chunks of 100)",
        description="Fetch many tickets by id; ids Zendesk does not return are listed (exit 5).",
    )
    gm.add_argument("what", choices=("tickets",))
    gm.add_argument("--ids-file", type=Path, required=True, help="one id per line ('-': stdin)")
    gm.add_argument("--out", type=Path, help="output .jsonl (default stdout)")


def _read_ids(path: Path) -> list[int]:
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text("utf-8")
    except OSError as exc:
        raise CliError(f"cannot read ids file {path}: {exc.strerror}", EXIT_USAGE) from None
    ids: list[int] = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not line.isdigit():
            raise CliError(f"{path}:{n}: not a ticket id: {line!r}", EXIT_USAGE)
        ids.append(int(line))
    return ids


async def run(args: argparse.Namespace) -> int:
    ids = _read_ids(args.ids_file)
    async with make_client(args) as zd:
        got = await zd.tickets.get_many(ids, concurrency=args.concurrency or 20, raw=True)
    lines = [dump(t) for t in got]
    if args.out:
        args.out.write_text("".join(line + "\n" for line in lines), "utf-8")
    else:
        for line in lines:
            print(line)
    say(args, f"fetched {len(got):,} of {len(set(ids)):,} tickets")
    if got.missing:
        shown = ", ".join(str(i) for i in got.missing[:20])
        more = " ..." if len(got.missing) > 20 else ""
        say(args, f"not found ({len(got.missing)}): {shown}{more}")
        return EXIT_NOT_FOUND
    return EXIT_OK
