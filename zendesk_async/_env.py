"""Credentials from ``ZENDESK_*`` environment variables (`Zendesk.from_env`, the command line)."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from ._oauth import OnRefresh
from .auth import ApiTokenAuth, OAuthAuth, OAuthClientCredentials
from .errors import ConfigurationError

__all__ = ["auth_from_env"]


def auth_from_env(e: Mapping[str, str], on_refresh: OnRefresh | None) -> httpx.Auth:
    """The credentials `Zendesk.from_env` documents, in its order (never echoes a value)."""
    get = {k: e.get(f"ZENDESK_{k}") or None for k in _ENV_CREDENTIALS}
    client_id, secret = get["OAUTH_CLIENT_ID"], get["OAUTH_CLIENT_SECRET"]
    if get["OAUTH_REFRESH_TOKEN"]:
        return OAuthAuth(
            get["OAUTH_TOKEN"],
            refresh_token=get["OAUTH_REFRESH_TOKEN"],
            client_id=client_id,
            client_secret=secret,
            on_refresh=on_refresh,
        )
    if client_id or secret:
        if not (client_id and secret):
            missing = "SECRET" if client_id else "ID"
            raise ConfigurationError(
                f"missing ZENDESK_OAUTH_CLIENT_{missing} (client credentials need both, or"
                " set ZENDESK_OAUTH_REFRESH_TOKEN)"
            )
        return OAuthClientCredentials(client_id, secret, on_refresh=on_refresh)
    if get["OAUTH_TOKEN"]:
        return OAuthAuth(get["OAUTH_TOKEN"])
    email, token = get["EMAIL"], get["API_TOKEN"]
    if email and token:
        return ApiTokenAuth(email, token)
    if email or token:
        missing = "ZENDESK_API_TOKEN" if email else "ZENDESK_EMAIL"
        raise ConfigurationError(f"missing {missing} (ZENDESK_EMAIL and ZENDESK_API_TOKEN)")
    raise ConfigurationError(
        "missing credentials: set ZENDESK_OAUTH_REFRESH_TOKEN (+ ZENDESK_OAUTH_CLIENT_ID /"
        " _SECRET), ZENDESK_OAUTH_CLIENT_ID + ZENDESK_OAUTH_CLIENT_SECRET, ZENDESK_OAUTH_TOKEN,"
        " or ZENDESK_EMAIL + ZENDESK_API_TOKEN"
    )


_ENV_CREDENTIALS = (
    "OAUTH_REFRESH_TOKEN",
    "OAUTH_CLIENT_ID",
    "OAUTH_CLIENT_SECRET",
    "OAUTH_TOKEN",
    "EMAIL",
    "API_TOKEN",
)
