"""The installed entry points, a real SIGINT on a loopback export, and the demo."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from zendesk_async import cli
from zendesk_async.cli import demo
from zendesk_async.cli._errors import EXIT_DATA
from zendesk_async.exportfile import checkpoint_path_for
from zendesk_async.testing import FakeZendesk, serve_in_thread

from ._gate import Gate
from .conftest import EMAIL, TOKEN, read_jsonl, seeded_tickets

SCRIPT = Path(sys.executable).with_name("zendesk-async")
EXPORT_PATH = "/api/v2/incremental/tickets/cursor"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZENDESK_")}
    env["HOME"] = extra.pop("HOME", env.get("HOME", "/nonexistent"))
    env.update(extra)
    return env


@pytest.mark.parametrize(
    "argv", [[sys.executable, "-m", "zendesk_async"], [str(SCRIPT)]], ids=["module", "script"]
)
def test_entry_points_show_help(argv: list[str]) -> None:
    if not Path(argv[0]).exists():
        pytest.skip("console script not installed")
    done = subprocess.run([*argv, "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    for word in ("export", "get-many", "skips", "demo", "exit codes"):
        assert word in done.stdout
    bad = subprocess.run([*argv, "export"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "usage:" in bad.stderr


def _ignore_sigint() -> None:  # what a shell does for a background job
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.parametrize(
    ("signals", "code", "word", "ignore_sigint"),
    [
        ([signal.SIGINT], 130, "interrupted", False),
        ([signal.SIGTERM], 143, "terminated", False),
        # started with SIGINT ignored: SIGINT stays ignored (exit 143, not 130), SIGTERM stops it
        ([signal.SIGINT, signal.SIGTERM], 143, "terminated", True),
    ],
    ids=["sigint", "sigterm", "sigint-ignored-then-sigterm"],
)
def test_signal_mid_export_then_resume_is_identical(
    tmp_path: Path, signals: list[signal.Signals], code: int, word: str, ignore_sigint: bool
) -> None:
    fake = FakeZendesk(tickets=300, seed=3, credentials={EMAIL: TOKEN})
    gate = Gate(fake, EXPORT_PATH)
    ref, out = tmp_path / "ref.jsonl", tmp_path / "out.jsonl"
    with serve_in_thread(gate) as base_url:
        argv = [sys.executable, "-m", "zendesk_async", "--base-url", base_url, "--export-rpm"]
        argv += ["100000", "-q", "export", "tickets", "--page-size", "20", "--out"]
        env = _env(ZENDESK_EMAIL=EMAIL, ZENDESK_API_TOKEN=TOKEN, HOME=str(tmp_path))
        assert subprocess.run([*argv, str(ref)], env=env, timeout=60).returncode == 0

        # request 4 arrives only after page 3 is written and checkpointed: hold it, signal
        with gate.holding(4):
            proc = subprocess.Popen(
                [*argv, str(out)],
                env=env,
                stderr=subprocess.PIPE,
                text=True,
                preexec_fn=_ignore_sigint if ignore_sigint else None,
            )
            gate.wait_held()
            for signum in signals:
                proc.send_signal(signum)
            _, err = proc.communicate(timeout=60)
        assert proc.returncode == code, err
        assert err.strip() == (
            f"zendesk-async: {word}: continue with the same command plus --resume"
            f" (checkpoint {out}.checkpoint)"
        )
        state = json.loads(checkpoint_path_for(out).read_text())
        assert (state["pages"], state["records"]) == (3, 60)  # the held page was dropped
        assert out.stat().st_size == state["bytes"]
        assert ref.read_bytes().startswith(out.read_bytes())

        done = subprocess.run([*argv, str(out), "--resume"], env=env, timeout=60)
        assert done.returncode == 0
    assert out.read_bytes() == ref.read_bytes()
    assert read_jsonl(out) == seeded_tickets(fake)


def test_sigint_mid_export_then_resume_is_identical(tmp_path: Path) -> None:
    """The test issue 11 found flaky, now driven by the server-side gate (see above)."""
    test_signal_mid_export_then_resume_is_identical(
        tmp_path, [signal.SIGINT], 130, "interrupted", False
    )


def test_demo_runs_and_checks_its_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "demo" / "tickets.jsonl"
    assert cli.main(["demo", "--tickets", "300", "--page-size", "100", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "with 300 seeded tickets" in text
    assert "exported   300 tickets in 3 pages" in text
    assert f"file       {out.resolve()}" in text
    assert "check      passed: all 300 seeded ticket ids, each exactly once" in text
    next_line = next(line for line in text.splitlines() if line.startswith("next"))
    assert next_line.index("ZENDESK_OAUTH_REFRESH_TOKEN") < next_line.index("ZENDESK_API_TOKEN")
    assert "--token-file" in next_line and "1 page," not in text
    assert len({r["id"] for r in read_jsonl(out)}) == 300


def test_demo_check_catches_a_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "t.jsonl"
    out.write_text('{"id": 1}\n{"id": 2}\n{"id": 1}\n')
    assert demo.demo_summary(out, 2, 3, 1, 0.1) == EXIT_DATA
    assert "FAILED: ticket 1 appears twice" in capsys.readouterr().out
    out.write_text('{"id": 1}\n')
    assert demo.demo_summary(out, 2, 1, 1, 0.1) == EXIT_DATA
    assert "expected 2 distinct ticket ids, found 1" in capsys.readouterr().out


def test_a_failed_start_leaves_no_file_from_the_installed_command(tmp_path: Path) -> None:
    """401 from the real command; refused and DNS failures run in-process on a virtual clock
    (test_operations.py), as their retries would wait in real time here."""
    fake = FakeZendesk(tickets=10, seed=3, credentials={EMAIL: TOKEN})
    out = tmp_path / "t.jsonl"
    with serve_in_thread(fake) as base_url:
        env = _env(ZENDESK_EMAIL=EMAIL, ZENDESK_API_TOKEN="wrong", HOME=str(tmp_path))
        argv = [sys.executable, "-m", "zendesk_async", "--base-url", base_url]
        done = subprocess.run(
            [*argv, "export", "tickets", "--out", str(out)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 4, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert not out.exists() and not checkpoint_path_for(out).exists()


def test_the_fake_server_prints_the_credentials_it_accepts(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "zendesk_async.testing", "--port", str(port), "--tickets", "5"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=_env(HOME=str(tmp_path)),
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(6)]  # printed before serving
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    text = "".join(lines)
    assert f"fake Zendesk on http://127.0.0.1:{port}" in text
    assert "ZENDESK_EMAIL=agent@example.com ZENDESK_API_TOKEN=fake-api-token" in text
    assert "ZENDESK_OAUTH_TOKEN=fake-oauth-token" in text
    assert "ZENDESK_OAUTH_REFRESH_TOKEN=fake-refresh-token" in text
    assert "ZENDESK_OAUTH_CLIENT_ID=fake-client ZENDESK_OAUTH_CLIENT_SECRET=fake-secret" in text
