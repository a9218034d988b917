"""`python -m zendesk_async.testing --port 8085 --tickets 1000`: serve a fake on loopback."""

from __future__ import annotations

import argparse
import sys

import uvicorn

from .app import FakeZendesk
from .server import uvicorn_config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m zendesk_async.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8085)
    parser.add_argument("--tickets", type=int, default=1000, help="seeded tickets (lazy)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rate-limit", type=int, default=None, help="requests/minute, then 429")
    parser.add_argument("--no-auth", action="store_true", help="accept any request")
    parser.add_argument("--email", default="agent@example.com")
    parser.add_argument("--api-token", default="fake-api-token")
    parser.add_argument("--job-polls", type=int, default=1, help="polls before a job completes")
    args = parser.parse_args(argv)
    fake = FakeZendesk(
        tickets=args.tickets,
        seed=args.seed,
        auth=not args.no_auth,
        email=args.email,
        api_token=args.api_token,
        rate_limit=args.rate_limit,
        job_polls=args.job_polls,
        public_url=f"http://{args.host}:{args.port}",
    )
    url = f"http://{args.host}:{args.port}"
    basic = None if args.no_auth else (args.email, args.api_token)
    print(banner(url, args.tickets, basic, fake.account.seed.first_id))
    sys.stdout.flush()
    uvicorn.Server(uvicorn_config(fake, args.host, args.port, log_level="info")).run()
    return 0


def banner(url: str, tickets: int, basic: tuple[str, str] | None, first_id: int) -> str:
    """What the server prints at start: where it is and the credentials it accepts."""
    lines = [f"fake Zendesk on {url} ({tickets} tickets, ids from {first_id})"]
    if basic is None:
        lines.append("auth       off: any request is accepted")
    else:
        email, token = basic
        client = "ZENDESK_OAUTH_CLIENT_ID=fake-client ZENDESK_OAUTH_CLIENT_SECRET=fake-secret"
        lines += [
            f"API token  ZENDESK_EMAIL={email} ZENDESK_API_TOKEN={token}",
            "OAuth      ZENDESK_OAUTH_TOKEN=fake-oauth-token",
            f"           or ZENDESK_OAUTH_REFRESH_TOKEN=fake-refresh-token {client}",
            f"           or (client credentials) {client}",
            f"try        ZENDESK_BASE_URL={url} ZENDESK_EMAIL={email} ZENDESK_API_TOKEN={token}"
            f" zendesk-async get tickets {first_id}",
        ]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
