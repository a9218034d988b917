"""OAuth refresh tokens and client credentials: `Zendesk.from_env`, and the command's token file
that keeps the rotated refresh token (atomically, 0600) on every refresh."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from zendesk_async import ApiTokenAuth, OAuthAuth, OAuthClientCredentials, OAuthTokens, Zendesk
from zendesk_async.cli._tokenfile import write_refresh_token
from zendesk_async.errors import ConfigurationError
from zendesk_async.testing import FakeZendesk

from .conftest import BASE, Run

REFRESH = {
    "ZENDESK_BASE_URL": BASE,
    "ZENDESK_OAUTH_REFRESH_TOKEN": "fake-refresh-token",
    "ZENDESK_OAUTH_CLIENT_ID": "fake-client",
    "ZENDESK_OAUTH_CLIENT_SECRET": "fake-secret",
}


# -- Zendesk.from_env ------------------------------------------------------------------------------
def test_from_env_prefers_the_refresh_token_then_client_credentials() -> None:
    seen: list[OAuthTokens] = []
    zd = Zendesk.from_env({**REFRESH, "ZENDESK_API_TOKEN": "x"}, on_refresh=seen.append)
    assert isinstance(zd.auth, OAuthAuth) and zd.auth._can_renew()
    assert zd.auth.client_id == "fake-client" and zd.auth._on_refresh is not None
    env = {k: v for k, v in REFRESH.items() if k != "ZENDESK_OAUTH_REFRESH_TOKEN"}
    assert isinstance(Zendesk.from_env(env).auth, OAuthClientCredentials)
    static = {"ZENDESK_BASE_URL": BASE, "ZENDESK_OAUTH_TOKEN": "t", "ZENDESK_EMAIL": "e"}
    assert not Zendesk.from_env(static).auth._can_renew()  # type: ignore[attr-defined]
    basic = {"ZENDESK_BASE_URL": BASE, "ZENDESK_EMAIL": "e@x", "ZENDESK_API_TOKEN": "t"}
    assert isinstance(Zendesk.from_env(basic).auth, ApiTokenAuth)


def test_from_env_names_the_missing_half_of_client_credentials() -> None:
    with pytest.raises(ConfigurationError, match="ZENDESK_OAUTH_CLIENT_SECRET") as info:
        Zendesk.from_env({"ZENDESK_SUBDOMAIN": "acme", "ZENDESK_OAUTH_CLIENT_ID": "S3CRET-ID"})
    assert "S3CRET" not in str(info.value)
    with pytest.raises(ConfigurationError, match="ZENDESK_OAUTH_REFRESH_TOKEN"):
        Zendesk.from_env({"ZENDESK_SUBDOMAIN": "acme"})


@pytest.mark.anyio
async def test_from_env_refresh_token_works_against_the_fake(fake: FakeZendesk) -> None:
    import httpx

    seen: list[OAuthTokens] = []
    zd = Zendesk.from_env(REFRESH, on_refresh=seen.append, transport=httpx.ASGITransport(app=fake))
    async with zd:
        ticket = await zd.tickets.get(fake.account.seed.first_id)
    assert ticket.id == fake.account.seed.first_id
    assert [t.refresh_token for t in seen] != ["fake-refresh-token"] and len(seen) == 1


# -- the token file --------------------------------------------------------------------------------
def _use_oauth(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ZENDESK_API_TOKEN")
    for key, value in REFRESH.items():
        monkeypatch.setenv(key, value)


def test_token_file_keeps_the_rotated_refresh_token(
    run: Run, fake: FakeZendesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use_oauth(monkeypatch)
    token_file = tmp_path / "state" / "token.json"
    first = str(fake.account.seed.first_id)
    assert run("--token-file", token_file, "get", "tickets", first) == 0
    stored = json.loads(token_file.read_text())["refresh_token"]
    assert stored.startswith("fake-refresh-") and stored != "fake-refresh-token"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert [p.name for p in token_file.parent.iterdir()] == ["token.json"]  # no temp file left
    # the environment's token is spent now: the next run must use the file's
    assert run("--token-file", token_file, "get", "tickets", first) == 0
    assert json.loads(token_file.read_text())["refresh_token"] not in (stored, "fake-refresh-token")
    # ... and without the file it is locked out, which is why the file exists
    monkeypatch.setenv("ZENDESK_TOKEN_FILE", str(tmp_path / "other.json"))
    assert run("get", "tickets", first) == 4


def test_a_refresh_token_without_a_token_file_is_refused(
    run: Run, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _use_oauth(monkeypatch)
    assert run("get", "tickets", "1") == 3
    assert "--token-file" in capsys.readouterr().err


def test_client_credentials_from_the_environment(
    run: Run, fake: FakeZendesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use_oauth(monkeypatch)
    monkeypatch.delenv("ZENDESK_OAUTH_REFRESH_TOKEN")
    assert run("get", "tickets", str(fake.account.seed.first_id)) == 0


def test_config_file_credentials(
    run: Run, fake: FakeZendesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ZENDESK_API_TOKEN")
    monkeypatch.delenv("ZENDESK_EMAIL")
    token_file = tmp_path / "token.json"
    config = tmp_path / "z.toml"
    config.write_text(
        '[zendesk]\nrefresh_token = "fake-refresh-token"\nclient_id = "fake-client"\n'
        f'client_secret = "fake-secret"\ntoken_file = "{token_file}"\n'
    )
    assert run("--config", config, "get", "tickets", str(fake.account.seed.first_id)) == 0
    assert token_file.exists()


def test_a_token_file_others_can_read_is_refused(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _use_oauth(monkeypatch)
    token_file = tmp_path / "token.json"
    token_file.write_text('{"refresh_token": "x"}')
    token_file.chmod(0o644)
    assert run("--token-file", token_file, "get", "tickets", "1") == 3
    assert f"chmod 600 {token_file}" in capsys.readouterr().err


def test_write_is_atomic_and_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    old = os.umask(0)
    try:
        for n in range(3):  # every refresh replaces the file
            write_refresh_token(path, OAuthTokens("a", f"r{n}", None))
            assert json.loads(path.read_text()) == {"refresh_token": f"r{n}"}
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        os.umask(old)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["token.json"]
