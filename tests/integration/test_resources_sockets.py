"""Every public resource method once, over real loopback sockets, on both anyio backends.

One fake server per module (`fake_zendesk` / `fake_zendesk_server` overridden module-scoped);
each case gets a fresh `zendesk_client` from the shared plugin and creates what it mutates, so
cases stay independent. Each case checks the *effect*: what changed in the fake's state
(`fake.account`: comments' privacy, redactions, ratings, merges, spam) or the exact content
that came back -- never only that nothing raised. Methods the fake does not serve (Twitter /
Talk channels, attachment redaction) must end in the typed `NotFoundError`, never in a `None`
or an untyped exception.
"""

from __future__ import annotations

import inspect
import itertools
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

Case = Callable[[Zendesk, FakeZendesk], Awaitable[None]]
_AGENTS = itertools.count(201)
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


async def _ticket(zd: Zendesk, subject: str = "socket", **extra: Any) -> int:
    created = await zd.tickets.create(subject=subject, comment={"body": "hello world"}, **extra)
    assert isinstance(created.id, int)
    return created.id


def _comments(fake: FakeZendesk, tid: int) -> list[dict[str, Any]]:
    return fake.account.tickets.ticket_comments(tid)


def _stored(fake: FakeZendesk, tid: int) -> dict[str, Any]:
    ticket = fake.account.tickets.get(tid)
    assert ticket is not None
    return ticket


async def _value(zd: Zendesk) -> tuple[str, str]:
    attr = await zd.routing.attributes.create(name="Language")
    assert isinstance(attr.id, str)
    value = await zd.routing.attributes.create_value(attr.id, name="German")
    assert isinstance(value.id, str)
    return attr.id, value.id


# -- tickets ------------------------------------------------------------------------------------


@case("Tickets.get", "Tickets.create", "Tickets.update", "Tickets.delete")
async def _crud(zd: Zendesk, fake: FakeZendesk) -> None:
    tid = await _ticket(zd, "crud", priority="low")
    stored = _stored(fake, tid)
    assert (stored["subject"], stored["priority"], stored["description"]) == (
        "crud", "low", "hello world",
    )  # fmt: skip
    assert (await zd.tickets.update(tid, status="pending")).status == "pending"
    assert _stored(fake, tid)["status"] == "pending"
    got = await zd.tickets.get(tid)
    assert (got.id, got.subject, got.status) == (tid, "crud", "pending")
    await zd.tickets.delete(tid)
    assert not fake.account.tickets.exists(tid)
    with pytest.raises(NotFoundError):
        await zd.tickets.get(tid)


@case("Tickets.create_with_audit", "Tickets.update_with_audit", "Tickets.get_with_included")
async def _audit_and_sideloads(zd: Zendesk, fake: FakeZendesk) -> None:
    made = await zd.tickets.create_with_audit(subject="socket", comment={"body": "hi"})
    tid = made.ticket.id
    assert isinstance(tid, int) and made.audit is not None
    assert made.audit.id == fake.account.tickets.ticket_audits(tid)[-1]["id"]
    changed = await zd.tickets.update_with_audit(tid, status="pending")
    assert changed.audit is not None and changed.ticket.status == "pending"
    stored = fake.account.tickets.get(tid)
    assert stored is not None and stored["status"] == "pending"
    assert changed.audit.id == fake.account.tickets.ticket_audits(tid)[-1]["id"]
    got = await zd.tickets.get_with_included(tid, "users")
    assert got.item.id == tid and got.included.users
    assert {u.id for u in got.included.users} >= {stored["requester_id"]}


@case("Tickets.list")
async def _list(zd: Zendesk, fake: FakeZendesk) -> None:
    items = await zd.tickets.list(page_size=100).collect()
    assert len(items) >= SEEDED - SEEDED // C.FAKE_SEED_DELETED_EVERY
    assert all(isinstance(t, TicketObject) for t in items)
    assert len({t.id for t in items}) == len(items)
    assert all(fake.account.tickets.exists(t.id) for t in items if isinstance(t.id, int))


