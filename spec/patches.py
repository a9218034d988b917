"""The project's recorded patches to Zendesk's spec, applied in order by bundle.py.

Add a patch with ``patch(name, reason, Op(...), ...)`` (data) or ``@patch_func(name, reason)``
(function). Every op names what it expects upstream; see spec/README.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from patchlib import ABSENT, Op, Patch, PatchError, expect, json_body, op_ptr, ptr, ref, require

PATCHES: list[Patch] = []

Doc = dict[str, Any]


def patch(name: str, reason: str, *ops: Op) -> None:
    """Register a data patch."""
    PATCHES.append(Patch(name, reason, tuple(ops)))


def patch_func(name: str, reason: str) -> Callable[[Callable[[Doc], None]], Callable[[Doc], None]]:
    """Register a function patch (decorator)."""

    def register(func: Callable[[Doc], None]) -> Callable[[Doc], None]:
        PATCHES.append(Patch(name, reason, func=func))
        return func

    return register


# ---- validator errors: path parameters that are not in the path ---------------------------------

VOICE = "/api/v2/channels/voice/tickets"
USER_SKIPS = "/api/v2/users/{user_id}/skips"

patch(
    "voice-tickets-stray-path-params",
    "POST channels/voice/tickets declares agent_id/ticket_id path params its URL lacks",
    Op(
        "remove",
        op_ptr(VOICE, "post", "parameters"),
        expect=[ref("parameters", "AgentId"), ref("parameters", "TicketId")],
    ),
)

patch(
    "user-skips-stray-ticket-id",
    "GET users/{user_id}/skips declares a ticket_id path param its URL lacks",
    Op(
        "remove",
        ptr("paths", USER_SKIPS, "parameters", "2"),
        expect=ref("parameters", "TicketId"),
    ),
)

# ---- models the generator drops ----------------------------------------------------------------

patch(
    "conversation-log-attachments-items",
    "ConversationLogObject.attachments is an array without items, so the model is dropped",
    Op(
        "add",
        ptr("components", "schemas", "ConversationLogObject", "properties", "attachments", "items"),
        value={"type": "object", "additionalProperties": True},
    ),
)

# ---- operations documented in seed 001 but missing upstream -------------------------------------


@patch_func(
    "skip-list-urls",
    "seed 001 documents GET tickets/{ticket_id}/skips and GET skips; the spec lacks both",
)
def _add_skip_lists(doc: Doc) -> None:
    source = require(doc, op_ptr(USER_SKIPS, "get"))
    for path, op_id, summary, params in (
        (
            "/api/v2/tickets/{ticket_id}/skips",
            "ListSkipsForTicket",
            "List Skips for a Ticket",
            [ref("parameters", "TicketId")],
        ),
        ("/api/v2/skips", "ListSkips", "List Skips", []),
    ):
        item = doc["paths"].setdefault(path, {})
        if item.get("get") is not None:
            raise PatchError(f"GET {path} now exists upstream; drop this patch")
        item["get"] = {
            "operationId": op_id,
            "tags": list(source["tags"]),
            "summary": summary,
            "description": source.get("description", ""),
            "parameters": [*params, ref("parameters", "TicketSortOrder")],
            "responses": source["responses"],
        }


__all__ = ["ABSENT", "PATCHES", "expect", "json_body"]
