"""The client a command uses: account and credentials from flags, environment, config file."""

from __future__ import annotations

import argparse
import os
import tomllib
from pathlib import Path
from typing import Any

from .. import errors
from . import _args
from ._errors import EXIT_CONFIG, CliError


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
    """Account and credentials; each comes whole from the first source that has it."""
    cfg = {k: str(v) for k, v in load_config(args.config).items() if v}
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


def make_client(args: argparse.Namespace, settings: dict[str, Any] | None = None) -> Any:
    from .. import ApiTokenAuth, OAuthAuth, Zendesk

    s = settings or client_settings(args)
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
    kwargs: dict[str, Any] = {"auth": auth, **tuning(args)}
    if s["base_url"]:
        kwargs["base_url"] = s["base_url"]
    else:
        kwargs["subdomain"] = s["subdomain"]
    try:
        return Zendesk(**kwargs)
    except errors.ConfigurationError as exc:
        raise CliError(str(exc), EXIT_CONFIG) from None


def tuning(args: argparse.Namespace) -> dict[str, Any]:
    """Zendesk(...) keyword arguments from the flags, plus `main(client_options=...)`."""
    kwargs: dict[str, Any] = {}
    if args.concurrency:
        kwargs["concurrency"] = args.concurrency
    if args.export_rpm:
        kwargs["incremental_rpm"] = args.export_rpm
    kwargs.update(args.client_options)
    return kwargs
