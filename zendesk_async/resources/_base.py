"""What every resource shares: the request seam, argument checks, envelope parsing.

Resources build each request with the generated operation's `_get_kwargs` (so method, path and
query serialisation always follow the bundled spec) and send it through the client's one
`Requester`. Responses are parsed straight from the envelope key into generated models; any
mismatch becomes `ResponseParseError` carrying the raw body.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol, TypeVar

import httpx
from zendesk_generated.types import UNSET, Unset

from .._requester import Requester
from .._transport import parse_json, parse_model
from .._urls import check_str_id as check_str_id  # every string id in a path goes through it
from ..errors import InvalidArgumentError
from ..pagination import Kind, Paginator

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

OPERATION_ATTR = "__zendesk_operation__"


def operation(*operation_ids: str) -> Callable[[F], F]:
    """Record which spec operation(s) a resource method serves (the coverage test reads it)."""

    def mark(fn: F) -> F:
        setattr(fn, OPERATION_ATTR, operation_ids)
        return fn

    return mark


class _ToDict(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


class Resource:
    """Base of every `zd.<name>` namespace."""

    __slots__ = ("_requester",)

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource>"

    def _pacing(self) -> dict[str, Any]:
        """The client's clock and sleep (its governor's), for job polling and bulk back-off, so
        an injected clock drives them too; empty for a requester without a governor."""
        governor = getattr(self._requester, "governor", None)
        if governor is None:
            return {}
        return {"sleep": governor.sleep, "clock": governor.clock}

    async def _send(
        self,
        kwargs: Mapping[str, Any],
        *,
        json: Any = None,
        budget: str | None = None,
        idempotent: bool | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send a request built by a generated `_get_kwargs` (or an equivalent dict).

        Whether it may be resent after it may have reached Zendesk is decided per operation by
        the request path (`_idempotency.resend_safe`); `idempotent` overrides that."""
        body = kwargs.get("json") if json is None else json
        params = kwargs.get("params") or None
        return await self._requester.request(
            str(kwargs["method"]).upper(),
            str(kwargs["url"]),
            params=params,
            json=body,
            headers=headers,
            budget=budget,
            idempotent=idempotent,
        )

    async def _parsed(
        self,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T],
        *,
        model_name: str,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> T:
        """Send, then parse the decoded body; any mismatch is a `ResponseParseError`."""
        response = await self._send(kwargs, json=json, headers=headers)
        return parse_model(response, parse, model_name=model_name)

    async def _one(
        self,
        kwargs: Mapping[str, Any],
        key: str,
        parse: Callable[[dict[str, Any]], T],
        *,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> T:
        """Send, then parse the object under envelope `key` (``{"ticket": {...}}``)."""
        return await self._parsed(
            kwargs,
            lambda body: parse(_envelope(body, key)),
            model_name=key,
            json=json,
            headers=headers,
        )

    async def _list(
        self,
        kwargs: Mapping[str, Any],
        key: str,
        parse: Callable[[dict[str, Any]], T],
        *,
        json: Any = None,
    ) -> list[T]:
        """Send, then parse the (unpaginated) list under envelope `key`."""

        def parse_all(body: Any) -> list[T]:
            return [parse(item) for item in _envelope(body, key, list)]

        return await self._parsed(kwargs, parse_all, model_name=key, json=json)

    def _paginate(
        self,
        kwargs: Mapping[str, Any],
        key: str,
        parse: Callable[[dict[str, Any]], T],
        page_size: int | None,
        raw: bool,
        kind: Kind = Kind.CURSOR,
    ) -> Paginator[Any]:
        """A lazy stream over a list operation; nothing is sent until it is iterated."""
        return Paginator(
            self._requester,
            kind,
            str(kwargs["url"]),
            key,
            params=kwargs.get("params") or None,
            page_size=page_size,
            parse=None if raw else parse,
        )

    async def _json(self, kwargs: Mapping[str, Any], *, json: Any = None) -> Any:
        """Send and return the decoded JSON body (None for an empty 2xx body)."""
        response = await self._send(kwargs, json=json)
        return parse_json(response) if response.content.strip() else None


def _envelope(body: Any, key: str, kind: type = dict) -> Any:
    if not isinstance(body, dict):
        raise TypeError("response body is not a JSON object")
    value = body.get(key)
    if not isinstance(value, kind):
        raise KeyError(f"expected {kind.__name__} under {key!r}, got {type(value).__name__}")
    return value


def envelope_value(key: str, kind: type = dict) -> Callable[[Any], Any]:
    """A parser returning the value under `key` (checked to be a `kind`)."""
    return lambda body: _envelope(body, key, kind)


def validated(model: Any, data: dict[str, Any], what: str) -> dict[str, Any]:
    """Check `data` against a generated write model; return it unchanged (sent as written)."""
    try:
        model.from_dict(data)
    except Exception as exc:
        raise InvalidArgumentError(f"{what} does not fit {model.__name__}: {exc}") from exc
    return data


def payload(obj: Mapping[str, Any] | _ToDict | None, fields: Mapping[str, Any], what: str) -> Any:
    """Merge a positional object (dict or generated model) with keyword fields; never empty."""
    data: dict[str, Any] = {}
    if obj is not None:
        if isinstance(obj, Mapping):
            data.update(obj)
        elif hasattr(obj, "to_dict"):
            data.update(obj.to_dict())
        else:
            raise InvalidArgumentError(
                f"{what} must be a mapping or a generated model, got {obj!r}"
            )
    data.update(fields)
    if not data:
        raise InvalidArgumentError(f"{what}: nothing to send (give at least one field)")
    return data


def opt(value: T | None) -> T | Unset:
    """None -> UNSET: what generated `_get_kwargs` expects for an omitted parameter."""
    return UNSET if value is None else value


def check_id(value: Any, name: str) -> int:
    """A positive integer id (Zendesk ids are 64-bit; bools are refused)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgumentError(f"{name} must be a positive integer, got {value!r}")
    return value


def check_ids(values: Iterable[Any], name: str, *, limit: int | None = None) -> list[int]:
    """A non-empty list of positive integer ids, optionally at most `limit` long."""
    if isinstance(values, str | bytes):
        raise InvalidArgumentError(f"{name} must be a list of integers, got a string")
    ids = [check_id(v, name) for v in values]
    if not ids:
        raise InvalidArgumentError(f"{name} must not be empty")
    if limit is not None and len(ids) > limit:
        raise InvalidArgumentError(f"{name}: at most {limit} per call, got {len(ids)}")
    return ids


def csv(ids: Iterable[int | str]) -> str:
    return ",".join(str(i) for i in ids)


def count_value(body: Any) -> int:
    """``{"count": {"value": 12, "refreshed_at": ...}}`` -> 12."""
    count = _envelope(body, "count")
    value = count.get("value")
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"count.value is not an integer: {value!r}")
    return value
