"""The argument parser: shared options, then each command registers its own."""

from __future__ import annotations

import argparse
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
            "ZENDESK_BASE_URL, or the config file; credentials from ZENDESK_EMAIL +\n"
            "ZENDESK_API_TOKEN, or ZENDESK_OAUTH_TOKEN, or the config file -- never from flags,\n"
            "never printed. Flags win over the environment, which wins over the file\n"
            f"({DEFAULT_CONFIG}):\n"
            '  [zendesk]\n  subdomain = "acme"\n  email = "me@acme.com"\n  api_token = "..."\n\n'
            + EXIT_CODES_HELP
        ),
    )
    common_options(p, top=True)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, **kw: Any) -> argparse.ArgumentParser:
        c = sub.add_parser(name, **kw)
        common_options(c, top=False)
        return c

    for module in COMMAND_MODULES:
        module.register(command)
    return p
