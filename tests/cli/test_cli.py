"""The zendesk-async command, in-process against the fake: exports, resume, errors, exit codes."""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from zendesk_async import ApiTokenAuth, Zendesk, cli
from zendesk_async.cli import _args, _config, _parser
from zendesk_async.exportfile import checkpoint_path_for
from zendesk_async.testing import FakeZendesk, Fault

from .conftest import BASE, SECRET, TOKEN, Run, VirtualTime, read_jsonl, seeded_tickets

EXPORT_PATH = "/api/v2/incremental/tickets/cursor"


def one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("zendesk-async: error: "), err
    return lines[0]


# -- exports -------------------------------------------------------------------------------------
@pytest.mark.parametrize("what", ["tickets", "tickets-by-time"])
def test_export_writes_exactly_the_seeded_tickets(
    run: Run, fake: FakeZendesk, tmp_path: Path, what: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "t.jsonl"
    assert run("export", what, "--out", out, "--page-size", "40") == 0
    assert read_jsonl(out) == seeded_tickets(fake)  # every record, in order, once, unchanged
    state = json.loads(checkpoint_path_for(out).read_text())
    assert state["records"] == 250 and state["pages"] == 7
    err = capsys.readouterr().err
    assert f"exported 250 {what} to {out}" in err and "7 pages" in err


def test_export_skips_and_routing(run: Run, fake: FakeZendesk, tmp_path: Path) -> None:
    out = tmp_path / "skips.jsonl"
    assert run("export", "skips", "--out", out, "--page-size", "7") == 0
    mine = [s for s in fake.account.skips if s["user_id"] == fake.account.skips[0]["user_id"]]
    assert len(mine) > 7  # more than one page
    assert [r["id"] for r in read_jsonl(out)] == [s["id"] for s in mine]  # the agent's own skips
    routing = tmp_path / "attrs.jsonl"
    assert run("export", "routing-attributes", "--out", routing) == 0
    got = {r["id"] for r in read_jsonl(routing)}
    assert got and got == set(fake.account.attributes)


class InterruptAfter(httpx.AsyncBaseTransport):
    """Serves the fake, then raises KeyboardInterrupt (what Ctrl-C does) on export request k+1."""

    def __init__(self, fake: FakeZendesk, pages: int) -> None:
        self.inner = httpx.ASGITransport(app=fake)
        self.pages = pages
        self.sent = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/api/v2/incremental"):
            self.sent += 1
            if self.sent > self.pages:
                raise KeyboardInterrupt
        return await self.inner.handle_async_request(request)


@pytest.mark.parametrize("what", ["tickets", "tickets-by-time"])
@pytest.mark.parametrize("pages", [0, 1, 3, 6])
def test_interrupted_export_resumes_to_an_identical_file(
    run: Run,
    fake: FakeZendesk,
    tmp_path: Path,
    what: str,
    pages: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ref = tmp_path / "ref.jsonl"
    assert run("export", what, "--out", ref, "--page-size", "40") == 0
    out = tmp_path / "out.jsonl"
    transport = InterruptAfter(fake, pages)
    assert run("export", what, "--out", out, "--page-size", "40", transport=transport) == 130
    assert "--resume" in capsys.readouterr().err
    if pages == 0:  # nothing was written: there is nothing to resume
        assert run("export", what, "--out", out, "--resume") == 2
        assert "no checkpoint" in capsys.readouterr().err
        assert run("export", what, "--out", out, "--page-size", "40", "--force") == 0
    else:
        partial = out.read_bytes()  # k whole pages, a prefix of the full export
        assert ref.read_bytes().startswith(partial)
        assert 0 < len(read_jsonl(out)) <= 40 * pages
        # without --resume or --force the partial file is not overwritten
        assert run("export", what, "--out", out) == 2
        assert "--resume" in capsys.readouterr().err
        assert run("export", what, "--out", out, "--page-size", "40", "--resume") == 0
    assert out.read_bytes() == ref.read_bytes()


def test_limit_then_resume_is_identical(run: Run, tmp_path: Path) -> None:
    ref, out = tmp_path / "ref.jsonl", tmp_path / "out.jsonl"
    assert run("export", "tickets", "--out", ref, "--page-size", "50", "-q") == 0
    assert run("export", "tickets", "--out", out, "--page-size", "50", "--limit", "60") == 0
    assert len(read_jsonl(out)) == 100  # stops after the page that reaches the limit
    assert run("export", "tickets", "--out", out, "--page-size", "50", "--resume") == 0
    assert out.read_bytes() == ref.read_bytes()


def test_since_exports_only_later_tickets(run: Run, fake: FakeZendesk, tmp_path: Path) -> None:
    seed = fake.account.seed
    out = tmp_path / "t.jsonl"
    assert run("export", "tickets", "--out", out, "--since", str(seed.timestamp(200))) == 0
    assert [r["id"] for r in read_jsonl(out)] == [seed.first_id + i for i in range(200, 250)]


# -- argument errors: exit 2 ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "skips", "--out", "X", "--resume"], "skips cannot --resume"),
        (["export", "skips", "--out", "X", "--since", "2020-01-01"], "--since does not apply"),
        (["export", "tickets", "--out", "X", "--page-size", "1001"], "at most 1000"),
        (["export", "skips", "--out", "X", "--page-size", "101"], "at most 100"),
        (["export", "routing-attributes", "--out", "X", "--page-size", "5"], "no --page-size"),
        (["tickets", "update", "5"], "nothing to update"),
    ],
)
def test_bad_combinations_exit_2(
    run: Run, tmp_path: Path, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [str(tmp_path / "x.jsonl") if a == "X" else a for a in argv]
    assert run(*argv) == 2
    assert message in one_error_line(capsys.readouterr().err)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "nonsense", "--out", "x"], "invalid choice"),
        (["export", "tickets"], "--out"),
        (["get", "tickets", "abc"], "not a whole number"),
        (["export", "tickets", "--out", "x", "--since", "yesterday"], "not a date"),
        (["export", "tickets", "--out", "x", "--since", "2999-01-01"], "in the future"),
        (["--concurrency", "0", "get", "tickets", "1"], "at least 1"),
    ],
)
def test_usage_errors_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_since_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    now = 1_700_000_000
    monkeypatch.setattr(_args, "clock", lambda: float(now))
    assert _args.since("1600000000") == 1_600_000_000
    assert _args.since("2020-09-13") == 1_599_955_200
    assert _args.since("2020-09-13T12:26:40Z") == 1_600_000_000
    assert _args.since("2020-09-13T14:26:40+02:00") == 1_600_000_000
    assert _args.since(str(now - 61)) == now - 61
    for recent in (str(now - 60), str(now), "2023-11-14T22:13:00Z"):
        with pytest.raises(Exception, match="too recent"):
            _args.since(recent)
    with pytest.raises(Exception, match="future"):
        _args.since(str(now + 5))


