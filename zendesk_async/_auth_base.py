"""What every auth kind of this library shares: origin binding, secrets that never print,
and the `OAuthTokens` a refresh returns. The public names are re-exported by `auth`."""

from __future__ import annotations

import attrs
import httpx

from ._urls import Origin, origin_of  # the request path's own origin rule
from .errors import ConfigurationError

__all__ = ["OAuthTokens", "Secret", "ZendeskAuth"]


class Secret:
    """A string that never shows itself in repr/str (so tracebacks with locals stay clean)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "<secret>"

    __str__ = __repr__


@attrs.frozen(repr=False)
class OAuthTokens:
    """What a token refresh returned. Persist `refresh_token`: the old one is now deleted."""

    access_token: str
    refresh_token: str | None
    expires_at: float | None  # Unix time, None if the token does not expire
    scope: str | None = None
    token_type: str = "bearer"

    def __repr__(self) -> str:
        return f"OAuthTokens(<secrets>, expires_at={self.expires_at!r}, scope={self.scope!r})"


class ZendeskAuth(httpx.Auth):
    """Base of this library's auth classes: origin binding and secret-free reprs."""

    _origin: Origin | None = None

    def attach(self, client: httpx.AsyncClient, *, refresh_timeout: float) -> None:
        """Called by the request path with its shared client; auth kinds that make their own
        requests (OAuth refresh) send them through it, each bounded by `refresh_timeout`."""

    def bind(self, base_url: httpx.URL | str) -> None:
        """Allow credentials only on `base_url`'s origin (the `Zendesk` client calls this)."""
        origin = origin_of(httpx.URL(base_url))
        if self._origin is not None and self._origin != origin:
            raise ConfigurationError(
                f"{type(self).__name__} is already bound to {self._origin[1]}; "
                "create one auth object per Zendesk account"
            )
        self._origin = origin

    def _allowed(self, request: httpx.Request) -> bool:
        origin = origin_of(request.url)
        if self._origin is None:
            self._origin = origin
            return True
        return origin == self._origin

    def __repr__(self) -> str:
        host = self._origin[1] if self._origin else "unbound"
        return f"<{type(self).__name__} for {host}>"
