"""(a) the bundled spec validates; (b) every operations.tsv row is present with a sensible id."""

from __future__ import annotations

import csv
import importlib
import re
from typing import Any

from openapi_spec_validator import validate

from .conftest import BUNDLED, OPERATIONS, need_reference

METHODS = ("get", "put", "post", "delete", "patch")
NEW_OPERATION_IDS = {
    ("get", "/api/v2/tickets/{ticket_id}/skips"): "ListSkipsForTicket",
    ("get", "/api/v2/skips"): "ListSkips",
}


def _snake(name: str) -> str:
    """openapi-python-client's module name for an operationId."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


def test_bundled_spec_validates_with_zero_errors(spec: dict[str, Any]) -> None:
    validate(spec)  # raises on the first error


def test_every_operations_row_is_present_with_a_sensible_operation_id(
    spec: dict[str, Any],
) -> None:
    need_reference(OPERATIONS)
    with OPERATIONS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert len(rows) == 69
    for row in rows:
        method, path = row["method"].lower(), row["path"]
        operation = spec["paths"].get(path, {}).get(method)
        assert operation is not None, f"{method.upper()} {path} missing from {BUNDLED.name}"
        expected = NEW_OPERATION_IDS.get((method, path), row["operationId"])
        assert operation["operationId"] == expected
        assert re.fullmatch(r"[A-Z][A-Za-z]+", expected)
        assert operation["tags"] == [row["family"].replace("-", "_")]


def test_operation_ids_are_unique_and_only_the_listed_ones(spec: dict[str, Any]) -> None:
    ids = [
        op["operationId"]
        for item in spec["paths"].values()
        for m, op in item.items()
        if m in METHODS
    ]
    assert len(ids) == len(set(ids)) == 69


def test_every_operation_has_a_generated_module_with_get_kwargs(spec: dict[str, Any]) -> None:
    for item in spec["paths"].values():
        for method in METHODS:
            if method not in item:
                continue
            operation = item[method]
            module = importlib.import_module(
                f"zendesk_generated.api.{operation['tags'][0]}.{_snake(operation['operationId'])}"
            )
            assert callable(module._get_kwargs)
            assert callable(module.asyncio_detailed)


def test_every_json_body_and_response_is_a_named_model(spec: dict[str, Any]) -> None:
    """The facade parses through models: no anonymous inline object bodies."""
    inline: list[str] = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            media: list[tuple[str, dict[str, Any]]] = []
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if body:
                media.append(("request", body))
            for status, response in operation["responses"].items():
                content = response.get("content", {}).get("application/json")
                if content:
                    media.append((status, content))
            for where, content in media:
                schema = content["schema"]
                if "$ref" not in schema and schema.get("type") != "string":
                    inline.append(f"{method.upper()} {path} {where}")
    assert inline == []
