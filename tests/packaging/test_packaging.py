"""Packaging: the library imports lean, the extras hold what needs them, the CLI names a missing
extra, the exit-code table is one table."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from zendesk_async import cli
from zendesk_async.cli._errors import EXIT_CODES, EXIT_CODES_HELP, EXIT_CONFIG

ROOT = Path(__file__).resolve().parents[2]
SERVER_OR_TERMINAL = ("uvicorn", "starlette", "rich", "click", "pygments", "pytest", "redis")


# Runs in a clean interpreter. Blocks the server/terminal libraries as if they were not
# installed (httpx itself tries rich and click for its own CLI, in a try/except), records who
# tried to import them, then uses the library.
LEAN_IMPORT = """
import json, sys

BLOCKED = set(sys.argv[1].split(","))
tried = []


class Block:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] not in BLOCKED:
            return None
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename.startswith("<frozen"):
            frame = frame.f_back
        tried.append([name, frame.f_globals.get("__name__") if frame else None])
        raise ModuleNotFoundError(name)


sys.meta_path.insert(0, Block())
import zendesk_async
from zendesk_async import ApiTokenAuth, Zendesk

Zendesk(subdomain="acme", auth=ApiTokenAuth("a@example.com", "t"))
print(json.dumps({"tried": tried, "loaded": sorted(sys.modules)}))
"""


def test_importing_the_library_loads_no_server_or_terminal_library() -> None:
    done = subprocess.run(
        [sys.executable, "-I", "-c", LEAN_IMPORT, ",".join(SERVER_OR_TERMINAL)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr  # works without them
    report = json.loads(done.stdout)
    importers = {who for _, who in report["tried"]}
    assert not any(str(who).startswith("zendesk_async") for who in importers), report["tried"]
    loaded = report["loaded"]
    assert not [m for m in loaded if m.partition(".")[0] in SERVER_OR_TERMINAL]
    assert not [m for m in loaded if m.startswith(("zendesk_async.testing", "zendesk_async.cli"))]


def test_core_dependencies_are_the_client_only_and_extras_hold_the_rest() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    core = {re.split(r"[<>=\[ ;]", d)[0] for d in project["dependencies"]}
    assert {"httpx", "anyio", "attrs", "python-dateutil"} <= core
    assert core.isdisjoint({"rich", "uvicorn", "starlette"})
    extras = project["optional-dependencies"]
    assert any(d.startswith("rich") for d in extras["cli"])
    assert any(d.startswith("uvicorn") for d in extras["testing"])
    assert any(d.startswith("h2") for d in extras["http2"])
    assert any(d.startswith("redis") for d in extras["redis"])
    assert core.isdisjoint({"redis", "h2"})
    self_extras = [d for d in extras["test"] if d.startswith("zendesk-async[")]
    wanted = {"cli", "testing", "redis"}  # CI (dev -> test) gets everything
    assert wanted <= set(self_extras[0].partition("[")[2].rstrip("]").split(","))
    assert "zendesk-async[test]" in extras["dev"]


@pytest.mark.parametrize(
    ("module", "argv", "extra"),
    [("rich", ["get", "tickets", "1"], "cli"), ("uvicorn", ["demo"], "testing")],
)
def test_a_missing_extra_is_one_line_naming_it(
    module: str,
    argv: list[str],
    extra: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # import fails as if not installed
    assert cli.main(argv) == EXIT_CONFIG
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert f"pip install 'zendesk-async[{extra}]'" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["--version"])
    assert exc.value.code == 0
    assert re.fullmatch(r"zendesk-async \d+\.\d+\.\d+\S*\n", capsys.readouterr().out)


def test_exit_code_table_is_the_same_in_code_help_and_readme(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert EXIT_CODES_HELP in capsys.readouterr().out
    for name in ("export", "get", "demo"):
        with pytest.raises(SystemExit):
            cli.main([name, "--help"])
        assert EXIT_CODES_HELP in capsys.readouterr().out, name
    readme = (ROOT / "README.md").read_text()
    table = readme[readme.index("| exit code | meaning |") :].split("\n\n")[0]
    rows = re.findall(r"^\| (\d+) \| (.+?) \|$", table, flags=re.M)
    assert [(int(c), t) for c, t in rows] == list(EXIT_CODES)
    codes = {
        v for k, v in vars(cli._errors).items() if k.startswith("EXIT_") and isinstance(v, int)
    }
    assert codes == {c for c, _ in EXIT_CODES}


def test_gitignore_covers_what_the_demo_writes() -> None:
    from zendesk_async.cli import demo

    ignored = (ROOT / ".gitignore").read_text().split()
    default_out = demo.DEFAULT_OUT.parts[0]
    assert f"/{default_out}/" in ignored
