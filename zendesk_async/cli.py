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
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

import anyio

from . import errors
from .exportfile import JsonlExportFile

__all__ = ["main"]

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_CONFIG = 3
EXIT_AUTH = 4
EXIT_NOT_FOUND = 5
EXIT_RATE_LIMIT = 6
EXIT_API = 7
EXIT_CONNECTION = 8
EXIT_DATA = 9
EXIT_INTERRUPTED = 130

EXPORTS = (  # the resumable exports (each page carries a checkpoint)
    "tickets",
    "tickets-by-time",
    "routing-attributes",
    "routing-attribute-values",
    "routing-instance-values",
)

DEFAULT_CONFIG = Path("~/.config/zendesk-async/config.toml")


class CliError(Exception):
    """A one-line error for the user, with its exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


# ------------------------------------------------------------------------------------------------
# Arguments


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="zendesk-async",
        description="Export and manage Zendesk Support data: tickets, skips, skill-based routing.",
        epilog=(
            "Credentials come from ZENDESK_EMAIL + ZENDESK_API_TOKEN, or ZENDESK_OAUTH_TOKEN, or"
            " the config file; the account from --subdomain / --base-url, ZENDESK_SUBDOMAIN /"
            " ZENDESK_BASE_URL, or the config file. Try 'zendesk-async demo' to see an export"
            " against a built-in fake Zendesk."
        ),
    )
    p.add_argument("--subdomain", help="account subdomain (acme for acme.zendesk.com)")
    p.add_argument(
        "--base-url", help="full base URL instead of --subdomain (http only on loopback)"
    )
    p.add_argument("--email", help="agent email for API-token auth (token from ZENDESK_API_TOKEN)")
    p.add_argument("--config", type=Path, help=f"TOML config file (default {DEFAULT_CONFIG})")
    p.add_argument("--concurrency", type=_positive_int, default=None, help="parallel requests")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    p.add_argument("-v", "--verbose", action="count", default=0, help="log requests (-vv: debug)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser(
        "export",
        help="stream records to a JSON Lines file, resumable",
        description=(
            "Stream every record of a kind into a JSON Lines file. After each page is durably"
            " written a checkpoint (FILE.checkpoint) is saved; --resume continues from it with"
            " nothing lost and nothing duplicated."
        ),
    )
    ex.add_argument("what", choices=EXPORTS)
    ex.add_argument("--out", type=Path, required=True, help="output .jsonl file")
    ex.add_argument(
        "--since",
        type=_since,
        default=None,
        help="tickets only: start time, ISO date/datetime (UTC) or Unix seconds (default: all)",
    )
    ex.add_argument("--resume", action="store_true", help="continue from FILE.checkpoint")
    ex.add_argument("--no-fsync", action="store_true", help="faster, not power-cut safe")
    ex.add_argument("--limit", type=_positive_int, help="stop after about this many records")

    g = sub.add_parser("get", help="print records by id as JSON lines")
    g.add_argument("what", choices=("tickets",))
    g.add_argument("ids", nargs="+", type=_positive_int, metavar="ID")

    gm = sub.add_parser("get-many", help="fetch many records by id, concurrently")
    gm.add_argument("what", choices=("tickets",))
    gm.add_argument("--ids-file", type=Path, required=True, help="file with one id per line")
    gm.add_argument("--out", type=Path, help="output .jsonl (default stdout)")

    sk = sub.add_parser("skips", help="ticket skips")
    sk_sub = sk.add_subparsers(dest="action", required=True, metavar="ACTION")
    rec = sk_sub.add_parser("record", help="record a skip of a ticket by the current agent")
    rec.add_argument("--ticket", type=_positive_int, required=True, help="ticket id")
    rec.add_argument("--reason", required=True, help="why the ticket was skipped")

    tk = sub.add_parser("tickets", help="create, update, comment on tickets")
    tk_sub = tk.add_subparsers(dest="action", required=True, metavar="ACTION")
    cr = tk_sub.add_parser("create", help="create a ticket")
    cr.add_argument("--subject", required=True)
    cr.add_argument("--body", required=True, help="first comment")
    cr.add_argument("--priority", choices=("urgent", "high", "normal", "low"))
    up = tk_sub.add_parser("update", help="change a ticket's status / priority / add a comment")
    up.add_argument("id", type=_positive_int)
    up.add_argument("--status", choices=("new", "open", "pending", "hold", "solved", "closed"))
    up.add_argument("--priority", choices=("urgent", "high", "normal", "low"))
    up.add_argument("--comment", help="add a comment")
    up.add_argument("--private", action="store_true", help="the comment is internal")

    d = sub.add_parser(
        "demo",
        help="run an export against a built-in fake Zendesk (no account needed)",
        description="Start the embedded fake Zendesk on loopback, seed it, export its tickets.",
    )
    d.add_argument("--tickets", type=_positive_int, default=5000, help="tickets to seed")
    d.add_argument("--out", type=Path, default=Path("zendesk-demo/tickets.jsonl"))
    d.add_argument("--seed", type=int, default=42)
    return p


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def _since(text: str) -> int:
    """Unix seconds, or an ISO date / datetime (naive = UTC)."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date, datetime or Unix time: {text!r} (try 2024-01-31 or 1706659200)"
        ) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return int(when.timestamp())


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
    cfg = _load_config(args.config)
    env = os.environ

    def pick(flag: str | None, env_key: str, cfg_key: str) -> str | None:
        value = flag or env.get(env_key) or cfg.get(cfg_key)
        return str(value) if value else None

    return {
        "subdomain": pick(args.subdomain, "ZENDESK_SUBDOMAIN", "subdomain"),
        "base_url": pick(args.base_url, "ZENDESK_BASE_URL", "base_url"),
        "email": pick(args.email, "ZENDESK_EMAIL", "email"),
        "api_token": pick(None, "ZENDESK_API_TOKEN", "api_token"),
        "oauth_token": pick(None, "ZENDESK_OAUTH_TOKEN", "oauth_token"),
    }


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
    kwargs: dict[str, Any] = {"auth": auth}
    if args.concurrency:
        kwargs["concurrency"] = args.concurrency
    if s["base_url"]:
        kwargs["base_url"] = s["base_url"]
    else:
        kwargs["subdomain"] = s["subdomain"]
    try:
        return Zendesk(**kwargs)
    except errors.ConfigurationError as exc:
        raise CliError(str(exc), EXIT_CONFIG) from None


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


