"""Machinery for the recorded spec patches (the patches themselves live in patches.py).

Each ``Patch`` has a name, a one-line reason and either JSON-pointer ops (``Op``) or a small
function. Every op states what it expects to find upstream (``expect=`` for replace/remove, and
"absent" for add), so a changed upstream makes the patch fail loudly instead of mis-patching.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal


class BundleError(Exception):
    """The bundle cannot be built (bad input, dangling ref, missing operation)."""


class PatchError(BundleError):
    """A patch no longer matches the upstream text it was written against."""


class _Absent:
    def __repr__(self) -> str:
        return "<absent>"


ABSENT: Any = _Absent()


def ptr(*parts: str) -> str:
    """JSON pointer from raw keys: ptr("paths", "/api/v2/skips") == "/paths/~1api~1v2~1skips"."""
    return "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts)


def _split(pointer: str) -> list[str]:
    if not pointer.startswith("/"):
        raise PatchError(f"bad JSON pointer {pointer!r}")
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer[1:].split("/")]


def _child(node: Any, key: str, pointer: str) -> Any:
    if isinstance(node, dict):
        if key not in node:
            return ABSENT
        return node[key]
    if isinstance(node, list):
        if key == "-":
            return ABSENT
        try:
            return node[int(key)]
        except (ValueError, IndexError):
            return ABSENT
    raise PatchError(f"{pointer}: cannot descend into {type(node).__name__}")


def get(doc: Any, pointer: str) -> Any:
    """Value at pointer, or ABSENT."""
    node = doc
    for key in _split(pointer):
        node = _child(node, key, pointer)
        if node is ABSENT:
            return ABSENT
    return node


def expect(doc: Any, pointer: str, value: Any) -> Any:
    """Fail unless the value at pointer equals ``value`` (ABSENT allowed); return it."""
    found = get(doc, pointer)
    if found != value:
        raise PatchError(f"{pointer}: expected {_short(value)}, upstream has {_short(found)}")
    return found


def require(doc: Any, pointer: str) -> Any:
    """Value at pointer; fail if absent."""
    found = get(doc, pointer)
    if found is ABSENT:
        raise PatchError(f"{pointer}: expected to exist upstream, it is absent")
    return found


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) < 160 else text[:157] + "..."


@dataclass(frozen=True)
class Op:
    """One JSON-pointer operation. ``expect`` is the upstream value it replaces/removes."""

    op: Literal["add", "replace", "remove"]
    path: str
    value: Any = None
    expect: Any = ABSENT

    def apply(self, doc: Any) -> None:
        *parents, last = _split(self.path)
        parent = doc
        for key in parents:
            parent = _child(parent, key, self.path)
            if parent is ABSENT:
                raise PatchError(f"{self.path}: parent is absent upstream")
        current = _child(parent, last, self.path)
        if self.op == "add":
            if current is not ABSENT:
                raise PatchError(f"{self.path}: expected absent, upstream has {_short(current)}")
        elif current != self.expect or current is ABSENT:
            raise PatchError(
                f"{self.path}: expected {_short(self.expect)}, upstream has {_short(current)}"
            )
        value = copy.deepcopy(self.value)
        if isinstance(parent, list):
            if self.op == "remove":
                del parent[int(last)]
            elif last == "-":
                parent.append(value)
            elif self.op == "add":
                parent.insert(int(last), value)
            else:
                parent[int(last)] = value
        elif self.op == "remove":
            del parent[last]
        else:
            parent[last] = value


@dataclass(frozen=True)
class Patch:
    """A named fix with a one-line reason: data ops, or a function of the document."""

    name: str
    reason: str
    ops: tuple[Op, ...] = ()
    func: Callable[[dict[str, Any]], None] | None = field(default=None)

    def apply(self, doc: dict[str, Any]) -> None:
        try:
            for op in self.ops:
                op.apply(doc)
            if self.func is not None:
                self.func(doc)
        except PatchError as exc:
            raise PatchError(
                f"patch {self.name!r} ({self.reason}) no longer matches upstream: {exc}"
            ) from None


def ref(kind: str, name: str) -> dict[str, str]:
    """A ``$ref`` object to a component."""
    return {"$ref": f"#/components/{kind}/{name}"}


def json_body(schema_name: str, example: dict[str, Any] | None = None) -> dict[str, Any]:
    """A required application/json request body referencing a schema."""
    media: dict[str, Any] = {"schema": ref("schemas", schema_name)}
    if example is not None:
        media["examples"] = {"default": {"value": example}}
    return {"required": True, "content": {"application/json": media}}


def json_response(description: str, schema_name: str) -> dict[str, Any]:
    """An application/json response referencing a schema."""
    return {
        "description": description,
        "content": {"application/json": {"schema": ref("schemas", schema_name)}},
    }


def op_ptr(path: str, method: str, *rest: str) -> str:
    """Pointer into an operation of the paths object."""
    return ptr("paths", path, method, *rest)
