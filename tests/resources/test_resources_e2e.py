"""Resource methods against the in-process fake: typed results, bulk jobs, validation, errors."""

from __future__ import annotations

import pytest
from zendesk_generated.models import TicketObject, TicketSkipObject

from zendesk_async import Zendesk
from zendesk_async.errors import InvalidArgumentError, NotFoundError, UnprocessableEntityError
from zendesk_async.testing import FakeZendesk

pytestmark = pytest.mark.anyio
FIRST = 24_050_113_285_393


async def test_ticket_crud_round_trip(zd: Zendesk) -> None:
    created = await zd.tickets.create(subject="Printer", comment={"body": "It is on fire"})
    assert isinstance(created, TicketObject) and created.subject == "Printer"
    assert isinstance(created.id, int)
    updated = await zd.tickets.update(created.id, status="solved", tags=["fire"])
    assert updated.status == "solved"
    fetched = await zd.tickets.get(created.id)
    assert fetched.id == created.id and fetched.status == "solved"
    await zd.tickets.delete(created.id)
    with pytest.raises(NotFoundError) as err:
        await zd.tickets.get(created.id)
    assert err.value.status_code == 404 and err.value.request_id


async def test_bad_input_is_refused_before_sending(zd: Zendesk, fake: FakeZendesk) -> None:
    before = len(fake.requests)
    with pytest.raises(InvalidArgumentError, match="ticket_id"):
        await zd.tickets.get(-1)
    with pytest.raises(InvalidArgumentError, match="comment"):
        await zd.tickets.create(subject="no comment")
    with pytest.raises(InvalidArgumentError, match="nothing to send"):
        await zd.tickets.update(FIRST)
    with pytest.raises(InvalidArgumentError, match="sort_order"):
        zd.skips.list(sort_order="sideways")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="reason"):
        await zd.skips.create(ticket_id=FIRST, reason=" ")
    assert len(fake.requests) == before


async def test_list_streams_typed_and_raw(zd: Zendesk) -> None:
    typed = await zd.tickets.list(page_size=100).collect()
    # 250 seeded, every 97th deleted (those show only in exports)
    assert len(typed) == 248 and all(isinstance(t, TicketObject) for t in typed)
    assert len(await zd.tickets.list(page_size=100).collect(limit=150)) == 150
    raw = await zd.tickets.list(page_size=100, raw=True).collect()
    assert [r["id"] for r in raw] == [t.id for t in typed]
    first = await zd.tickets.list().first()
    assert first is not None and first.id == typed[0].id


async def test_get_many_keeps_order_and_reports_missing(zd: Zendesk) -> None:
    ids = [FIRST + 5, FIRST + 1, FIRST + 5, 999, FIRST + 2]
    got = await zd.tickets.get_many(ids, concurrency=3)
    assert [t.id for t in got] == [FIRST + 5, FIRST + 1, FIRST + 2]
    assert got.missing == [999]
    raw = await zd.tickets.get_many(ids, raw=True)
    assert [t["id"] for t in raw] == [FIRST + 5, FIRST + 1, FIRST + 2]


async def test_bulk_create_update_delete_report_every_input(zd: Zendesk) -> None:
    inputs = [{"subject": f"bulk {i}", "comment": {"body": "x"}} for i in range(150)]
    created = await zd.tickets.create_many(inputs)
    assert len(created) == 150 and created.ok and len(created.jobs) == 2
    new_ids = [i for i in created.ids if isinstance(i, int)]
    assert len(set(new_ids)) == 150
    updated = await zd.tickets.update_many(new_ids, status="pending")
    assert updated.ok and updated.ids == new_ids
    assert (await zd.tickets.get(new_ids[-1])).status == "pending"
    per_row = await zd.tickets.update_many([{"id": new_ids[0], "priority": "high"}])
    assert per_row.ok
    deleted = await zd.tickets.delete_many(new_ids)
    assert deleted.ok
    with pytest.raises(NotFoundError):
        await zd.tickets.get(new_ids[0])


async def test_ticket_children(zd: Zendesk) -> None:
    comments = await zd.tickets.comments(FIRST).collect()
    assert comments and await zd.tickets.comment_count(FIRST) == len(comments)
    audits = await zd.tickets.audits(FIRST).collect()
    assert audits and await zd.tickets.audit_count(FIRST) == len(audits)
    assert audits[0].id is not None
    one = await zd.tickets.audit(FIRST, audits[0].id)  # type: ignore[arg-type]
    assert one.id == audits[0].id
    new = await zd.tickets.create(subject="tags", comment={"body": "x"})
    assert new.id is not None
    tags = await zd.tickets.set_tags(new.id, ["a", "b"])
    assert sorted(tags) == ["a", "b"]
    assert sorted(await zd.tickets.add_tags(new.id, ["c"])) == ["a", "b", "c"]
    await zd.tickets.remove_tags(new.id, ["a"])
    assert sorted(await zd.tickets.tags(new.id)) == ["b", "c"]
    assert isinstance(await zd.tickets.followers(FIRST), list)
    assert isinstance(await zd.tickets.count(), int)


