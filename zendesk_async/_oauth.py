"""OAuth token renewal shared by `OAuthAuth` and `OAuthClientCredentials` (see `auth`): one
renewal at a time, the client's timeouts and the retry deadline, shielded once sent, and typed
errors that carry no secret."""

from __future__ import annotations

import inspect
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any

import anyio
import httpx

from ._auth_base import OAuthTokens, Secret, ZendeskAuth
from ._constants import DEFAULT_RETRY_DEADLINE, OAUTH_TOKEN_PATH
from ._log import logger, redact
from ._retry import Failure, classify_exception
from .errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    ZendeskError,
)

__all__ = ["OAuthBase", "OnRefresh"]

OnRefresh = Callable[[OAuthTokens], Awaitable[None] | None]


class OAuthBase(ZendeskAuth):
    """Bearer tokens renewed through ``POST /oauth/tokens`` (shared by both OAuth kinds).

    One renewal at a time: tasks that find the token stale wait on a lock, then re-check, so 50
    concurrent calls with an expired token make exactly one token request; if it fails, the
    tasks that waited for it fail with the same error instead of each trying in turn.

    The token request carries the client's timeouts. Inside a `Zendesk` client (`attach`) it is
    sent through the shared client and, once sent, completes shielded from the caller's
    cancellation, bounded by `refresh_timeout` (the retry deadline): Zendesk rotates refresh
    tokens, so an answer nobody reads would leave only a dead refresh token behind. The new
    tokens are stored and `on_refresh` runs even if the task that triggered it was cancelled.
    A token request that may have reached Zendesk and failed (timeout, reset) is not resent
    (the refresh token may be spent): it raises `APITimeoutError` / `APIConnectionError`.
    """

    def __init__(
        self,
        access_token: str | None,
        *,
        expires_at: float | None,
        on_refresh: OnRefresh | None,
        refresh_margin: float,
        clock: Callable[[], float],
    ) -> None:
        self._access = Secret(access_token) if access_token else None
        self._expires_at = expires_at
        self._on_refresh = on_refresh
        self._margin = refresh_margin
        self._clock = clock
        self._lock: anyio.Lock | None = None
        self._http: httpx.AsyncClient | None = None
        self._refresh_timeout = DEFAULT_RETRY_DEADLINE
        self._attempts = 0  # renewals started; a waiter compares it to see one fail meanwhile
        self._failure: Callable[[], Exception] | None = None  # the last renewal's error, anew
        self.refresh_count = 0  # token requests made (observability / tests)

    def attach(self, client: httpx.AsyncClient, *, refresh_timeout: float) -> None:
        self._http = client
        self._refresh_timeout = refresh_timeout

    @property
    def expires_at(self) -> float | None:
        return self._expires_at

    def _can_renew(self) -> bool:
        raise NotImplementedError

    def _grant(self) -> dict[str, str]:
        raise NotImplementedError

    def _stale(self) -> bool:
        if self._access is None:
            return True
        return self._expires_at is not None and self._clock() >= self._expires_at - self._margin

    def _get_lock(self) -> anyio.Lock:
        if self._lock is None:
            self._lock = anyio.Lock()
        return self._lock

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        """``POST /oauth/tokens`` on the request's origin, with the client's timeouts (which
        `build_request` put on `request`): without them a stalled endpoint blocks forever."""
        url = request.url.copy_with(path=OAUTH_TOKEN_PATH, query=None, fragment=None)
        self.refresh_count += 1
        timeout = request.extensions.get("timeout")
        extensions = {"timeout": timeout} if timeout is not None else None
        return httpx.Request("POST", url, json=self._grant(), extensions=extensions)

    async def _fetch(self, token_request: httpx.Request) -> None:
        """Send the token request through the attached client and take its answer, shielded
        from the caller's cancellation and bounded by `refresh_timeout`."""
        assert self._http is not None
        with anyio.move_on_after(self._refresh_timeout, shield=True) as bound:
            try:
                response = await self._http.send(token_request, auth=None)
            except httpx.TransportError as exc:
                if classify_exception(exc) is Failure.NOT_SENT:
                    raise  # never left: the request path retries it like the call itself
                raise _maybe_sent_error(token_request, exc) from exc
            try:
                await self._accept(response)
            finally:
                await response.aclose()
        if bound.cancelled_caught:
            raise APITimeoutError(
                f"OAuth token refresh did not finish within {self._refresh_timeout:g} s",
                request=_clean_request(token_request),
            )

    async def _renew(self, request: httpx.Request, attempts_seen: int) -> None:
        """Under the lock: fail if a renewal failed while we waited, else renew (recording the
        outcome for the other waiters)."""
        if self._attempts != attempts_seen and self._failure is not None:
            raise self._failure()
        self._attempts += 1
        self._failure = None
        token_request = self._token_request(request)
        try:
            await self._fetch(token_request)
        except (ZendeskError, httpx.TransportError) as exc:
            self._failure = _replayable(exc, token_request)
            raise

    async def _accept(self, response: httpx.Response) -> None:
        """Take the new tokens from a token response, or raise `AuthenticationError`."""
        await response.aread()  # overriding async_auth_flow skips httpx's requires_response_body
        try:
            body: Any = response.json() if response.status_code == 200 else None
        except ValueError:
            body = None
        access = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(access, str) or not access:
            raise _token_error(response, body)
        expires_in = body.get("expires_in")
        expires_at = (
            self._clock() + float(expires_in) if isinstance(expires_in, int | float) else None
        )
        refresh = body.get("refresh_token")
        self._store(access, refresh if isinstance(refresh, str) and refresh else None, expires_at)
        tokens = OAuthTokens(
            access_token=access,
            refresh_token=self._refresh_value(),
            expires_at=expires_at,
            scope=body.get("scope"),
            token_type=str(body.get("token_type") or "bearer"),
        )
        logger.info("OAuth access token renewed (expires at %s)", expires_at)
        if self._on_refresh is not None:
            result = self._on_refresh(tokens)
            if inspect.isawaitable(result):
                await result

    def _store(self, access: str, refresh: str | None, expires_at: float | None) -> None:
        self._access = Secret(access)
        self._expires_at = expires_at

    def _refresh_value(self) -> str | None:
        return None

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if not self._allowed(request):
            yield request  # another host: no credentials
            return
        renewable = self._can_renew()
        if renewable and self._stale():
            seen = self._attempts
            async with self._get_lock():
                if self._stale():  # re-check: another task may have renewed while we waited
                    if self._http is None:  # used on its own: httpx sends it (not shielded)
                        await self._accept((yield self._token_request(request)))
                    else:
                        await self._renew(request, seen)
        access = self._access
        if access is None:
            raise ConfigurationError(f"{type(self).__name__} has no access token")
        request.headers["Authorization"] = "Bearer " + access.get()
        response = yield request
        if response.status_code != 401 or not renewable:
            return
        seen = self._attempts
        async with self._get_lock():
            if self._access is access:  # nobody renewed since this request went out
                if self._http is None:
                    await self._accept((yield self._token_request(request)))
                else:
                    await self._renew(request, seen)
        assert self._access is not None
        request.headers["Authorization"] = "Bearer " + self._access.get()
        yield request  # resent once; a second 401 goes to the caller


