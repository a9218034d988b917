"""Authentication as `httpx.Auth` flows: API token (Basic), OAuth bearer (static or refreshing),
OAuth client credentials.

Every auth object is bound to one origin (scheme, host, port): the `Zendesk` client binds it to
its base URL; used on its own it binds to the first request's origin. A request to any other
origin (an attachment `content_url`, a foreign `next_page`) goes out without credentials.
Credentials never appear in `repr`, `str`, logs or exception messages.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Generator

import httpx

from ._auth_base import OAuthTokens, Secret, ZendeskAuth
from ._constants import OAUTH_REFRESH_MARGIN
from ._oauth import OAuthBase, OnRefresh
from .errors import ConfigurationError

__all__ = ["ApiTokenAuth", "OAuthAuth", "OAuthClientCredentials", "OAuthTokens", "ZendeskAuth"]


class ApiTokenAuth(ZendeskAuth):
    """Basic ``{email}/token:{api_token}``.

    Deprecated by Zendesk: no new API tokens after 2026-10-27, all deactivated 2027-04-30.
    Prefer `OAuthAuth` / `OAuthClientCredentials`.
    """

    def __init__(self, email: str, token: str) -> None:
        if not email or not token:
            raise ConfigurationError("ApiTokenAuth needs an email and an API token")
        self.email = email
        raw = f"{email}/token:{token}".encode()
        self._header = Secret("Basic " + base64.b64encode(raw).decode("ascii"))

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._allowed(request):
            request.headers["Authorization"] = self._header.get()
        yield request

    def __repr__(self) -> str:
        host = self._origin[1] if self._origin else "unbound"
        return f"<ApiTokenAuth {self.email} for {host}>"


class OAuthAuth(OAuthBase):
    """OAuth bearer token; with a `refresh_token` it renews itself.

    With a refresh token (and `client_id` / `client_secret` for confidential clients) the access
    token is renewed `refresh_margin` seconds before `expires_at` (Unix time; or give
    `expires_in` seconds) and once on a 401. Zendesk rotates refresh tokens: the old one stops
    working, so pass `on_refresh` (sync or async) to persist `OAuthTokens.refresh_token`.
    """

    def __init__(
        self,
        access_token: str | None = None,
        *,
        refresh_token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        expires_at: float | None = None,
        expires_in: float | None = None,
        on_refresh: OnRefresh | None = None,
        refresh_margin: float = OAUTH_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not access_token and not refresh_token:
            raise ConfigurationError("OAuthAuth needs an access token or a refresh token")
        if expires_at is None and expires_in is not None:
            expires_at = clock() + expires_in
        super().__init__(
            access_token,
            expires_at=expires_at,
            on_refresh=on_refresh,
            refresh_margin=refresh_margin,
            clock=clock,
        )
        self._refresh = Secret(refresh_token) if refresh_token else None
        self.client_id = client_id
        self._client_secret = Secret(client_secret) if client_secret else None

    def _can_renew(self) -> bool:
        return self._refresh is not None

    def _grant(self) -> dict[str, str]:
        assert self._refresh is not None
        body = {"grant_type": "refresh_token", "refresh_token": self._refresh.get()}
        if self.client_id:
            body["client_id"] = self.client_id
        if self._client_secret is not None:
            body["client_secret"] = self._client_secret.get()
        return body

    def _store(self, access: str, refresh: str | None, expires_at: float | None) -> None:
        super()._store(access, refresh, expires_at)
        if refresh:
            self._refresh = Secret(refresh)

    def _refresh_value(self) -> str | None:
        return self._refresh.get() if self._refresh is not None else None


class OAuthClientCredentials(OAuthBase):
    """OAuth `client_credentials` grant: fetches its own token and renews it before expiry."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        scope: str | None = "read write",
        on_refresh: OnRefresh | None = None,
        refresh_margin: float = OAUTH_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not client_id or not client_secret:
            raise ConfigurationError("OAuthClientCredentials needs a client id and a client secret")
        super().__init__(
            None,
            expires_at=None,
            on_refresh=on_refresh,
            refresh_margin=refresh_margin,
            clock=clock,
        )
        self.client_id = client_id
        self._client_secret = Secret(client_secret)
        self.scope = scope

    def _can_renew(self) -> bool:
        return True

    def _grant(self) -> dict[str, str]:
        body = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self._client_secret.get(),
        }
        if self.scope:
            body["scope"] = self.scope
        return body