# -- Zendesk and network errors ------------------------------------------------------------------
def test_bad_credentials_exit_4_and_never_print_the_secret(
    run: Run,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("ZENDESK_API_TOKEN", SECRET)
    caplog.set_level("DEBUG")
    assert run("-vv", "export", "tickets", "--out", tmp_path / "t.jsonl") == 4
    captured = capsys.readouterr()
    line = one_error_line(captured.err)
    assert "authentication failed" in line
    for text in (captured.out, captured.err, caplog.text):
        assert SECRET not in text
    monkeypatch.setenv("ZENDESK_OAUTH_TOKEN", SECRET)
    assert run("get", "tickets", "1") == 4
    captured = capsys.readouterr()
    assert SECRET not in captured.out + captured.err + caplog.text


def test_no_secret_in_output_of_a_working_export(
    run: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    assert run("-vv", "export", "tickets", "--out", tmp_path / "t.jsonl") == 0
    captured = capsys.readouterr()
    assert TOKEN not in captured.out + captured.err + caplog.text


def test_connection_refused_exit_8(
    env: None, vt: VirtualTime, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    options: dict[str, Any] = {"sleep": vt.sleep, "clock": vt.clock}
    argv = ["--base-url", f"http://127.0.0.1:{port}", "get", "tickets", "1"]
    assert cli.main(argv, client_options=options) == 8
    line = one_error_line(capsys.readouterr().err)
    assert "cannot reach 127.0.0.1" in line
    assert vt.slept  # it retried first (on the virtual clock)


def test_unknown_host_exit_8(run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    def no_such_host(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)

    assert run("get", "tickets", "1", transport=httpx.MockTransport(no_such_host)) == 8
    assert "Name or service not known" in one_error_line(capsys.readouterr().err)


def test_rate_limit_exhausted_exit_6(
    run: Run, fake: FakeZendesk, tmp_path: Path, vt: VirtualTime, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.faults.add(Fault.status(429, retry_after=30), path=EXPORT_PATH)
    assert run("export", "tickets", "--out", tmp_path / "t.jsonl") == 6
    assert "rate limit" in one_error_line(capsys.readouterr().err)
    assert sum(vt.slept) >= 30  # it waited (virtually) before giving up


def test_not_found_exit_5(run: Run, fake: FakeZendesk, capsys: pytest.CaptureFixture[str]) -> None:
    first = fake.account.seed.first_id
    assert run("get", "tickets", str(first), "1") == 5
    captured = capsys.readouterr()
    assert json.loads(captured.out)["id"] == first
    assert "not found: ticket 1" in captured.err


def test_server_error_exit_7(
    run: Run, fake: FakeZendesk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.faults.add(Fault.status(500), path=EXPORT_PATH)
    assert run("export", "tickets", "--out", tmp_path / "t.jsonl") == 7
    assert "500" in one_error_line(capsys.readouterr().err)


def test_missing_configuration_exit_3(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["get", "tickets", "1"]) == 3
    assert "no Zendesk account" in one_error_line(capsys.readouterr().err)
    assert cli.main(["--subdomain", "acme", "get", "tickets", "1"]) == 3
    assert "no credentials" in one_error_line(capsys.readouterr().err)


# -- configuration ---------------------------------------------------------------------------------
def test_configuration_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "z.toml"
    config.write_text(
        '[zendesk]\nsubdomain = "fromfile"\nemail = "file@x.com"\napi_token = "file-token"\n'
    )
    args = _parser.build_parser().parse_args(["--config", str(config), "get", "tickets", "1"])
    assert _config.client_settings(args) == {
        "subdomain": "fromfile",
        "base_url": None,
        "email": "file@x.com",
        "api_token": "file-token",
        "oauth_token": None,
    }
    monkeypatch.setenv("ZENDESK_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("ZENDESK_OAUTH_TOKEN", "env-oauth")
    s = _config.client_settings(args)
    assert (s["subdomain"], s["base_url"], s["oauth_token"], s["api_token"]) == (
        None,
        "http://127.0.0.1:9",
        "env-oauth",
        None,
    )
    # flags win, and work after the command name too
    args = _parser.build_parser().parse_args(
        ["--config", str(config), "get", "tickets", "1", "--subdomain", "flag", "--email", "f@x"]
    )
    s = _config.client_settings(args)
    assert (s["subdomain"], s["base_url"], s["email"]) == ("flag", None, "f@x")
    assert cli.main(["--config", str(tmp_path / "missing.toml"), "get", "tickets", "1"]) == 3


# -- other commands ------------------------------------------------------------------------------
def test_get_many_lists_missing_ids(
    run: Run, fake: FakeZendesk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = fake.account.seed.first_id
    ids = tmp_path / "ids.txt"
    ids.write_text(f"# some ids\n{first}\n{first + 5}\n\n999\n")
    out = tmp_path / "got.jsonl"
    assert run("get-many", "tickets", "--ids-file", ids, "--out", out, "--concurrency", "3") == 5
    assert [r["id"] for r in read_jsonl(out)] == [first, first + 5]
    assert "not found (1): 999" in capsys.readouterr().err
    ids.write_text(f"{first}\n")
    assert run("get-many", "tickets", "--ids-file", ids) == 0
    assert json.loads(capsys.readouterr().out)["id"] == first
    ids.write_text("12x\n")
    assert run("get-many", "tickets", "--ids-file", ids) == 2


def test_writes(run: Run, fake: FakeZendesk, capsys: pytest.CaptureFixture[str]) -> None:
    first = fake.account.seed.first_id
    assert run("skips", "record", "--ticket", str(first), "--reason", "not my area") == 0
    skip = json.loads(capsys.readouterr().out)
    assert (skip["ticket_id"], skip["reason"]) == (first, "not my area")
    assert fake.account.skips[-1]["reason"] == "not my area"
    assert run("tickets", "create", "--subject", "Printer", "--body", "On fire") == 0
    created = json.loads(capsys.readouterr().out)
    assert created["subject"] == "Printer"
    argv = ["tickets", "update", str(created["id"]), "--status", "solved", "--comment", "done"]
    assert run(*argv) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "solved"


# -- progress ------------------------------------------------------------------------------------
def test_progress_only_on_a_terminal(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("export", "tickets", "--out", tmp_path / "a.jsonl", "--page-size", "50") == 0
    err = capsys.readouterr().err
    assert "records/s" in err  # the summary line
    assert "pages" in err and "rec/s" not in err  # ... but no progress bar

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Tty()
    monkeypatch.setattr("sys.stderr", tty)
    assert run("export", "tickets", "--out", tmp_path / "b.jsonl", "--page-size", "50") == 0
    assert "250 records" in tty.getvalue() and "rec/s" in tty.getvalue()  # the bar drew

    quiet = Tty()
    monkeypatch.setattr("sys.stderr", quiet)
    assert run("export", "tickets", "--out", tmp_path / "c.jsonl", "--quiet") == 0
    assert quiet.getvalue() == ""


# -- the library entry point --------------------------------------------------------------------
@pytest.mark.anyio
async def test_run_export_is_usable_from_code(fake: FakeZendesk, tmp_path: Path) -> None:
    async with Zendesk(
        base_url=BASE,
        auth=ApiTokenAuth("agent@example.com", TOKEN),
        transport=httpx.ASGITransport(app=fake),
        incremental_rpm=1000,
    ) as zd:
        total, pages, _ = await cli.run_export(zd, "tickets", tmp_path / "t.jsonl", page_size=100)
    assert (total, pages) == (250, 3)
    await anyio.lowlevel.checkpoint()
