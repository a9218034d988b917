"""The `zendesk-async` command: exports with progress and resume, lookups, a few writes, the demo.

Configuration comes from flags, then the environment (ZENDESK_SUBDOMAIN / ZENDESK_BASE_URL,
ZENDESK_EMAIL + ZENDESK_API_TOKEN or ZENDESK_OAUTH_TOKEN), then a TOML config file
(`--config`, default ~/.config/zendesk-async/config.toml). Secrets are read from the environment
or the config file only, never from flags, and never printed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import tomllib
from collections import Counter
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

import anyio
import attrs

from . import errors
from ._constants import INCREMENTAL_MIN_AGE
from .exportfile import JsonlExportFile, checkpoint_path_for

__all__ = ["main"]

EXIT_OK = 0
EXIT_USAGE = 2  # bad arguments (argparse uses 2 too)
EXIT_CONFIG = 3  # no account / credentials, unreadable config file
EXIT_AUTH = 4  # 401 / 403: bad or insufficient credentials
EXIT_NOT_FOUND = 5  # 404, or ids get-many could not find
EXIT_RATE_LIMIT = 6  # still 429 after the retries
EXIT_API = 7  # any other Zendesk error (5xx, bad response, stalled stream)
EXIT_CONNECTION = 8  # DNS, connection refused, timeouts, TLS
EXIT_DATA = 9  # local file problem, or the demo's check failed
EXIT_INTERRUPTED = 130  # Ctrl-C / SIGINT (an export resumes with --resume)

EXIT_CODES_HELP = """exit codes:
  0 ok                      5 not found (404, or ids get-many could not find)
  2 bad arguments           6 rate limit still exceeded after retrying (429)
  3 configuration           7 other Zendesk error (5xx, bad response)
  4 bad credentials (401)   8 cannot connect (DNS, refused, timeout, TLS)
    or permission (403)     9 local file error, or the demo's check failed
  130 interrupted (Ctrl-C): an export continues with --resume"""

RESUMABLE = (  # the incremental exports: each page carries a checkpoint
    "tickets",
    "tickets-by-time",
    "routing-attributes",
    "routing-attribute-values",
    "routing-instance-values",
)
EXPORTS = (*RESUMABLE, "skips")  # skips: a cursor list, exported whole (no --resume)

DEFAULT_CONFIG = Path("~/.config/zendesk-async/config.toml")


class CliError(Exception):
    """A one-line error for the user, with its exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


# ------------------------------------------------------------------------------------------------
# Arguments


