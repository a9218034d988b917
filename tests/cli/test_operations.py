"""The command under real operations, in-process against the fake: rerun with --resume, failed
starts, waits on the progress line, bad subdomains and DNS, 404 hints, help text, wording."""

from __future__ import annotations

import argparse
import io
import socket
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from zendesk_async import cli
from zendesk_async.cli import _config, _parser
from zendesk_async.cli._errors import missing_resource
from zendesk_async.cli._progress import Progress
from zendesk_async.exportfile import checkpoint_path_for
from zendesk_async.testing import FakeZendesk, Fault

from .conftest import Run, VirtualTime, read_jsonl

EXPORT_PATH = "/api/v2/incremental/tickets/cursor"


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


class Recording(httpx.AsyncBaseTransport):
    """The fake, counting what was sent."""

    def __init__(self, fake: FakeZendesk) -> None:
        self.inner = httpx.ASGITransport(app=fake)
        self.sent: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request.url.path)
        return await self.inner.handle_async_request(request)


def last_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


# -- rerun with --resume ---------------------------------------------------------------------------
def test_the_same_command_line_plus_resume_continues(
    run: Run, fake: FakeZendesk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    since = str(fake.account.seed.timestamp(100))
    ref, out = tmp_path / "ref.jsonl", tmp_path / "out.jsonl"
    argv = ["export", "tickets", "--since", since, "--page-size", "20"]
    assert run(*argv, "--out", ref) == 0
    assert run(*argv, "--out", out, "--limit", "40") == 0
    capsys.readouterr()
    assert run(*argv, "--out", out, "--resume") == 0  # --since given again, matching
    assert "(resumed: 110 this run)" in capsys.readouterr().err
    assert out.read_bytes() == ref.read_bytes()
    assert len(read_jsonl(out)) == 150


def test_a_contradicting_option_names_itself_and_both_values(
    run: Run, fake: FakeZendesk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = fake.account.seed
    out = tmp_path / "out.jsonl"
    first, other = seed.timestamp(100), seed.timestamp(10)
    assert run("export", "tickets", "--since", str(first), "--out", out, "--limit", "1") == 0
    before = out.read_bytes(), checkpoint_path_for(out).read_bytes()
    capsys.readouterr()
    assert run("export", "tickets", "--since", str(other), "--out", out, "--resume") == 2
    line = last_line(capsys.readouterr().err)
    assert "--since" in line and str(other) in line and str(first) in line
    assert "contradicts the checkpoint" in line
    # another account is a contradiction too, and nothing was touched
    assert run("--base-url", "http://127.0.0.2:9", "export", "tickets", "--out", out, "--resume")
    line = last_line(capsys.readouterr().err)
    assert "the account http://127.0.0.2:9 contradicts" in line and "127.0.0.1:8080" in line
    assert (out.read_bytes(), checkpoint_path_for(out).read_bytes()) == before
    # left out: taken from the checkpoint
    assert run("export", "tickets", "--out", out, "--resume") == 0
    assert read_jsonl(out)[0]["id"] == seed.first_id + 100


def test_a_command_line_with_force_plus_resume_continues(run: Run, tmp_path: Path) -> None:
    ref, out = tmp_path / "ref.jsonl", tmp_path / "out.jsonl"
    assert run("export", "tickets", "--out", ref, "--page-size", "50") == 0
    argv = ["export", "tickets", "--out", out, "--page-size", "50", "--force"]
    assert run(*argv, "--limit", "60") == 0
    assert run(*argv, "--resume") == 0  # --force does not start it over
    assert out.read_bytes() == ref.read_bytes()


# -- a failed start leaves no file -----------------------------------------------------------------
def _refused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("failure", ["401", "refused", "dns"])
@pytest.mark.parametrize("existing", [False, True], ids=["fresh", "force-over-old"])
def test_a_failed_start_leaves_no_empty_file(
    run: Run,
    vt: VirtualTime,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failure: str,
    existing: bool,
) -> None:
    out = tmp_path / "t.jsonl"
    if existing:
        assert run("export", "tickets", "--out", out, "--limit", "1") == 0
    before = (out.read_bytes(), checkpoint_path_for(out).read_bytes()) if existing else None
    argv = ["export", "tickets", "--out", str(out), "--force"]
    options: dict[str, Any] = {"sleep": vt.sleep, "clock": vt.clock}
    if failure == "401":
        monkeypatch.setenv("ZENDESK_API_TOKEN", "wrong")
        assert run(*argv) == 4
    elif failure == "refused":
        argv = ["--base-url", f"http://127.0.0.1:{_refused_port()}", *argv]
        assert cli.main(argv, client_options=options) == 8
    else:

        async def no_such_host(*args: Any, **kwargs: Any) -> Any:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

        monkeypatch.setattr(_config, "resolve", no_such_host)
        argv = ["--subdomain", "no-such-account", *argv]
        assert cli.main(argv, client_options=options) == 8
    if existing:
        assert (out.read_bytes(), checkpoint_path_for(out).read_bytes()) == before
    else:
        assert not out.exists() and not checkpoint_path_for(out).exists()


def test_out_naming_a_directory_is_a_clear_error(
    run: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for extra in ([], ["--force"]):
        assert run("export", "tickets", "--out", tmp_path, *extra) == 2
        line = last_line(capsys.readouterr().err)
        assert f"--out {tmp_path} is a directory" in line and "tickets.jsonl" in line


# -- waits and rate on the progress line -----------------------------------------------------------
def test_progress_says_what_it_waits_for_and_how_long(
    run: Run,
    fake: FakeZendesk,
    vt: VirtualTime,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tty = Tty()
    monkeypatch.setattr("sys.stderr", tty)
    argv = ["--export-rpm", "1", "export", "tickets", "--page-size", "100"]
    options = {"transport": httpx.ASGITransport(app=fake), "sleep": vt.sleep, "clock": vt.clock}
    assert cli.main([*argv, "--out", str(tmp_path / "a.jsonl")], client_options=options) == 0
    assert "waiting 60 s: export budget 1/min" in tty.getvalue()

    tty = Tty()
    monkeypatch.setattr("sys.stderr", tty)
    fake.faults.add(Fault.status(429, retry_after=42), path=EXPORT_PATH, times=1)
    assert run("export", "tickets", "--out", tmp_path / "b.jsonl") == 0
    assert "waiting 42 s: 429 rate limit" in tty.getvalue()

    tty = Tty()
    monkeypatch.setattr("sys.stderr", tty)
    fake.faults.add(Fault.status(500), path=EXPORT_PATH, times=1)
    assert run("export", "tickets", "--out", tmp_path / "c.jsonl") == 0
    assert "s: retry after an error" in tty.getvalue()


def test_rate_counts_this_runs_records_only() -> None:
    bar = Progress("x", enabled=False, start_records=1_000_000)
    bar.started = time.monotonic() - 10
    bar.advance(50)
    assert 4.0 < bar.rate <= 5.0  # 50 records in ~10 s, not a million


# -- subdomain, DNS, retries at the default verbosity ----------------------------------------------
@pytest.mark.parametrize(
    ("subdomain", "hint"),
    [
        ("acme.zendesk.com", "give only the account name, e.g. 'acme'"),
        ("-acme", "letters, digits and inner hyphens"),
        ("ac_me", "letters, digits and inner hyphens"),
        ("a" * 64, "letters, digits and inner hyphens"),
        ("acmé", "letters, digits and inner hyphens"),
    ],
)
def test_a_bad_subdomain_is_refused_before_any_request(
    run: Run,
    fake: FakeZendesk,
    monkeypatch: pytest.MonkeyPatch,
    subdomain: str,
    hint: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("ZENDESK_BASE_URL")
    sent = Recording(fake)
    assert run(f"--subdomain={subdomain}", "get", "tickets", "1", transport=sent) == 2
    line = last_line(capsys.readouterr().err)
    assert "not a Zendesk subdomain" in line and hint in line
    assert sent.sent == []


def test_a_dns_failure_is_one_line_without_retries(
    env: None, vt: VirtualTime, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[str] = []

    async def no_such_host(host: str, *args: Any, **kwargs: Any) -> Any:
        calls.append(host)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(_config, "resolve", no_such_host)
    monkeypatch.delenv("ZENDESK_BASE_URL")
    options: dict[str, Any] = {"sleep": vt.sleep, "clock": vt.clock}
    assert cli.main(["--subdomain", "acme", "get", "tickets", "1"], client_options=options) == 8
    line = last_line(capsys.readouterr().err)
    assert "cannot resolve acme.zendesk.com: Name or service not known" in line
    assert calls == ["acme.zendesk.com"] and vt.slept == []


def test_retries_are_silent_at_the_default_verbosity(
    run: Run, fake: FakeZendesk, capsys: pytest.CaptureFixture[str]
) -> None:
    first = fake.account.seed.first_id
    fake.faults.add(Fault.status(503), path=f"/api/v2/tickets/{first}", times=2)
    assert run("get", "tickets", str(first)) == 0
    assert capsys.readouterr().err == ""


# -- 404 names the resource ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/api/v2/tickets/1.json", "ticket 1"),
        ("/api/v2/tickets/1", "ticket 1"),
        ("/api/v2/tickets/7/comments.json", "ticket 7"),
        (
            "/api/v2/routing/attributes/01HZX2Y3Q4R5S6T7V8W9XAYBZC",
            "attribute 01HZX2Y3Q4R5S6T7V8W9XAYBZC",
        ),
        (
            "/api/v2/job_statuses/8b726e606741012ffc2d782bcb7848fe",
            "job status 8b726e606741012ffc2d782bcb7848fe",
        ),
        ("/api/v2/incremental/tickets/cursor.json", None),
        ("/api/v2/tickets.json", None),
    ],
)
def test_missing_resource_names(path: str, name: str | None) -> None:
    assert missing_resource(path) == name


def test_404_names_the_resource_in_every_command(
    run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("get", "tickets", "1", "2") == 5
    assert "zendesk-async: tickets 1, 2 not found" in capsys.readouterr().err
    assert run("tickets", "update", "1", "--status", "solved") == 5
    assert "ticket 1 not found (404)" in last_line(capsys.readouterr().err)
    assert run("skips", "record", "--ticket", "1", "--reason", "x") == 5
    assert "ticket 1 not found" in last_line(capsys.readouterr().err)


# -- wording and help ------------------------------------------------------------------------------
def test_skips_export_writes_no_checkpoint_and_one_page_is_singular(
    run: Run, fake: FakeZendesk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "skips.jsonl"
    assert run("export", "skips", "--out", out, "--page-size", "100") == 0
    assert read_jsonl(out) and not checkpoint_path_for(out).exists()
    assert ": 1 page in" in capsys.readouterr().err
    assert run("export", "skips", "--out", out) == 2  # exists: no checkpoint, so no --resume hint
    line = last_line(capsys.readouterr().err)
    assert "start over with --force" in line and "--resume" not in line


def _actions(parser: argparse.ArgumentParser, name: str) -> list[tuple[str, argparse.Action]]:
    found: list[tuple[str, argparse.Action]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub in action.choices.items():
                found += _actions(sub, f"{name} {sub_name}")
        elif not isinstance(action, argparse._HelpAction | argparse._VersionAction):
            found.append((name, action))
    return found


def test_every_option_and_argument_has_help_text() -> None:
    missing = [
        f"{where}: {action.dest}"
        for where, action in _actions(_parser.build_parser(), "zendesk-async")
        if not action.help
    ]
    assert missing == []