@case("Tickets.from_view")
async def _from_view(zd: Zendesk, fake: FakeZendesk) -> None:
    got = await zd.tickets.from_view(4242, sort_order="desc", page_size=10).collect(limit=10)
    assert ("GET", "/api/v2/views/4242/tickets") in fake.requests
    ids = [t.id for t in got if isinstance(t.id, int)]
    assert len(ids) == 10 and ids == sorted(ids, reverse=True)


@case("Tickets.count")
async def _count(zd: Zendesk, fake: FakeZendesk) -> None:
    assert await zd.tickets.count() == fake.account.tickets.count()


@case("Tickets.get_many")
async def _get_many(zd: Zendesk, fake: FakeZendesk) -> None:
    got = await zd.tickets.get_many([FIRST + 3, FIRST + 1, 999])
    assert [t.id for t in got] == [FIRST + 3, FIRST + 1] and got.missing == [999]
    assert got[0].subject == _stored(fake, FIRST + 3)["subject"]


@case("Tickets.create_many", "Tickets.update_many", "Tickets.delete_many", "JobStatuses.get")
async def _bulk(zd: Zendesk, fake: FakeZendesk) -> None:
    created = await zd.tickets.create_many(
        [{"subject": f"b{i}", "comment": {"body": "x"}} for i in range(3)]
    )
    assert created.ok and len(created) == 3
    ids = [i for i in created.ids if isinstance(i, int)]
    assert [_stored(fake, i)["subject"] for i in ids] == ["b0", "b1", "b2"]
    job = await zd.job_statuses.get(created.jobs[0].id)
    assert (job.id, job.status) == (created.jobs[0].id, "completed")
    assert (await zd.tickets.update_many(ids, priority="high")).ok
    assert [_stored(fake, i)["priority"] for i in ids] == ["high"] * 3
    assert (await zd.tickets.get(ids[0])).priority == "high"
    assert (await zd.tickets.delete_many(ids)).ok
    assert not any(fake.account.tickets.exists(i) for i in ids)


@case("Tickets.mark_many_as_spam", "Tickets.mark_as_spam")
async def _spam(zd: Zendesk, fake: FakeZendesk) -> None:
    many, one, bystander = await _ticket(zd), await _ticket(zd), await _ticket(zd)
    assert (await zd.tickets.mark_many_as_spam([many])).ok
    await zd.tickets.mark_as_spam(one)
    assert not fake.account.tickets.exists(many) and not fake.account.tickets.exists(one)
    assert fake.account.tickets.exists(bystander)


@case("Tickets.import_ticket", "Tickets.import_many")
async def _imports(zd: Zendesk, fake: FakeZendesk) -> None:
    row = {
        "subject": "imported",
        "description": "old",
        "created_at": "2020-01-02T03:04:05Z",
        "comments": [{"author_id": 1, "value": "old"}],
    }
    one = await zd.tickets.import_ticket(row)
    assert one.subject == "imported" and isinstance(one.id, int)
    assert _stored(fake, one.id)["created_at"] == "2020-01-02T03:04:05Z"
    many = await zd.tickets.import_many([row, {**row, "subject": "imported 2"}])
    assert many.ok
    ids = [i for i in many.ids if isinstance(i, int)]
    assert [_stored(fake, i)["subject"] for i in ids] == ["imported", "imported 2"]


@case("Tickets.merge")
async def _merge(zd: Zendesk, fake: FakeZendesk) -> None:
    target, source = await _ticket(zd), await _ticket(zd)
    job = await zd.tickets.merge(target, [source], target_comment="merged", source_comment="gone")
    assert job.status == "completed"
    assert _comments(fake, target)[-1]["body"] == "merged"
    assert _comments(fake, source)[-1]["body"] == "gone"
    assert _stored(fake, source)["status"] == "closed"


@case("Tickets.comments", "Tickets.comment_count", "Tickets.make_comment_private")
async def _comments_case(zd: Zendesk, fake: FakeZendesk) -> None:
    tid = await _ticket(zd)
    await zd.tickets.update(tid, comment={"body": "second", "public": True})
    comments = await zd.tickets.comments(tid).collect()
    assert [c.body for c in comments] == ["hello world", "second"]
    assert await zd.tickets.comment_count(tid) == 2
    assert isinstance(comments[1].id, int) and comments[1].public is True
    await zd.tickets.make_comment_private(tid, comments[1].id)
    assert [c["public"] for c in _comments(fake, tid)] == [True, False]  # only that one
    assert [c.public for c in await zd.tickets.comments(tid).collect()] == [True, False]


