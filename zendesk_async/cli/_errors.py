"""Exit codes and the one-line message for each kind of failure."""

from __future__ import annotations

import re

from .. import errors

EXIT_OK = 0
EXIT_USAGE = 2  # bad arguments (argparse uses 2 too)
EXIT_CONFIG = 3  # no account / credentials, unreadable config file, a missing extra
EXIT_AUTH = 4  # 401 / 403: bad or insufficient credentials
EXIT_NOT_FOUND = 5  # 404, or ids get-many could not find
EXIT_RATE_LIMIT = 6  # still 429 after the retries
EXIT_API = 7  # any other Zendesk error (5xx, bad response, stalled stream)
EXIT_CONNECTION = 8  # DNS, connection refused, timeouts, TLS
EXIT_DATA = 9  # local file problem, or the demo's check failed
EXIT_INTERRUPTED = 130  # 128 + SIGINT (Ctrl-C); an export resumes with --resume
EXIT_TERMINATED = 143  # 128 + SIGTERM (kill, systemd, Kubernetes); resumes the same way

# The one table: --help prints it, the README shows it, a test checks both against this.
EXIT_CODES: tuple[tuple[int, str], ...] = (
    (EXIT_OK, "ok"),
    (EXIT_USAGE, "bad arguments"),
    (EXIT_CONFIG, "configuration: no account or credentials, bad config file, missing extra"),
    (EXIT_AUTH, "bad credentials (401) or permission denied (403)"),
    (EXIT_NOT_FOUND, "not found (404), or ids that get-many could not find"),
    (EXIT_RATE_LIMIT, "rate limit still exceeded after retrying (429)"),
    (EXIT_API, "other Zendesk error (5xx, bad response)"),
    (EXIT_CONNECTION, "cannot connect (DNS, refused, timeout, TLS)"),
    (EXIT_DATA, "local file error, or the demo's check failed"),
    (EXIT_INTERRUPTED, "interrupted (Ctrl-C, SIGINT): an export continues with --resume"),
    (EXIT_TERMINATED, "terminated (SIGTERM): an export continues with --resume"),
)
EXIT_CODES_HELP = "exit codes:\n" + "\n".join(f"  {code:>3}  {text}" for code, text in EXIT_CODES)


class CliError(Exception):
    """A one-line error for the user, with its exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


_ID = re.compile(r"\d+|[0-9a-f]{8}-[0-9a-f-]{27}|[0-9a-zA-Z]{20,}")


def missing_resource(path: str) -> str | None:
    """`ticket 1` for /api/v2/tickets/1.json (or its comments); None for a collection URL, where
    a 404 means the wrong account or URL."""
    parts = [p.removesuffix(".json") for p in path.split("/") if p][2:]  # after /api/v2
    for i in range(len(parts) - 1, 0, -1):
        if _ID.fullmatch(parts[i]) and not _ID.fullmatch(parts[i - 1]):
            name = parts[i - 1].replace("_", " ")
            name = name[:-2] if name.endswith("ses") else name.removesuffix("s")
            return f"{name} {parts[i]}"
    return None


def exit_code_for(exc: BaseException) -> tuple[int, str]:
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
        if exc.response is None:
            return EXIT_NOT_FOUND, f"not found (404): {exc}"
        url = exc.response.request.url
        missing = missing_resource(url.path)
        if missing:
            return EXIT_NOT_FOUND, f"{missing} not found (404)"
        where = url.copy_with(query=None)
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
