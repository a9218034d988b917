"""The fake's tiny request/response layer over plain ASGI (no framework)."""

from __future__ import annotations

import json
from collections.abc import MutableMapping
from typing import Any
from urllib.parse import parse_qs, urlencode

import attrs

JSON_TYPE = b"application/json; charset=utf-8"


class HTTPError(Exception):
    """Raised by handlers: becomes a response with Zendesk's error body."""

    def __init__(
        self, status: int, body: Any, headers: list[tuple[bytes, bytes]] | None = None
    ) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or []


def not_found() -> HTTPError:
    return HTTPError(404, {"error": "RecordNotFound", "description": "Not found"})


def invalid(field: str, description: str, error: str = "InvalidValue") -> HTTPError:
    """422 RecordInvalid with per-field details, as Zendesk sends."""
    return HTTPError(
        422,
        {
            "error": "RecordInvalid",
            "description": "Record validation errors",
            "details": {field: [{"description": description, "error": error}]},
        },
    )


def bad_request(error: str, description: str) -> HTTPError:
    return HTTPError(400, {"error": error, "description": description})


@attrs.define
class Request:
    """One parsed request. `link_base` is where next-page URLs point (a fault may change it)."""

    method: str
    path: str  # without a trailing .json
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    base_url: str
    link_base: str
    stuck_cursor: bool = False

    @classmethod
    def from_scope(cls, scope: MutableMapping[str, Any], body: bytes) -> Request:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host")
        if not host:
            server = scope.get("server") or ("testserver", 80)
            host = f"{server[0]}:{server[1]}"
        base = f"{scope.get('scheme', 'http')}://{host}"
        path: str = scope["path"]
        if path.endswith(".json"):
            path = path[:-5]
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        return cls(scope["method"], path, query, headers, body, base, base)

    def q(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else None

    def q_int(self, name: str, default: int | None = None) -> int | None:
        raw = self.q(name)
        if raw is None or raw == "":
            return default
        try:
            return int(raw)
        except ValueError:
            raise bad_request("InvalidValue", f"{name} must be an integer") from None

    def q_ids(self, name: str = "ids") -> list[int]:
        raw = self.q(name)
        if not raw:
            return []
        try:
            return [int(p) for p in raw.split(",") if p.strip()]
        except ValueError:
            raise bad_request("InvalidValue", f"{name} must be comma-separated integers") from None

    def json(self) -> dict[str, Any]:
        if not self.body:
            return {}
        ctype = self.headers.get("content-type", "")
        if "application/x-www-form-urlencoded" in ctype:
            return {k: v[-1] for k, v in parse_qs(self.body.decode()).items()}
        try:
            data = json.loads(self.body)
        except ValueError:
            raise bad_request("InvalidJSON", "The request body is not valid JSON") from None
        if not isinstance(data, dict):
            raise bad_request("InvalidJSON", "The request body must be a JSON object")
        return data

    def url(self, path: str | None = None, /, **params: Any) -> str:
        """A URL on `link_base` for `path` (default: this path + .json) with `params`."""
        target = path if path is not None else self.path + ".json"
        clean = {k: v for k, v in params.items() if v is not None}
        return self.link_base + target + ("?" + urlencode(clean) if clean else "")


@attrs.define
class Response:
    status: int
    body: bytes = b""
    headers: list[tuple[bytes, bytes]] = attrs.field(factory=list)
    content_type: bytes | None = JSON_TYPE


def dumps(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()


def json_response(obj: Any, status: int = 200) -> Response:
    return Response(status, obj if isinstance(obj, bytes) else dumps(obj))


def envelope(key: str, items: list[bytes], extra: dict[str, Any]) -> bytes:
    """`{"key":[...pre-encoded items...], **extra}` without re-encoding the items."""
    tail = dumps(extra)[1:-1]
    return b'{"%s":[%s]%s%s}' % (key.encode(), b",".join(items), b"," if tail else b"", tail)
