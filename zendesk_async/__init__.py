"""zendesk-async: an async client for the Zendesk Support API."""

from . import errors
from ._client import Zendesk
from ._redis_store import RedisStore
from ._store import MemoryStore, RateLimitStore
from .auth import ApiTokenAuth, OAuthAuth, OAuthClientCredentials, OAuthTokens

__all__ = [
    "ApiTokenAuth",
    "MemoryStore",
    "OAuthAuth",
    "OAuthClientCredentials",
    "OAuthTokens",
    "RateLimitStore",
    "RedisStore",
    "Zendesk",
    "errors",
]
