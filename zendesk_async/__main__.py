"""`python -m zendesk_async` runs the command line."""

from .cli import _entry

_entry()
