"""`Zendesk`: the client users hold. One `httpx.AsyncClient`, one `Governor`, one `RequestPath`."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Awaitable, Callable, Mapping
from types import ModuleType
from typing import Any, Self

import httpx

from ._constants import (
    DEFAULT_CONCURRENCY,
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_DOMAIN,
    DEFAULT_MAX_RETRIES,
    DEFAULT_POOL_TIMEOUT,
    DEFAULT_READ_TIMEOUT,
    DEFAULT_RETRY_DEADLINE,
    DEFAULT_WRITE_TIMEOUT,
    INCREMENTAL_REQUESTS_PER_MINUTE,
    USER_AGENT,
)
from ._env import auth_from_env
from ._oauth import OnRefresh
from ._ratelimit import Governor
from ._requester import QueryParams
from ._retry import RetrySettings
from ._store import RateLimitStore
from ._transport import RequestPath, parse_json
from .auth import ZendeskAuth
from .bulk import Gather
from .errors import ConfigurationError, ResponseParseError
from .resources import Incremental, JobStatuses, Routing, Skips, Tickets

__all__ = ["Zendesk"]

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or localhost."""
    if host.lower() in _LOOPBACK_NAMES or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _base_url(subdomain: str | None, base_url: str | None, domain: str) -> httpx.URL:
    if (subdomain is None) == (base_url is None):
        raise ConfigurationError("give exactly one of subdomain= or base_url=")
    if subdomain is not None:
        sub = subdomain.strip()
        if not sub or any(c in sub for c in "/:@?#. "):
            raise ConfigurationError(
                "subdomain must be the bare account name, e.g. 'acme' for acme.zendesk.com"
            )
        return httpx.URL(f"https://{sub}.{domain}")
    assert base_url is not None
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"base_url is not a valid URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError("base_url must be an absolute http(s) URL")
    if url.userinfo:
        raise ConfigurationError("base_url must not carry credentials; use auth=")
    if url.scheme == "http" and not is_loopback(url.host):
        raise ConfigurationError(
            f"plain http is only allowed for loopback hosts, not {url.host}; use https"
        )
    if url.path not in ("", "/") or url.query:
        raise ConfigurationError("base_url must be the origin only (no path or query)")
    return httpx.URL(f"{url.scheme}://{url.netloc.decode()}")


