"""Where a URL may go: the one origin check (scheme + host + port) that the request path and the
paginator share, so nothing with this client's headers ever reaches another host.

A *relative reference* (``/api/v2/tickets``, ``tickets/1``) stays on the configured host. Anything
that names a scheme (``HTTPS://``, ``Http:``, ``ftp://``, ``mailto:`` -- any case, RFC 3986 §3.1)
or an authority (``//host/x``, scheme-relative) is absolute: it is parsed and accepted only when
its scheme, host and port equal the configured origin's, compared case-insensitively with default
ports filled in (``https://acme.zendesk.com:443`` is ``https://ACME.zendesk.com``). URLs that carry
credentials (``https://user:pw@host``) are refused too. Everything else is `UnsafeURLError`.
"""

from __future__ import annotations

import re

import httpx

from .errors import UnsafeURLError

__all__ = ["Origin", "check_origin", "origin_of"]

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