@case("Tickets.redact_comment")
async def _redact(zd: Zendesk, fake: FakeZendesk) -> None:
    tid = await _ticket(zd)
    comment = (await zd.tickets.comments(tid).collect())[0]
    assert isinstance(comment.id, int)
    redacted = await zd.tickets.redact_comment(tid, comment.id, "world")
    assert redacted.id == comment.id
    assert redacted.body == "hello ▇▇▇▇▇"
    assert _comments(fake, tid)[0]["body"] == "hello ▇▇▇▇▇"


@case("Tickets.redact_attachment")
async def _redact_attachment(zd: Zendesk, fake: FakeZendesk) -> None:
    with pytest.raises(NotFoundError):  # the fake keeps no attachments
        await zd.tickets.redact_attachment(FIRST, 1, 1)
    assert ("PUT", f"/api/v2/tickets/{FIRST}/comments/1/attachments/1/redact") in fake.requests


@case(
    "Tickets.audits", "Tickets.audit", "Tickets.audit_count", "Tickets.make_audit_comment_private"
)
async def _audits(zd: Zendesk, fake: FakeZendesk) -> None:
    tid = await _ticket(zd)
    audits = await zd.tickets.audits(tid).collect()
    assert len(audits) == await zd.tickets.audit_count(tid) >= 1
    assert {a.ticket_id for a in audits} == {tid}
    audit_id = audits[0].id
    assert isinstance(audit_id, int)
    assert (await zd.tickets.audit(tid, audit_id)).id == audit_id
    assert _comments(fake, tid)[0]["public"] is True
    await zd.tickets.make_audit_comment_private(tid, audit_id)
    assert _comments(fake, tid)[0]["public"] is False


@case("Tickets.conversation_log")
async def _conversation(zd: Zendesk, fake: FakeZendesk) -> None:
    events = await zd.tickets.conversation_log(FIRST).collect()
    bodies = [c["plain_body"] for c in _comments(fake, FIRST)]
    assert len(events) == len(bodies) >= 1
    assert [e.to_dict()["content"]["body"] for e in events] == bodies


@case("Tickets.tags", "Tickets.set_tags", "Tickets.add_tags", "Tickets.remove_tags")
async def _tags(zd: Zendesk, fake: FakeZendesk) -> None:
    tid = await _ticket(zd)
    assert sorted(await zd.tickets.set_tags(tid, ["a", "b"])) == ["a", "b"]
    assert sorted(await zd.tickets.add_tags(tid, ["c"])) == ["a", "b", "c"]
    await zd.tickets.remove_tags(tid, ["a"])
    assert sorted(_stored(fake, tid)["tags"]) == ["b", "c"]
    assert sorted(await zd.tickets.tags(tid)) == ["b", "c"]


@case("Tickets.collaborators", "Tickets.email_ccs", "Tickets.followers")
async def _people(zd: Zendesk, fake: FakeZendesk) -> None:
    ccs, followers = [101, 102], [201]
    tid = await _ticket(zd, email_cc_ids=ccs, follower_ids=followers)
    assert [u.id for u in await zd.tickets.email_ccs(tid)] == ccs
    assert [u.id for u in await zd.tickets.followers(tid)] == followers
    people = await zd.tickets.collaborators(tid)
    assert [u.id for u in people] == [101, 102, 201]
    assert people[0].name == "User 101" and people[0].email == "user101@example.org"
    seeded = _stored(fake, FIRST)  # seeded tickets have people too
    assert [u.id for u in await zd.tickets.collaborators(FIRST)] == seeded["collaborator_ids"]
    assert seeded["collaborator_ids"] and seeded["email_cc_ids"] and seeded["follower_ids"]


