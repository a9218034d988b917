"""(f) patches fail loudly on changed upstream text; the committed bundle is reproducible."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import bundle
import pytest
from patchlib import ABSENT, BundleError, Op, Patch, PatchError, get, ptr

from .conftest import BUNDLED

Doc = dict[str, Any]


# ---- the patch machinery on small documents ----------------------------------------------------


def test_replace_checks_the_upstream_value() -> None:
    doc = {"a": {"b": 1}}
    Op("replace", "/a/b", value=2, expect=1).apply(doc)
    assert doc == {"a": {"b": 2}}
    with pytest.raises(PatchError, match=r"/a/b: expected 1, upstream has 2"):
        Op("replace", "/a/b", value=3, expect=1).apply(doc)


def test_add_refuses_to_overwrite_and_remove_refuses_what_is_absent() -> None:
    doc: Doc = {"a": {}}
    Op("add", "/a/new", value=[1]).apply(doc)
    with pytest.raises(PatchError, match="expected absent"):
        Op("add", "/a/new", value=[2]).apply(doc)
    with pytest.raises(PatchError, match="upstream has <absent>"):
        Op("remove", "/a/gone", expect=1).apply(doc)
    with pytest.raises(PatchError, match="parent is absent"):
        Op("add", "/nope/x", value=1).apply(doc)


def test_pointer_escapes_slashes_and_tildes() -> None:
    doc = {"paths": {"/api/v2/x~y": {"get": 1}}}
    assert ptr("paths", "/api/v2/x~y", "get") == "/paths/~1api~1v2~1x~0y/get"
    assert get(doc, ptr("paths", "/api/v2/x~y", "get")) == 1
    assert get(doc, ptr("paths", "/missing")) is ABSENT


def test_patch_error_names_the_patch_and_its_reason() -> None:
    patch = Patch("my-fix", "because upstream is wrong", (Op("remove", "/x", expect=1),))
    with pytest.raises(PatchError) as caught:
        patch.apply({"x": 2})
    message = str(caught.value)
    assert "'my-fix'" in message and "because upstream is wrong" in message
    assert "no longer matches upstream" in message


# ---- against the real upstream spec ------------------------------------------------------------


def _set(doc: Doc, pointer: str, value: Any) -> None:
    *parents, last = pointer.strip("/").split("/")
    node = doc
    for key in parents:
        key = key.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    last = last.replace("~1", "/").replace("~0", "~")
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


SCHEMAS = ("components", "schemas")
MUTATIONS: list[tuple[str, Callable[[Doc], None]]] = [
    (
        "conversation-log-attachments-items",
        lambda d: _set(
            d,
            ptr(*SCHEMAS, "ConversationLogObject", "properties", "attachments", "items"),
            {"type": "string"},
        ),
    ),
    (
        "voice-tickets-stray-path-params",
        lambda d: _set(d, ptr("paths", "/api/v2/channels/voice/tickets", "post", "parameters"), []),
    ),
    (
        "custom-field-value",
        lambda d: _set(
            d,
            ptr(
                *SCHEMAS,
                "TicketObject",
                "properties",
                "custom_fields",
                "items",
                "properties",
                "value",
                "type",
            ),
            "number",
        ),
    ),
    (
        "cursor-export-start-time-optional",
        lambda d: _set(
            d,
            ptr("paths", "/api/v2/incremental/tickets/cursor", "parameters", "0"),
            {"$ref": "#/components/parameters/IncrementalCursor"},
        ),
    ),
    (
        "job-result-lenient",
        lambda d: _set(d, ptr(*SCHEMAS, "JobStatusResultObject", "additionalProperties"), False),
    ),
    (
        "audit-event-values",
        lambda d: _set(
            d,
            ptr(*SCHEMAS, "AuditObject", "properties", "events", "items", "properties", "value"),
            {"type": "string"},
        ),
    ),
    (
        "create-ticket-response-audit",
        lambda d: _set(
            d,
            ptr("paths", "/api/v2/tickets", "post", "responses", "201", "content")
            + "/application~1json/schema",
            {"$ref": "#/components/schemas/TicketUpdateResponse"},
        ),
    ),
    (
        "ticket-documented-keys",
        lambda d: _set(d, ptr(*SCHEMAS, "TicketObject", "properties", "fields"), {"type": "array"}),
    ),
    (
        "location-header-format",
        lambda d: _set(
            d,
            ptr("paths", "/api/v2/tickets", "post", "responses", "201", "headers", "Location")
            + "/schema/format",
            "uri",
        ),
    ),
    (
        "sideloads",
        lambda d: _set(
            d,
            ptr(*SCHEMAS, "TicketsResponse", "properties", "users"),
            {"type": "array", "items": {"type": "object"}},
        ),
    ),
    (
        "user-record-fixes",
        lambda d: _set(
            d, ptr(*SCHEMAS, "UserForAdmin", "properties", "created_at", "format"), "date-time"
        ),
    ),
    (
        "skip-list-urls",
        lambda d: _set(
            d, ptr("paths", "/api/v2/skips", "get"), {"operationId": "ListSkips", "responses": {}}
        ),
    ),
]


@pytest.mark.parametrize(("patch_name", "mutate"), MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_changed_upstream_text_makes_the_matching_patch_fail(
    upstream: Doc,
    wanted: list[tuple[str, str, str]],
    patch_name: str,
    mutate: Callable[[Doc], None],
) -> None:
    changed = copy.deepcopy(upstream)
    mutate(changed)
    with pytest.raises(PatchError, match=f"patch '{patch_name}' .* no longer matches upstream"):
        bundle.bundle(changed, wanted)


def test_an_operation_missing_upstream_fails_the_bundle(
    upstream: Doc, wanted: list[tuple[str, str, str]]
) -> None:
    changed = copy.copy(upstream)
    changed["paths"] = {k: v for k, v in upstream["paths"].items() if "job_statuses" not in k}
    with pytest.raises(BundleError, match=r"GET /api/v2/job_statuses/\{job_status_id\}"):
        bundle.bundle(changed, wanted)


def test_bundling_upstream_reproduces_the_committed_spec_byte_for_byte(
    upstream: Doc, wanted: list[tuple[str, str, str]]
) -> None:
    first = bundle.dump_yaml(bundle.bundle(upstream, wanted))
    assert first == BUNDLED.read_text(encoding="utf-8"), "run: python spec/bundle.py UPSTREAM"
    assert bundle.dump_yaml(bundle.bundle(upstream, wanted)) == first


def test_bundle_does_not_modify_the_upstream_document(
    upstream: Doc, wanted: list[tuple[str, str, str]]
) -> None:
    before = copy.deepcopy(upstream["components"]["schemas"]["TicketObject"])
    bundle.bundle(upstream, wanted)
    assert upstream["components"]["schemas"]["TicketObject"] == before
