"""Shared fixtures for the spec/codegen tests: paths, the bundled spec, the upstream spec."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_DIR = REPO_ROOT / "spec"
BUNDLED = SPEC_DIR / "zendesk.yaml"
SHARED_REFERENCE = REPO_ROOT.parent / "shared" / "reference"
UPSTREAM = SHARED_REFERENCE / "zendesk-oas.yaml"
OPERATIONS = SHARED_REFERENCE / "operations.tsv"

if str(SPEC_DIR) not in sys.path:
    sys.path.insert(0, str(SPEC_DIR))


def need_reference(path: Path) -> None:
    """Skip (with the reason) when the shared reference files are not checked out beside us."""
    if not path.is_file():
        pytest.skip(f"{path} not present (needs the shared reference files next to the repo)")


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The committed bundled spec."""
    with BUNDLED.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


@pytest.fixture(scope="session")
def upstream() -> dict[str, Any]:
    """Zendesk's full spec as the bundler loads it (skips if absent)."""
    need_reference(UPSTREAM)
    import bundle

    return bundle.load_yaml(UPSTREAM)


@pytest.fixture(scope="session")
def wanted() -> list[tuple[str, str, str]]:
    """Rows of operations.tsv as (method, path, family) (skips if absent)."""
    need_reference(OPERATIONS)
    import bundle

    return bundle.read_operations(OPERATIONS)
