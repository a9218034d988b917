"""The exception tree. Everything this library raises on purpose is a `ZendeskError`.

```
ZendeskError
├── ConfigurationError            bad client configuration (also a ValueError)
├── InvalidArgumentError          bad arguments to a method (also a ValueError)
├── ClientClosedError             the client was used after `aclose()` (also a RuntimeError)
├── APIError                      something went wrong with a request
│   ├── APIConnectionError        the request may or may not have reached Zendesk
│   │   └── APITimeoutError
│   ├── APIStatusError            Zendesk answered with a non-2xx status
│   │   ├── BadRequestError           400
│   │   │   └── OffsetLimitError      400 past the 10,000-record offset limit
│   │   ├── AuthenticationError       401 (and failed OAuth token requests)
│   │   ├── PermissionDeniedError     403
│   │   ├── NotFoundError             404
│   │   ├── ConflictError             409
│   │   ├── UnprocessableEntityError  422, with per-field `field_errors`
│   │   ├── RateLimitError            429, with `retry_after`
│   │   │   └── TooManyJobsError      30 background jobs already in flight
│   │   └── InternalServerError       >= 500
│   ├── ResponseParseError        a 2xx body that is not what the spec says
│   └── UnsafeURLError            a URL that would leave the configured host
├── PaginationError               a stream that cannot go on safely
│   └── StalledPaginationError    a cursor / end_time that does not advance
├── JobError                      a background job failed or did not finish
│   └── JobTimeoutError
└── CallCancelledError            a `gather()` call cancelled before it finished
```
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from .bulk import BulkResult

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CallCancelledError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "JobError",
    "JobTimeoutError",
    "NotFoundError",
    "OffsetLimitError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "StalledPaginationError",
    "TooManyJobsError",
    "UnprocessableEntityError",
    "UnsafeURLError",
    "ZendeskError",
    "status_error_from_response",
]

_BODY_PREVIEW = 500


class ZendeskError(Exception):
    """Base class of every error this library raises on purpose.

    `partial_result`: set when a bulk write stopped on this error, to the `BulkResult` so far
    (accepted, failed and unknown items), so nothing already sent is lost.
    """

    partial_result: BulkResult | None = None


class ConfigurationError(ZendeskError, ValueError):
    """The client was configured with something unusable (bad URL, missing credentials...)."""


class InvalidArgumentError(ZendeskError, ValueError):
    """A method was called with an argument Zendesk would refuse or that cannot work."""


class ClientClosedError(ZendeskError, RuntimeError):
    """The `Zendesk` client was used after it was closed (`aclose()` / leaving `async with`)."""


class APIError(ZendeskError):
    """A request failed. `request` is the `httpx.Request` (its headers are not in the message)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request

    @property
    def method(self) -> str | None:
        return self.request.method if self.request is not None else None

    @property
    def url(self) -> str | None:
        """The request URL without its query string (query values may be sensitive)."""
        if self.request is None:
            return None
        return str(self.request.url.copy_with(query=None))


class APIConnectionError(APIError):
    """The connection failed; the request may or may not have reached Zendesk."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class UnsafeURLError(APIError):
    """Refused to follow a URL pointing away from the configured Zendesk host."""


class APIStatusError(APIError):
    """Zendesk answered with an error status.

    `error`, `description` and `details` come from Zendesk's JSON error body when there is one;
    `request_id` from `X-Zendesk-Request-Id` / `X-Request-Id` (quote it to Zendesk support).
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any = None,
        error: str | None = None,
        description: str | None = None,
        details: Any = None,
    ) -> None:
        super().__init__(message, request=response.request if _has_request(response) else None)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.error = error
        self.description = description
        self.details = details
        self.request_id = request_id_of(response)
        self.headers = response.headers


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class OffsetLimitError(BadRequestError):
    """Offset pagination cannot go past 10,000 records; use cursor pagination or an export."""


class AuthenticationError(APIStatusError):
    """401: the credentials were refused (or an OAuth token request failed)."""


class PermissionDeniedError(APIStatusError):
    """403: authenticated, but not allowed."""


class NotFoundError(APIStatusError):
    """404: the record does not exist (or is not visible to this user)."""


class ConflictError(APIStatusError):
    """409: a conflicting concurrent change (merge, uniqueness, stale `safe_update`)."""


