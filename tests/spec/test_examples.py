"""(d) every example in the bundled spec parses through its generated model and round-trips."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
import yaml
import zendesk_generated.models as models

from .conftest import BUNDLED

METHODS = ("get", "put", "post", "delete", "patch")
_MODELS = {name.lower(): getattr(models, name) for name in models.__all__}
_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$")


def model_for(schema_name: str) -> Any:
    """The generated class of a component schema."""
    return _MODELS[schema_name.lower()]


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> Any:
    while "$ref" in node:
        _, _, section, name = node["$ref"].split("/", 3)
        node = spec["components"][section][name]
    return node


def collect_examples(spec: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(where, schema name, example value) for media and schema-level examples."""
    for item in spec["paths"].values():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            media = [("request", operation.get("requestBody", {}).get("content", {}))]
            media += [(s, r.get("content", {})) for s, r in operation["responses"].items()]
            for where, content in media:
                json_media = content.get("application/json")
                if not json_media or "$ref" not in json_media["schema"]:
                    continue
                name = json_media["schema"]["$ref"].rsplit("/", 1)[1]
                label = f"{operation['operationId']}:{where}"
                if "example" in json_media:
                    yield label, name, json_media["example"]
                for key, example in json_media.get("examples", {}).items():
                    yield f"{label}:{key}", name, _resolve(spec, example)["value"]
    for name, schema in spec["components"]["schemas"].items():
        if "example" in schema:
            yield f"schema:{name}", name, schema["example"]


def _normalise(value: Any) -> Any:
    """Compare datetimes by value ("Z" vs "+00:00") and leave everything else alone."""
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, str) and _DATETIME.match(value):
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


with BUNDLED.open(encoding="utf-8") as _handle:
    EXAMPLES = list(collect_examples(yaml.safe_load(_handle)))


def test_the_spec_has_examples_to_check() -> None:
    assert len(EXAMPLES) >= 60


@pytest.mark.parametrize(
    ("where", "schema_name", "example"), EXAMPLES, ids=[e[0] for e in EXAMPLES]
)
def test_example_parses_and_round_trips(where: str, schema_name: str, example: Any) -> None:
    model = model_for(schema_name)
    parsed = model.from_dict(example)
    assert _normalise(parsed.to_dict()) == _normalise(example)
    assert model.from_dict(parsed.to_dict()) == parsed
