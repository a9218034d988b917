"""The client a command uses: account and credentials from flags, environment, config file.

Each setting comes from the first source that has it (flags, then the environment, then the
config file); the secrets (API token, OAuth access / refresh token) travel as one group, so a
token in the environment never mixes with an email or a client secret meant for another. The
result goes through `Zendesk.from_env`, so the command and the library read credentials alike.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import tomllib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any

import anyio

from .. import errors
from . import _args
from ._errors import EXIT_CONFIG, EXIT_CONNECTION, EXIT_USAGE, CliError
from ._tokenfile import read_refresh_token, write_refresh_token

# setting -> environment variable (the names `Zendesk.from_env` reads) and config-file key
ENV = {
    "subdomain": "ZENDESK_SUBDOMAIN",
    "base_url": "ZENDESK_BASE_URL",
    "email": "ZENDESK_EMAIL",
    "api_token": "ZENDESK_API_TOKEN",
    "oauth_token": "ZENDESK_OAUTH_TOKEN",
    "refresh_token": "ZENDESK_OAUTH_REFRESH_TOKEN",
    "client_id": "ZENDESK_OAUTH_CLIENT_ID",
    "client_secret": "ZENDESK_OAUTH_CLIENT_SECRET",
    "token_file": "ZENDESK_TOKEN_FILE",
}
SECRETS = ("api_token", "oauth_token", "refresh_token")
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", re.IGNORECASE)

resolve = anyio.getaddrinfo  # patched in tests


def load_config(path: Path | None) -> dict[str, Any]:
    explicit = path is not None
    path = (path or _args.DEFAULT_CONFIG).expanduser()
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


def client_settings(args: argparse.Namespace) -> dict[str, Any]:
    """Account and credentials; each group comes whole from the first source that has it."""
    cfg = {k: str(v) for k, v in load_config(args.config).items() if v}
    flags = {
        "subdomain": args.subdomain,
        "base_url": args.base_url,
        "email": args.email,
        "token_file": args.token_file and str(args.token_file),
    }
    sources = [
        {k: v for k, v in flags.items() if v},
        {k: os.environ.get(name) for k, name in ENV.items() if os.environ.get(name)},
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
    return {
        **account,
        **first(*SECRETS),
        **first("client_id", "client_secret"),
        **first("email"),
        **first("token_file"),
    }


def check_subdomain(subdomain: str) -> None:
    """A subdomain is one DNS label: refused before any request otherwise."""
    if _LABEL.fullmatch(subdomain):
        return
    hint = ""
    if "." in subdomain:
        hint = f": give only the account name, e.g. {subdomain.split('.')[0]!r} for {subdomain}"
    raise CliError(
        f"not a Zendesk subdomain: {subdomain!r} (letters, digits and inner hyphens){hint}",
        EXIT_USAGE,
    )


def make_client(args: argparse.Namespace, settings: dict[str, Any] | None = None) -> Any:
    from .. import Zendesk

    s = settings or client_settings(args)
    if not s["subdomain"] and not s["base_url"]:
        raise CliError(
            "no Zendesk account given: use --subdomain, --base-url, ZENDESK_SUBDOMAIN or"
            " ZENDESK_BASE_URL",
            EXIT_CONFIG,
        )
    if s["subdomain"]:
        check_subdomain(s["subdomain"])
    on_refresh = None
    if s["token_file"]:
        path = Path(s["token_file"]).expanduser()
        stored = read_refresh_token(path)
        if stored:  # newer than any in the environment: that one was rotated away
            s = {**s, "refresh_token": stored, "api_token": None}
        if not s["refresh_token"]:
            raise CliError(
                f"--token-file keeps a rotating refresh token, but {path} does not exist and"
                " no ZENDESK_OAUTH_REFRESH_TOKEN is set",
                EXIT_CONFIG,
            )
        on_refresh = partial(write_refresh_token, path)
    elif s["refresh_token"]:
        raise CliError(
            "a refresh token is replaced on every refresh: give --token-file (or"
            " ZENDESK_TOKEN_FILE) so the new one is kept",
            EXIT_CONFIG,
        )
    if not any(s[k] for k in (*SECRETS, "client_id", "client_secret")):
        raise CliError(
            "no credentials: set ZENDESK_OAUTH_REFRESH_TOKEN (with --token-file),"
            " ZENDESK_OAUTH_CLIENT_ID + ZENDESK_OAUTH_CLIENT_SECRET, ZENDESK_OAUTH_TOKEN,"
            " or ZENDESK_EMAIL + ZENDESK_API_TOKEN",
            EXIT_CONFIG,
        )
    if s["api_token"] and not s["email"] and not any(s[k] for k in SECRETS[1:]):
        raise CliError("API-token auth needs an email: --email or ZENDESK_EMAIL", EXIT_CONFIG)
    env = {ENV[k]: str(v) for k, v in s.items() if v and k in ENV}
    try:
        return Zendesk.from_env(env, on_refresh=on_refresh, **tuning(args))
    except errors.ConfigurationError as exc:
        raise CliError(str(exc), EXIT_CONFIG) from None


@asynccontextmanager
async def open_client(args: argparse.Namespace) -> AsyncIterator[Any]:
    """`make_client`, opened, once its host name resolves: a DNS failure is one clear error,
    not a round of retries (and comes before any output file is touched)."""
    zd = make_client(args)
    async with zd:
        if "transport" not in args.client_options:  # tests route to an app, not a host
            host = zd.base_url.host
            try:
                await resolve(host, zd.base_url.port or 443, type=socket.SOCK_STREAM)
            except (socket.gaierror, UnicodeError) as exc:
                reason = getattr(exc, "strerror", None) or str(exc)
                raise CliError(
                    f"cannot resolve {host}: {reason} (is the subdomain right?)", EXIT_CONNECTION
                ) from None
        yield zd


def tuning(args: argparse.Namespace) -> dict[str, Any]:
    """Zendesk(...) keyword arguments from the flags, plus `main(client_options=...)`."""
    kwargs: dict[str, Any] = {}
    if args.concurrency:
        kwargs["concurrency"] = args.concurrency
    if args.export_rpm:
        kwargs["incremental_rpm"] = args.export_rpm
    kwargs.update(args.client_options)
    return kwargs
