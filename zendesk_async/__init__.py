"""zendesk-async: an async client for the Zendesk Support API."""

from . import errors
from ._client import Zendesk
from .auth import ApiTokenAuth, OAuthAuth, OAuthClientCredentials, OAuthTokens

__all__ = [
    "ApiTokenAuth",
    "OAuthAuth",
    "OAuthClientCredentials",
    "OAuthTokens",
    "Zendesk",
    "errors",
]
