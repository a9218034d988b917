"""Bundle the in-scope part of Zendesk's OpenAPI spec and apply the project's recorded patches.

Usage: python spec/bundle.py UPSTREAM [-o spec/zendesk.yaml] [--operations operations.tsv]

Steps: load the upstream YAML, keep only the operations listed in operations.tsv, apply every
patch of ``spec/patches.py`` in order (each fails loudly if the upstream text it fixes changed),
check that all listed operations are present, drop every component no longer referenced, and
write a deterministic YAML file.
"""

from __future__ import annotations

import argparse
import copy
import csv
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

SPEC_DIR = Path(__file__).resolve().parent
REPO_ROOT = SPEC_DIR.parent
DEFAULT_OUTPUT = SPEC_DIR / "zendesk.yaml"
DEFAULT_OPERATIONS = REPO_ROOT.parent / "shared" / "reference" / "operations.tsv"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

sys.path.insert(0, str(SPEC_DIR))
from patches import PATCHES  # noqa: E402
from patchlib import BundleError, Patch  # noqa: E402

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available


class _Loader(_BaseLoader):  # type: ignore[misc]
    """Safe loader that also accepts the bare ``=`` scalar found in the upstream spec."""


def _construct_value(loader: Any, node: yaml.Node) -> str:
    assert isinstance(node, yaml.ScalarNode)
    return str(loader.construct_scalar(node))


_Loader.add_constructor("tag:yaml.org,2002:value", _construct_value)


class _Dumper(yaml.SafeDumper):
    """SafeDumper without anchors/aliases, so shared objects are written out in full."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_representer(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_representer)


def load_yaml(path: Path) -> dict[str, Any]:
    """Load a YAML OpenAPI document."""
    with path.open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_Loader)
    if not isinstance(data, dict):
        raise BundleError(f"{path}: not an OpenAPI document")
    return data


def dump_yaml(doc: dict[str, Any]) -> str:
    """Serialise deterministically (key order as built, no aliases, wide lines)."""
    text: str = yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return text


def read_operations(path: Path) -> list[tuple[str, str, str]]:
    """Rows of operations.tsv as (method, path, family)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [(r["method"].lower(), r["path"], r["family"]) for r in rows]


def family_tag(family: str) -> str:
    """Python-package-friendly tag for an operations.tsv family (incremental-routing -> ...)."""
    return family.replace("-", "_")


def select_operations(doc: dict[str, Any], wanted: list[tuple[str, str, str]]) -> dict[str, Any]:
    """Paths object holding only the wanted operations (missing ones are left to patches)."""
    paths: dict[str, Any] = {}
    for method, path, _ in wanted:
        item = doc["paths"].get(path)
        if item is None or method not in item:
            continue
        target = paths.setdefault(
            path, {k: copy.deepcopy(v) for k, v in item.items() if k not in HTTP_METHODS}
        )
        target[method] = copy.deepcopy(item[method])
    return paths


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def prune_components(doc: dict[str, Any]) -> None:
    """Keep only components reachable from paths (transitively), sorted by name."""
    components: dict[str, dict[str, Any]] = doc.get("components", {})
    keep: set[tuple[str, str]] = set()
    todo = list(_refs(doc["paths"]))
    while todo:
        ref = todo.pop()
        if not ref.startswith("#/components/"):
            raise BundleError(f"external $ref not supported: {ref}")
        _, _, section, name = ref.split("/", 3)
        if (section, name) in keep:
            continue
        if name not in components.get(section, {}):
            raise BundleError(f"dangling $ref {ref}")
        keep.add((section, name))
        todo.extend(_refs(components[section][name]))
    pruned: dict[str, Any] = {}
    for section in ("schemas", "parameters", "examples", "responses", "requestBodies", "headers"):
        names = sorted(name for sec, name in keep if sec == section)
        if names:
            pruned[section] = {name: components[section][name] for name in names}
    if "securitySchemes" in components:
        pruned["securitySchemes"] = components["securitySchemes"]
    doc["components"] = pruned


def used_tags(paths: dict[str, Any]) -> list[str]:
    """Tags referenced by the kept operations, sorted."""
    return sorted(
        {
            tag
            for item in paths.values()
            for m in HTTP_METHODS
            for tag in item.get(m, {}).get("tags", [])
        }
    )


def check_operations(doc: dict[str, Any], wanted: list[tuple[str, str, str]]) -> None:
    """Every row of operations.tsv must be present with an operationId."""
    missing = [f"{m.upper()} {p}" for m, p, _ in wanted if m not in doc["paths"].get(p, {})]
    if missing:
        raise BundleError(f"operations missing after patches: {', '.join(missing)}")
    for method, path, _ in wanted:
        if not doc["paths"][path][method].get("operationId"):
            raise BundleError(f"{method.upper()} {path} has no operationId")


def bundle(
    upstream: dict[str, Any],
    wanted: list[tuple[str, str, str]],
    patches: list[Patch] | None = None,
) -> dict[str, Any]:
    """Build the bundled document from an upstream document (not modified)."""
    doc: dict[str, Any] = {
        "openapi": upstream["openapi"],
        "info": copy.deepcopy(upstream["info"]),
        "servers": copy.deepcopy(upstream["servers"]),
        "security": copy.deepcopy(upstream.get("security", [])),
        "tags": [],
        "paths": select_operations(upstream, wanted),
        "components": copy.deepcopy(upstream["components"]),
    }
    for patch in PATCHES if patches is None else patches:
        patch.apply(doc)
    check_operations(doc, wanted)
    for method, path, family in wanted:  # one tag per family: api/<family>/<operation>.py
        doc["paths"][path][method]["tags"] = [family_tag(family)]
    doc["paths"] = {path: doc["paths"][path] for path in sorted(doc["paths"])}
    doc["tags"] = [{"name": tag} for tag in used_tags(doc["paths"])]
    prune_components(doc)
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("upstream", type=Path, help="Zendesk's published OpenAPI YAML")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--operations", type=Path, default=DEFAULT_OPERATIONS)
    args = parser.parse_args(argv)
    try:
        doc = bundle(load_yaml(args.upstream), read_operations(args.operations))
    except BundleError as exc:
        print(f"bundle: {exc}", file=sys.stderr)
        return 1
    args.output.write_text(dump_yaml(doc), encoding="utf-8")
    ops = sum(1 for item in doc["paths"].values() for m in HTTP_METHODS if m in item)
    print(
        f"bundle: wrote {args.output} ({ops} operations, "
        f"{len(doc['components'].get('schemas', {}))} schemas, {len(PATCHES)} patches)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
