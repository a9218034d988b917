"""The argument parser: shared options, then each command registers its own."""

from __future__ import annotations

import argparse
from importlib import metadata
from typing import Any

from . import demo, export, get, get_many, skips, tickets
from ._args import DEFAULT_CONFIG, common_options
from ._errors import EXIT_CODES_HELP

COMMAND_MODULES = (export, get, get_many, skips, tickets, demo)  # in --help order


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="zendesk-async",
        description=(
            "Export and manage Zendesk Support data: tickets, skips, skill-based routing."
            " Try 'zendesk-async demo' first: it exports from a built-in fake Zendesk."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=(
            "configuration: the account from --subdomain / --base-url, ZENDESK_SUBDOMAIN /\n"
            "ZENDESK_BASE_URL, or the config file. Credentials, never from flags, never printed:\n"
            "  ZENDESK_OAUTH_REFRESH_TOKEN (+ ZENDESK_OAUTH_CLIENT_ID / _SECRET) with\n"
            "    --token-file (the rotated refresh token is kept there, 0600, on every refresh);\n"
            "  ZENDESK_OAUTH_CLIENT_ID + ZENDESK_OAUTH_CLIENT_SECRET (client credentials);\n"
            "  ZENDESK_OAUTH_TOKEN; or ZENDESK_EMAIL + ZENDESK_API_TOKEN (retired 2027-04-30).\n"
            "Flags win over the environment, which wins over the file\n"
            f"({DEFAULT_CONFIG}; keys: subdomain, base_url, email, refresh_token, client_id,\n"
            "client_secret, oauth_token, api_token, token_file):\n"
            '  [zendesk]\n  subdomain = "acme"\n  client_id = "my-app"\n  client_secret = "..."\n'
            '  token_file = "~/.config/zendesk-async/token.json"\n\n' + EXIT_CODES_HELP
        ),
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    common_options(p, top=True)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, **kw: Any) -> argparse.ArgumentParser:
        kw.setdefault("epilog", EXIT_CODES_HELP)
        kw.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        c = sub.add_parser(name, **kw)
        common_options(c, top=False)
        return c

    for module in COMMAND_MODULES:
        module.register(command)
    return p


def version() -> str:
    try:
        return metadata.version("zendesk-async")
    except metadata.PackageNotFoundError:  # pragma: no cover - run from a source tree
        return "(not installed)"
