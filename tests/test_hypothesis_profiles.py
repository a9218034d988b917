"""The hypothesis profiles of tests/conftest.py: CI's is derandomized, `deep` goes further."""

from __future__ import annotations

import os

from hypothesis import settings


def test_ci_profile_is_derandomized_and_deep_is_longer() -> None:
    ci, deep = settings.get_profile("ci"), settings.get_profile("deep")
    assert ci.derandomize and ci.database is None
    assert not deep.derandomize and deep.max_examples >= 10 * ci.max_examples


def test_the_selected_profile_is_loaded() -> None:
    selected = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
    assert settings.default.derandomize == selected.derandomize
    assert settings.default.max_examples == selected.max_examples