@case("Tickets.incidents", "Tickets.related", "Tickets.apply_macro")
async def _relations(zd: Zendesk, fake: FakeZendesk) -> None:
    problem = await _ticket(zd, "problem", type="problem")
    incidents = [await _ticket(zd, f"incident {n}", problem_id=problem) for n in range(2)]
    got = await zd.tickets.incidents(problem).collect()
    assert [t.id for t in got] == incidents and {t.problem_id for t in got} == {problem}
    assert (await zd.tickets.related(problem)).incidents == 2
    assert (await zd.tickets.related(incidents[0])).incidents == 0
    applied = await zd.tickets.apply_macro(problem, 1)
    assert applied.result.ticket.id == problem  # type: ignore[union-attr]


@case("Tickets.rate")
async def _rate(zd: Zendesk, fake: FakeZendesk) -> None:
    for score in ("good", "bad"):
        tid = await _ticket(zd)
        await zd.tickets.update(tid, status="solved")
        rating = (await zd.tickets.rate(tid, score, comment=f"{score}!")).to_dict()
        returned = rating["satisfaction_rating"]
        assert (returned["score"], returned["comment"], returned["ticket_id"]) == (
            score, f"{score}!", tid,
        )  # fmt: skip
        stored = _stored(fake, tid)["satisfaction_rating"]
        assert (stored["score"], stored["comment"]) == (score, f"{score}!")


@case(
    "Channels.from_tweet",
    "Channels.twicket_statuses",
    "Channels.open_in_agent_browser",
    "Channels.voice_ticket",
)
async def _channels(zd: Zendesk, fake: FakeZendesk) -> None:
    """Not served by the fake: each call must end in the typed 404, and reach the server."""
    ch = zd.tickets.channels
    calls: list[Callable[[], Awaitable[Any]]] = [
        lambda: ch.from_tweet(1, 2),
        lambda: ch.twicket_statuses(1, ids=[1]),
        lambda: ch.open_in_agent_browser(1, FIRST),
        lambda: ch.voice_ticket(via_id=44, comment={"body": "voicemail"}),
    ]
    for call in calls:
        before = len(fake.requests)
        with pytest.raises(NotFoundError):
            await call()
        assert len(fake.requests) == before + 1


# -- skips, routing, exports, jobs --------------------------------------------------------------


@case("Skips.create", "Skips.list")
async def _skips(zd: Zendesk, fake: FakeZendesk) -> None:
    skip = await zd.skips.create(ticket_id=FIRST + 1, reason="Needs a specialist")
    assert (skip.ticket_id, skip.reason) == (FIRST + 1, "Needs a specialist")
    assert skip.id in [s["id"] for s in fake.account.skips]
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
async def _attributes(zd: Zendesk, fake: FakeZendesk) -> None:
    attr = await zd.routing.attributes.create(name="Team")
    assert isinstance(attr.id, str)
    assert fake.account.attributes[attr.id]["name"] == "Team"
    assert (await zd.routing.attributes.get(attr.id)).name == "Team"
    assert (await zd.routing.attributes.update(attr.id, "Squad")).name == "Squad"
    assert fake.account.attributes[attr.id]["name"] == "Squad"
    assert attr.id in [a.id for a in await zd.routing.attributes.list().collect()]
    definitions = await zd.routing.attributes.definitions()
    assert definitions.definitions.conditions_all  # type: ignore[union-attr]
    await zd.routing.attributes.delete(attr.id)
    assert attr.id not in fake.account.attributes
    with pytest.raises(NotFoundError):
        await zd.routing.attributes.get(attr.id)


@case(
    "Attributes.create_value",
    "Attributes.get_value",
    "Attributes.update_value",
    "Attributes.values",
    "Attributes.delete_value",
)
async def _values(zd: Zendesk, fake: FakeZendesk) -> None:
    attr_id, value_id = await _value(zd)
    assert fake.account.values[attr_id][value_id]["name"] == "German"
    assert (await zd.routing.attributes.get_value(attr_id, value_id)).name == "German"
    renamed = await zd.routing.attributes.update_value(attr_id, value_id, "Deutsch")
    assert renamed.name == "Deutsch"
    assert fake.account.values[attr_id][value_id]["name"] == "Deutsch"
    assert [v.id for v in await zd.routing.attributes.values(attr_id)] == [value_id]
    await zd.routing.attributes.delete_value(attr_id, value_id)
    assert value_id not in fake.account.values[attr_id]
    assert await zd.routing.attributes.values(attr_id) == []


