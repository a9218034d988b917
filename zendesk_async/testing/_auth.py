"""Authentication the fake accepts: Basic `{email}/token:{token}`, Bearer tokens, and OAuth token
issuing / refresh at `/oauth/tokens` (refresh tokens rotate: the old one stops working)."""

from __future__ import annotations

import base64
import itertools
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from zendesk_async import _constants as C

from ._http import HTTPError, Request

_UNAUTHORIZED = {"error": "Couldn't authenticate you"}


@attrs.define
class _Token:
    expires_at: float | None


class AuthState:
    """Accepted credentials. `enabled=False` lets every request through."""

    def __init__(
        self,
        now: Callable[[], float],
        *,
        email: str,
        api_token: str,
        credentials: Mapping[str, str],
        bearer_tokens: list[str],
        oauth_clients: dict[str, str],
        refresh_tokens: list[str],
        expires_in: int = C.FAKE_OAUTH_EXPIRES_IN,
        enabled: bool = True,
    ) -> None:
        self._now = now
        self.enabled = enabled
        self.expires_in = expires_in
        self.primary = f"{email}/token:{api_token}"
        self.basic = {f"{email}/token:{api_token}"} | {
            f"{e}/token:{t}" for e, t in credentials.items()
        }
        self.access: dict[str, _Token] = {t: _Token(None) for t in bearer_tokens}
        self.refresh: set[str] = set(refresh_tokens)
        self.clients = dict(oauth_clients)
        self._serial = itertools.count(1)

    def check(self, req: Request) -> None:
        """Raise 401 unless the request carries accepted credentials."""
        if not self.enabled:
            return
        header = req.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "basic":
            try:
                decoded = base64.b64decode(value, validate=True).decode()
            except ValueError:
                raise HTTPError(401, _UNAUTHORIZED) from None
            if decoded in self.basic:
                return
        elif scheme.lower() == "bearer":
            token = self.access.get(value)
            if token is not None and (token.expires_at is None or token.expires_at > self._now()):
                return
            if token is not None:
                raise HTTPError(
                    401, {"error": "invalid_token", "error_description": "The access token expired"}
                )
        raise HTTPError(401, _UNAUTHORIZED, [(b"www-authenticate", b'Basic realm="Web Password"')])

    def issue(self, with_refresh: bool) -> dict[str, Any]:
        n = next(self._serial)
        access = f"fake-access-{n:06d}"
        self.access[access] = _Token(self._now() + self.expires_in)
        body: dict[str, Any] = {
            "access_token": access,
            "token_type": "bearer",
            "scope": "read write",
            "expires_in": self.expires_in,
        }
        if with_refresh:
            refresh = f"fake-refresh-{n:06d}"
            self.refresh.add(refresh)
            body["refresh_token"] = refresh
            body["refresh_token_expires_in"] = 30 * 86_400
        return body

    def expire_all(self) -> None:
        """Make every issued access token expired (tests of refresh-on-401)."""
        for token in self.access.values():
            token.expires_at = self._now() - 1

    def token_endpoint(self, req: Request) -> dict[str, Any]:
        data = req.json()
        grant = data.get("grant_type")
        client_id, secret = data.get("client_id"), data.get("client_secret")
        if client_id is not None and self.clients.get(str(client_id)) != secret:
            raise HTTPError(
                401,
                {"error": "invalid_client", "error_description": "Client authentication failed"},
            )
        if grant == "refresh_token":
            refresh = data.get("refresh_token")
            if refresh not in self.refresh:
                raise HTTPError(
                    400,
                    {"error": "invalid_grant", "error_description": "The refresh token is invalid"},
                )
            self.refresh.discard(str(refresh))  # rotation: the old refresh token is spent
            return self.issue(with_refresh=True)
        if grant == "client_credentials":
            if client_id is None:
                raise HTTPError(
                    401,
                    {
                        "error": "invalid_client",
                        "error_description": "Client authentication failed",
                    },
                )
            return self.issue(with_refresh=False)
        raise HTTPError(
            400,
            {
                "error": "unsupported_grant_type",
                "error_description": f"grant_type {grant!r} is not supported",
            },
        )