def _export_pages(zd: Any, what: str, since: int | None, checkpoint: Any) -> AsyncIterator[Any]:
    """The page stream for one export kind, resumed from `checkpoint` when given."""
    inc = zd.incremental
    if what in ("tickets", "tickets-by-time"):
        export = inc.tickets if what == "tickets" else inc.tickets_by_time
        if checkpoint is not None:
            return export(checkpoint=checkpoint, raw=True).pages()  # type: ignore[no-any-return]
        return export(start_time=since or 0, raw=True).pages()  # type: ignore[no-any-return]
    factory: Callable[..., Any] = {
        "routing-attributes": inc.routing_attributes,
        "routing-attribute-values": inc.routing_attribute_values,
        "routing-instance-values": inc.routing_instance_values,
    }[what]
    return factory(checkpoint=checkpoint, raw=True).pages()  # type: ignore[no-any-return]


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
) -> tuple[int, int, float]:
    """Export `what` into `out`; returns (records written in total, pages this run, seconds)."""
    with JsonlExportFile(out, what=what, resume=resume, fsync=fsync) as sink:
        start_records = sink.records
        with Progress(f"export {what}", enabled=progress, start_records=start_records) as bar:
            pages = _export_pages(zd, what, since, sink.checkpoint)
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


async def _cmd_export(args: argparse.Namespace) -> int:
    if args.since is not None and not args.what.startswith("tickets"):
        raise CliError("--since only applies to the ticket exports", EXIT_USAGE)
    async with _make_client(args) as zd:
        total, pages, seconds = await run_export(
            zd,
            args.what,
            args.out,
            since=args.since,
            resume=args.resume,
            fsync=not args.no_fsync,
            progress=not args.quiet and sys.stderr.isatty(),
            limit=args.limit,
        )
    _say(args, f"exported {total:,} {args.what} to {args.out} ({pages} pages, {seconds:.1f}s)")
    return EXIT_OK


