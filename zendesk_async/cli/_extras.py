"""Optional dependencies: a missing one is a one-line error naming the extra to install."""

from __future__ import annotations

import importlib

from ._errors import EXIT_CONFIG, CliError

EXTRAS = {"rich": "cli", "uvicorn": "testing"}  # module -> the extra that installs it


def require(module: str, purpose: str) -> None:
    """Import `module` or raise a `CliError` saying which extra to install for `purpose`."""
    try:
        importlib.import_module(module)
    except ImportError:
        extra = EXTRAS[module]
        raise CliError(
            f"{purpose} needs {module}: pip install 'zendesk-async[{extra}]'", EXIT_CONFIG
        ) from None
