"""The redaction helper used by log lines and error messages."""

from __future__ import annotations

from zendesk_async._log import redact, redact_headers


def test_redact_masks_auth_values_credential_fields_and_given_secrets() -> None:
    text = (
        "Authorization: Bearer abc.DEF-123 / Basic bWVAYWNtZS5jb20vdG9rZW46eA== "
        '{"access_token": "tok1", "refresh_token":"tok2"} client_secret=sec3&x=1 mine=SEKRIT'
    )
    out = redact(text, secrets=["SEKRIT"])
    for secret in ("abc.DEF-123", "bWVAYWNtZS5jb20vdG9rZW46eA==", "tok1", "tok2", "sec3", "SEKRIT"):
        assert secret not in out
    assert "x=1" in out and "Bearer [redacted]" in out


def test_redact_headers() -> None:
    headers = {"Authorization": "Basic x", "Cookie": "s=1", "Accept": "application/json"}
    assert redact_headers(headers) == {
        "Authorization": "[redacted]",
        "Cookie": "[redacted]",
        "Accept": "application/json",
    }
