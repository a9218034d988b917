"""The library's logger and the redaction helpers every log line and error message goes through."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping

__all__ = ["SENSITIVE_HEADERS", "logger", "redact", "redact_headers"]

logger = logging.getLogger("zendesk_async")

SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)
_REDACTED = "[redacted]"

# "Basic xxx" / "Bearer xxx" and JSON/form pairs whose key names a credential.
_AUTH_VALUE = re.compile(r"\b(Basic|Bearer)\s+[A-Za-z0-9._~+/=-]+", re.IGNORECASE)
_SECRET_PAIR = re.compile(
    r"""(?P<key>["']?(?:access_token|refresh_token|client_secret|api_token|password|token)["']?"""
    r"""\s*[:=]\s*)(?P<q>["']?)[^"'&\s,}]+""",
    re.IGNORECASE,
)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with auth header values, credential-named fields and the given `secrets` masked."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, _REDACTED)
    text = _AUTH_VALUE.sub(lambda m: f"{m.group(1)} {_REDACTED}", text)
    return _SECRET_PAIR.sub(lambda m: f"{m.group('key')}{m.group('q')}{_REDACTED}", text)


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of `headers` safe to log."""
    return {k: (_REDACTED if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}
