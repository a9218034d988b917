"""Shared fixtures: every async test runs on asyncio and on trio; hypothesis profiles.

Hypothesis profiles (choose with ``HYPOTHESIS_PROFILE``; see tests/README.md):
- ``ci`` (the default): derandomized -- the examples are a function of the test, so a failure
  in CI reproduces on any machine with the same command; no example database.
- ``deep``: random, 20x the examples, the local example database on: a longer hunt before a
  release or after touching parsing (``HYPOTHESIS_PROFILE=deep .venv/bin/pytest -k fuzz``).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,  # two shared cores: wall time per example means nothing
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}
settings.register_profile(
    "ci", derandomize=True, database=None, max_examples=60, print_blob=True, **_COMMON
)
settings.register_profile("deep", derandomize=False, max_examples=1200, **_COMMON)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)
