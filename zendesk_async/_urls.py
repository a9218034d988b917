"""Where a URL may go: the one origin check (scheme + host + port) that the request path and the
paginator share, so nothing with this client's headers ever reaches another host.

A *relative reference* (``/api/v2/tickets``, ``tickets/1``) stays on the configured host. Anything
that names a scheme (``HTTPS://``, ``Http:``, ``ftp://``, ``mailto:`` -- any case, RFC 3986 §3.1)
or an authority (``//host/x``, scheme-relative) is absolute: it is parsed and accepted only when
its scheme, host and port equal the configured origin's, compared case-insensitively with default
ports filled in (``https://acme.zendesk.com:443`` is ``https://ACME.zendesk.com``). URLs that carry
credentials (``https://user:pw@host``) are refused too. Everything else is `UnsafeURLError`.

Ids that go into a path must stay one segment of the intended endpoint (`check_str_id`,
`path_segment`): ``.`` / ``..`` (also percent-encoded, ``%2e%2E``), empty ids and ids with
whitespace or control characters cannot be Zendesk ids and are refused with
`InvalidArgumentError`; everything else is percent-escaped (``/ ? # %`` ...), so
``"a/b?x=1"`` is the single segment ``a%2Fb%3Fx%3D1``. `check_path` refuses a request path
with a dot segment outright, as a backstop for hand-built paths (httpx would collapse it:
``/job_statuses/../tickets/1`` is ``/tickets/1``).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, unquote

import httpx

from .errors import InvalidArgumentError, UnsafeURLError

__all__ = ["Origin", "check_origin", "check_path", "check_str_id", "origin_of", "path_segment"]

Origin = tuple[str, str, int | None]

# RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), then ":"
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
# WHATWG "special" schemes' default ports (httpx drops these only when the scheme is lowercase)
_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443, "ftp": 21}


def origin_of(url: httpx.URL) -> Origin:
    """(scheme, host, port) with scheme and host lower-cased and the default port filled in."""
    scheme = url.scheme.lower()
    return scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(scheme)


def _is_absolute(url: str | httpx.URL) -> bool:
    if isinstance(url, httpx.URL):
        return bool(url.scheme or url.host or url.netloc)
    return url.startswith("//") or _SCHEME.match(url) is not None


def check_origin(
    url: str | httpx.URL, base: httpx.URL, *, what: str = "a request"
) -> httpx.URL | None:
    """None if `url` is a relative reference; the parsed URL if it is an absolute URL on `base`'s
    origin; otherwise `UnsafeURLError`. A URL that does not parse raises `httpx.InvalidURL` (or
    `UnicodeError`), for the caller to turn into its own error."""
    if not _is_absolute(url):
        return None
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    if not parsed.scheme:  # scheme-relative: "//host/path" takes the configured scheme
        parsed = parsed.copy_with(scheme=base.scheme)
    if parsed.userinfo:
        raise UnsafeURLError(f"refusing {what} to a URL that carries credentials")
    if origin_of(parsed) != origin_of(base):
        where = f"{parsed.scheme}://{parsed.netloc.decode('ascii', 'replace')}"
        raise UnsafeURLError(
            f"refusing {what} to {where}: not the configured Zendesk host "
            f"{base.scheme}://{base.netloc.decode('ascii', 'replace')}"
        )
    return parsed


# -- ids in paths ----------------------------------------------------------------------------------
_DOT_SEGMENTS = frozenset({".", ".."})
_UNQUOTE_ROUNDS = 3  # "%252e" -> "%2e" -> "."; a server or proxy may decode more than once


def _is_dot_segment(segment: str) -> bool:
    for _ in range(_UNQUOTE_ROUNDS):
        if segment in _DOT_SEGMENTS:
            return True
        if "%" not in segment:
            return False
        segment = unquote(segment)
    return segment in _DOT_SEGMENTS


def check_str_id(value: Any, name: str) -> str:
    """A string id (job status ids, routing attribute UUIDs) that can be one path segment.

    Refused (`InvalidArgumentError`): non-strings, empty, any whitespace or control character,
    and dot segments (``.``, ``..``, ``%2e%2e`` ...). Other characters are allowed here and
    escaped where the path is built (`path_segment`, or the generated ``_get_kwargs``).
    """
    if not isinstance(value, str) or not value:
        raise InvalidArgumentError(f"{name} must be a non-empty string, got {value!r}")
    if not value.isprintable() or any(c.isspace() for c in value):
        raise InvalidArgumentError(
            f"{name} must not contain whitespace or control characters, got {value!r}"
        )
    if _is_dot_segment(value):
        raise InvalidArgumentError(f"{name} cannot be a dot segment, got {value!r}")
    return value


def path_segment(value: Any, name: str) -> str:
    """`check_str_id`, then percent-escaped so it stays exactly one path segment."""
    return quote(check_str_id(value, name), safe="")


def check_path(path: str) -> None:
    """Refuse (`InvalidArgumentError`) a request path that holds a dot segment."""
    end = len(path)
    for stop in ("?", "#"):
        at = path.find(stop)
        if at != -1:
            end = min(end, at)
    if "." not in path[:end] and "%" not in path[:end]:
        return
    for segment in path[:end].split("/"):
        if segment and _is_dot_segment(segment):
            raise InvalidArgumentError(
                f"refusing a request path with a dot segment ({segment!r}): {path[:end]!r}"
            )
