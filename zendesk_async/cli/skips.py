"""`zendesk-async skips record`: record that the current agent skipped a ticket."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ._args import common_options, positive_int
from ._config import make_client
from ._errors import EXIT_OK
from ._output import dump

NAME = "skips"


def register(command: Callable[..., argparse.ArgumentParser]) -> None:
    sk = command(NAME, help="ticket skips: record one")
    sk_sub = sk.add_subparsers(dest="action", required=True, metavar="ACTION")
    rec = sk_sub.add_parser("record", help="record that the current agent skipped a ticket")
    common_options(rec, top=False)
    rec.add_argument("--ticket", type=positive_int, required=True, help="ticket id")
    rec.add_argument("--reason", required=True, help="why the ticket was skipped")


async def run(args: argparse.Namespace) -> int:
    async with make_client(args) as zd:
        skip = await zd.skips.create(ticket_id=args.ticket, reason=args.reason)
    print(dump(skip))
    return EXIT_OK
