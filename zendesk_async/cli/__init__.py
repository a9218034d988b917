"""The `zendesk-async` command: exports with progress and resume, lookups, a few writes, the demo.

Configuration comes from flags, then the environment (ZENDESK_SUBDOMAIN / ZENDESK_BASE_URL,
ZENDESK_EMAIL + ZENDESK_API_TOKEN or ZENDESK_OAUTH_TOKEN), then a TOML config file
(`--config`, default ~/.config/zendesk-async/config.toml). Secrets are read from the environment
or the config file only, never from flags, and never printed.

One module per command (`export`, `get`, `get_many`, `skips`, `tickets`, `demo`), each with its
`register` (its arguments) and `run`; shared parts: `_args` (option types), `_parser`,
`_config` (the client), `_progress`, `_output`, `_errors` (exit codes).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import anyio

from ._errors import EXIT_INTERRUPTED, exit_code_for
from ._parser import COMMAND_MODULES, build_parser
from .export import RESUMABLE, run_export

__all__ = ["main", "run_export"]


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
    args = build_parser().parse_args(argv)
    args.client_options = dict(client_options or {})
    args.verbose = args.verbose or 0
    _configure_logging(args.verbose)
    command = {m.NAME: m.run for m in COMMAND_MODULES}[args.command]
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
        code, message = exit_code_for(exc)
        first_line = " ".join(message.split())
        print(f"zendesk-async: error: {first_line}", file=sys.stderr)
        return code


def _entry() -> NoReturn:  # pragma: no cover - used by `python -m zendesk_async`
    sys.exit(main())
