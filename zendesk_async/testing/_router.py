"""Method + path-template dispatch (`/api/v2/tickets/{ticket_id}`); static paths win."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from ._http import Response

Handler = Callable[..., Awaitable[Response]]


class Router:
    def __init__(self) -> None:
        self._static: dict[tuple[str, str], Handler] = {}
        self._dynamic: list[tuple[str, re.Pattern[str], Handler]] = []
        self.templates: list[tuple[str, str]] = []

    @classmethod
    def merged(cls, *routers: Router) -> Router:
        """One router serving all of `routers` (dispatch stays a single lookup)."""
        out = cls()
        for r in routers:
            out._static.update(r._static)
            out._dynamic.extend(r._dynamic)
            out.templates.extend(r.templates)
        return out

    def add(self, method: str, template: str, handler: Handler) -> None:
        self.templates.append((method, template))
        if "{" not in template:
            self._static[(method, template)] = handler
            return
        pattern = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)
        self._dynamic.append((method, re.compile(f"^{pattern}$"), handler))

    def route(self, method: str, template: str) -> Callable[[Handler], Handler]:
        def deco(fn: Handler) -> Handler:
            self.add(method, template, fn)
            return fn

        return deco

    def match(self, method: str, path: str) -> tuple[Handler, dict[str, Any]] | bool | None:
        """(handler, path params); False when the path exists with another method; None if not."""
        handler = self._static.get((method, path))
        if handler is not None:
            return handler, {}
        other_method = any(p == path for (_, p) in self._static)
        for m, regex, h in self._dynamic:
            found = regex.match(path)
            if found is None:
                continue
            if m == method:
                return h, found.groupdict()
            other_method = True
        return False if other_method else None