class Zendesk:
    """An async Zendesk Support client.

    ``async with Zendesk(subdomain="acme", auth=OAuthAuth(...)) as zd: ...`` — or call
    `aclose()` yourself. All calls of one client share one connection pool, one rate-limit
    `governor` and one request path (`requester`); `request()` and `call()` are escape hatches
    that go through the same path as the typed resources (``zd.tickets`` ...).
    ``rate_limit_store="redis://host:6379/0"`` (or a store object) shares the account budget
    with every other client on that store (docs/governor.md); a store object passed in is not
    closed by `aclose()`.
    """

    def __init__(
        self,
        subdomain: str | None = None,
        auth: httpx.Auth | None = None,
        *,
        base_url: str | None = None,
        domain: str = DEFAULT_DOMAIN,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_deadline: float = DEFAULT_RETRY_DEADLINE,
        concurrency: int = DEFAULT_CONCURRENCY,
        incremental_rpm: int = INCREMENTAL_REQUESTS_PER_MINUTE,
        http2: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
        event_hooks: Mapping[str, list[Callable[..., Any]]] | None = None,
        headers: Mapping[str, str] | None = None,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        rate_limit_store: RateLimitStore | str | None = None,
    ) -> None:
        url = _base_url(subdomain, base_url, domain)
        if max_retries < 0:
            raise ConfigurationError("max_retries must be >= 0")
        if concurrency < 1:
            raise ConfigurationError("concurrency must be >= 1")
        if incremental_rpm < 1:
            raise ConfigurationError("incremental_rpm must be >= 1")
        if auth is None:
            raise ConfigurationError(
                "auth= is required: OAuthAuth, OAuthClientCredentials or ApiTokenAuth"
            )
        if isinstance(auth, ZendeskAuth):
            auth.bind(url)
        self.base_url = url
        self.auth = auth
        if timeout is None:
            timeout = httpx.Timeout(
                connect=DEFAULT_CONNECT_TIMEOUT,
                read=DEFAULT_READ_TIMEOUT,
                write=DEFAULT_WRITE_TIMEOUT,
                pool=DEFAULT_POOL_TIMEOUT,
            )
        self.governor = Governor(
            concurrency=concurrency,
            budgets={"incremental": incremental_rpm},
            store=rate_limit_store,  # None: in-process; "redis://..." or a store: shared
            account=url.host,
            clock=clock,
            sleep=sleep,
        )
        self._http = httpx.AsyncClient(
            base_url=url,
            auth=auth,
            timeout=timeout,
            http2=http2,
            transport=transport,
            follow_redirects=False,  # a redirect could point at another host: never follow
            limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json", **(headers or {})},
            event_hooks=dict(event_hooks) if event_hooks else None,
        )
        self.requester = RequestPath(
            self._http,
            governor=self.governor,
            retry=RetrySettings(max_retries=max_retries, deadline=retry_deadline),
        )
        self._generated: Any = None
        # the typed resources, all on the one request path (see zendesk_async/resources/)
        self.tickets: Tickets = Tickets(self.requester)
        self.skips: Skips = Skips(self.requester)
        self.routing: Routing = Routing(self.requester)
        self.incremental: Incremental = Incremental(self.requester)
        self.job_statuses: JobStatuses = JobStatuses(self.requester)

    def gather(self, concurrency: int = DEFAULT_CONCURRENCY) -> Gather[Any]:
        """Bounded fan-out for your own calls, one `Outcome` per call (see `bulk.Gather`).

        ``async with zd.gather(concurrency=50) as g: g.submit(zd.tickets.get, 123, key=123)``.
        Every call still goes through this client's governor.
        """
        return Gather(concurrency)

    # --- construction helpers ---------------------------------------------------------------

    @classmethod
    def from_env(
        cls,
        env: Mapping[str, str] | None = None,
        *,
        on_refresh: OnRefresh | None = None,
        **kwargs: Any,
    ) -> Self:
        """Configure from the environment. The account: ZENDESK_SUBDOMAIN or ZENDESK_BASE_URL.
        Credentials, the first that is set:

        - ZENDESK_OAUTH_REFRESH_TOKEN (+ ZENDESK_OAUTH_CLIENT_ID / ZENDESK_OAUTH_CLIENT_SECRET,
          and ZENDESK_OAUTH_TOKEN as the current access token if you have one): a rotating
          refresh token; pass `on_refresh` to store the new one on every refresh;
        - ZENDESK_OAUTH_CLIENT_ID + ZENDESK_OAUTH_CLIENT_SECRET: the client-credentials grant;
        - ZENDESK_OAUTH_TOKEN: a static bearer token;
        - ZENDESK_EMAIL + ZENDESK_API_TOKEN (retired by Zendesk on 2027-04-30).

        Other keyword arguments go to `Zendesk(...)`."""
        e = os.environ if env is None else env
        subdomain = e.get("ZENDESK_SUBDOMAIN") or None
        base_url = e.get("ZENDESK_BASE_URL") or None
        if subdomain and base_url:
            raise ConfigurationError("set only one of ZENDESK_SUBDOMAIN and ZENDESK_BASE_URL")
        if not subdomain and not base_url:
            raise ConfigurationError("missing ZENDESK_SUBDOMAIN (or ZENDESK_BASE_URL)")
        return cls(subdomain, auth_from_env(e, on_refresh), base_url=base_url, **kwargs)

    def __repr__(self) -> str:
        port = "" if self.base_url.port is None else f":{self.base_url.port}"
        return f"<Zendesk {self.base_url.host}{port}>"

    # --- lifecycle --------------------------------------------------------------------------

    @property
    def http(self) -> httpx.AsyncClient:
        """The one shared `httpx.AsyncClient` (auth, timeouts, pool limits configured)."""
        return self._http

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    async def __aenter__(self) -> Self:
        await self._http.__aenter__()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool. Further calls raise `ClientClosedError`."""
        await self._http.aclose()
        await self.governor.aclose()

    # --- escape hatches ---------------------------------------------------------------------

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: QueryParams | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        budget: str | None = None,
        idempotent: bool | None = None,
    ) -> Any:
        """Send any request through the request path; returns the decoded JSON (None if empty)."""
        response = await self.requester.request(
            method,
            path,
            params=params,
            json=json,
            headers=headers,
            budget=budget,
            idempotent=idempotent,
        )
        return parse_json(response) if response.content.strip() else None

    @property
    def generated_client(self) -> Any:
        """A `zendesk_generated.Client` sharing this client's `httpx.AsyncClient`.

        Calling generated ``asyncio()`` functions with it bypasses retries, the governor and
        typed errors; prefer `call()`.
        """
        if self._generated is None:
            from zendesk_generated import Client

            client = Client(base_url=str(self.base_url), raise_on_unexpected_status=True)
            client.set_async_httpx_client(self._http)
            self._generated = client
        return self._generated

    async def call(
        self,
        op_module: ModuleType | Any,
        /,
        *,
        idempotent: bool | None = None,
        budget: str | None = None,
        **kwargs: Any,
    ) -> Any:
        """Run any generated operation module (``zendesk_generated.api.tickets.show_ticket``)
        through the request path and parse its documented response model.

        Returns the parsed model, or None only for a 2xx with an empty body (e.g. 204).
        Idempotency follows the HTTP method unless `idempotent` says otherwise.
        """
        kw = op_module._get_kwargs(**kwargs)
        headers = kw.get("headers") or None
        response = await self.requester.request(
            str(kw["method"]),
            str(kw["url"]),
            params=kw.get("params"),
            json=kw.get("json"),
            headers=headers,
            content=kw.get("content"),
            data=kw.get("data"),
            files=kw.get("files"),
            budget=budget,
            idempotent=idempotent,
        )
        name = getattr(op_module, "__name__", type(op_module).__name__).rsplit(".", 1)[-1]
        try:
            parsed = op_module._parse_response(client=self.generated_client, response=response)
        except Exception as exc:
            raise ResponseParseError(
                f"response of {name} does not fit its model: {type(exc).__name__}: {exc}",
                response=response,
                body=response.content,
                model=name,
            ) from exc
        if parsed is None and response.content.strip():
            raise ResponseParseError(
                f"{name}: the spec documents no body for status {response.status_code}, "
                "but one came (raw body kept; use Zendesk.request() for this call)",
                response=response,
                body=response.content,
                model=name,
            )
        return parsed
