"""(e) real payloads (nulls, new enum values, loose types) parse; writes omit read-only keys."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
import yaml
from zendesk_generated.models import (
    CustomFieldValue,
    IncrementalSkillBasedRouting,
    JobStatusResponse,
    TicketAuditResponse,
    TicketCommentObjectWrite,
    TicketCommentsResponse,
    TicketCreateInput,
    TicketCreateRequest,
    TicketObject,
    TicketResponse,
    TicketSkipsResponse,
    TicketsResponse,
    TicketUpdateInput,
)
from zendesk_generated.types import UNSET

from .conftest import BUNDLED

NULLS = {
    "priority": None,
    "type": None,
    "via": None,
    "satisfaction_rating": None,
    "updated_at": None,
    "external_id": None,
    "assignee_id": None,
    "organization_id": None,
    "group_id": None,
    "problem_id": None,
    "recipient": None,
    "forum_topic_id": None,
    "due_at": None,
}


def attr(name: str) -> str:
    """Python attribute of a JSON key (the generator renames keywords: type -> type_)."""
    return "type_" if name == "type" else name


def ticket(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": 35436,
        "subject": "Help, my printer is on fire!",
        "status": "open",
        "requester_id": 20978392,
        "created_at": "2009-07-20T22:55:29Z",
        "updated_at": "2011-05-05T10:38:52Z",
        "via": {"channel": "api", "source": {"from": {}, "to": {}, "rel": None}},
    }
    return {**base, **overrides}


@pytest.mark.parametrize(("field", "value"), sorted(NULLS.items()))
def test_each_null_field_parses_and_round_trips(field: str, value: None) -> None:
    parsed = TicketObject.from_dict(ticket(**{field: value}))
    assert getattr(parsed, attr(field)) is None
    assert parsed.to_dict()[field] is None


def test_a_create_response_with_every_documented_null_parses() -> None:
    parsed = TicketResponse.from_dict({"ticket": ticket(**NULLS)})
    assert isinstance(parsed.ticket, TicketObject)
    assert parsed.ticket.priority is None and parsed.ticket.via is None


@pytest.mark.parametrize(
    ("field", "value"),
    [("status", "deleted"), ("status", "archived"), ("priority", "critical"), ("type", "bug")],
)
def test_unknown_enum_values_are_kept_not_rejected(field: str, value: str) -> None:
    parsed = TicketObject.from_dict(ticket(**{field: value}))
    assert getattr(parsed, attr(field)) == value
    assert parsed.to_dict()[field] == value


def test_missing_requester_id_and_undocumented_fields_are_tolerated() -> None:
    raw = ticket(satisfaction_probability=0.9, brand_new_field={"a": 1})
    del raw["requester_id"]
    parsed = TicketObject.from_dict(raw)
    assert parsed.requester_id is UNSET
    assert parsed.additional_properties["satisfaction_probability"] == 0.9
    assert parsed.to_dict()["brand_new_field"] == {"a": 1}


@pytest.mark.parametrize(
    "value", ["745", "10517014", 42, 3.5, True, False, ["opt_a", "opt_b"], [], None]
)
def test_custom_field_value_accepts_every_real_type(value: Any) -> None:
    parsed = TicketObject.from_dict(ticket(custom_fields=[{"id": 27642, "value": value}]))
    assert parsed.custom_fields is not None and not isinstance(parsed.custom_fields, type(UNSET))
    field = parsed.custom_fields[0]
    assert isinstance(field, CustomFieldValue)
    assert field.value == value
    assert parsed.to_dict()["custom_fields"] == [{"id": 27642, "value": value}]


def test_list_envelopes_with_pagination_fields_parse() -> None:
    page = TicketsResponse.from_dict(
        {
            "tickets": [ticket(**NULLS)],
            "meta": {"has_more": True, "after_cursor": "xyz", "before_cursor": None},
            "links": {"next": "https://x.zendesk.com/api/v2/tickets?page[after]=xyz", "prev": None},
            "next_page": None,
            "previous_page": None,
            "count": 1,
        }
    )
    assert page.meta is not None and not isinstance(page.meta, type(UNSET))
    assert page.meta.has_more is True and page.meta.after_cursor == "xyz"
    assert page.links is not None and not isinstance(page.links, type(UNSET))
    assert page.links.prev is None
    assert page.count == 1


def test_comments_audits_and_skips_with_nulls_parse() -> None:
    comment = {"id": 1, "body": "hi", "via": None, "attachments": [], "metadata": None}
    assert TicketCommentsResponse.from_dict({"comments": [comment]}).comments
    audit = {"id": 2, "ticket_id": 3, "via": None, "events": [{"type": "Comment", "value": 45}]}
    assert TicketAuditResponse.from_dict({"audit": audit}).audit
    skip = {"id": 4, "ticket_id": 5, "reason": None, "ticket": ticket(**NULLS), "updated_at": None}
    assert TicketSkipsResponse.from_dict({"skips": [skip], "meta": None, "links": None}).skips


def test_job_status_with_undocumented_status_and_null_totals_parses() -> None:
    parsed = JobStatusResponse.from_dict(
        {
            "job_status": {
                "id": "abc",
                "status": "killed",
                "total": None,
                "progress": None,
                "results": {"success": True},
                "message": None,
            }
        }
    )
    assert parsed.job_status is not None and not isinstance(parsed.job_status, type(UNSET))
    assert parsed.job_status.status == "killed"


def test_sbr_export_end_time_as_string_and_empty_page_parse() -> None:
    parsed = IncrementalSkillBasedRouting.from_dict(
        {"attributes": [], "count": 0, "end_time": "1535671451", "next_page": None}
    )
    assert parsed.count == 0 and parsed.next_page is None


# ---- request models never send read-only fields --------------------------------------------


def _read_only(schema: dict[str, Any]) -> set[str]:
    return {k for k, v in schema.get("properties", {}).items() if v.get("readOnly")}


@pytest.fixture(scope="module")
def schemas() -> dict[str, Any]:
    with BUNDLED.open(encoding="utf-8") as handle:
        result: dict[str, Any] = yaml.safe_load(handle)["components"]["schemas"]
    return result


def test_no_request_body_schema_declares_a_read_only_property(schemas: dict[str, Any]) -> None:
    from tolerance import _body_schemas, schema_closure  # spec/ is on sys.path (conftest)

    with BUNDLED.open(encoding="utf-8") as handle:
        doc = yaml.safe_load(handle)
    request = schema_closure(doc, _body_schemas(doc))
    assert "TicketUpdateInput" in request and "TicketCommentObjectWrite" in request
    offenders = {name: _read_only(schemas[name]) for name in request if _read_only(schemas[name])}
    assert offenders == {}


@pytest.mark.parametrize("model", [TicketCreateInput, TicketUpdateInput, TicketCommentObjectWrite])
def test_write_models_have_no_read_only_attributes(model: Any, schemas: dict[str, Any]) -> None:
    read_only = _read_only(schemas["TicketObject"]) | _read_only(schemas["TicketCommentObject"])
    read_only -= {"description", "via"}  # writable under the same name on create/comment inputs
    assert {"id", "url", "created_at", "updated_at", "plain_body"} <= read_only
    attributes = {a.name for a in attrs.fields(model)}
    assert attributes & read_only == set()


def test_a_built_ticket_create_request_sends_only_what_was_set() -> None:
    body = TicketCreateRequest(
        ticket=TicketCreateInput(
            subject="Printer on fire", comment=TicketCommentObjectWrite(body="Help", public=True)
        )
    ).to_dict()
    assert body == {
        "ticket": {"subject": "Printer on fire", "comment": {"body": "Help", "public": True}}
    }
