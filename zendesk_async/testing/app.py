"""`FakeZendesk`: the ASGI application.

Why plain ASGI and not Starlette: users get the fake with zero extra dependencies, and it is the
server the benchmarks measure the client against, so every microsecond per request counts. A
framework's request object, middleware stack and JSONResponse (which re-encodes every ticket)
would cost more than the whole of this dispatch; here list pages are joined from pre-encoded
ticket bytes (see `seed.py`), and routing is one dict lookup for static paths.

Order of work per request: fault rule -> read body -> auth -> rate budget -> route -> response
headers (`X-Zendesk-Request-Id`, rate-limit headers) -> send.
"""

from __future__ import annotations

import itertools
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any

import anyio
import anyio.lowlevel
import httpx

from zendesk_async import _constants as C

from . import _routes_exports, _routes_routing, _routes_tickets
from ._account import Account
from ._auth import AuthState
from ._http import HTTPError, Request, Response, dumps, json_response
from ._jobs import JobQueue
from ._ratelimit import Budget
from ._router import Router
from .faults import Fault, FaultKind, FaultSet
from .seed import SeedData

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

# scope["extensions"][ABORT_EXTENSION](graceful=False): reset (or, graceful, close) the connection
ABORT_EXTENSION = "zendesk_async.abort"

_ROUTER = Router.merged(_routes_tickets.router, _routes_exports.router, _routes_routing.router)

_HTML_PAGE = (
    b"<!DOCTYPE html><html><head><title>Bad Gateway</title></head>"
    b"<body><h1>502 Bad Gateway</h1><p>cloudflare</p></body></html>"
)
_STATUS_BODIES: dict[int, dict[str, Any]] = {
    429: {
        "error": "APIRateLimitExceeded",
        "description": "Number of allowed API requests per minute exceeded",
    },
    500: {"error": "InternalServerError", "description": "Something went wrong"},
    502: {"error": "BadGateway", "description": "Bad gateway"},
    503: {
        "error": "DatabaseTimeout",
        "description": "The server is temporarily unable to handle the request",
    },
}


class ConnectionAborted(Exception):
    """Raised inside the app after it reset the connection (ends the ASGI call)."""


