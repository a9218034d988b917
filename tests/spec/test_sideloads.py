"""Issue 13 item 8: `include=` on every operation that documents sideloads, the fake serving
them, and the sideloaded records read next to the items (`page.included.users`, typed where the
spec has a model, dicts otherwise)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from zendesk_generated.models import (
    GroupObject,
    OrganizationObject,
    SkillBasedRoutingAttributeValueObject,
    TicketObject,
    UserForAdmin,
)

from zendesk_async import ApiTokenAuth, Zendesk
from zendesk_async.errors import InvalidArgumentError, ResponseParseError
from zendesk_async.pagination import Page
from zendesk_async.sideloads import Included, include_param
from zendesk_async.testing import FakeZendesk

START = 1_600_000_000  # before every seeded ticket


@pytest.fixture
async def zd() -> AsyncIterator[Zendesk]:
    async with Zendesk(
        base_url="http://127.0.0.1:8080",
        auth=ApiTokenAuth("agent@example.com", "fake-api-token"),
        transport=httpx.ASGITransport(app=FakeZendesk(tickets=30, seed=5, job_polls=0)),
    ) as client:
        yield client


def user_ids(tickets: list[Any]) -> set[int]:
    ids = {t.requester_id for t in tickets} | {t.submitter_id for t in tickets}
    ids |= {t.assignee_id for t in tickets}
    return {i for i in ids if isinstance(i, int)}


def check_ticket_sideloads(tickets: list[TicketObject], included: Included) -> None:
    assert user_ids(tickets) <= {u.id for u in included.users}
    assert all(isinstance(u, UserForAdmin) for u in included.users)
    groups = {t.group_id for t in tickets if isinstance(t.group_id, int)}
    assert groups and groups <= {g.id for g in included.groups}  # time exports drop repeats
    assert all(isinstance(g, GroupObject) for g in included.groups)
    orgs = {t.organization_id for t in tickets if isinstance(t.organization_id, int)}
    assert orgs and orgs <= {o.id for o in included.organizations}
    assert all(isinstance(o, OrganizationObject) for o in included.organizations)


# ---- one test per endpoint, against the fake ---------------------------------------------------


@pytest.mark.anyio
async def test_ticket_list_pages_carry_typed_sideloads(zd: Zendesk) -> None:
    pages: list[Page[TicketObject]] = []
    async for page in zd.tickets.list(page_size=10, include="users,groups,organizations").pages():
        pages.append(page)
    assert len(pages) == 3
    for page in pages:
        check_ticket_sideloads(page.items, page.included)
        assert page.included.names() == ["users", "groups", "organizations"]
    plain = await zd.tickets.list(page_size=10).pages().__anext__()
    assert not plain.included and plain.included.users == []


@pytest.mark.anyio
async def test_show_ticket_with_included(zd: Zendesk) -> None:
    first = await zd.tickets.list(page_size=1).first()
    assert first is not None and isinstance(first.id, int)
    got = await zd.tickets.get_with_included(first.id, ["users", "groups"])
    assert isinstance(got.item, TicketObject) and got.item.id == first.id
    assert user_ids([got.item]) <= {u.id for u in got.included.users}
    assert got.included.organizations == []  # not asked for


@pytest.mark.anyio
async def test_show_many_merges_sideloads_of_every_chunk(zd: Zendesk) -> None:
    ids = [t.id for t in await zd.tickets.list(page_size=30).collect() if isinstance(t.id, int)]
    fetched = await zd.tickets.get_many(ids, include="users,groups,organizations")
    assert [t.id for t in fetched] == ids
    check_ticket_sideloads(list(fetched), fetched.included)
    users = [u.id for u in fetched.included.users]
    assert len(users) == len(set(users))
    assert not (await zd.tickets.get_many(ids[:2])).included


@pytest.mark.anyio
async def test_comment_pages_sideload_users(zd: Zendesk) -> None:
    created = await zd.tickets.create(subject="Hi", comment={"body": "First"})
    assert isinstance(created.id, int)
    page = await zd.tickets.comments(created.id, include="users").pages().__anext__()
    authors = {c.author_id for c in page.items}
    assert authors and authors <= {u.id for u in page.included.users}


@pytest.mark.anyio
@pytest.mark.parametrize("method", ["tickets", "tickets_by_time"])
async def test_ticket_exports_sideload(zd: Zendesk, method: str) -> None:
    export = getattr(zd.incremental, method)(
        start_time=START, per_page=10, include=["users", "groups", "organizations"]
    )
    seen = 0
    async for page in export.pages():
        assert page.items
        check_ticket_sideloads(page.items, page.included)
        seen += 1
        if seen == 2:
            break
    assert seen == 2


@pytest.mark.anyio
async def test_routing_attributes_sideload_values(zd: Zendesk) -> None:
    page = await zd.routing.attributes.list(include="attribute_values").pages().__anext__()
    values = page.included.attribute_values
    assert values and all(isinstance(v, SkillBasedRoutingAttributeValueObject) for v in values)
    assert {v.attribute_id for v in values} == {a.id for a in page.items}


# ---- Included on its own ----------------------------------------------------------------------


def test_included_types_known_sideloads_and_keeps_the_rest_as_dicts() -> None:
    body = {
        "tickets": [{"id": 1}],
        "users": [{"id": 5, "name": "Ana", "created_at": "2024-03-04T09:12:45Z"}],
        "metric_sets": [{"id": 9, "ticket_id": 1, "reopens": 0}],
        "next_page": None,
        "count": 1,
    }
    included = Included.of(body, "tickets")
    assert included.names() == ["users", "metric_sets"]
    assert included.users[0].name == "Ana" and included.users is included.users  # parsed once
    assert included["metric_sets"] == [{"id": 9, "ticket_id": 1, "reopens": 0}]
    assert included.raw("users") == body["users"]
    assert "users" in included and "groups" not in included and included.groups == []
    assert repr(included) == "Included(users=1, metric_sets=1)"


def test_a_sideloaded_record_that_does_not_fit_is_a_parse_error() -> None:
    with pytest.raises(ResponseParseError, match="users"):
        _ = Included({"users": ["not a user"]}).users


def test_merged_sideloads_do_not_repeat_records() -> None:
    one = Included({"users": [{"id": 1}, {"id": 2}]})
    two = Included({"users": [{"id": 2}, {"id": 3}], "groups": [{"id": 7}]})
    merged = Included.merged([one, two])
    assert [u.id for u in merged.users] == [1, 2, 3] and [g.id for g in merged.groups] == [7]


@pytest.mark.parametrize(
    ("include", "sent"),
    [("users", "users"), ("users, groups", "users,groups"), (["users", "groups"], "users,groups")],
)
def test_include_takes_a_string_or_names(include: Any, sent: str) -> None:
    assert include_param(include) == sent


@pytest.mark.parametrize("include", ["", [], ["users", ""], [3]])
def test_include_refuses_empty_names(include: Any) -> None:
    with pytest.raises(InvalidArgumentError):
        include_param(include)


# ---- the spec ---------------------------------------------------------------------------------

SIDELOAD_OPERATIONS = {
    "ListTickets",
    "ShowTicket",
    "TicketsShowMany",
    "ListTicketComments",
    "IncrementalTicketExportTime",
    "IncrementalTicketExportCursor",
    "ListAccountAttributes",
}


def test_every_sideload_operation_declares_include(spec: dict[str, Any]) -> None:
    params = spec["components"]["parameters"]
    found = set()
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or op.get("operationId") not in SIDELOAD_OPERATIONS:
                continue
            names = [
                params[p["$ref"].rsplit("/", 1)[1]]["name"] if "$ref" in p else p["name"]
                for p in op.get("parameters", []) + item.get("parameters", [])
            ]
            assert "include" in names, op["operationId"]
            found.add(op["operationId"])
    assert found == SIDELOAD_OPERATIONS
