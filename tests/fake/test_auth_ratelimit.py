"""Auth (Basic token, Bearer, OAuth refresh rotation) and the per-minute request budget."""

from __future__ import annotations

import httpx
import pytest

from zendesk_async.testing import FakeZendesk

from .conftest import Clock

pytestmark = pytest.mark.anyio


async def test_basic_token_and_bearer(fake: FakeZendesk) -> None:
    async with fake.client(auth=None) as http:
        r = await http.get("/api/v2/tickets/count")
        assert r.status_code == 401 and r.json() == {"error": "Couldn't authenticate you"}
        r = await http.get(
            "/api/v2/tickets/count", auth=httpx.BasicAuth("agent@example.com/token", "wrong")
        )
        assert r.status_code == 401
        r = await http.get(
            "/api/v2/tickets/count", headers={"Authorization": "Bearer fake-oauth-token"}
        )
        assert r.status_code == 200
        r = await http.get("/api/v2/tickets/count", headers={"Authorization": "Bearer nope"})
        assert r.status_code == 401
    async with fake.client() as http:
        assert (await http.get("/api/v2/tickets/count")).status_code == 200


async def test_auth_can_be_disabled() -> None:
    async with FakeZendesk(tickets=1, auth=False).client(auth=None) as http:
        assert (await http.get("/api/v2/tickets/count")).status_code == 200


async def test_oauth_refresh_rotates_and_tokens_expire(fake: FakeZendesk, clock: Clock) -> None:
    async with fake.client(auth=None) as http:
        creds = {"client_id": "fake-client", "client_secret": "fake-secret"}
        r = await http.post(
            "/oauth/tokens",
            json={"grant_type": "refresh_token", "refresh_token": "fake-refresh-token", **creds},
        )
        assert r.status_code == 200
        tok = r.json()
        assert tok["expires_in"] == 1800 and tok["refresh_token"] != "fake-refresh-token"
        bearer = {"Authorization": f"Bearer {tok['access_token']}"}
        assert (await http.get("/api/v2/tickets/count", headers=bearer)).status_code == 200
        # the old refresh token is spent
        again = await http.post(
            "/oauth/tokens",
            json={"grant_type": "refresh_token", "refresh_token": "fake-refresh-token", **creds},
        )
        assert again.status_code == 400 and again.json()["error"] == "invalid_grant"
        clock.t += 1801
        assert (await http.get("/api/v2/tickets/count", headers=bearer)).status_code == 401
        # form-encoded client_credentials, no refresh token
        r = await http.post("/oauth/tokens", data={"grant_type": "client_credentials", **creds})
        assert r.status_code == 200 and "refresh_token" not in r.json()
        r = await http.post(
            "/oauth/tokens",
            json={
                "grant_type": "client_credentials",
                "client_id": "fake-client",
                "client_secret": "bad",
            },
        )
        assert r.status_code == 401


async def test_budget_429_with_retry_after_and_reset(clock: Clock) -> None:
    clock.t = 1_700_000_080.0  # 20 s before the minute turns (1_700_000_040 % 60 == 0)
    fake = FakeZendesk(tickets=5, now=clock, rate_limit=3)
    async with fake.client() as http:
        seen = [await http.get("/api/v2/tickets/count") for _ in range(4)]
        assert [r.status_code for r in seen] == [200, 200, 200, 429]
        assert [r.headers["x-rate-limit-remaining"] for r in seen[:3]] == ["2", "1", "0"]
        assert seen[0].headers["ratelimit-limit"] == "3"
        assert seen[3].headers["retry-after"] == "20"
        assert seen[3].json()["error"] == "APIRateLimitExceeded"
        clock.t += 20
        assert (await http.get("/api/v2/tickets/count")).status_code == 200


async def test_incremental_budget_is_separate(clock: Clock) -> None:
    fake = FakeZendesk(tickets=5, now=clock, incremental_rate_limit=1)
    async with fake.client() as http:
        params = {"start_time": 0}
        assert (await http.get("/api/v2/incremental/tickets", params=params)).status_code == 200
        r = await http.get("/api/v2/incremental/tickets", params=params)
        assert r.status_code == 429
        assert (await http.get("/api/v2/tickets/count")).status_code == 200


async def test_every_response_has_a_request_id(http: httpx.AsyncClient) -> None:
    a = await http.get("/api/v2/tickets/count")
    b = await http.get("/api/v2/nope")
    assert a.headers["x-zendesk-request-id"] != b.headers["x-zendesk-request-id"]


async def test_extra_credentials() -> None:
    fake = FakeZendesk(tickets=1, credentials={"demo@example.com": "demo-token"})
    async with fake.client(auth=httpx.BasicAuth("demo@example.com/token", "demo-token")) as h:
        assert (await h.get("/api/v2/tickets/count")).status_code == 200
    async with fake.client() as http:  # the default pair still works
        assert (await http.get("/api/v2/tickets/count")).status_code == 200
