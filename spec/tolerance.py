"""Whole-spec patch functions: read-only-free write models and tolerant response models.

Both work on whatever the schemas are (no upstream text to compare), so they guard themselves
instead: they fail if a name they create already exists or if they would change nothing.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from typing import Any

from patchlib import PatchError

Doc = dict[str, Any]
SCHEMA_PREFIX = "#/components/schemas/"
WRITE_SUFFIX = "Write"
METHODS = ("get", "put", "post", "delete", "patch")


def _refs(node: Any) -> Iterator[dict[str, Any]]:
    """Every dict holding a $ref, depth first."""
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _operations(doc: Doc) -> Iterator[dict[str, Any]]:
    for item in doc["paths"].values():
        for method in METHODS:
            if method in item:
                yield item[method]


def _body_schemas(doc: Doc) -> list[Any]:
    return [
        media["schema"]
        for op in _operations(doc)
        for media in op.get("requestBody", {}).get("content", {}).values()
        if "schema" in media
    ]


def _response_schemas(doc: Doc) -> list[Any]:
    return [
        media["schema"]
        for op in _operations(doc)
        for response in op.get("responses", {}).values()
        for media in response.get("content", {}).values()
        if "schema" in media
    ]


def schema_closure(doc: Doc, roots: Iterable[Any]) -> set[str]:
    """Names of component schemas reachable from roots."""
    schemas = doc["components"]["schemas"]
    seen: set[str] = set()
    todo = [r["$ref"] for root in roots for r in _refs(root)]
    while todo:
        target = todo.pop()
        if not target.startswith(SCHEMA_PREFIX):
            continue
        name = target[len(SCHEMA_PREFIX) :]
        if name in seen:
            continue
        seen.add(name)
        todo.extend(r["$ref"] for r in _refs(schemas[name]))
    return seen


def _strip_read_only(node: Any) -> None:
    if isinstance(node, list):
        for value in node:
            _strip_read_only(value)
        return
    if not isinstance(node, dict):
        return
    properties = node.get("properties")
    if isinstance(properties, dict):
        dropped = [k for k, v in properties.items() if isinstance(v, dict) and v.get("readOnly")]
        for key in dropped:
            del properties[key]
        if "required" in node:
            node["required"] = [k for k in node["required"] if k not in dropped]
            if not node["required"]:
                del node["required"]
    for key, value in node.items():
        if key != "example":
            _strip_read_only(value)


def _is_empty(schema: dict[str, Any], empty: set[str]) -> bool:
    """An object schema that can carry no property once read-only ones are gone."""
    parts = schema.get("allOf")
    if parts:
        return all(_ref_name(p) in empty or _is_empty(p, empty) for p in parts)
    return "properties" in schema and not schema["properties"] and "anyOf" not in schema


def _ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        return ref[len(SCHEMA_PREFIX) :] if ref.startswith(SCHEMA_PREFIX) else None
    return None


def _points_to_empty(prop: dict[str, Any], empty: set[str]) -> bool:
    target = prop.get("items", prop)
    if _ref_name(target) in empty:
        return True
    parts: list[Any] = target.get("allOf", []) if isinstance(target, dict) else []
    return bool(parts) and all(_ref_name(p) in empty for p in parts)


def split_write_models(doc: Doc) -> None:
    """Give request bodies *Write copies of shared schemas, without readOnly properties."""
    schemas = doc["components"]["schemas"]
    request = schema_closure(doc, _body_schemas(doc))
    shared = request & schema_closure(doc, _response_schemas(doc))
    if not request:
        raise PatchError("no request body schemas found")
    for name in sorted(shared):
        if name + WRITE_SUFFIX in schemas:
            raise PatchError(f"components/schemas/{name}{WRITE_SUFFIX} already exists upstream")
        write = copy.deepcopy(schemas[name])
        write.pop("example", None)  # the example shows the response form, read-only keys included
        schemas[name + WRITE_SUFFIX] = write
    written = sorted((name + WRITE_SUFFIX if name in shared else name) for name in request)
    for body in _body_schemas(doc):
        _redirect(body, shared)
    for name in written:
        _redirect(schemas[name], shared)
        _strip_read_only(schemas[name])
    empty: set[str] = set()
    while True:
        more = {n for n in written if n not in empty and _is_empty(schemas[n], empty)}
        if not more:
            break
        empty |= more
    for name in written:
        for node in _walk_objects(schemas[name]):
            props = node["properties"]
            for key in [k for k, v in props.items() if _points_to_empty(v, empty)]:
                del props[key]
    for name in sorted(empty):
        del schemas[name]


def _redirect(node: Any, shared: set[str]) -> None:
    for holder in _refs(node):
        name = _ref_name(holder)
        if name in shared:
            holder["$ref"] = SCHEMA_PREFIX + name + WRITE_SUFFIX


def _walk_objects(node: Any) -> Iterator[dict[str, Any]]:
    """Every dict with a properties mapping, depth first."""
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            yield node
        for key, value in node.items():
            if key != "example":
                yield from _walk_objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk_objects(value)


def _known_values(prop: dict[str, Any]) -> None:
    values = prop.pop("enum")
    listed = ", ".join(str(v) for v in values if v is not None)
    text = prop.get("description", "").rstrip()
    prop["description"] = f"{text}\n\nKnown values (others may appear): {listed}".strip()


def _tolerant_property(prop: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in prop:
        return {"allOf": [prop], "nullable": True}
    prop = dict(prop)
    if "allOf" in prop:
        # openapi-python-client 0.29.1 reads `nullable` beside `type` as `type: [object, null]`,
        # then takes a lone allOf $ref as the whole property and loses the null; without `type`
        # (redundant beside allOf) nullable becomes oneOf [null, allOf], which accepts null.
        prop.pop("type", None)
    if "enum" in prop:
        _known_values(prop)
    prop["nullable"] = True
    _tolerate(prop)
    return prop


def _tolerate(schema: dict[str, Any]) -> None:
    properties = schema.get("properties")
    if isinstance(properties, dict):
        schema.pop("required", None)
        for key in list(properties):
            properties[key] = _tolerant_property(properties[key])
    items = schema.get("items")
    if isinstance(items, dict) and "$ref" not in items:
        if "enum" in items:
            _known_values(items)
        _tolerate(items)
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key, []):
            if "$ref" not in part:
                _tolerate(part)


def make_response_models_tolerant(doc: Doc) -> None:
    """Response schemas: every property nullable, no enums, nothing required."""
    schemas = doc["components"]["schemas"]
    names = schema_closure(doc, _response_schemas(doc))
    if not names:
        raise PatchError("no response schemas found")
    leaked = sorted(n for n in names if n.endswith(WRITE_SUFFIX))
    if leaked:
        raise PatchError(f"write models reachable from responses: {leaked}")
    for name in sorted(names):
        _tolerate(schemas[name])
