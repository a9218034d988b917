"""Seeding: deterministic, lazy, and as messy as real accounts."""

from __future__ import annotations

import json
from typing import Any

from zendesk_async.testing import FakeZendesk
from zendesk_async.testing.seed import SeedData


def _all(seed: SeedData) -> list[dict[str, Any]]:
    return [seed.ticket(i) for i in range(seed.count)]


def test_same_seed_same_tickets_other_seed_differs() -> None:
    a = SeedData(400, 1, public_url="https://x.zendesk.com")
    b = SeedData(400, 1, public_url="https://x.zendesk.com")
    c = SeedData(400, 2, public_url="https://x.zendesk.com")
    assert [a.ticket_bytes(i) for i in range(400)] == [b.ticket_bytes(i) for i in range(400)]
    assert [a.ticket_bytes(i) for i in range(400)] != [c.ticket_bytes(i) for i in range(400)]
    assert a.comments(7) == b.comments(7)


def test_rendered_bytes_are_valid_json_with_large_ids() -> None:
    seed = SeedData(300, 5, public_url="https://x.zendesk.com")
    tickets = _all(seed)
    assert tickets[0]["id"] > 10**13 and tickets[0]["id"] < 2**53
    assert tickets[0]["url"] == f"https://x.zendesk.com/api/v2/tickets/{tickets[0]['id']}.json"
    assert all(json.loads(seed.ticket_bytes(i)) == t for i, t in enumerate(tickets))
    assert [t["generated_timestamp"] for t in tickets] == sorted(
        t["generated_timestamp"] for t in tickets
    )


def test_messy_fields_all_occur() -> None:
    tickets = _all(SeedData(2000, 0, public_url="https://x.zendesk.com"))
    for key in (
        "priority",
        "type",
        "assignee_id",
        "organization_id",
        "satisfaction_rating",
        "external_id",
    ):
        assert any(t[key] is None for t in tickets), key
        assert any(t[key] is not None for t in tickets), key
    values = [f["value"] for t in tickets for f in t["custom_fields"]]
    kinds = {type(v).__name__ for v in values}
    assert {"str", "int", "float", "bool", "list", "NoneType"} <= kinds
    assert any(isinstance(v, str) and v.isdigit() for v in values)  # number as a string
    subjects = {t["subject"] for t in tickets}
    assert any(any(ord(ch) > 0x1F000 for ch in s) for s in subjects)  # emoji
    assert any(any("\u0590" <= ch <= "\u06ff" for ch in s) for s in subjects)  # RTL
    assert {t["via"]["channel"] for t in tickets} >= {"web", "api", "email", "any_channel"}
    assert sum(t["status"] == "deleted" for t in tickets) == 2000 // 97
    assert all(t["fields"] == t["custom_fields"] for t in tickets)


def test_a_million_tickets_is_cheap() -> None:
    fake = FakeZendesk(tickets=1_000_000, seed=9)
    store = fake.account.tickets
    assert store.count() == 1_000_000 - 1_000_000 // 97
    last = store.nth_id(store.count() - 1)
    assert store.get(last) is not None
    assert store.render(500_000, 500_003)[0] == store.get_bytes(store.nth_id(500_000))