class UnprocessableEntityError(APIStatusError):
    """422: validation failed. `field_errors` maps field name -> list of messages."""

    @property
    def field_errors(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        if not isinstance(self.details, Mapping):
            return out
        for field, entries in self.details.items():
            messages: list[str] = []
            if isinstance(entries, Sequence) and not isinstance(entries, str):
                for entry in entries:
                    if isinstance(entry, Mapping):
                        text = entry.get("description") or entry.get("error") or entry.get("type")
                        messages.append(str(text))
                    else:
                        messages.append(str(entry))
            else:
                messages.append(str(entries))
            out[str(field)] = messages
        return out


class RateLimitError(APIStatusError):
    """429: rate limited. `retry_after` is the server's wait in seconds, when it sent one."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class TooManyJobsError(RateLimitError):
    """Zendesk already has 30 background jobs queued or running for this account."""

    @property
    def current_job_ids(self) -> list[str]:
        if isinstance(self.body, Mapping):
            ids = self.body.get("current_job_ids")
            if isinstance(ids, list):
                return [str(i) for i in ids]
        return []


class InternalServerError(APIStatusError):
    """5xx: a server-side failure."""


class ResponseParseError(APIError):
    """A successful response whose body does not fit the expected model. Keeps the raw body."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None = None,
        body: bytes | str | None = None,
        model: str | None = None,
    ) -> None:
        request = response.request if response is not None and _has_request(response) else None
        super().__init__(message, request=request)
        self.response = response
        self.status_code = response.status_code if response is not None else None
        self.body = body
        self.model = model
        self.request_id = request_id_of(response) if response is not None else None


class PaginationError(ZendeskError):
    """A stream could not continue safely."""


class StalledPaginationError(PaginationError):
    """The server handed back a cursor / end_time / page it already gave: stopping, not looping."""


class JobError(ZendeskError):
    """A background job ended as `failed` / `killed`. `job` is the last job status seen."""

    def __init__(self, message: str, *, job: Any = None) -> None:
        super().__init__(message)
        self.job = job


class JobTimeoutError(JobError):
    """A background job had not finished by the deadline."""


class CallCancelledError(ZendeskError):
    """A call submitted to `gather()` did not finish: the scope around it was cancelled (or
    another error stopped the gather). Its outcome is not ok; the call may have had effects."""


# ---------------------------------------------------------------------------------------------
# Mapping a response to its exception


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises RuntimeError when unset
    except RuntimeError:
        return False
    return True


def request_id_of(response: httpx.Response) -> str | None:
    """Zendesk's request id of a response, if it carried one."""
    value: str | None = response.headers.get("x-zendesk-request-id") or response.headers.get(
        "x-request-id"
    )
    return value


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a `Retry-After` header (delta-seconds form); None if absent or unreadable."""
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return _parse_http_date_delay(value)
    if seconds != seconds or seconds < 0:  # NaN or negative
        return None
    return seconds


def _parse_http_date_delay(value: str) -> float | None:
    from datetime import UTC, datetime
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _decode_body(response: httpx.Response) -> Any:
    try:
        raw = response.content
    except httpx.ResponseNotRead:
        return None
    if not raw:
        return None
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        text = raw[:_BODY_PREVIEW].decode("utf-8", "replace")
        return text


def _error_fields(body: Any) -> tuple[str | None, str | None, Any]:
    """(error, description, details) from any of Zendesk's error body shapes."""
    if not isinstance(body, Mapping):
        return None, (body.strip()[:200] or None) if isinstance(body, str) else None, None
    err = body.get("error")
    description = body.get("description")
    details = body.get("details")
    if isinstance(err, Mapping):  # SBR: {"error": {"title", "message"}}
        description = description or err.get("message")
        err = err.get("title")
    errors = body.get("errors")
    if err is None and isinstance(errors, list) and errors and isinstance(errors[0], Mapping):
        first = errors[0]  # {"errors": [{"code", "title", "detail"}]}
        err = first.get("code") or first.get("title")
        description = description or first.get("detail") or first.get("title")
        details = details or errors
    return (
        str(err) if err is not None else None,
        str(description) if description is not None else None,
        details,
    )


def _first_detail(details: Any) -> str:
    """The first field error of a 422 body, e.g. ``status: Status: closed prevents update``."""
    if not isinstance(details, Mapping):
        return ""
    for field, problems in details.items():
        entries = problems if isinstance(problems, list) else [problems]
        for entry in entries:
            text = entry.get("description") if isinstance(entry, Mapping) else entry
            if isinstance(text, str) and text:
                more = " and more" if len(details) > 1 or len(entries) > 1 else ""
                return f"{field}: {text[:200]}{more}"
    return ""


def status_error_from_response(response: httpx.Response) -> APIStatusError:
    """Build the typed exception for a non-2xx response (the body must already be read)."""
    status = response.status_code
    body = _decode_body(response)
    error, description, details = _error_fields(body)
    if status >= 500:
        cls: type[APIStatusError] = InternalServerError
    else:
        cls = _STATUS_CLASSES.get(status, APIStatusError)
    if error == "TooManyJobs":
        cls = TooManyJobsError
    where = ""
    if _has_request(response):
        req = response.request
        where = f" for {req.method} {req.url.copy_with(query=None)}"
    summary = ": ".join(p for p in (error, description) if p)
    first = _first_detail(details)
    if first:
        summary = f"{summary} ({first})" if summary else first
    message = f"Zendesk returned {status}{where}" + (f" - {summary}" if summary else "")
    rid = request_id_of(response)
    if rid:
        message += f" (request id {rid})"
    kwargs: dict[str, Any] = {
        "response": response,
        "body": body,
        "error": error,
        "description": description,
        "details": details,
    }
    if issubclass(cls, RateLimitError):
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        return cls(message, retry_after=retry_after, **kwargs)
    return cls(message, **kwargs)