async def test_skips_three_ways(zd: Zendesk) -> None:
    skip = await zd.skips.create(ticket_id=FIRST, reason="Needs a specialist")
    assert isinstance(skip, TicketSkipObject) and skip.reason == "Needs a specialist"
    by_ticket = await zd.skips.list(ticket_id=FIRST).collect()
    assert skip.id in [s.id for s in by_ticket]
    assert skip.user_id is not None
    by_user = await zd.skips.list(user_id=skip.user_id, sort_order="desc").collect()  # type: ignore[arg-type]
    assert by_user[0].id == skip.id
    everything = await zd.skips.list(raw=True).collect()
    assert skip.id in [s["id"] for s in everything]


async def test_routing_attributes_values_and_assignments(zd: Zendesk) -> None:
    attr = await zd.routing.attributes.create(name="Language")
    assert attr.name == "Language" and isinstance(attr.id, str)
    value = await zd.routing.attributes.create_value(attr.id, name="German")
    assert value.name == "German" and isinstance(value.id, str)
    renamed = await zd.routing.attributes.update_value(attr.id, value.id, name="Deutsch")
    assert renamed.name == "Deutsch"
    assert [v.id for v in await zd.routing.attributes.values(attr.id)] == [value.id]
    assert attr.id in [a.id async for a in zd.routing.attributes.list()]
    await zd.routing.tickets.set(FIRST, [value.id])
    assert [v.id for v in await zd.routing.tickets.get(FIRST)] == [value.id]
    job = await zd.routing.agents.set_many([101, 102], [value.id])
    assert job.ok and job.ids == [101, 102]
    assert [v.id for v in await zd.routing.agents.get(101)] == [value.id]
    await zd.routing.attributes.delete_value(attr.id, value.id)
    await zd.routing.attributes.delete(attr.id)
    with pytest.raises(NotFoundError):
        await zd.routing.attributes.get(attr.id)


async def test_incremental_exports_reach_the_end(zd: Zendesk) -> None:
    tickets = await zd.incremental.tickets(start_time=1_600_000_000, raw=True).collect()
    assert len({t["id"] for t in tickets}) == 250
    by_time = await zd.incremental.tickets_by_time(start_time=1_600_000_000).collect()
    assert len({t.id for t in by_time}) == 250
    attrs = await zd.incremental.routing_attributes().collect()
    assert isinstance(attrs, list)


async def test_job_statuses_get_and_wait(zd: Zendesk) -> None:
    created = await zd.tickets.create_many([{"subject": "j", "comment": {"body": "x"}}])
    job_id = created.jobs[0].id
    assert (await zd.job_statuses.get(job_id)).status == "completed"
    assert (await zd.job_statuses.wait(job_id)).status == "completed"
    with pytest.raises(NotFoundError):
        await zd.job_statuses.get("no-such-job")


async def test_server_validation_error_is_typed(zd: Zendesk) -> None:
    with pytest.raises(UnprocessableEntityError):
        await zd.tickets.create(comment={"body": ""})


async def test_job_waits_use_the_clients_clock_and_sleep() -> None:
    """A job stuck in `working` times out on the client's (virtual) clock, without real sleep."""
    import httpx

    from zendesk_async import ApiTokenAuth
    from zendesk_async.errors import JobTimeoutError

    now = [1000.0]
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    fake = FakeZendesk(tickets=5, seed=1, job_polls=10_000)
    async with Zendesk(
        base_url="http://127.0.0.1:8080",
        auth=ApiTokenAuth("agent@example.com", "fake-api-token"),
        transport=httpx.ASGITransport(app=fake),
        clock=lambda: now[0],
        sleep=fake_sleep,
    ) as zd:
        res = await zd.tickets.create_many([{"subject": "x", "comment": {"body": "y"}}], timeout=60)
    # the job was accepted but did not finish: the item is unknown (not lost, not failed)
    [item] = res.items
    assert item.unknown and isinstance(item.exception, JobTimeoutError)
    assert item.job_id == res.jobs[0].id and res.jobs[0].status == "working"
    assert slept and sum(slept) <= 60 + 1e-9
    assert len(slept) < 30  # backoff grows: a handful of polls, not a busy loop
