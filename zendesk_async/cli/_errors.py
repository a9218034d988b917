"""Exit codes and the one-line message for each kind of failure."""

from __future__ import annotations

from .. import errors

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


class CliError(Exception):
    """A one-line error for the user, with its exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


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
