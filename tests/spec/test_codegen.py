"""(c) the generator reports no warning and skips nothing; (g) codegen.sh --check passes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import REPO_ROOT, SPEC_DIR

CONFIG = SPEC_DIR / "openapi-python-client.yaml"


def _env() -> dict[str, str]:
    """PATH with the interpreter's bin first, so the generator's post hooks find pinned ruff."""
    return {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}


def test_generator_reports_no_warning_and_generates_every_operation(tmp_path: Path) -> None:
    out = tmp_path / "zendesk_generated"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(SPEC_DIR / "zendesk.yaml"),
            "--config",
            str(CONFIG),
            "--custom-template-path",
            str(SPEC_DIR / "templates"),
            "--meta",
            "none",
            "--output-path",
            str(out),
            "--overwrite",
            "--fail-on-warning",
        ],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=tmp_path,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    for marker in ("Warning", "Skipping", "Unable to", "not in PATH"):
        assert marker not in output
    modules = [p for p in (out / "api").rglob("*.py") if p.name != "__init__.py"]
    assert len(modules) == 69


def test_codegen_check_passes() -> None:
    result = subprocess.run(
        ["bash", str(REPO_ROOT / "codegen.sh"), "--check"],
        capture_output=True,
        text=True,
        env={**_env(), "PYTHON": sys.executable},
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "matches" in result.stdout
