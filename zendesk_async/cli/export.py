"""`zendesk-async export`: stream every record of a kind into a resumable JSON Lines file."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import errors
from ..exportfile import CheckpointState, JsonlExportFile, checkpoint_path_for
from ._args import positive_int, since
from ._config import open_client
from ._errors import EXIT_OK, EXIT_USAGE, CliError
from ._output import plural, progress_enabled, say
from ._progress import Progress
from ._waits import report_waits

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
        "--force",
        action="store_true",
        help="overwrite FILE if it exists (starts over); with --resume it has no effect, so the"
        " command line that started an export, plus --resume, continues it",
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
    options: dict[str, Any] | None = None,
) -> tuple[int, int, float]:
    """Export `what` into `out`; returns (records in the file, pages this run, seconds).

    Each page is appended and fsynced, then `out.checkpoint` is replaced atomically, so a kill
    at any moment resumes (`resume=True`) with nothing lost and nothing repeated. `skips` has no
    checkpoint and cannot be resumed. `options` are stored in the checkpoint (see `check_resume`).
    The file is created when the first page arrives: a failed start leaves none.
    """
    if what not in EXPORTS:
        raise errors.InvalidArgumentError(f"cannot export {what!r}: choose from {EXPORTS}")
    if resume and what not in RESUMABLE:
        raise errors.InvalidArgumentError(
            f"{what} cannot be resumed: it is a cursor list, not an incremental export"
            " (run it again without --resume)"
        )
    sink = JsonlExportFile(
        out,
        what=what,
        resume=resume,
        fsync=fsync,
        checkpoints=what in RESUMABLE,
        options=options if options is not None else {"since": since},
    )
    with sink:
        start_records = sink.records
        bar = Progress(f"export {what}", enabled=progress, start_records=start_records)
        with bar, _waits_on(zd, bar):
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


def _waits_on(zd: Any, bar: Progress) -> contextlib.AbstractContextManager[None]:
    governor = getattr(zd, "governor", None)
    if not bar.enabled or governor is None:
        return contextlib.nullcontext()
    return report_waits(governor, bar.waiting)


def check_args(args: argparse.Namespace) -> None:
    """What can be refused before reading the checkpoint or contacting anyone."""
    if args.resume and args.what not in RESUMABLE:
        raise CliError(
            f"export {args.what} cannot --resume: skips are a cursor list, not an incremental"
            " export; run it again without --resume",
            EXIT_USAGE,
        )
    if args.since is not None and args.what not in RESUMABLE:
        raise CliError(f"--since does not apply to {args.what}", EXIT_USAGE)
    if args.page_size is not None:
        if args.what.startswith("routing"):
            raise CliError("the routing exports take no --page-size", EXIT_USAGE)
        top = 100 if args.what == "skips" else 1000
        if args.page_size > top:
            raise CliError(f"--page-size for {args.what} is at most {top}", EXIT_USAGE)
    out: Path = args.out
    if out.is_dir():
        raise CliError(
            f"--out {out} is a directory: name a file, e.g. {out / (args.what + '.jsonl')}",
            EXIT_USAGE,
        )
    if not args.resume and not args.force and out.exists() and out.stat().st_size > 0:
        hint = (
            "continue it with --resume, or start over with --force"
            if checkpoint_path_for(out).exists() and args.what in RESUMABLE
            else "start over with --force"
        )
        raise CliError(f"{out} already exists: {hint}", EXIT_USAGE)


def check_resume(args: argparse.Namespace, options: dict[str, Any]) -> CheckpointState:
    """The checkpoint to resume; an option given again must say what the checkpoint says.

    The same command line plus `--resume` works; a left-out option is taken from the checkpoint;
    one that contradicts it is an error naming the option and both values. (`--page-size` and
    `--limit` may change between runs: they do not change what is exported.)
    """
    try:
        state = CheckpointState.load(checkpoint_path_for(args.out))
    except errors.InvalidArgumentError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    if state.what != args.what:
        raise CliError(
            f"{args.out} holds an export of {state.what}, not {args.what}: resume it with"
            f" 'export {state.what} ... --resume', or start over with --force",
            EXIT_USAGE,
        )
    for key, flag in (("since", "--since"), ("account", "the account")):
        if key not in state.options:  # a checkpoint from before options were kept
            continue
        given, saved = options.get(key), state.options[key]
        if key == "since" and given is None:
            continue  # left out: continue with the checkpoint's
        if given != saved:
            raise CliError(
                f"{flag} {_show(key, given)} contradicts the checkpoint, which has"
                f" {_show(key, saved)}: drop it, or start over with --force",
                EXIT_USAGE,
            )
    return state


def _show(key: str, value: Any) -> str:
    if value is None:
        return "none"
    if key == "since":
        when = datetime.fromtimestamp(int(value), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return f"{value} ({when})"
    return str(value)


async def run(args: argparse.Namespace) -> int:
    check_args(args)
    async with open_client(args) as zd:
        options = {"since": args.since, "account": str(zd.base_url)}
        before = 0
        if args.resume:
            before = check_resume(args, options).records
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
            options=options,
        )
    new = total - before
    rate = f", {new / seconds:,.0f} records/s" if seconds > 0 else ""
    resumed = f" (resumed: {new:,} this run)" if args.resume else ""
    say(
        args,
        f"exported {total:,} {args.what} to {args.out}{resumed}: {plural(pages, 'page')} in"
        f" {seconds:.1f} s{rate}",
    )
    return EXIT_OK
