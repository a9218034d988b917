"""Issue 13 item 5: `tickets.create_with_audit` / `update_with_audit` hand back the audit of the
write (the fake answers `{ticket, audit}` like Zendesk); `create` / `update` still return the
ticket alone."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from zendesk_generated.models import AuditObject, TicketObject

from zendesk_async import ApiTokenAuth, Zendesk
from zendesk_async.resources import TicketChange
from zendesk_async.resources.ticket_extras import parse_ticket_change
from zendesk_async.testing import FakeZendesk

pytestmark = pytest.mark.anyio


@pytest.fixture
async def zd() -> AsyncIterator[Zendesk]:
    async with Zendesk(
        base_url="http://127.0.0.1:8080",
        auth=ApiTokenAuth("agent@example.com", "fake-api-token"),
        transport=httpx.ASGITransport(app=FakeZendesk(tickets=5, seed=3, job_polls=0)),
    ) as client:
        yield client


async def test_create_with_audit_returns_the_ticket_and_its_audit(zd: Zendesk) -> None:
    change = await zd.tickets.create_with_audit(
        subject="VAT", comment={"body": "Wrong VAT"}, tags=["mm", "new"]
    )
    assert isinstance(change, TicketChange) and isinstance(change.ticket, TicketObject)
    assert isinstance(change.audit, AuditObject)
    assert change.audit.ticket_id == change.ticket.id
    assert isinstance(change.audit.events, list) and change.audit.events[0].body == "Wrong VAT"
    created = {e.field_name: e.value for e in change.audit.events if e.type_ == "Create"}
    assert created["tags"] == ["mm", "new"] and created["subject"] == "VAT"


async def test_update_with_audit_returns_the_audit_of_the_change(zd: Zendesk) -> None:
    created = await zd.tickets.create(subject="VAT", comment={"body": "Wrong VAT"})
    assert isinstance(created, TicketObject) and isinstance(created.id, int)
    change = await zd.tickets.update_with_audit(created.id, comment={"body": "Looking"})
    assert change.ticket.id == created.id
    assert isinstance(change.audit, AuditObject) and isinstance(change.audit.events, list)
    assert change.audit.events[0].body == "Looking"
    plain = await zd.tickets.update(created.id, status="open")
    assert isinstance(plain, TicketObject) and plain.status == "open"
    tagged = await zd.tickets.update_with_audit(created.id, tags=["vat"], status="pending")
    assert tagged.audit is not None and isinstance(tagged.audit.events, list)
    changes = {e.field_name: (e.value, e.previous_value) for e in tagged.audit.events}
    assert changes == {"status": ("pending", "open"), "tags": (["vat"], [])}
    audits = await zd.tickets.audits(created.id).collect()
    assert audits[-1].id == tagged.audit.id  # recorded, not made up for the answer


def test_an_answer_without_audit_gives_none() -> None:
    change = parse_ticket_change({"ticket": {"id": 1}})
    assert change.audit is None and change.ticket.id == 1
    tags = {"id": 2, "events": [{"type": "Create", "field_name": "tags", "value": ["mm", "new"]}]}
    with_list = parse_ticket_change({"ticket": {"id": 1}, "audit": tags})
    assert with_list.audit is not None and isinstance(with_list.audit.events, list)
    assert with_list.audit.events[0].value == ["mm", "new"]
