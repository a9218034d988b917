"""Integration fixtures: the shared plugin's fake, server and configured client."""

from __future__ import annotations

from zendesk_async.testing.pytest_plugin import fake_zendesk, fake_zendesk_server, zendesk_client

__all__ = ["fake_zendesk", "fake_zendesk_server", "zendesk_client"]
