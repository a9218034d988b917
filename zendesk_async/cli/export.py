"""`zendesk-async export`: stream every record of a kind into a resumable JSON Lines file."""

from __future__ import annotations

import argparse
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from .. import errors
from ..exportfile import JsonlExportFile, checkpoint_path_for
from ._args import positive_int, since
from ._config import make_client
from ._errors import EXIT_CODES_HELP, EXIT_OK, EXIT_USAGE, CliError
from ._output import progress_enabled, say
from ._progress import Progress

RESUMABLE = (  # the incremental exports: each page carries a checkpoint
    "tickets",
    "tickets-by-time",
    "routing-attributes",
    "routing-attribute-values",
    "routing-instance-values",
)
EXPORTS = (*RESUMABLE, "skips")  # skips: a cursor list, exported whole (no --resume)


NAME = "export"


def register(command: Callable[..., argparse.ArgumentParser]) -> None:
    ex = command(
        NAME,
        help="stream every record of a kind to a JSON Lines file, resumable",
        description=(
            "Stream every record of a kind into a JSON Lines file (one JSON object per line),"
            " with a progress bar on a terminal. After each page is durably written (fsync) a"
            " checkpoint FILE.checkpoint is replaced atomically; after a crash or Ctrl-C,"
            " --resume continues from it: nothing lost, nothing duplicated. 'tickets' uses the"
            " cursor-based incremental export, 'tickets-by-time' the time-based one. 'skips' (the"
            " authenticated agent's skips) is a plain cursor list, not an incremental export:"
            " it is exported whole and cannot be resumed."
        ),
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ex.add_argument("what", choices=EXPORTS, metavar="WHAT", help="one of: %(choices)s")
    ex.add_argument("--out", type=Path, required=True, metavar="FILE.jsonl", help="output file")
    ex.add_argument(
        "--since",
        type=since,
        default=None,
        metavar="DATE|UNIX",
        help=(
            "incremental exports: records changed since this time, an ISO date/datetime (UTC"
            " unless it says otherwise) or Unix seconds, more than a minute ago (default: all)"
        ),
    )
    ex.add_argument(
        "--resume", action="store_true", help="continue a stopped export from FILE.checkpoint"
    )
    ex.add_argument(
        "--force", action="store_true", help="overwrite FILE if it exists (starts over)"
    )
    ex.add_argument(
        "--page-size",
        type=positive_int,
        help="records per request (ticket exports: up to 1000; skips: up to 100)",
    )
    ex.add_argument("--no-fsync", action="store_true", help="faster, not power-cut safe")
    ex.add_argument(
        "--limit", type=positive_int, help="stop after the page that reaches this many records"
    )


def _export_pages(
    zd: Any, what: str, since: int | None, checkpoint: Any, page_size: int | None
) -> AsyncIterator[Any]:
    """The page stream for one export kind, resumed from `checkpoint` when given."""
    if what == "skips":  # a cursor list: pages carry no checkpoint
        return zd.skips.list(page_size=page_size, raw=True).pages()  # type: ignore[no-any-return]
    inc = zd.incremental
    start: dict[str, Any] = (
        {"checkpoint": checkpoint} if checkpoint is not None else {"start_time": since}
    )
    if what in ("tickets", "tickets-by-time"):
        export = inc.tickets if what == "tickets" else inc.tickets_by_time
        if checkpoint is None:
            start["start_time"] = since or 0
        return export(**start, per_page=page_size, raw=True).pages()  # type: ignore[no-any-return]
    factory: Callable[..., Any] = {
        "routing-attributes": inc.routing_attributes,
        "routing-attribute-values": inc.routing_attribute_values,
        "routing-instance-values": inc.routing_instance_values,
    }[what]
    return factory(**start, raw=True).pages()  # type: ignore[no-any-return]


async def run_export(
    zd: Any,
    what: str,
    out: Path,
    *,
    since: int | None = None,
    resume: bool = False,
    fsync: bool = True,
    progress: bool = False,
    limit: int | None = None,
    page_size: int | None = None,
) -> tuple[int, int, float]:
    """Export `what` into `out`; returns (records in the file, pages this run, seconds).

    Each page is appended and fsynced, then `out.checkpoint` is replaced atomically, so a kill
    at any moment resumes (`resume=True`) with nothing lost and nothing repeated. `skips` has no
    checkpoint and cannot be resumed.
    """
    if what not in EXPORTS:
        raise errors.InvalidArgumentError(f"cannot export {what!r}: choose from {EXPORTS}")
    if resume and what not in RESUMABLE:
        raise errors.InvalidArgumentError(
            f"{what} cannot be resumed: it is a cursor list, not an incremental export"
            " (run it again without --resume)"
        )
    with JsonlExportFile(out, what=what, resume=resume, fsync=fsync) as sink:
        start_records = sink.records
        with Progress(f"export {what}", enabled=progress, start_records=start_records) as bar:
            pages = _export_pages(zd, what, since, sink.checkpoint, page_size)
            try:
                async for page in pages:
                    count = sink.write_page(page.items, page.checkpoint)
                    bar.advance(count)
                    if limit is not None and sink.records - start_records >= limit:
                        break
            finally:
                aclose = getattr(pages, "aclose", None)
                if aclose is not None:
                    await aclose()
        return sink.records, bar.pages, bar.elapsed


def _check_export_args(args: argparse.Namespace) -> None:
    if args.resume and args.what not in RESUMABLE:
        raise CliError(
            f"export {args.what} cannot --resume: skips are a cursor list, not an incremental"
            " export; run it again without --resume",
            EXIT_USAGE,
        )
    if args.since is not None and args.what not in RESUMABLE:
        raise CliError(f"--since does not apply to {args.what}", EXIT_USAGE)
    if args.resume and (args.since is not None or args.force):
        raise CliError("--resume continues from the checkpoint: drop --since / --force", 2)
    if args.page_size is not None:
        if args.what.startswith("routing"):
            raise CliError("the routing exports take no --page-size", EXIT_USAGE)
        top = 100 if args.what == "skips" else 1000
        if args.page_size > top:
            raise CliError(f"--page-size for {args.what} is at most {top}", EXIT_USAGE)
    out: Path = args.out
    if not args.resume and not args.force and out.exists() and out.stat().st_size > 0:
        hint = (
            "continue it with --resume, or start over with --force"
            if checkpoint_path_for(out).exists() and args.what in RESUMABLE
            else "start over with --force"
        )
        raise CliError(f"{out} already exists: {hint}", EXIT_USAGE)


async def run(args: argparse.Namespace) -> int:
    _check_export_args(args)
    async with make_client(args) as zd:
        total, pages, seconds = await run_export(
            zd,
            args.what,
            args.out,
            since=args.since,
            resume=args.resume,
            fsync=not args.no_fsync,
            progress=progress_enabled(args),
            limit=args.limit,
            page_size=args.page_size,
        )
    rate = f", {total / seconds:,.0f} records/s" if seconds > 0 and not args.resume else ""
    resumed = " (resumed)" if args.resume else ""
    say(
        args,
        f"exported {total:,} {args.what} to {args.out}{resumed}: {pages} pages in"
        f" {seconds:.1f} s{rate}",
    )
    return EXIT_OK
