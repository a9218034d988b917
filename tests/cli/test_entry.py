"""The installed entry points, a real SIGINT on a loopback export, and the demo."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from zendesk_async import cli
from zendesk_async.cli import demo
from zendesk_async.cli._errors import EXIT_DATA
from zendesk_async.exportfile import checkpoint_path_for
from zendesk_async.testing import FakeZendesk, Fault, serve_in_thread

from .conftest import EMAIL, TOKEN, read_jsonl, seeded_tickets

SCRIPT = Path(sys.executable).with_name("zendesk-async")


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


def test_sigint_mid_export_then_resume_is_identical(tmp_path: Path) -> None:
    fake = FakeZendesk(tickets=300, seed=3, credentials={EMAIL: TOKEN})
    ref, out = tmp_path / "ref.jsonl", tmp_path / "out.jsonl"
    with serve_in_thread(fake) as base_url:
        argv = [sys.executable, "-m", "zendesk_async", "--base-url", base_url, "--export-rpm"]
        argv += ["100000", "-q", "export", "tickets", "--page-size", "20", "--out"]
        env = _env(ZENDESK_EMAIL=EMAIL, ZENDESK_API_TOKEN=TOKEN, HOME=str(tmp_path))
        assert subprocess.run([*argv, str(ref)], env=env, timeout=60).returncode == 0

        # slow pages down so the interrupt lands mid-export, after a few checkpoints
        rule = fake.faults.add(Fault.latency(0.15), path="/api/v2/incremental/tickets/cursor")
        proc = subprocess.Popen(
            [*argv, str(out)], env=env, stderr=subprocess.PIPE, text=True, start_new_session=True
        )
        checkpoint = checkpoint_path_for(out)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if (
                checkpoint.exists()
                and json.loads(checkpoint.read_text() or "{}").get("pages", 0) >= 3
            ):
                break
            time.sleep(0.02)
        else:
            proc.kill()
            pytest.fail("the export wrote no checkpoint")
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 130, err
        assert "--resume" in err
        assert rule.hits >= 3
        state = json.loads(checkpoint.read_text())
        assert 0 < state["records"] < 300
        assert ref.read_bytes().startswith(out.read_bytes()[: state["bytes"]])

        fake.faults.clear()
        done = subprocess.run([*argv, str(out), "--resume"], env=env, timeout=60)
        assert done.returncode == 0
    assert out.read_bytes() == ref.read_bytes()
    assert read_jsonl(out) == seeded_tickets(fake)


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
    assert len({r["id"] for r in read_jsonl(out)}) == 300


def test_demo_check_catches_a_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "t.jsonl"
    out.write_text('{"id": 1}\n{"id": 2}\n{"id": 1}\n')
    assert demo.demo_summary(out, 2, 3, 1, 0.1) == EXIT_DATA
    assert "FAILED: ticket 1 appears twice" in capsys.readouterr().out
    out.write_text('{"id": 1}\n')
    assert demo.demo_summary(out, 2, 1, 1, 0.1) == EXIT_DATA
    assert "expected 2 distinct ticket ids, found 1" in capsys.readouterr().out