def _common_options(p: argparse.ArgumentParser, *, top: bool) -> None:
    """Account and output options, accepted before or after the command name."""
    d: dict[str, Any] = {} if top else {"default": argparse.SUPPRESS}
    g = p.add_argument_group("account and output (also accepted before the command)")
    g.add_argument("--subdomain", help="account subdomain (acme for acme.zendesk.com)", **d)
    g.add_argument(
        "--base-url", help="full base URL instead of --subdomain (http only on loopback)", **d
    )
    g.add_argument(
        "--email", help="agent email for API-token auth (token from ZENDESK_API_TOKEN)", **d
    )
    g.add_argument("--config", type=Path, help=f"TOML config file (default {DEFAULT_CONFIG})", **d)
    g.add_argument("--concurrency", type=_positive_int, help="parallel requests (default 20)", **d)
    g.add_argument(
        "--export-rpm",
        type=_positive_int,
        help="incremental export requests per minute (Zendesk: 10, 30 with High Volume)",
        **d,
    )
    g.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary", **d)
    g.add_argument(
        "-v", "--verbose", action="count", help="log requests to stderr (-vv: debug)", **d
    )


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="zendesk-async",
        description=(
            "Export and manage Zendesk Support data: tickets, skips, skill-based routing."
            " Try 'zendesk-async demo' first: it exports from a built-in fake Zendesk."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=(
            "configuration: the account from --subdomain / --base-url, ZENDESK_SUBDOMAIN /\n"
            "ZENDESK_BASE_URL, or the config file; credentials from ZENDESK_EMAIL +\n"
            "ZENDESK_API_TOKEN, or ZENDESK_OAUTH_TOKEN, or the config file -- never from flags,\n"
            "never printed. Flags win over the environment, which wins over the file\n"
            f"({DEFAULT_CONFIG}):\n"
            '  [zendesk]\n  subdomain = "acme"\n  email = "me@acme.com"\n  api_token = "..."\n\n'
            + EXIT_CODES_HELP
        ),
    )
    _common_options(p, top=True)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, **kw: Any) -> argparse.ArgumentParser:
        c = sub.add_parser(name, **kw)
        _common_options(c, top=False)
        return c

    ex = command(
        "export",
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
        type=_since,
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
        type=_positive_int,
        help="records per request (ticket exports: up to 1000; skips: up to 100)",
    )
    ex.add_argument("--no-fsync", action="store_true", help="faster, not power-cut safe")
    ex.add_argument(
        "--limit", type=_positive_int, help="stop after the page that reaches this many records"
    )

    g = command("get", help="print records by id, one JSON object per line")
    g.add_argument("what", choices=("tickets",))
    g.add_argument("ids", nargs="+", type=_positive_int, metavar="ID")

    gm = command(
        "get-many",
        help="fetch many records by id, concurrently (show_many in chunks of 100)",
        description="Fetch many tickets by id; ids Zendesk does not return are listed (exit 5).",
    )
    gm.add_argument("what", choices=("tickets",))
    gm.add_argument("--ids-file", type=Path, required=True, help="one id per line ('-': stdin)")
    gm.add_argument("--out", type=Path, help="output .jsonl (default stdout)")

    sk = command("skips", help="ticket skips: record one")
    sk_sub = sk.add_subparsers(dest="action", required=True, metavar="ACTION")
    rec = sk_sub.add_parser("record", help="record that the current agent skipped a ticket")
    _common_options(rec, top=False)
    rec.add_argument("--ticket", type=_positive_int, required=True, help="ticket id")
    rec.add_argument("--reason", required=True, help="why the ticket was skipped")

    tk = command("tickets", help="create or update a ticket, add a comment")
    tk_sub = tk.add_subparsers(dest="action", required=True, metavar="ACTION")
    cr = tk_sub.add_parser("create", help="create a ticket")
    _common_options(cr, top=False)
    cr.add_argument("--subject", required=True)
    cr.add_argument("--body", required=True, help="first comment")
    cr.add_argument("--priority", choices=("urgent", "high", "normal", "low"))
    up = tk_sub.add_parser("update", help="change a ticket's status / priority / add a comment")
    _common_options(up, top=False)
    up.add_argument("id", type=_positive_int)
    up.add_argument("--status", choices=("new", "open", "pending", "hold", "solved", "closed"))
    up.add_argument("--priority", choices=("urgent", "high", "normal", "low"))
    up.add_argument("--comment", help="add a comment")
    up.add_argument("--private", action="store_true", help="the comment is internal")

    d = command(
        "demo",
        help="export from a built-in fake Zendesk (no account needed)",
        description=(
            "Start the embedded fake Zendesk on loopback with seeded tickets, export them with"
            " the same code path as 'export tickets', and check the file holds every seeded"
            " ticket exactly once."
        ),
    )
    d.add_argument("--tickets", type=_positive_int, default=5000, help="tickets to seed")
    d.add_argument("--out", type=Path, default=Path("zendesk-demo/tickets.jsonl"))
    d.add_argument("--seed", type=int, default=42, help="seed of the generated data")
    d.add_argument("--page-size", type=_positive_int, default=1000, help="records per page")
    return p


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


_clock: Callable[[], float] = time.time  # patched in tests


def _since(text: str) -> int:
    """Unix seconds, or an ISO date / datetime (naive = UTC); more than a minute in the past."""
    text = text.strip()
    if text.isdigit():
        value = int(text)
    else:
        try:
            when = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"not a date, datetime or Unix time: {text!r} (try 2024-01-31 or 1706659200)"
            ) from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        value = int(when.timestamp())
    now = _clock()
    if value > now:
        raise argparse.ArgumentTypeError(f"{text!r} is in the future")
    if value >= now - INCREMENTAL_MIN_AGE:
        raise argparse.ArgumentTypeError(
            f"{text!r} is too recent: Zendesk exports start more than {INCREMENTAL_MIN_AGE}"
            " seconds in the past"
        )
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is before 1970")
    return value


