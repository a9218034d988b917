"""Every public resource method once, over real loopback sockets, on both anyio backends.

One fake server per module (`fake_zendesk` / `fake_zendesk_server` overridden module-scoped);
each case gets a fresh `zendesk_client` from the shared plugin and creates what it mutates, so
cases stay independent. Methods the fake does not serve (Twitter / Talk channels, attachment
redaction) must end in the typed `NotFoundError`, never in a `None` or an untyped exception.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
from zendesk_generated.models import TicketObject

from zendesk_async import Zendesk
from zendesk_async import _constants as C
from zendesk_async import resources as R
from zendesk_async.errors import NotFoundError
from zendesk_async.testing import FakeZendesk, serve_in_thread

FIRST = C.FAKE_FIRST_TICKET_ID
SEEDED = 250
EPOCH = C.FAKE_SEED_EPOCH

Case = Callable[[Zendesk], Awaitable[None]]
CASES: dict[str, Case] = {}


@pytest.fixture(scope="module")
def fake_zendesk() -> FakeZendesk:
    return FakeZendesk(tickets=SEEDED, seed=11, job_polls=0)


@pytest.fixture(scope="module")
def fake_zendesk_server(fake_zendesk: FakeZendesk) -> Iterator[str]:
    with serve_in_thread(fake_zendesk) as base_url:
        yield base_url


def case(*names: str) -> Callable[[Case], Case]:
    """Register a case covering the resource methods `names` ("Tickets.get", ...)."""

    def register(fn: Case) -> Case:
        for name in names:
            assert name not in CASES, name
            CASES[name] = fn
        return fn

    return register


async def _ticket(zd: Zendesk, subject: str = "socket") -> int:
    created = await zd.tickets.create(subject=subject, comment={"body": "hello world"})
    assert isinstance(created.id, int)
    return created.id


async def _value(zd: Zendesk) -> tuple[str, str]:
    attr = await zd.routing.attributes.create(name="Language")
    assert isinstance(attr.id, str)
    value = await zd.routing.attributes.create_value(attr.id, name="German")
    assert isinstance(value.id, str)
    return attr.id, value.id


# -- tickets ------------------------------------------------------------------------------------


@case("Tickets.get", "Tickets.create", "Tickets.update", "Tickets.delete")
async def _crud(zd: Zendesk) -> None:
    tid = await _ticket(zd)
    assert (await zd.tickets.update(tid, status="pending")).status == "pending"
    assert (await zd.tickets.get(tid)).status == "pending"
    await zd.tickets.delete(tid)
    with pytest.raises(NotFoundError):
        await zd.tickets.get(tid)


@case("Tickets.create_with_audit", "Tickets.update_with_audit", "Tickets.get_with_included")
async def _audit_and_sideloads(zd: Zendesk) -> None:
    made = await zd.tickets.create_with_audit(subject="socket", comment={"body": "hi"})
    assert made.audit is not None and isinstance(made.ticket.id, int)
    changed = await zd.tickets.update_with_audit(made.ticket.id, status="pending")
    assert changed.audit is not None and changed.ticket.status == "pending"
    got = await zd.tickets.get_with_included(made.ticket.id, "users")
    assert got.item.id == made.ticket.id and got.included.users


@case("Tickets.list")
async def _list(zd: Zendesk) -> None:
    items = await zd.tickets.list(page_size=100).collect()
    assert len(items) >= SEEDED - SEEDED // C.FAKE_SEED_DELETED_EVERY
    assert all(isinstance(t, TicketObject) for t in items)
    assert len({t.id for t in items}) == len(items)


@case("Tickets.from_view")
async def _from_view(zd: Zendesk) -> None:
    assert isinstance(await zd.tickets.from_view(1, page_size=10).collect(limit=10), list)


@case("Tickets.count")
async def _count(zd: Zendesk) -> None:
    assert await zd.tickets.count() >= SEEDED - SEEDED // C.FAKE_SEED_DELETED_EVERY


@case("Tickets.get_many")
async def _get_many(zd: Zendesk) -> None:
    got = await zd.tickets.get_many([FIRST + 3, FIRST + 1, 999])
    assert [t.id for t in got] == [FIRST + 3, FIRST + 1] and got.missing == [999]


@case("Tickets.create_many", "Tickets.update_many", "Tickets.delete_many", "JobStatuses.get")
async def _bulk(zd: Zendesk) -> None:
    created = await zd.tickets.create_many(
        [{"subject": f"b{i}", "comment": {"body": "x"}} for i in range(3)]
    )
    assert created.ok and len(created) == 3
    ids = [i for i in created.ids if isinstance(i, int)]
    assert (await zd.job_statuses.get(created.jobs[0].id)).status == "completed"
    assert (await zd.tickets.update_many(ids, priority="high")).ok
    assert (await zd.tickets.get(ids[0])).priority == "high"
    assert (await zd.tickets.delete_many(ids)).ok


@case("Tickets.mark_many_as_spam", "Tickets.mark_as_spam")
async def _spam(zd: Zendesk) -> None:
    assert (await zd.tickets.mark_many_as_spam([await _ticket(zd)])).ok
    await zd.tickets.mark_as_spam(await _ticket(zd))


@case("Tickets.import_ticket", "Tickets.import_many")
async def _imports(zd: Zendesk) -> None:
    row = {
        "subject": "imported",
        "description": "old",
        "comments": [{"author_id": 1, "value": "old"}],
    }
    one = await zd.tickets.import_ticket(row)
    assert one.subject == "imported"
    assert (await zd.tickets.import_many([row, row])).ok


@case("Tickets.merge")
async def _merge(zd: Zendesk) -> None:
    target, source = await _ticket(zd), await _ticket(zd)
    job = await zd.tickets.merge(target, [source], target_comment="merged")
    assert job.status == "completed"


@case("Tickets.comments", "Tickets.comment_count", "Tickets.make_comment_private")
async def _comments(zd: Zendesk) -> None:
    tid = await _ticket(zd)
    comments = await zd.tickets.comments(tid).collect()
    assert len(comments) == await zd.tickets.comment_count(tid) >= 1
    assert isinstance(comments[0].id, int)
    await zd.tickets.make_comment_private(tid, comments[0].id)


@case("Tickets.redact_comment")
async def _redact(zd: Zendesk) -> None:
    tid = await _ticket(zd)
    comment = (await zd.tickets.comments(tid).collect())[0]
    assert isinstance(comment.id, int)
    redacted = await zd.tickets.redact_comment(tid, comment.id, "world")
    assert redacted.id == comment.id


@case("Tickets.redact_attachment")
async def _redact_attachment(zd: Zendesk) -> None:
    with pytest.raises(NotFoundError):  # the fake keeps no attachments
        await zd.tickets.redact_attachment(FIRST, 1, 1)


@case(
    "Tickets.audits", "Tickets.audit", "Tickets.audit_count", "Tickets.make_audit_comment_private"
)
async def _audits(zd: Zendesk) -> None:
    audits = await zd.tickets.audits(FIRST).collect()
    assert len(audits) == await zd.tickets.audit_count(FIRST) >= 1
    assert isinstance(audits[0].id, int)
    assert (await zd.tickets.audit(FIRST, audits[0].id)).id == audits[0].id
    await zd.tickets.make_audit_comment_private(FIRST, audits[0].id)


@case("Tickets.conversation_log")
async def _conversation(zd: Zendesk) -> None:
    assert len(await zd.tickets.conversation_log(FIRST).collect()) >= 1


@case("Tickets.tags", "Tickets.set_tags", "Tickets.add_tags", "Tickets.remove_tags")
async def _tags(zd: Zendesk) -> None:
    tid = await _ticket(zd)
    assert sorted(await zd.tickets.set_tags(tid, ["a", "b"])) == ["a", "b"]
    assert sorted(await zd.tickets.add_tags(tid, ["c"])) == ["a", "b", "c"]
    await zd.tickets.remove_tags(tid, ["a"])
    assert sorted(await zd.tickets.tags(tid)) == ["b", "c"]


@case("Tickets.collaborators", "Tickets.email_ccs", "Tickets.followers")
async def _people(zd: Zendesk) -> None:
    for fetch in (zd.tickets.collaborators, zd.tickets.email_ccs, zd.tickets.followers):
        assert isinstance(await fetch(FIRST), list)


@case("Tickets.incidents", "Tickets.related", "Tickets.apply_macro")
async def _relations(zd: Zendesk) -> None:
    assert isinstance(await zd.tickets.incidents(FIRST).collect(), list)
    assert (await zd.tickets.related(FIRST)) is not None
    assert (await zd.tickets.apply_macro(FIRST, 1)) is not None


@case("Tickets.rate")
async def _rate(zd: Zendesk) -> None:
    tid = await _ticket(zd)
    await zd.tickets.update(tid, status="solved")
    rating = await zd.tickets.rate(tid, "good", comment="thanks")
    assert rating is not None


@case(
    "Channels.from_tweet",
    "Channels.twicket_statuses",
    "Channels.open_in_agent_browser",
    "Channels.voice_ticket",
)
async def _channels(zd: Zendesk) -> None:
    """Not served by the fake: each call must end in the typed 404, and reach the server."""
    ch = zd.tickets.channels
    calls: list[Callable[[], Awaitable[Any]]] = [
        lambda: ch.from_tweet(1, 2),
        lambda: ch.twicket_statuses(1, ids=[1]),
        lambda: ch.open_in_agent_browser(1, FIRST),
        lambda: ch.voice_ticket(via_id=44, comment={"body": "voicemail"}),
    ]
    for call in calls:
        with pytest.raises(NotFoundError):
            await call()


# -- skips, routing, exports, jobs --------------------------------------------------------------


@case("Skips.create", "Skips.list")
async def _skips(zd: Zendesk) -> None:
    skip = await zd.skips.create(ticket_id=FIRST + 1, reason="Needs a specialist")
    assert skip.id in [s.id for s in await zd.skips.list(ticket_id=FIRST + 1).collect()]
    assert isinstance(skip.user_id, int)
    assert skip.id in [s.id for s in await zd.skips.list(user_id=skip.user_id).collect()]
    assert skip.id in [s["id"] for s in await zd.skips.list(raw=True).collect()]


@case(
    "Attributes.create",
    "Attributes.get",
    "Attributes.list",
    "Attributes.update",
    "Attributes.delete",
    "Attributes.definitions",
)
async def _attributes(zd: Zendesk) -> None:
    attr = await zd.routing.attributes.create(name="Team")
    assert isinstance(attr.id, str)
    assert (await zd.routing.attributes.get(attr.id)).name == "Team"
    assert (await zd.routing.attributes.update(attr.id, "Squad")).name == "Squad"
    assert attr.id in [a.id for a in await zd.routing.attributes.list().collect()]
    assert (await zd.routing.attributes.definitions()) is not None
    await zd.routing.attributes.delete(attr.id)
    with pytest.raises(NotFoundError):
        await zd.routing.attributes.get(attr.id)


@case(
    "Attributes.create_value",
    "Attributes.get_value",
    "Attributes.update_value",
    "Attributes.values",
    "Attributes.delete_value",
)
async def _values(zd: Zendesk) -> None:
    attr_id, value_id = await _value(zd)
    assert (await zd.routing.attributes.get_value(attr_id, value_id)).name == "German"
    renamed = await zd.routing.attributes.update_value(attr_id, value_id, "Deutsch")
    assert renamed.name == "Deutsch"
    assert [v.id for v in await zd.routing.attributes.values(attr_id)] == [value_id]
    await zd.routing.attributes.delete_value(attr_id, value_id)
    assert await zd.routing.attributes.values(attr_id) == []


@case("AgentSkills.get", "AgentSkills.set", "AgentSkills.list_many", "AgentSkills.set_many")
async def _agents(zd: Zendesk) -> None:
    _, value_id = await _value(zd)
    assert [v.id for v in await zd.routing.agents.set(201, [value_id])] == [value_id]
    assert [v.id for v in await zd.routing.agents.get(201)] == [value_id]
    assert (await zd.routing.agents.set_many([202, 203], [value_id])).ok
    assert len(await zd.routing.agents.list_many([201, 202, 203]).collect()) >= 1


@case("TicketSkills.get", "TicketSkills.set", "TicketSkills.fulfilled")
async def _ticket_skills(zd: Zendesk) -> None:
    _, value_id = await _value(zd)
    tid = await _ticket(zd)
    assert [v.id for v in await zd.routing.tickets.set(tid, [value_id])] == [value_id]
    assert [v.id for v in await zd.routing.tickets.get(tid)] == [value_id]
    assert isinstance(await zd.routing.tickets.fulfilled([tid, FIRST]), list)


@case("Incremental.tickets", "Incremental.tickets_by_time")
async def _exports(zd: Zendesk) -> None:
    by_cursor = await zd.incremental.tickets(start_time=EPOCH, raw=True).collect()
    assert {t["id"] for t in by_cursor} >= {FIRST + i for i in range(SEEDED)}
    by_time = await zd.incremental.tickets_by_time(start_time=EPOCH).collect()
    assert {t.id for t in by_time} >= {FIRST + i for i in range(SEEDED)}


@case(
    "Incremental.routing_attributes",
    "Incremental.routing_attribute_values",
    "Incremental.routing_instance_values",
)
async def _routing_exports(zd: Zendesk) -> None:
    await _value(zd)
    assert len(await zd.incremental.routing_attributes(start_time=EPOCH).collect()) >= 1
    assert len(await zd.incremental.routing_attribute_values(start_time=EPOCH).collect()) >= 1
    assert isinstance(
        await zd.incremental.routing_instance_values(start_time=EPOCH).collect(), list
    )


@case("JobStatuses.wait")
async def _wait(zd: Zendesk) -> None:
    created = await zd.tickets.create_many([{"subject": "w", "comment": {"body": "x"}}])
    assert (await zd.job_statuses.wait(created.jobs[0].id)).status == "completed"


# -- the table ----------------------------------------------------------------------------------

RESOURCE_CLASSES = [
    R.Tickets, R.Channels, R.Skips, R.Attributes, R.AgentSkills, R.TicketSkills,
    R.Incremental, R.JobStatuses,
]  # fmt: skip


def _public_methods() -> set[str]:
    return {
        f"{cls.__name__}.{name}"
        for cls in RESOURCE_CLASSES
        for name, _ in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    }


def test_every_public_resource_method_has_a_socket_case() -> None:
    assert _public_methods() - set(CASES) == set()
    assert set(CASES) - _public_methods() == set()


def _unique_cases() -> list[Any]:
    seen: dict[Case, list[str]] = {}
    for name, fn in CASES.items():
        seen.setdefault(fn, []).append(name)
    return [pytest.param(fn, id=fn.__name__.strip("_")) for fn in seen]


@pytest.mark.anyio
@pytest.mark.parametrize("run", _unique_cases())
async def test_resource_methods_over_sockets(run: Case, zendesk_client: Zendesk) -> None:
    await run(zendesk_client)
