"""zendesk-async: an async client for the Zendesk Support API."""