@case("AgentSkills.get", "AgentSkills.set", "AgentSkills.list_many", "AgentSkills.set_many")
async def _agents(zd: Zendesk, fake: FakeZendesk) -> None:
    _, value_id = await _value(zd)
    one, two, three = (next(_AGENTS) for _ in range(3))  # fresh agents: the fake is shared
    assert [v.id for v in await zd.routing.agents.set(one, [value_id])] == [value_id]
    assert fake.account.agent_values[one] == [value_id]
    assert [v.id for v in await zd.routing.agents.get(one)] == [value_id]
    assert (await zd.routing.agents.set_many([two, three], [value_id])).ok
    assert fake.account.agent_values[two] == fake.account.agent_values[three] == [value_id]
    listed = await zd.routing.agents.list_many([one, two, three]).collect()
    assert [(v.agent_id, v.attribute_value_id) for v in listed] == [
        (one, value_id), (two, value_id), (three, value_id),
    ]  # fmt: skip


@case("TicketSkills.get", "TicketSkills.set", "TicketSkills.fulfilled")
async def _ticket_skills(zd: Zendesk, fake: FakeZendesk) -> None:
    _, value_id = await _value(zd)
    tid = await _ticket(zd)
    assert [v.id for v in await zd.routing.tickets.set(tid, [value_id])] == [value_id]
    assert fake.account.ticket_values[tid] == [value_id]
    assert [v.id for v in await zd.routing.tickets.get(tid)] == [value_id]
    fulfilled = await zd.routing.tickets.fulfilled([tid, FIRST])
    assert all(i in (tid, FIRST) for i in fulfilled)


@case("Incremental.tickets", "Incremental.tickets_by_time")
async def _exports(zd: Zendesk, fake: FakeZendesk) -> None:
    horizon = fake.account.ts() - C.INCREMENTAL_MIN_AGE  # the latest minute is withheld
    every = {tid for ts, tid in fake.account.tickets.export_from(EPOCH) if ts <= horizon}
    by_cursor = await zd.incremental.tickets(start_time=EPOCH, raw=True).collect()
    assert {t["id"] for t in by_cursor} == every and len(by_cursor) == len(every)
    by_time = await zd.incremental.tickets_by_time(start_time=EPOCH).collect()
    assert {t.id for t in by_time} == every and len(by_time) == len(every)


@case(
    "Incremental.routing_attributes",
    "Incremental.routing_attribute_values",
    "Incremental.routing_instance_values",
)
async def _routing_exports(zd: Zendesk, fake: FakeZendesk) -> None:
    attr_id, value_id = await _value(zd)
    await zd.routing.agents.set(301, [value_id])
    events = fake.account.sbr_events
    attrs = await zd.incremental.routing_attributes(start_time=EPOCH).collect()
    assert [a.id for a in attrs] == [e["id"] for e in events["attributes"]]
    assert attr_id in {a.id for a in attrs}
    values = await zd.incremental.routing_attribute_values(start_time=EPOCH).collect()
    assert [v.id for v in values] == [e["id"] for e in events["attribute_values"]]
    instance = await zd.incremental.routing_instance_values(start_time=EPOCH).collect()
    assert [v.id for v in instance] == [e["id"] for e in events["instance_values"]]
    assert instance


@case("JobStatuses.wait")
async def _wait(zd: Zendesk, fake: FakeZendesk) -> None:
    created = await zd.tickets.create_many([{"subject": "w", "comment": {"body": "x"}}])
    job = await zd.job_statuses.wait(created.jobs[0].id)
    assert (job.id, job.status) == (created.jobs[0].id, "completed")
    assert fake.jobs.jobs[job.id].status == "completed"


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
        if not name.startswith("_") and name.isascii()  # mutmut's mutants are `xǁ…`
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
async def test_resource_methods_over_sockets(
    run: Case, zendesk_client: Zendesk, fake_zendesk: FakeZendesk
) -> None:
    await run(zendesk_client, fake_zendesk)
