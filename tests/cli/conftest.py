"""Fixtures for the CLI tests: a fake Zendesk in-process, the environment pointing at it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio.lowlevel
import httpx
import pytest

from zendesk_async import cli
from zendesk_async.cli import _args
from zendesk_async.testing import FakeZendesk

BASE = "http://127.0.0.1:8080"  # never contacted in-process: requests go to the ASGI app
EMAIL, TOKEN = "agent@example.com", "fake-api-token"
SECRET = "s3cr3t-T0KEN-do-not-print"


class VirtualTime:
    """A clock that only moves when something sleeps: retries and budgets without waiting."""

    def __init__(self) -> None:
        self.now = 1_000_000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += max(seconds, 0.0)
        await anyio.lowlevel.checkpoint()


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No credentials or config file from the machine running the tests."""
    for key in (
        "ZENDESK_SUBDOMAIN",
        "ZENDESK_BASE_URL",
        "ZENDESK_EMAIL",
        "ZENDESK_API_TOKEN",
        "ZENDESK_OAUTH_TOKEN",
    ):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setattr(_args, "DEFAULT_CONFIG", tmp_path / "no-config.toml")


@pytest.fixture
def fake() -> FakeZendesk:
    return FakeZendesk(tickets=250, seed=7, job_polls=0)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZENDESK_BASE_URL", BASE)
    monkeypatch.setenv("ZENDESK_EMAIL", EMAIL)
    monkeypatch.setenv("ZENDESK_API_TOKEN", TOKEN)


@pytest.fixture
def vt() -> VirtualTime:
    return VirtualTime()


Run = Callable[..., int]


@pytest.fixture
def run(fake: FakeZendesk, env: None, vt: VirtualTime) -> Run:
    """`run("export", "tickets", ...)`: cli.main in-process against `fake`, no real sleeping."""

    def go(*argv: str | Path, transport: httpx.AsyncBaseTransport | None = None) -> int:
        options: dict[str, Any] = {
            "transport": transport or httpx.ASGITransport(app=fake),
            "incremental_rpm": 100_000,
            "sleep": vt.sleep,
            "clock": vt.clock,
        }
        return cli.main([str(a) for a in argv], client_options=options)

    return go


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def seeded_tickets(fake: FakeZendesk) -> list[dict[str, Any]]:
    seed = fake.account.seed
    return [seed.ticket(i) for i in range(seed.count)]
