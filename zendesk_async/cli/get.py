"""`zendesk-async get`: print records by id."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from .. import errors
from ._args import positive_int
from ._config import make_client
from ._errors import EXIT_NOT_FOUND, EXIT_OK
from ._output import dump

NAME = "get"


def register(command: Callable[..., argparse.ArgumentParser]) -> None:
    g = command(NAME, help="print records by id, one JSON object per line")
    g.add_argument("what", choices=("tickets",))
    g.add_argument("ids", nargs="+", type=positive_int, metavar="ID")


async def run(args: argparse.Namespace) -> int:
    missing: list[int] = []
    async with make_client(args) as zd:
        for tid in args.ids:
            try:
                ticket = await zd.tickets.get(tid)
            except errors.NotFoundError:
                missing.append(tid)
                continue
            print(dump(ticket), flush=True)
    if missing:
        print(f"zendesk-async: not found: ticket {', '.join(map(str, missing))}", file=sys.stderr)
        return EXIT_NOT_FOUND
    return EXIT_OK