# ------------------------------------------------------------------------------------------------
# Client from configuration


def _load_config(path: Path | None) -> dict[str, Any]:
    explicit = path is not None
    path = (path or DEFAULT_CONFIG).expanduser()
    if not path.exists():
        if explicit:
            raise CliError(f"config file not found: {path}", EXIT_CONFIG)
        return {}
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CliError(f"cannot read config file {path}: {exc}", EXIT_CONFIG) from None
    section = data.get("zendesk", data)
    if not isinstance(section, dict):
        raise CliError(f"config file {path}: [zendesk] must be a table", EXIT_CONFIG)
    return section


def _client_settings(args: argparse.Namespace) -> dict[str, Any]:
    """Account and credentials; each comes whole from the first source that has it."""
    cfg = {k: str(v) for k, v in _load_config(args.config).items() if v}
    env = {k: v for k, v in os.environ.items() if v}
    flags = {"subdomain": args.subdomain, "base_url": args.base_url, "email": args.email}
    sources = [
        {k: v for k, v in flags.items() if v},
        {
            "subdomain": env.get("ZENDESK_SUBDOMAIN"),
            "base_url": env.get("ZENDESK_BASE_URL"),
            "email": env.get("ZENDESK_EMAIL"),
            "api_token": env.get("ZENDESK_API_TOKEN"),
            "oauth_token": env.get("ZENDESK_OAUTH_TOKEN"),
        },
        cfg,
    ]

    def first(*keys: str) -> dict[str, str | None]:
        for source in sources:
            if any(source.get(k) for k in keys):
                return {k: source.get(k) for k in keys}
        return dict.fromkeys(keys)

    account = first("subdomain", "base_url")
    if account["subdomain"] and account["base_url"]:
        raise CliError("give a subdomain or a base URL, not both", EXIT_CONFIG)
    creds = first("api_token", "oauth_token")
    email = next((src["email"] for src in sources if src.get("email")), None)
    return {**account, **creds, "email": email}


def _make_client(args: argparse.Namespace, settings: dict[str, Any] | None = None) -> Any:
    from . import ApiTokenAuth, OAuthAuth, Zendesk

    s = settings or _client_settings(args)
    if not s["subdomain"] and not s["base_url"]:
        raise CliError(
            "no Zendesk account given: use --subdomain, --base-url, ZENDESK_SUBDOMAIN or"
            " ZENDESK_BASE_URL",
            EXIT_CONFIG,
        )
    auth: Any
    if s["oauth_token"]:
        auth = OAuthAuth(s["oauth_token"])
    elif s["api_token"]:
        if not s["email"]:
            raise CliError("API-token auth needs an email: --email or ZENDESK_EMAIL", EXIT_CONFIG)
        auth = ApiTokenAuth(s["email"], s["api_token"])
    else:
        raise CliError(
            "no credentials: set ZENDESK_EMAIL + ZENDESK_API_TOKEN, or ZENDESK_OAUTH_TOKEN",
            EXIT_CONFIG,
        )
    kwargs: dict[str, Any] = {"auth": auth, **_tuning(args)}
    if s["base_url"]:
        kwargs["base_url"] = s["base_url"]
    else:
        kwargs["subdomain"] = s["subdomain"]
    try:
        return Zendesk(**kwargs)
    except errors.ConfigurationError as exc:
        raise CliError(str(exc), EXIT_CONFIG) from None


def _tuning(args: argparse.Namespace) -> dict[str, Any]:
    """Zendesk(...) keyword arguments from the flags, plus `main(client_options=...)`."""
    kwargs: dict[str, Any] = {}
    if args.concurrency:
        kwargs["concurrency"] = args.concurrency
    if args.export_rpm:
        kwargs["incremental_rpm"] = args.export_rpm
    kwargs.update(args.client_options)
    return kwargs


