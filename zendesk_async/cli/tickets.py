"""`zendesk-async tickets create|update`: write a ticket."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from ._args import common_options, positive_int
from ._config import make_client
from ._errors import EXIT_OK, CliError
from ._output import dump

NAME = "tickets"


def register(command: Callable[..., argparse.ArgumentParser]) -> None:
    tk = command(NAME, help="create or update a ticket, add a comment")
    tk_sub = tk.add_subparsers(dest="action", required=True, metavar="ACTION")
    cr = tk_sub.add_parser("create", help="create a ticket")
    common_options(cr, top=False)
    cr.add_argument("--subject", required=True)
    cr.add_argument("--body", required=True, help="first comment")
    cr.add_argument("--priority", choices=("urgent", "high", "normal", "low"))
    up = tk_sub.add_parser("update", help="change a ticket's status / priority / add a comment")
    common_options(up, top=False)
    up.add_argument("id", type=positive_int)
    up.add_argument("--status", choices=("new", "open", "pending", "hold", "solved", "closed"))
    up.add_argument("--priority", choices=("urgent", "high", "normal", "low"))
    up.add_argument("--comment", help="add a comment")
    up.add_argument("--private", action="store_true", help="the comment is internal")


async def run(args: argparse.Namespace) -> int:
    async with make_client(args) as zd:
        if args.action == "create":
            fields: dict[str, Any] = {"subject": args.subject, "comment": {"body": args.body}}
            if args.priority:
                fields["priority"] = args.priority
            result = await zd.tickets.create(**fields)
        else:
            changes: dict[str, Any] = {}
            if args.status:
                changes["status"] = args.status
            if args.priority:
                changes["priority"] = args.priority
            if args.comment:
                changes["comment"] = {"body": args.comment, "public": not args.private}
            if not changes:
                raise CliError("nothing to update: give --status, --priority or --comment", 2)
            result = await zd.tickets.update(args.id, **changes)
    print(dump(result))
    return EXIT_OK
