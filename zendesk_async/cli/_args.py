"""Argument types and the account/output options every command accepts."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .._constants import INCREMENTAL_MIN_AGE

DEFAULT_CONFIG = Path("~/.config/zendesk-async/config.toml")


def common_options(p: argparse.ArgumentParser, *, top: bool) -> None:
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
    g.add_argument("--concurrency", type=positive_int, help="parallel requests (default 20)", **d)
    g.add_argument(
        "--export-rpm",
        type=positive_int,
        help="incremental export requests per minute (Zendesk: 10, 30 with High Volume)",
        **d,
    )
    g.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary", **d)
    g.add_argument(
        "-v", "--verbose", action="count", help="log requests to stderr (-vv: debug)", **d
    )


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


clock: Callable[[], float] = time.time  # patched in tests


def since(text: str) -> int:
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
    now = clock()
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
