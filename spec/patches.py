"""The project's recorded patches to Zendesk's spec, applied in order by bundle.py.

Add a patch with ``patch(name, reason, Op(...), ...)`` (data) or ``@patch_func(name, reason)``
(function). Every op names what it expects upstream; see spec/README.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from patchlib import Op, Patch, PatchError, json_body, op_ptr, ptr, ref, require
from tolerance import make_response_models_tolerant, split_write_models

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


# ---- upstream schema mistakes -------------------------------------------------------------------

S = ("components", "schemas")

patch(
    "routing-job-action-writable",
    "BulkSkillBasedRoutingAttributeValueJob.action is required in a request but marked readOnly",
    Op(
        "remove",
        ptr(*S, "BulkSkillBasedRoutingAttributeValueJob", "properties", "action", "readOnly"),
        expect=True,
    ),
)

CUSTOM_FIELD_VALUE = {
    "type": "object",
    "description": "A custom field value on a ticket: {id, value}",
    "properties": {
        "id": {"type": "integer", "description": "The id of the custom field"},
        "value": {
            "description": (
                "The value of the custom field: string, number, boolean, array of strings "
                "(multiselect) or null, depending on the field type"
            ),
            "nullable": True,
            # nullable on each member too: OAS 3.0 validators ignore it where `type` is absent
            "anyOf": [
                {"type": "string", "nullable": True},
                {"type": "number", "nullable": True},
                {"type": "boolean", "nullable": True},
                {"type": "array", "items": {"type": "string"}, "nullable": True},
            ],
        },
    },
}

patch(
    "custom-field-value",
    "custom_fields[].value is really string|number|bool|array|null, and TicketUpdateInput "
    "lists field definitions (CustomFieldObject) where writes send {id, value}",
    Op("add", ptr(*S, "CustomFieldValue"), value=CUSTOM_FIELD_VALUE),
    Op(
        "replace",
        ptr(*S, "TicketObject", "properties", "custom_fields", "items"),
        value=ref("schemas", "CustomFieldValue"),
        expect={
            "type": "object",
            "properties": {
                "id": {"type": "integer", "description": "The id of the custom field"},
                "value": {"type": "string", "description": "The value of the custom field"},
            },
        },
    ),
    Op(
        "replace",
        ptr(*S, "TicketUpdateInput", "properties", "custom_fields", "items"),
        value=ref("schemas", "CustomFieldValue"),
        expect=ref("schemas", "CustomFieldObject"),
    ),
)

USER_SUMMARY = {
    "type": "object",
    "description": "A user as listed on a ticket (collaborators, followers, email CCs)",
    "properties": {
        "id": {
            "description": "User id (integer; some examples send it as a string)",
            "anyOf": [{"type": "integer"}, {"type": "string"}],
        },
        "name": {"type": "string"},
        "email": {"type": "string"},
    },
    "additionalProperties": True,
}


def _users_list(description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "properties": {"users": {"type": "array", "items": ref("schemas", "TicketUserSummary")}},
    }


_UNTYPED = {"type": "object", "additionalProperties": True}
patch(
    "ticket-people-list-models",
    "collaborators/followers/email_ccs responses are untyped objects; examples show {users: [...]}",
    Op("add", ptr(*S, "TicketUserSummary"), value=USER_SUMMARY),
    Op(
        "replace",
        ptr(*S, "ListTicketCollaboratorsResponse"),
        expect=_UNTYPED,
        value=_users_list("Collaborators of a ticket"),
    ),
    Op(
        "replace",
        ptr(*S, "ListTicketFollowersResponse"),
        expect=_UNTYPED,
        value=_users_list("Followers of a ticket"),
    ),
    Op(
        "replace",
        ptr(*S, "ListTicketEmailCCsResponse"),
        expect=_UNTYPED,
        value=_users_list("Email CCs of a ticket"),
    ),
)

patch(
    "ticket-incidents-model",
    "ListTicketIncidentsResponse is an untyped object; the example is {tickets: [...]}",
    Op(
        "replace",
        ptr(*S, "ListTicketIncidentsResponse"),
        expect=_UNTYPED,
        value={
            "type": "object",
            "properties": {"tickets": {"type": "array", "items": ref("schemas", "TicketObject")}},
        },
    ),
)

patch(
    "count-tickets-model",
    "CountTickets' response schema is inline, so it has no named model",
    Op(
        "replace",
        op_ptr(
            "/api/v2/tickets/count",
            "get",
            "responses",
            "200",
            "content",
            "application/json",
            "schema",
        ),
        value=ref("schemas", "TicketCountResponse"),
        expect={
            "type": "object",
            "properties": {
                "count": {
                    "type": "object",
                    "properties": {
                        "refreshed_at": {"type": "string", "format": "date-time"},
                        "value": {"type": "integer"},
                    },
                }
            },
        },
    ),
    Op(
        "add",
        ptr(*S, "TicketCountResponse"),
        value={
            "type": "object",
            "properties": {
                "count": {
                    "type": "object",
                    "properties": {
                        "refreshed_at": {"type": "string", "format": "date-time", "nullable": True},
                        "value": {"type": "integer"},
                    },
                }
            },
        },
    ),
)

patch(
    "schema-titles",
    "a schema title renames the generated class; keep class names equal to schema names",
    Op(
        "remove",
        ptr(*S, "BulkSkillBasedRoutingAttributeValuesRequest", "title"),
        expect="Bulk Skill Based Routing Attribute Values Job",
    ),
    Op(
        "remove",
        ptr(*S, "IncrementalSkillBasedRouting", "title"),
        expect="Incremental Skill-based Routing",
    ),
)

# ---- drift seen in real payloads (issue 13) ----------------------------------------------------

# One lenient model for every job result entry. Zendesk's entries overlap (a failure carries `index`
# and `id` like a create success; a create success may carry only `id` and `status`), so the
# upstream oneOf, told apart by required fields, types none of the real shapes or the wrong one.
# Result-shape rule (README "Job results"): an entry failed iff `error` is set or `success` is
# false; otherwise it succeeded, `status`/`action` say what happened; `index` (when present) is the
# input position, else the entry is matched by `id`.
JOB_RESULT = {
    "type": "object",
    "description": (
        "One entry of a job's results. Failed iff `error` is set or `success` is false; "
        "`index` is the input position when present, else match the entry by `id`"
    ),
    "properties": {
        "id": {"type": "integer", "description": "The id of the resource the job acted on"},
        "index": {"type": "integer", "description": "Position of the input in the request"},
        "action": {"type": "string", "description": "What the job did: create, update, delete..."},
        "status": {"type": "string", "description": "Created, Updated, Deleted, Failed..."},
        "success": {"type": "boolean", "description": "Whether the action succeeded"},
        "error": {"type": "string", "description": "Error code of a failed entry"},
        "details": {"type": "string", "description": "Error details of a failed entry"},
        "account_id": {"type": "integer", "description": "The account the entry belongs to"},
        "external_id": {"type": "string", "description": "External id of the resource, if any"},
    },
    "additionalProperties": True,
}

patch(
    "job-result-lenient",
    "job results come as {id,status} without index, failures as {index,id,error,details} without "
    "action/success: no upstream oneOf member fits the first, the second matches the create member",
    Op(
        "replace",
        ptr(*S, "JobStatusResultObject"),
        expect={
            "oneOf": [
                ref("schemas", "CreateResourceResult"),
                ref("schemas", "UpdateResourceResult"),
                ref("schemas", "FailedResult"),
            ],
            "additionalProperties": True,
        },
        value=JOB_RESULT,
    ),
)

AUDIT_EVENT_VALUE = {
    "description": "string, number, boolean, or a list of strings (tags, multiselect fields)",
    "anyOf": [
        {"type": "string"},
        {"type": "integer"},
        {"type": "number"},
        {"type": "boolean"},
        {"type": "array", "items": {"type": "string"}},
    ],
}
AUDIT_EVENT = ptr(*S, "AuditObject", "properties", "events", "items", "properties")
patch(
    "audit-event-values",
    'audit events send lists (tags: ["mm", "new"]) and booleans as value/previous_value; '
    "the spec says string | integer and has no previous_value",
    Op(
        "replace",
        AUDIT_EVENT + "/value",
        expect={"oneOf": [{"type": "string"}, {"type": "integer"}]},
        value=AUDIT_EVENT_VALUE,
    ),
    Op(
        "add",
        AUDIT_EVENT + "/previous_value",
        value={**AUDIT_EVENT_VALUE, "readOnly": True},
    ),
)

patch(
    "create-ticket-response-audit",
    "POST /tickets answers {ticket, audit} like PUT /tickets/{id}, but its 201 is TicketResponse "
    "without audit",
    Op(
        "replace",
        op_ptr(
            "/api/v2/tickets", "post", "responses", "201", "content", "application/json", "schema"
        ),
        expect=ref("schemas", "TicketResponse"),
        value=ref("schemas", "TicketUpdateResponse"),
    ),
)

patch(
    "ticket-documented-keys",
    "tickets carry `fields` (legacy alias of custom_fields) and via.source.from/to/rel (declared "
    "on ViaObject, not on the ticket's via)",
    Op(
        "add",
        ptr(*S, "TicketObject", "properties", "fields"),
        value={
            "type": "array",
            "description": "Legacy alias of custom_fields (same values), sent on reads",
            "items": ref("schemas", "CustomFieldValue"),
            "readOnly": True,
        },
    ),
    Op(
        "add",
        ptr(*S, "TicketObject", "properties", "via", "properties", "source", "properties"),
        value={
            "from": {
                "type": "object",
                "properties": {
                    "address": {"type": "string"},
                    "id": {"type": "integer"},
                    "name": {"type": "string"},
                    "title": {"type": "string"},
                },
                "additionalProperties": True,
            },
            "to": {
                "type": "object",
                "properties": {"address": {"type": "string"}, "name": {"type": "string"}},
                "additionalProperties": True,
            },
            "rel": {"type": "string"},
        },
    ),
)

patch(
    "location-header-format",
    "the 201 Location header of POST /tickets has `format: url`, not a format name (`uri` is); "
    "spec-driven mocks reject their own answer",
    Op(
        "replace",
        op_ptr(
            "/api/v2/tickets", "post", "responses", "201", "headers", "Location", "schema", "format"
        ),
        expect="url",
        value="uri",
    ),
)

# ---- missing request bodies ---------------------------------------------------------------------


def _obj(props: dict[str, Any], required: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": props, **extra}
    if required:
        schema["required"] = required
    return schema


REQUEST_SCHEMAS: dict[str, dict[str, Any]] = {
    "TicketSkipInput": _obj(
        {
            "ticket_id": {"type": "integer", "description": "ID of the skipped ticket"},
            "reason": {"type": "string", "description": "Reason for skipping the ticket"},
        },
        ["ticket_id"],
    ),
    "TicketSkipCreateRequest": _obj({"skip": ref("schemas", "TicketSkipInput")}, ["skip"]),
    "TicketsUpdateManyItem": {
        "allOf": [
            ref("schemas", "TicketUpdateInput"),
            _obj({"id": {"type": "integer", "description": "The ticket to update"}}, ["id"]),
        ]
    },
    "TicketsUpdateManyRequest": _obj(
        {
            "ticket": {
                "allOf": [ref("schemas", "TicketUpdateInput")],
                "description": "Changes applied to every ticket named in ?ids=",
            },
            "tickets": {
                "type": "array",
                "items": ref("schemas", "TicketsUpdateManyItem"),
                "description": "Per-ticket changes, each with its id (up to 100)",
            },
        },
        description="Either `ticket` (with ?ids=) or `tickets` (batch form)",
    ),
    "SkillBasedRoutingAttributeInput": _obj({"name": {"type": "string"}}, ["name"]),
    "SkillBasedRoutingAttributeRequest": _obj(
        {"attribute": ref("schemas", "SkillBasedRoutingAttributeInput")}, ["attribute"]
    ),
    "SkillBasedRoutingAttributeValueInput": _obj({"name": {"type": "string"}}, ["name"]),
    "SkillBasedRoutingAttributeValueRequest": _obj(
        {"attribute_value": ref("schemas", "SkillBasedRoutingAttributeValueInput")},
        ["attribute_value"],
    ),
    "SkillBasedRoutingInstanceValuesRequest": _obj(
        {
            "attribute_value_ids": {
                "type": "array",
                "items": {"type": "string"},
                "description": "Attribute value ids (UUID strings) to set",
            },
        },
        ["attribute_value_ids"],
    ),
    "TicketTagsRequest": _obj(
        {
            "tags": {"type": "array", "items": {"type": "string"}},
            "safe_update": {"type": "boolean"},
            "updated_stamp": {"type": "string", "format": "date-time"},
        },
        ["tags"],
    ),
    "TicketCommentRedactRequest": _obj(
        {"text": {"type": "string", "description": "The string to redact"}}, ["text"]
    ),
    "SatisfactionRatingInput": _obj(
        {
            "score": {"type": "string", "description": "good or bad"},
            "comment": {"type": "string"},
            "reason_code": {"type": "integer"},
        },
        ["score"],
    ),
    "TicketFromTweetInput": _obj(
        {
            "twitter_status_message_id": {"type": "integer", "description": "The tweet id"},
            "monitored_twitter_handle_id": {
                "type": "integer",
                "description": "Id of a monitored X (Twitter) handle of the account",
            },
        },
        ["twitter_status_message_id", "monitored_twitter_handle_id"],
    ),
    "TicketFromTweetRequest": _obj({"ticket": ref("schemas", "TicketFromTweetInput")}, ["ticket"]),
    "SatisfactionRatingCreateRequest": _obj(
        {"satisfaction_rating": ref("schemas", "SatisfactionRatingInput")}, ["satisfaction_rating"]
    ),
}

patch(
    "request-body-schemas",
    "schemas for the request bodies the spec leaves out (seed 001, seed 004, endpoint prose)",
    *(Op("add", ptr(*S, name), value=schema) for name, schema in REQUEST_SCHEMAS.items()),
)

TAGS = "/api/v2/tickets/{ticket_id}/tags"
ATTR = "/api/v2/routing/attributes"
ATTR_ONE = "/api/v2/routing/attributes/{attribute_id}"
VALUES = "/api/v2/routing/attributes/{attribute_id}/values"
VALUE_ONE = "/api/v2/routing/attributes/{attribute_id}/values/{attribute_value_id}"
BODIES: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "/api/v2/skips",
        "post",
        "TicketSkipCreateRequest",
        {"skip": {"ticket_id": 123, "reason": "I have no idea."}},
    ),
    (
        "/api/v2/tickets/update_many",
        "put",
        "TicketsUpdateManyRequest",
        {"ticket": {"status": "solved"}},
    ),
    (ATTR, "post", "SkillBasedRoutingAttributeRequest", {"attribute": {"name": "Language"}}),
    (ATTR_ONE, "put", "SkillBasedRoutingAttributeRequest", {"attribute": {"name": "Lingua"}}),
    (
        VALUES,
        "post",
        "SkillBasedRoutingAttributeValueRequest",
        {"attribute_value": {"name": "Japanese"}},
    ),
    (
        VALUE_ONE,
        "patch",
        "SkillBasedRoutingAttributeValueRequest",
        {"attribute_value": {"name": "German (Advanced)"}},
    ),
    (
        "/api/v2/routing/agents/{user_id}/instance_values",
        "post",
        "SkillBasedRoutingInstanceValuesRequest",
        {"attribute_value_ids": ["b376b35a-e38b-11e8-a292-e3b6377c5575"]},
    ),
    (
        "/api/v2/routing/tickets/{ticket_id}/instance_values",
        "post",
        "SkillBasedRoutingInstanceValuesRequest",
        {"attribute_value_ids": ["b376b35a-e38b-11e8-a292-e3b6377c5575"]},
    ),
    (TAGS, "post", "TicketTagsRequest", {"tags": ["important"]}),
    (TAGS, "put", "TicketTagsRequest", {"tags": ["customer"]}),
    (TAGS, "delete", "TicketTagsRequest", {"tags": ["customer"]}),
    (
        "/api/v2/tickets/{ticket_id}/comments/{ticket_comment_id}/redact",
        "put",
        "TicketCommentRedactRequest",
        {"text": "987-65-4320"},
    ),
    (
        "/api/v2/channels/twitter/tickets",
        "post",
        "TicketFromTweetRequest",
        {
            "ticket": {
                "twitter_status_message_id": 419191717649473500,
                "monitored_twitter_handle_id": 8,
            }
        },
    ),
    (
        "/api/v2/tickets/{ticket_id}/satisfaction_rating",
        "post",
        "SatisfactionRatingCreateRequest",
        {"satisfaction_rating": {"score": "good", "comment": "Awesome support."}},
    ),
]

patch(
    "missing-request-bodies",
    "these operations take a JSON body the spec does not declare",
    *(
        Op("add", op_ptr(path, method, "requestBody"), value=json_body(schema, example))
        for path, method, schema, example in BODIES
    ),
)


@patch_func(
    "empty-responses",
    "empty or plain-text responses are declared as JSON strings, so generated code calls "
    "response.json() on an empty body",
)
def _empty_responses(doc: Doc) -> None:
    fixed = 0
    for item in doc["paths"].values():
        for method in ("get", "put", "post", "delete", "patch"):
            for response in item.get(method, {}).get("responses", {}).values():
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                if schema is not None and schema.get("type") == "string":
                    del response["content"]
                    fixed += 1
    if fixed == 0:
        raise PatchError("no JSON-string responses found; drop this patch")


# ---- pagination: parameters and response envelopes (api-notes.md section 1) --------------------


def _qparam(name: str, schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "description": description, "schema": schema}


PAGINATION_PARAMETERS: dict[str, dict[str, Any]] = {
    "PageSize": _qparam(
        "page[size]",
        {"type": "integer"},
        "Cursor pagination: page size (turns cursor mode on; max 100)",
    ),
    "PageAfter": _qparam(
        "page[after]",
        {"type": "string"},
        "Cursor pagination: meta.after_cursor of the previous page",
    ),
    "PageBefore": _qparam(
        "page[before]", {"type": "string"}, "Cursor pagination: meta.before_cursor of the next page"
    ),
    "OffsetPage": _qparam("page", {"type": "integer"}, "Offset pagination: page number"),
    "OffsetPerPage": _qparam(
        "per_page", {"type": "integer"}, "Offset pagination: records per page (max 100)"
    ),
    "IncrementalPerPage": _qparam(
        "per_page", {"type": "integer"}, "Incremental export: records per page (max 1000)"
    ),
    "IncrementalInclude": _qparam(
        "include", {"type": "string"}, "Incremental export: comma-separated sideloads"
    ),
    "IncrementalExcludeDeleted": _qparam(
        "exclude_deleted", {"type": "boolean"}, "Incremental export: leave deleted tickets out"
    ),
    "IncrementalSupportTypeScope": _qparam(
        "support_type_scope",
        {"type": "string"},
        "Cursor ticket export: all, agent or ai_agent (default agent)",
    ),
    "IncrementalStartTimeFirstPage": _qparam(
        "start_time",
        {"type": "integer"},
        "Unix seconds to start from; required on the first request only (later pages send cursor)",
    ),
    "SkillBasedRoutingCursor": _qparam(
        "cursor", {"type": "string"}, "Opaque cursor taken from next_page of the previous response"
    ),
}

NULL_STR = {"type": "string", "nullable": True}
NULL_INT = {"type": "integer", "nullable": True}
ENVELOPE_SCHEMAS: dict[str, dict[str, Any]] = {
    "CursorPaginationMeta": _obj(
        {
            "has_more": {"type": "boolean", "nullable": True},
            "after_cursor": NULL_STR,
            "before_cursor": NULL_STR,
        },
        description="Cursor pagination state: follow links.next while has_more",
    ),
    "CursorPaginationLinks": _obj(
        {"next": NULL_STR, "prev": NULL_STR},
        description="Cursor pagination: URLs of the next/previous page",
    ),
}
CURSOR_FIELDS = {
    "meta": ref("schemas", "CursorPaginationMeta"),
    "links": ref("schemas", "CursorPaginationLinks"),
}
OFFSET_FIELDS = {"next_page": NULL_STR, "previous_page": NULL_STR, "count": NULL_INT}
INCREMENTAL_TIME_FIELDS = {
    "end_time": NULL_INT,
    "next_page": NULL_STR,
    "count": NULL_INT,
    "end_of_stream": {"type": "boolean", "nullable": True},
}
INCREMENTAL_CURSOR_FIELDS = {
    "after_cursor": NULL_STR,
    "after_url": NULL_STR,
    "before_cursor": NULL_STR,
    "before_url": NULL_STR,
    "end_of_stream": {"type": "boolean", "nullable": True},
}
SBR_FIELDS = {"count": NULL_INT, "end_time": NULL_INT, "next_page": NULL_STR}

CURSOR_PARAMS = ["PageSize", "PageAfter", "PageBefore"]
OFFSET_PARAMS = ["OffsetPage", "OffsetPerPage"]
KINDS: dict[str, tuple[list[str], dict[str, Any]]] = {
    "cursor": (CURSOR_PARAMS, CURSOR_FIELDS),
    "offset": (OFFSET_PARAMS, OFFSET_FIELDS),
    "cursor-envelope": ([], CURSOR_FIELDS),  # upstream already declares the page[...] params
    "incremental-time": (
        ["IncrementalPerPage", "IncrementalInclude", "IncrementalExcludeDeleted"],
        INCREMENTAL_TIME_FIELDS,
    ),
    "incremental-cursor": (
        [
            "IncrementalPerPage",
            "IncrementalInclude",
            "IncrementalExcludeDeleted",
            "IncrementalSupportTypeScope",
        ],
        INCREMENTAL_CURSOR_FIELDS,
    ),
    "sbr": (["SkillBasedRoutingCursor"], SBR_FIELDS),
}
# operationId -> pagination kinds (C+O lists get both)
PAGINATED: dict[str, tuple[str, ...]] = {
    "ListTickets": ("cursor", "offset"),
    "ListTicketsFromView": ("cursor", "offset"),
    "ListTicketComments": ("cursor", "offset"),
    "ListAuditsForTicket": ("cursor", "offset"),
    "ListTicketIncidents": ("cursor", "offset"),
    "ListTicketSkips": ("cursor", "offset"),
    "ListSkipsForTicket": ("cursor", "offset"),
    "ListSkips": ("cursor", "offset"),
    "ListConversationLogForTicket": ("cursor",),
    "ListManyAgentsAttributeValues": ("cursor-envelope",),
    "ListAccountAttributes": ("offset",),
    "IncrementalTicketExportTime": ("incremental-time",),
    "IncrementalTicketExportCursor": ("incremental-cursor",),
    "IncrementalSkilBasedRoutingAttributesExport": ("sbr",),
    "IncrementalSkilBasedRoutingAttributeValuesExport": ("sbr",),
    "IncrementalSkilBasedRoutingInstanceValuesExport": ("sbr",),
}


def find_operation(doc: Doc, operation_id: str) -> tuple[str, dict[str, Any]]:
    """(path, operation) for an operationId; PatchError if absent."""
    for path, item in doc["paths"].items():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return path, operation
    raise PatchError(f"operation {operation_id} not found")


def _param_names(doc: Doc, params: list[Any]) -> set[str]:
    names = set()
    for param in params:
        if "$ref" in param:
            param = require(doc, param["$ref"][1:])
        names.add(param["name"])
    return names


@patch_func(
    "pagination",
    "list operations declare no pagination parameters and their responses no envelope fields",
)
def _pagination(doc: Doc) -> None:
    for name, param in PAGINATION_PARAMETERS.items():
        if name in doc["components"]["parameters"]:
            raise PatchError(f"components/parameters/{name} already exists upstream")
        doc["components"]["parameters"][name] = param
    for name, schema in ENVELOPE_SCHEMAS.items():
        if name in doc["components"]["schemas"]:
            raise PatchError(f"components/schemas/{name} already exists upstream")
        doc["components"]["schemas"][name] = schema
    for operation_id, kinds in PAGINATED.items():
        path, operation = find_operation(doc, operation_id)
        params = operation.setdefault("parameters", [])
        existing = _param_names(doc, params + doc["paths"][path].get("parameters", []))
        response = require(
            doc,
            ptr("paths", path, "get", "responses", "200", "content", "application/json", "schema"),
        )
        if "$ref" not in response:
            raise PatchError(f"{operation_id}: 200 response is not a $ref")
        schema = require(doc, response["$ref"][1:])
        properties = schema.setdefault("properties", {})
        for kind in kinds:
            names, fields = KINDS[kind]
            for name in names:
                wire = PAGINATION_PARAMETERS[name]["name"]
                if wire in existing:
                    raise PatchError(f"{operation_id} already declares parameter {wire}")
                params.append(ref("parameters", name))
                existing.add(wire)
            for field_name, field_schema in fields.items():
                properties[field_name] = dict(field_schema)  # upstream's own copy is replaced


patch(
    "cursor-export-start-time-optional",
    "IncrementalTicketExportCursor marks start_time required, but later pages send only cursor",
    Op(
        "replace",
        ptr("paths", "/api/v2/incremental/tickets/cursor", "parameters", "0"),
        expect=ref("parameters", "IncrementalUnixTime"),
        value=ref("parameters", "IncrementalStartTimeFirstPage"),
    ),
)

# ---- sideloads (include=) ----------------------------------------------------------------------

TICKET_SIDELOADS = (
    "Comma-separated sideloads, e.g. `users,groups,organizations` (also `last_audits`, "
    "`metric_sets`, `dates`, `sharing_agreements`, `comment_count`, `incident_counts`, "
    "`ticket_forms`, `metric_events`, `slas`; see Zendesk's side-loading reference). Each "
    "sideload is a top-level list next to the items"
)
SIDELOAD_PARAMETERS: dict[str, dict[str, Any]] = {
    "TicketSideloads": _qparam("include", {"type": "string"}, TICKET_SIDELOADS),
    "AttributeSideloads": _qparam(
        "include", {"type": "string"}, "`attribute_values`: sideload the account's values"
    ),
}
USER_SIDELOADS = {
    "users": {
        "type": "array",
        "items": ref("schemas", "UserForAdmin"),
        "description": "Sideloaded users (include=users)",
    },
}
TICKET_RECORD_SIDELOADS = {
    **USER_SIDELOADS,
    "groups": {
        "type": "array",
        "items": ref("schemas", "GroupObject"),
        "description": "Sideloaded groups (include=groups)",
    },
    "organizations": {
        "type": "array",
        "items": ref("schemas", "OrganizationObject"),
        "description": "Sideloaded organizations (include=organizations)",
    },
}
# operationId -> the include parameter it gets (None: it already declares one)
SIDELOAD_OPERATIONS: dict[str, str | None] = {
    "ListTickets": "TicketSideloads",
    "ShowTicket": "TicketSideloads",
    "TicketsShowMany": "TicketSideloads",
    "ListAccountAttributes": "AttributeSideloads",
    "ListTicketComments": None,
}
# response schema -> the sideloaded lists it declares (records of a schema the spec has)
SIDELOAD_FIELDS: dict[str, dict[str, Any]] = {
    "TicketsResponse": TICKET_RECORD_SIDELOADS,
    "TicketResponse": TICKET_RECORD_SIDELOADS,
    "TimeBasedExportIncrementalTicketsResponse": TICKET_RECORD_SIDELOADS,
    "CursorBasedExportIncrementalTicketsResponse": TICKET_RECORD_SIDELOADS,
    "TicketCommentsResponse": USER_SIDELOADS,
    "SkillBasedRoutingAttributesResponse": {
        "attribute_values": {
            "type": "array",
            "items": ref("schemas", "SkillBasedRoutingAttributeValueObject"),
            "description": "Sideloaded attribute values (include=attribute_values)",
        }
    },
}


@patch_func(
    "sideloads",
    "the ticket list/show/show_many and routing attribute list take include= (docs, seed 004) "
    "and answer sideloaded lists next to the items; the spec declares neither",
)
def _sideloads(doc: Doc) -> None:
    for name, param in SIDELOAD_PARAMETERS.items():
        if name in doc["components"]["parameters"]:
            raise PatchError(f"components/parameters/{name} already exists upstream")
        doc["components"]["parameters"][name] = param
    for operation_id, param_name in SIDELOAD_OPERATIONS.items():
        path, operation = find_operation(doc, operation_id)
        params = operation.setdefault("parameters", [])
        has_include = "include" in _param_names(
            doc, params + doc["paths"][path].get("parameters", [])
        )
        if param_name is None:
            if not has_include:
                raise PatchError(f"{operation_id} no longer declares include upstream")
            continue
        if has_include:
            raise PatchError(f"{operation_id} already declares include upstream; drop it here")
        params.append(ref("parameters", param_name))
    for schema_name, fields in SIDELOAD_FIELDS.items():
        properties = require(doc, ptr(*S, schema_name, "properties"))
        for field_name, field_schema in fields.items():
            if field_name in properties:
                raise PatchError(f"{schema_name}.{field_name} already declared upstream")
            properties[field_name] = field_schema


patch(
    "user-record-fixes",
    "UserForAdmin (the sideloaded user) has `format: datetime` (not a format name: `date-time` "
    "is) and a title that would rename its class",
    Op("remove", ptr(*S, "UserForAdmin", "title"), expect="Users"),
    *(
        Op(
            "replace",
            ptr(*S, "UserForAdmin", "properties", name, "format"),
            expect="datetime",
            value="date-time",
        )
        for name in ("created_at", "last_login_at", "updated_at")
    ),
)

# ---- request models never send read-only fields; response models tolerate real payloads -------

patch_func(
    "write-models",
    "openapi-python-client ignores readOnly, so request schemas get *Write copies without them",
)(split_write_models)

patch_func(
    "tolerant-response-models",
    "real payloads send null and new enum values (priority/type/via/updated_at null, "
    "status 'deleted') that crash the generated from_dict",
)(make_response_models_tolerant)