def _clean_request(token_request: httpx.Request) -> httpx.Request:
    """The token request without its body (the refresh token and client secret)."""
    return httpx.Request("POST", token_request.url)


def _maybe_sent_error(token_request: httpx.Request, exc: httpx.TransportError) -> APIError:
    """A token request that failed after it may have reached Zendesk: a typed error, never
    retried, because Zendesk may already have spent the refresh token."""
    detail = f"OAuth token request failed: {type(exc).__name__}: {redact(str(exc)) or 'no detail'}"
    error_type = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return error_type(detail, request=_clean_request(token_request))


def _replayable(exc: Exception, token_request: httpx.Request) -> Callable[[], Exception]:
    """A factory of fresh copies of a renewal's error, for the tasks that waited on it."""
    message = f"OAuth token refresh failed in another task: {exc}"
    clean = _clean_request(token_request)
    if isinstance(exc, httpx.TransportError):  # never sent: the waiters retry like the renewer
        return lambda: type(exc)(message, request=clean)
    if isinstance(exc, APIStatusError):
        response = exc.response
        return lambda: AuthenticationError(message, response=response)
    if isinstance(exc, APIConnectionError):
        return lambda: type(exc)(message, request=clean)
    return lambda: ZendeskError(message)


def _token_error(response: httpx.Response, body: Any) -> AuthenticationError:
    """An error for a failed token request that carries no secret (the request body is dropped)."""
    if body is None:
        try:
            body = response.json()
        except ValueError:
            body = None
    detail = ""
    if isinstance(body, dict):
        parts = [str(body[k]) for k in ("error", "error_description") if body.get(k)]
        detail = " - " + ": ".join(parts) if parts else ""
    clean = httpx.Response(
        response.status_code,
        headers={k: v for k, v in response.headers.items() if k.lower() != "set-cookie"},
        request=httpx.Request("POST", response.request.url),
    )
    return AuthenticationError(
        f"OAuth token request failed with {response.status_code}{detail}", response=clean
    )