# ------------------------------------------------------------------------------------------------
# Export


class Progress:
    """A rich progress line (records, pages, rate, elapsed) — or nothing when not a TTY / quiet."""

    def __init__(self, label: str, *, enabled: bool, start_records: int = 0) -> None:
        self.label = label
        self.enabled = enabled
        self.records = start_records
        self.pages = 0
        self.started = time.monotonic()
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                Progress as RichProgress,
            )
            from rich.progress import (
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            self._progress = RichProgress(
                SpinnerColumn(),
                TextColumn("[bold]{task.description}"),
                TextColumn("{task.completed:,} records"),
                TextColumn("{task.fields[pages]:,} pages"),
                TextColumn("{task.fields[rate]:,.0f} rec/s"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self._progress.__enter__()
            self._task = self._progress.add_task(
                self.label, total=None, completed=self.records, pages=0, rate=0.0
            )
        return self

    def advance(self, records: int) -> None:
        self.records += records
        self.pages += 1
        if self._progress is not None:
            self._progress.update(
                self._task, completed=self.records, pages=self.pages, rate=self.rate
            )

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.records / self.elapsed if self.elapsed > 0 else 0.0

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(None, None, None)


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


# ------------------------------------------------------------------------------------------------
# Commands


def _dump(obj: Any) -> str:
    to_dict = getattr(obj, "to_dict", None)
    return json.dumps(to_dict() if callable(to_dict) else obj, ensure_ascii=False, default=str)


def _say(args: argparse.Namespace, text: str) -> None:
    if not args.quiet:
        print(text, file=sys.stderr)


def _progress_enabled(args: argparse.Namespace) -> bool:
    return not args.quiet and sys.stderr.isatty()


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


async def _cmd_export(args: argparse.Namespace) -> int:
    _check_export_args(args)
    async with _make_client(args) as zd:
        total, pages, seconds = await run_export(
            zd,
            args.what,
            args.out,
            since=args.since,
            resume=args.resume,
            fsync=not args.no_fsync,
            progress=_progress_enabled(args),
            limit=args.limit,
            page_size=args.page_size,
        )
    rate = f", {total / seconds:,.0f} records/s" if seconds > 0 and not args.resume else ""
    resumed = " (resumed)" if args.resume else ""
    _say(
        args,
        f"exported {total:,} {args.what} to {args.out}{resumed}: {pages} pages in"
        f" {seconds:.1f} s{rate}",
    )
    return EXIT_OK


async def _cmd_get(args: argparse.Namespace) -> int:
    missing: list[int] = []
    async with _make_client(args) as zd:
        for tid in args.ids:
            try:
                ticket = await zd.tickets.get(tid)
            except errors.NotFoundError:
                missing.append(tid)
                continue
            print(_dump(ticket), flush=True)
    if missing:
        print(f"zendesk-async: not found: ticket {', '.join(map(str, missing))}", file=sys.stderr)
        return EXIT_NOT_FOUND
    return EXIT_OK


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


async def _cmd_get_many(args: argparse.Namespace) -> int:
    ids = _read_ids(args.ids_file)
    async with _make_client(args) as zd:
        got = await zd.tickets.get_many(ids, concurrency=args.concurrency or 20, raw=True)
    lines = [_dump(t) for t in got]
    if args.out:
        args.out.write_text("".join(line + "\n" for line in lines), "utf-8")
    else:
        for line in lines:
            print(line)
    _say(args, f"fetched {len(got):,} of {len(set(ids)):,} tickets")
    if got.missing:
        shown = ", ".join(str(i) for i in got.missing[:20])
        more = " ..." if len(got.missing) > 20 else ""
        _say(args, f"not found ({len(got.missing)}): {shown}{more}")
        return EXIT_NOT_FOUND
    return EXIT_OK


async def _cmd_skips(args: argparse.Namespace) -> int:
    async with _make_client(args) as zd:
        skip = await zd.skips.create(ticket_id=args.ticket, reason=args.reason)
    print(_dump(skip))
    return EXIT_OK


async def _cmd_tickets(args: argparse.Namespace) -> int:
    async with _make_client(args) as zd:
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
    print(_dump(result))
    return EXIT_OK


DEMO_EMAIL, DEMO_TOKEN = "demo@example.com", "demo-token"  # the fake's, not a real account's
DEMO_EXPORT_RPM = 100_000  # the fake has no export budget; Zendesk's real one is 10/min


async def _cmd_demo(args: argparse.Namespace) -> int:
    from . import ApiTokenAuth, Zendesk
    from .testing import FakeZendesk, serve_in_thread

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
                progress=_progress_enabled(args),
                fsync=True,
                page_size=args.page_size,
            )
    return _demo_summary(out, args.tickets, total, pages, seconds)


def _demo_summary(out: Path, expected: int, total: int, pages: int, seconds: float) -> int:
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


_COMMANDS: dict[str, Callable[[argparse.Namespace], Any]] = {
    "export": _cmd_export,
    "get": _cmd_get,
    "get-many": _cmd_get_many,
    "skips": _cmd_skips,
    "tickets": _cmd_tickets,
    "demo": _cmd_demo,
}


# ------------------------------------------------------------------------------------------------
# Entry point


def _exit_code_for(exc: BaseException) -> tuple[int, str]:
    """The exit code and one-line message for an error (re-raises what is a bug)."""
    if isinstance(exc, CliError):
        return exc.code, str(exc)
    if isinstance(exc, errors.AuthenticationError):
        return (
            EXIT_AUTH,
            "authentication failed (401): check the email and API token, or the OAuth token",
        )
    if isinstance(exc, errors.PermissionDeniedError):
        return EXIT_AUTH, f"permission denied (403): {exc.description or exc.error or exc}"
    if isinstance(exc, errors.NotFoundError):
        where = exc.response.request.url.copy_with(query=None) if exc.response else "?"
        return EXIT_NOT_FOUND, f"not found (404): {where} (is the subdomain right?)"
    if isinstance(exc, errors.RateLimitError):
        return EXIT_RATE_LIMIT, "rate limit still exceeded after retrying (429); try again later"
    if isinstance(exc, errors.ConfigurationError):
        return EXIT_CONFIG, str(exc)
    if isinstance(exc, errors.InvalidArgumentError):
        return EXIT_USAGE, str(exc)
    if isinstance(exc, errors.APIConnectionError):
        host = exc.request.url.host if exc.request is not None else "Zendesk"
        return EXIT_CONNECTION, f"cannot reach {host}: {exc}"
    if isinstance(exc, errors.ZendeskError):
        return EXIT_API, str(exc)
    if isinstance(exc, OSError):
        name = f" {exc.filename}" if exc.filename else ""
        return EXIT_DATA, f"file error{name}: {exc.strerror or exc}"
    raise exc


def _configure_logging(verbosity: int) -> None:
    import logging

    if verbosity:
        logging.basicConfig(
            level=logging.DEBUG if verbosity > 1 else logging.INFO,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
            stream=sys.stderr,
        )


def main(argv: Sequence[str] | None = None, *, client_options: dict[str, Any] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it).

    `client_options` are extra `Zendesk(...)` keyword arguments for every client a command
    builds (tests pass `transport=`, `sleep=`, `clock=`).
    """
    args = _parser().parse_args(argv)
    args.client_options = dict(client_options or {})
    args.verbose = args.verbose or 0
    _configure_logging(args.verbose)
    command = _COMMANDS[args.command]
    try:
        return int(anyio.run(command, args))
    except KeyboardInterrupt:
        hint = ""
        if args.command == "export" and args.what in RESUMABLE:
            hint = (
                f": continue with the same command plus --resume (checkpoint {args.out}.checkpoint)"
            )
        print(f"zendesk-async: interrupted{hint}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        code, message = _exit_code_for(exc)
        first_line = " ".join(message.split())
        print(f"zendesk-async: error: {first_line}", file=sys.stderr)
        return code


def _entry() -> NoReturn:  # pragma: no cover - used by `python -m zendesk_async`
    sys.exit(main())
