"""Which calls may be sent again after they may have reached Zendesk: one table, per operation.

A read timeout, a reset after sending, a truncated answer or a 5xx leave it open whether Zendesk
applied the request. Resending is then only safe when applying it twice equals applying it once.
That is a property of the operation, not of the HTTP method: ``PUT /tickets/{id}`` sets fields
(safe) but with a ``comment`` it appends a comment (a second public comment, a second e-mail to
the customer), and ``POST /tickets/{id}/tags`` replaces the tags (safe).

`WRITES` lists every write operation in scope (operation ids of the bundled spec) with its rule;
every request of the library -- resources, bulk jobs, pagination, `zd.request`, `zd.call` --
goes through `resend_safe`, which finds the operation by method and path. Reads (GET, HEAD,
OPTIONS) are always safe. A write the table does not know follows the method: PUT / DELETE safe
unless the body adds a comment, POST / PATCH never. `idempotent=True` / `False` given to a call
overrides everything. docs/retries.md shows the same table.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

__all__ = ["WRITES", "Replay", "Write", "adds_comment", "operation_for", "resend_safe"]

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
IDEMPOTENCY_KEY = "idempotency-key"


class Replay(enum.Enum):
    """What may be resent after the request may have reached Zendesk."""

    SAFE = "safe"  # applying it twice is applying it once (set, replace, delete, redact)
    SAFE_UNLESS_COMMENT = "safe unless the body adds a comment"  # a comment is appended
    KEYED = "only with an Idempotency-Key"  # a create Zendesk de-duplicates by key
    NEVER = "never"  # creates, appends, merges, imports: a resend makes a second one


@attrs.frozen
class Write:
    method: str
    path: str  # the spec's path template
    replay: Replay
    why: str


S, C, K, N = Replay.SAFE, Replay.SAFE_UNLESS_COMMENT, Replay.KEYED, Replay.NEVER
T = "/api/v2/tickets"
R = "/api/v2/routing"

WRITES: dict[str, Write] = {
    # -- tickets ----------------------------------------------------------------------------------
    "CreateTicket": Write("POST", T, K, "creates a ticket; Zendesk honours Idempotency-Key here"),
    "UpdateTicket": Write("PUT", T + "/{ticket_id}", C, "sets fields; a comment is appended"),
    "DeleteTicket": Write("DELETE", T + "/{ticket_id}", S, "soft delete"),
    "TicketsCreateMany": Write("POST", T + "/create_many", N, "a job creating tickets"),
    "TicketsUpdateMany": Write("PUT", T + "/update_many", C, "a job setting fields; comments"),
    "BulkDeleteTickets": Write("DELETE", T + "/destroy_many", S, "a job of soft deletes"),
    "MarkManyTicketsAsSpam": Write("PUT", T + "/mark_many_as_spam", S, "a job marking spam"),
    "MergeTicketsIntoTargetTicket": Write("POST", T + "/{ticket_id}/merge", N, "adds comments"),
    "TicketImport": Write("POST", "/api/v2/imports/tickets", N, "creates a ticket"),
    "TicketBulkImport": Write("POST", "/api/v2/imports/tickets/create_many", N, "a create job"),
    "MarkTicketAsSpamAndSuspendRequester": Write("PUT", T + "/{ticket_id}/mark_as_spam", S, "flag"),
    "CreateTicketSatisfactionRating": Write(
        "POST", T + "/{ticket_id}/satisfaction_rating", N, "records a rating with its comment"
    ),
    "SetTagsTicket": Write("POST", T + "/{ticket_id}/tags", S, "replaces the tags"),
    "PutTagsTicket": Write("PUT", T + "/{ticket_id}/tags", S, "adds tags (a set union)"),
    "DeleteTagsTicket": Write("DELETE", T + "/{ticket_id}/tags", S, "removes tags"),
    "MakeTicketCommentPrivate": Write(
        "PUT", T + "/{ticket_id}/comments/{ticket_comment_id}/make_private", S, "a flag"
    ),
    "MakeTicketCommentPrivateFromAudits": Write(
        "PUT", T + "/{ticket_id}/audits/{ticket_audit_id}/make_private", S, "a flag"
    ),
    "RedactStringInComment": Write(
        "PUT", T + "/{ticket_id}/comments/{ticket_comment_id}/redact", S, "redacted text stays"
    ),
    "RedactCommentAttachment": Write(
        "PUT",
        T + "/{ticket_id}/comments/{comment_id}/attachments/{attachment_id}/redact",
        S,
        "a redacted attachment stays redacted",
    ),
    # -- channels -------------------------------------------------------------------------------
    "CreateTicketFromTweet": Write(
        "POST", "/api/v2/channels/twitter/tickets", N, "creates a ticket"
    ),
    "CreateTicketOrVoicemailTicket": Write(
        "POST", "/api/v2/channels/voice/tickets", N, "creates a ticket"
    ),
    "OpenTicketInAgentBrowser": Write(
        "POST",
        "/api/v2/channels/voice/agents/{agent_id}/tickets/{ticket_id}/display",
        S,
        "shows a ticket; showing it again changes nothing",
    ),
    # -- skips ----------------------------------------------------------------------------------
    "RecordNewSkip": Write("POST", "/api/v2/skips", N, "creates a skip"),
    # -- routing --------------------------------------------------------------------------------
    "CreateAttribute": Write("POST", R + "/attributes", N, "creates an attribute"),
    "UpdateAttribute": Write("PUT", R + "/attributes/{attribute_id}", S, "renames"),
    "DeleteAttribute": Write("DELETE", R + "/attributes/{attribute_id}", S, "deletes"),
    "CreateAttributeValue": Write(
        "POST", R + "/attributes/{attribute_id}/values", N, "creates a value"
    ),
    "UpdateAttributeValue": Write(
        "PATCH", R + "/attributes/{attribute_id}/values/{attribute_value_id}", S, "renames"
    ),
    "DeleteAttributeValue": Write(
        "DELETE", R + "/attributes/{attribute_id}/values/{attribute_value_id}", S, "deletes"
    ),
    "SetAgentAttributeValues": Write(
        "POST", R + "/agents/{user_id}/instance_values", S, "replaces an agent's values"
    ),
    "BulkSetAgentAttributeValuesJob": Write(
        "POST", R + "/agents/instance_values/job", S, "a job that upserts / replaces / removes"
    ),
    "SetTicketAttributeValues": Write(
        "POST", R + "/tickets/{ticket_id}/instance_values", S, "replaces a ticket's values"
    ),
}

del S, C, K, N, T, R


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{[^}]+\}", template)
    return re.compile("[^/]+".join(re.escape(p) for p in parts) + r"(?:\.json)?")


# by method; literal paths (fewer placeholders) first, so /tickets/update_many beats /tickets/{id}
_INDEX: dict[str, list[tuple[re.Pattern[str], str]]] = {}
for _op, _w in sorted(WRITES.items(), key=lambda kv: kv[1].path.count("{")):
    _INDEX.setdefault(_w.method, []).append((_pattern(_w.path), _op))


def operation_for(method: str, path: str) -> str | None:
    """The write operation id for `method` + `path` (query ignored), None if not in the table."""
    for pattern, op in _INDEX.get(method.upper(), ()):
        if pattern.fullmatch(path):
            return op
    return None


def adds_comment(body: Any) -> bool:
    """Whether a JSON body adds a comment: ``{"ticket": {"comment": ...}}``, ``{"tickets":
    [{..., "comment": ...}]}`` or a top-level ``comment``."""
    if not isinstance(body, Mapping):
        return False
    if body.get("comment") is not None:
        return True
    for value in body.values():
        items = value if isinstance(value, list) else [value]
        if any(isinstance(i, Mapping) and i.get("comment") is not None for i in items):
            return True
    return False


def resend_safe(
    method: str,
    url: str | httpx.URL,
    body: Any = None,
    headers: Mapping[str, str] | None = None,
    override: bool | None = None,
) -> bool:
    """Whether the request may be resent after it may have reached Zendesk (see the module doc)."""
    if override is not None:
        return override
    method = method.upper()
    if method in READ_METHODS:
        return True
    path = url.path if isinstance(url, httpx.URL) else url.partition("?")[0].partition("#")[0]
    op = operation_for(method, path)
    if op is None:
        replay = Replay.SAFE_UNLESS_COMMENT if method in ("PUT", "DELETE") else Replay.NEVER
    else:
        replay = WRITES[op].replay
    if replay is Replay.SAFE:
        return True
    if replay is Replay.SAFE_UNLESS_COMMENT:
        return not adds_comment(body)
    if replay is Replay.KEYED:
        return bool(headers) and any(k.lower() == IDEMPOTENCY_KEY for k in headers or ())
    return False
