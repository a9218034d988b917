"""`RequestPath`: the one way a request reaches Zendesk.

governor turn (concurrency slot, then pause/budget check) -> auth (httpx.Auth on the shared
client) -> send (body read fully) -> classify -> retry decision (`_retry.decide`) -> the 2xx
response, or a typed error.
Also `parse_json` / `parse_model`, which turn a 2xx body into data or a `ResponseParseError`.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from ._idempotency import resend_safe
from ._json import loads
from ._log import logger, redact
from ._ratelimit import JOBS, Governor
from ._requester import QueryParams
from ._retry import Failure, RetrySettings, classify_exception, decide
from ._urls import check_origin, check_path
from .auth import ZendeskAuth
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    InvalidArgumentError,
    ResponseParseError,
    request_id_of,
    status_error_from_response,
)

__all__ = ["RequestPath", "parse_json", "parse_model"]

T = TypeVar("T")


class RequestPath:
    """Implements `zendesk_async._requester.Requester` on one shared `httpx.AsyncClient`."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        governor: Governor,
        retry: RetrySettings | None = None,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self._client = client
        base = client.base_url
        self._base_url = base
        self.governor = governor
        self.retry = retry or RetrySettings()
        self._rand = rand
        if isinstance(client.auth, ZendeskAuth):  # token refreshes: this client, this deadline
            client.auth.attach(client, refresh_timeout=self.retry.deadline)

    def __repr__(self) -> str:
        return f"<RequestPath {self._base_url.scheme}://{self._base_url.netloc.decode()}>"

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    @property
    def http(self) -> httpx.AsyncClient:
        """The shared httpx client (auth, timeouts and connection pool configured)."""
        return self._client

    def check_url(self, url: str | httpx.URL) -> httpx.URL | str:
        """`url` if it is a path, the parsed URL if it is on the configured scheme+host+port
        (any scheme case), else `UnsafeURLError` (see `_urls.check_origin`)."""
        if isinstance(url, str):
            check_path(url)  # a dot segment would let an id leave its segment
        try:
            absolute = check_origin(url, self._base_url)
        except (httpx.InvalidURL, UnicodeError) as exc:
            raise InvalidArgumentError(f"not a usable URL: {str(url)!r}: {exc}") from None
        return url if absolute is None else absolute

    async def request(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        params: QueryParams | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        budget: str | None = None,
        idempotent: bool | None = None,
        content: bytes | str | None = None,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
    ) -> httpx.Response:
        """Send one logical call; returns the 2xx response (body read) or raises."""
        client = self._client
        if client.is_closed:
            raise ClientClosedError("this Zendesk client is closed; create a new one")
        target = self.check_url(url)
        method = method.upper()
        governor = self.governor
        ask = governor.ask_for(method, target if isinstance(target, str) else target.path, budget)
        idem = resend_safe(method, target, json, headers, idempotent)  # per operation
        clock = governor.clock
        started = clock()
        debug = logger.isEnabledFor(logging.DEBUG)
        attempt = 0
        while True:
            try:
                request = client.build_request(
                    method,
                    target,
                    params=params,
                    json=json,
                    headers=headers,
                    content=content,
                    data=data,
                    files=files,
                )
            except (httpx.InvalidURL, UnicodeError) as exc:  # e.g. a lone surrogate in a cursor
                raise InvalidArgumentError(
                    f"cannot build the request {method} {str(target)!r}: {exc}"
                ) from None
            t0 = clock() if debug else 0.0
            response: httpx.Response | None
            try:
                # the 429 pause and the budget are checked after the concurrency slot is held
                async with governor.turn(ask) as turn:
                    response = await client.send(request)
                    turn.record(response)
            except (httpx.TransportError, httpx.DecodingError) as exc:  # decoding: a corrupt body
                outcome: int | Failure = classify_exception(exc)
                failure: httpx.RequestError | None = exc
                response = None
                if debug:
                    logger.debug("%s %s -> %s", method, _path(request), type(exc).__name__)
            else:
                failure = None
                outcome = response.status_code
                if debug:
                    _log_attempt(request, response, attempt, clock() - t0)
                if outcome < 300:
                    return response
            decision = decide(
                method,
                idem,
                attempt,
                outcome,
                clock() - started,
                self.retry,
                self._rand(),
                response.headers if response is not None else None,
            )
            if not decision.retry:
                if failure is not None:
                    raise _connection_error(request, failure) from failure
                assert response is not None
                raise status_error_from_response(response)
            if logger.isEnabledFor(logging.WARNING):
                logger.warning(
                    "retrying %s %s after %s (attempt %d, request id %s): waiting %.2f s",
                    method,
                    _path(request),
                    outcome.value if isinstance(outcome, Failure) else outcome,
                    attempt + 1,
                    request_id_of(response) if response is not None else None,
                    decision.delay,
                )
            # a 429 already started the shared pause in the store (the next turn waits it out);
            # TooManyJobs holds job submissions only, this one included
            if turn.too_many_jobs:
                ask = governor.ask_for(method, "", JOBS)
            elif not decision.pause_all:
                await governor.wait("retry after an error", decision.delay)
            attempt += 1


def _log_attempt(
    request: httpx.Request, response: httpx.Response, attempt: int, seconds: float
) -> None:
    logger.debug(
        "%s %s -> %d (attempt %d, request id %s, %.1f ms)",
        request.method,
        _path(request),
        response.status_code,
        attempt + 1,
        request_id_of(response),
        seconds * 1000,
    )


def _path(request: httpx.Request) -> str:
    return request.url.raw_path.decode("ascii", "replace")


def _connection_error(request: httpx.Request, exc: httpx.RequestError) -> APIConnectionError:
    where = f"{request.method} {request.url.copy_with(query=None)}"
    detail = redact(str(exc)) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{type(exc).__name__} on {where}: {detail}", request=request)
    return APIConnectionError(f"{type(exc).__name__} on {where}: {detail}", request=request)


def parse_json(response: httpx.Response) -> Any:
    """The decoded JSON body; `ResponseParseError` (raw body kept) if it is not JSON.

    orjson decodes it, the stdlib what orjson refuses or would round (`zendesk_async._json`).
    """
    raw = response.content
    try:
        return loads(raw)
    except ValueError as exc:  # json.JSONDecodeError, UnicodeDecodeError
        raise ResponseParseError(
            f"response body is not valid JSON: {exc}",
            response=response,
            body=raw,
        ) from exc


def parse_model(response: httpx.Response, parser: Callable[[Any], T], *, model_name: str) -> T:
    """Decode a JSON object body and feed it to `parser` (usually a generated ``from_dict``).

    Any failure -- invalid JSON, a body that is not an object, or any exception the parser raises
    (missing keys, wrong types, bad enum values) -- becomes `ResponseParseError` with the raw body.
    """
    body = parse_json(response)
    if not isinstance(body, dict):
        raise ResponseParseError(
            f"expected a JSON object for {model_name}, got {type(body).__name__}",
            response=response,
            body=response.content,
            model=model_name,
        )
    try:
        return parser(body)
    except Exception as exc:
        raise ResponseParseError(
            f"response does not fit {model_name}: {type(exc).__name__}: {exc}",
            response=response,
            body=response.content,
            model=model_name,
        ) from exc