class FakeZendesk:
    """A stateful fake Zendesk account as an ASGI app.

    `tickets`/`seed`: how many tickets to generate, deterministically. `now`: the clock (Unix
    seconds) for timestamps, rate-limit windows, token expiry and time-based jobs. `sleep`: what
    latency / hang faults await (patch it in tests). `rate_limit`: requests per minute before 429
    (None = unlimited); `incremental_rate_limit` the same for `/api/v2/incremental/*`;
    `rate_window`: the seconds those limits count over (60 like Zendesk; squeeze it in tests).
    `auth=False` accepts anything; otherwise Basic `{email}/token:{api_token}` (and every
    `credentials` pair, email -> API token), the `bearer_tokens`, and tokens issued by
    `/oauth/tokens`.
    """

    def __init__(
        self,
        tickets: int = 200,
        seed: int = 0,
        *,
        now: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        auth: bool = True,
        email: str = "agent@example.com",
        api_token: str = "fake-api-token",
        credentials: Mapping[str, str] | None = None,
        bearer_tokens: tuple[str, ...] = ("fake-oauth-token",),
        oauth_clients: dict[str, str] | None = None,
        refresh_tokens: tuple[str, ...] = ("fake-refresh-token",),
        rate_limit: int | None = None,
        incremental_rate_limit: int | None = None,
        rate_window: float = C.RATE_LIMIT_WINDOW,
        job_polls: int = C.FAKE_JOB_POLLS_TO_COMPLETE,
        job_seconds: float | None = None,
        public_url: str = "https://example.zendesk.com",
        fault_seed: int = 0,
    ) -> None:
        self.now = now
        self.sleep = sleep
        self.faults = FaultSet(fault_seed)
        self.jobs = JobQueue(now, polls_to_complete=job_polls, seconds_to_complete=job_seconds)
        self.account = Account(SeedData(tickets, seed, public_url=public_url), now, self.jobs)
        self.auth = AuthState(
            now,
            email=email,
            api_token=api_token,
            credentials=credentials or {},
            bearer_tokens=list(bearer_tokens),
            oauth_clients=oauth_clients or {"fake-client": "fake-secret"},
            refresh_tokens=list(refresh_tokens),
            enabled=auth,
        )
        self.budget = Budget(now, rate_limit, rate_window)
        self.incremental_budget = Budget(now, incremental_rate_limit, rate_window)
        # (method, path) of the latest requests, oldest first
        self.requests: deque[tuple[str, str]] = deque(maxlen=C.FAKE_REQUEST_LOG)
        self._request_ids = itertools.count(1)

    # -- conveniences for tests ------------------------------------------------------------------
    @property
    def routes(self) -> list[tuple[str, str]]:
        """(method, path template) of every route the fake serves."""
        return [*_ROUTER.templates, ("POST", C.OAUTH_TOKEN_PATH)]

    def basic_auth(self) -> tuple[str, str]:
        """(username, password) for `httpx.BasicAuth` that the fake accepts."""
        user, _, token = self.auth.primary.partition("/token:")
        return f"{user}/token", token

    def client(self, **kwargs: Any) -> httpx.AsyncClient:
        """An in-process `httpx.AsyncClient` on this app, authenticated."""
        kwargs.setdefault("base_url", "https://example.zendesk.com")
        kwargs.setdefault("auth", httpx.BasicAuth(*self.basic_auth()))
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=self), **kwargs)

    # -- ASGI ------------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        try:
            await self._http(scope, receive, send)
        except ConnectionAborted:
            # let the server notice the closed transport before the ASGI call returns
            await anyio.lowlevel.checkpoint()
            await anyio.lowlevel.checkpoint()

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        method: str = scope["method"]
        path = scope["path"].removesuffix(".json")
        self.requests.append((method, path))
        fault = self.faults.pick(method, path)
        if fault is not None and fault.kind is FaultKind.RESET_BEFORE_READ:
            self._abort(scope, "before the request was read")
        body = await _read_body(receive)
        req = Request.from_scope(scope, body)
        if fault is not None:
            early = await self._pre_fault(fault, scope, receive, req)
            if early is not None:
                await self._send(send, early, scope)
                return
        response = self._handle(req) if fault is None or fault.kind is not FaultKind.HANG else None
        if response is None:  # a hang is handled in _pre_fault; unreachable
            return
        route = _ROUTER.match(method, req.path)
        if isinstance(route, tuple) and req.path in ("/api/v2/tickets",):
            response.headers.append(
                (b"zendesk-ratelimit-tickets-index", b"total=100; remaining=99; resets=41")
            )
        if fault is not None and fault.kind is FaultKind.RESET_AFTER_READ:
            self._abort(scope, "after the request was handled")
        if fault is not None and fault.kind is FaultKind.TRUNCATED_BODY:
            await self._send_truncated(send, response, scope)
            return
        await self._send(send, response, scope)

    async def _pre_fault(
        self, fault: Fault, scope: Scope, receive: Receive, req: Request
    ) -> Response | None:
        """Apply `fault`; return a response that replaces the real one, or None to go on."""
        kind = fault.kind
        if kind is FaultKind.LATENCY:
            await self.sleep(fault.seconds)
        elif kind is FaultKind.HANG:
            await self._hang(fault.seconds, receive)
            if ABORT_EXTENSION not in scope.get("extensions", {}):  # in-process: no socket
                raise httpx.ReadTimeout("the fake hung (in-process: no client timeout applies)")
            raise ConnectionAborted
        elif kind is FaultKind.STATUS:
            body = _STATUS_BODIES.get(fault.status_code, {"error": "Error"})
            resp = json_response(body, fault.status_code)
            if fault.retry_after is not None:
                resp.headers.append((b"retry-after", _num(fault.retry_after)))
            return resp
        elif kind is FaultKind.HTML:
            return Response(fault.status_code, _HTML_PAGE, content_type=b"text/html")
        elif kind is FaultKind.INVALID_JSON:
            return Response(
                200,
                b'{"tickets":[{"id":1,"subject":"unterminated',
            )
        elif kind is FaultKind.STUCK_CURSOR:
            req.stuck_cursor = True
        elif kind is FaultKind.FOREIGN_NEXT_PAGE:
            req.link_base = f"https://{fault.host}"
        return None

    async def _hang(self, seconds: float, receive: Receive) -> None:
        """Sleep `seconds`, or until the client goes away (over a socket)."""
        async with anyio.create_task_group() as tg:

            async def watch() -> None:
                while (await receive())["type"] != "http.disconnect":
                    pass
                tg.cancel_scope.cancel()

            tg.start_soon(watch)
            await self.sleep(seconds)
            tg.cancel_scope.cancel()

    def _handle(self, req: Request) -> Response:
        self.jobs.advance()
        try:
            if req.path == C.OAUTH_TOKEN_PATH and req.method == "POST":
                return json_response(self.auth.token_endpoint(req))
            self.auth.check(req)
            headers = self.budget.take()
            if req.path.startswith("/api/v2/incremental/"):
                headers += self.incremental_budget.take() if self.incremental_budget.limit else []
            route = _ROUTER.match(req.method, req.path)
            if route is None:
                raise HTTPError(404, {"error": "InvalidEndpoint", "description": "Not found"})
            if not isinstance(route, tuple):
                raise HTTPError(
                    405,
                    {
                        "error": "MethodNotAllowed",
                        "description": f"{req.method} is not allowed here",
                    },
                )
            handler, params = route
            response = _run(handler, self.account, req, params)
            response.headers.extend(headers)
            return response
        except HTTPError as exc:
            resp = json_response(exc.body, exc.status)
            resp.headers.extend(exc.headers)
            return resp

    def _headers(self, response: Response, length: int) -> list[tuple[bytes, bytes]]:
        rid = f"{next(self._request_ids):08x}-fake".encode()
        headers = [
            (b"content-length", str(length).encode()),
            (b"x-zendesk-request-id", rid),
            (b"x-request-id", rid),
            (b"x-zendesk-origin-server", b"fake-zendesk"),
        ]
        if response.content_type is not None:
            headers.append((b"content-type", response.content_type))
        return headers + response.headers

    async def _send(self, send: Send, response: Response, scope: Scope) -> None:
        headers = self._headers(response, len(response.body))
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        await send({"type": "http.response.body", "body": response.body})

    async def _send_truncated(self, send: Send, response: Response, scope: Scope) -> None:
        body = response.body
        headers = self._headers(response, len(body) + 1000)
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        abort = scope.get("extensions", {}).get(ABORT_EXTENSION)
        if abort is None:
            raise httpx.RemoteProtocolError(
                "peer closed connection without sending complete message body (fake)"
            )
        await send(
            {"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True}
        )
        abort(graceful=True)  # FIN after the partial body: the client sees it cut short
        raise ConnectionAborted

    def _abort(self, scope: Scope, when: str) -> None:
        abort = scope.get("extensions", {}).get(ABORT_EXTENSION)
        if abort is None:  # in-process: what httpx raises on a reset socket
            raise httpx.ReadError(f"[Errno 104] Connection reset by peer (fake, {when})")
        abort()
        raise ConnectionAborted


def _run(handler: Any, account: Account, req: Request, params: dict[str, Any]) -> Response:
    """Handlers are `async def` for uniformity but never await: drive them synchronously."""
    coro = handler(account, req, **params)
    try:
        coro.send(None)
    except StopIteration as done:
        result: Response = done.value
        return result
    coro.close()
    raise RuntimeError(f"handler {handler.__name__} awaited something")


def _num(value: float) -> bytes:
    return (str(int(value)) if float(value).is_integer() else str(value)).encode()


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ConnectionAborted
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


__all__ = ["ABORT_EXTENSION", "FakeZendesk", "dumps"]