async def _cmd_get(args: argparse.Namespace) -> int:
    async with _make_client(args) as zd:
        for tid in args.ids:
            print(_dump(await zd.tickets.get(tid)))
    return EXIT_OK


def _read_ids(path: Path) -> list[int]:
    try:
        text = path.read_text("utf-8")
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


async def _cmd_demo(args: argparse.Namespace) -> int:
    from . import ApiTokenAuth, Zendesk
    from .testing import FakeZendesk, serve_in_thread

    email, token = "demo@example.com", "demo-token"
    fake = FakeZendesk(tickets=args.tickets, seed=args.seed, credentials={email: token})
    _say(args, f"starting a fake Zendesk on loopback with {args.tickets:,} seeded tickets...")
    with serve_in_thread(fake) as base_url:
        async with Zendesk(base_url=base_url, auth=ApiTokenAuth(email, token)) as zd:
            total, pages, seconds = await run_export(
                zd,
                "tickets",
                args.out,
                progress=not args.quiet and sys.stderr.isatty(),
                fsync=False,
            )
    problems = _verify_demo(args.out, args.tickets)
    rate = total / seconds if seconds else 0.0
    print(f"demo export: {total:,} tickets in {pages} pages, {seconds:.2f}s ({rate:,.0f} rec/s)")
    print(f"written to {args.out.resolve()} (checkpoint beside it)")
    if problems:
        print(f"demo check FAILED: {problems}", file=sys.stderr)
        return EXIT_DATA
    print(f"demo check passed: {args.tickets:,} distinct ticket ids, each exactly once")
    return EXIT_OK


def _verify_demo(out: Path, expected: int) -> str | None:
    seen: set[Any] = set()
    with out.open("rb") as fh:
        for n, line in enumerate(fh, 1):
            try:
                tid = json.loads(line)["id"]
            except (ValueError, KeyError, TypeError):
                return f"line {n} is not a ticket record"
            if tid in seen:
                return f"ticket {tid} appears twice"
            seen.add(tid)
    if len(seen) != expected:
        return f"expected {expected} tickets, found {len(seen)}"
    return None


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
    if isinstance(exc, CliError):
        return exc.code, str(exc)
    if isinstance(exc, errors.AuthenticationError):
        return EXIT_AUTH, "authentication failed: check the email and token (or OAuth token)"
    if isinstance(exc, errors.PermissionDeniedError):
        return EXIT_AUTH, f"permission denied: {exc.description or exc.message}"
    if isinstance(exc, errors.NotFoundError):
        return EXIT_NOT_FOUND, f"not found: {exc.url}"
    if isinstance(exc, errors.RateLimitError):
        return EXIT_RATE_LIMIT, "rate limit still exceeded after waiting; try again later"
    if isinstance(exc, errors.ConfigurationError | errors.InvalidArgumentError):
        return EXIT_CONFIG if isinstance(exc, errors.ConfigurationError) else EXIT_USAGE, str(exc)
    if isinstance(exc, errors.APIConnectionError):
        host = exc.request.url.host if exc.request is not None else "Zendesk"
        return EXIT_CONNECTION, f"cannot reach {host}: {exc.message}"
    if isinstance(exc, errors.ZendeskError):
        return EXIT_API, str(exc)
    raise exc


def _configure_logging(verbosity: int) -> None:
    import logging

    if verbosity:
        logging.basicConfig(
            level=logging.DEBUG if verbosity > 1 else logging.INFO,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
            stream=sys.stderr,
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    args = _parser().parse_args(argv)
    _configure_logging(args.verbose)
    command = _COMMANDS[args.command]
    try:
        return int(anyio.run(command, args))
    except KeyboardInterrupt:
        print("interrupted; an export can continue with --resume", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        code, message = _exit_code_for(exc)
        print(f"zendesk-async: error: {message}", file=sys.stderr)
        return code


def _entry() -> NoReturn:  # pragma: no cover - used by `python -m zendesk_async`
    sys.exit(main())
