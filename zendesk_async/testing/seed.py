"""Deterministic, lazily generated seed data: ticket `i` is a pure function of `(seed, i)`.

Nothing is materialised up front, so a fake with a million tickets costs a few kilobytes until
something is modified. Each ticket is rendered from one of `TEMPLATE_VARIANTS` pre-encoded
templates (the messy fields: nulls, custom field values of every type, unicode, `via` shapes)
plus its own id and timestamps, by byte concatenation: no `json.dumps` per ticket.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from typing import Any

from zendesk_async import _constants as C

__all__ = ["SeedData", "iso"]

_SUBJECTS = [
    "Help, my printer is on fire!",
    "Impossible de me connecter à mon compte",
    "Zahlung fehlgeschlagen – bitte prüfen",  # noqa: RUF001
    "注文がまだ届きません",
    "مرحبا، لدي مشكلة في الطابعة",  # RTL
    "שלום, החשבונית שגויה",  # RTL
    "Refund please 🙏🔥💸",
    "👩‍👩‍👧‍👦 family plan question",
    'Quotes "double" and \\backslash\\ and </script>',
    "Line one\nline two\ttabbed",
    "",
    "x" * 300,
    "Re: Re: Fwd: [EXTERNAL] Order #4521 — status?",
]
_STATUSES = ["new", "open", "open", "pending", "hold", "solved", "closed", "closed"]
_PRIORITIES: list[str | None] = [None, None, "low", "normal", "high", "urgent"]
_TYPES: list[str | None] = [None, "question", "incident", "problem", "task"]
_TAGS = ["vip", "billing", "refund", "ünïcödé", "emoji_🔥", "enterprise", "churn-risk", "de"]
_CUSTOM_FIELD_IDS = [360_000_000_001 + k for k in range(7)]


def iso(ts: int) -> str:
    """Unix seconds -> Zendesk's ISO 8601 UTC form (`2015-04-16T09:14:57Z`)."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _custom_fields(rng: random.Random) -> list[dict[str, Any]]:
    values: list[Any] = [
        rng.choice(["745", "yes", "", "ñandú", None]),  # string (or null)
        str(rng.randrange(10**7, 10**8)),  # number sent as a string
        rng.choice([42, 3.5, 0, -1, None]),  # number
        rng.choice([True, False, None]),  # checkbox
        rng.choice([["opt_a", "opt_b"], [], None]),  # multiselect
        None,  # never set
        rng.choice(["2024-01-31", None]),  # date
    ]
    return [{"id": fid, "value": v} for fid, v in zip(_CUSTOM_FIELD_IDS, values, strict=True)]


def _via(rng: random.Random) -> dict[str, Any]:
    kind = rng.randrange(4)
    if kind == 0:
        return {"channel": "web", "source": {"from": {}, "to": {}, "rel": None}}
    if kind == 1:
        return {"channel": "api", "source": {"from": {}, "to": {}, "rel": None}}
    if kind == 2:
        return {
            "channel": "email",
            "source": {
                "from": {"address": "kund€@example.org", "name": "Kündé Ñame"},
                "to": {"address": "support@example.zendesk.com", "name": "Support"},
                "rel": None,
            },
        }
    return {
        "channel": "any_channel",
        "source": {
            "from": {"service_info": {"supports_channelback": True}},
            "to": {},
            "rel": "channelback",
        },
    }


def _template(rng: random.Random) -> dict[str, Any]:
    template = _drawn(rng)
    # every ticket has people around it (so the fake's collaborator / CC / follower lists are
    # never empty): CCs are end users, followers agents, collaborators both (Zendesk's rule).
    # Derived, not drawn: the random sequence, hence every other seeded value, is unchanged.
    ccs = template["collaborator_ids"] or [template["requester_id"] + 1]
    followers = [template["assignee_id"] or template["submitter_id"]]
    template["email_cc_ids"] = ccs
    template["follower_ids"] = followers
    template["collaborator_ids"] = sorted({*ccs, *followers})
    return template


def _drawn(rng: random.Random) -> dict[str, Any]:
    subject = rng.choice(_SUBJECTS)
    custom = _custom_fields(rng)
    maybe = rng.random
    return {
        "type": rng.choice(_TYPES),
        "subject": subject,
        "raw_subject": subject,
        "description": rng.choice(_SUBJECTS) + "\n\nSent from my phone",
        "priority": rng.choice(_PRIORITIES),
        "status": rng.choice(_STATUSES),
        "recipient": rng.choice([None, "support@example.zendesk.com"]),
        "requester_id": rng.randrange(360_000_000_000, 48_000_000_000_000),
        "submitter_id": rng.randrange(360_000_000_000, 48_000_000_000_000),
        "assignee_id": None if maybe() < 0.3 else rng.randrange(10**12, 10**13),
        "organization_id": None if maybe() < 0.4 else rng.randrange(10**11, 10**13),
        "group_id": None if maybe() < 0.2 else rng.randrange(10**11, 10**13),
        "collaborator_ids": [rng.randrange(10**12, 10**13) for _ in range(rng.randrange(3))],
        "follower_ids": [],
        "email_cc_ids": [],
        "forum_topic_id": None,
        "problem_id": None,
        "has_incidents": rng.random() < 0.05,
        "is_public": rng.random() < 0.9,
        "due_at": None,
        "tags": sorted(rng.sample(_TAGS, rng.randrange(4))),
        "custom_fields": custom,
        "fields": custom,  # undocumented mirror of custom_fields, as real accounts send
        "satisfaction_rating": (
            None
            if maybe() < 0.5
            else {"score": rng.choice(["good", "bad", "offered", "unoffered"]), "comment": None}
        ),
        "sharing_agreement_ids": [],
        "custom_status_id": rng.randrange(10**12, 10**13),
        "brand_id": 360_000_123_456,
        "ticket_form_id": None if maybe() < 0.5 else 360_000_654_321,
        "allow_channelback": False,
        "allow_attachments": True,
        "from_messaging_channel": False,
        "via": _via(rng),
    }


class SeedData:
    """The seeded account: `count` tickets with ids `first_id ..`, one second apart from `epoch`."""

    def __init__(
        self,
        count: int,
        seed: int,
        *,
        public_url: str,
        first_id: int = C.FAKE_FIRST_TICKET_ID,
        epoch: int = C.FAKE_SEED_EPOCH,
        deleted_every: int = C.FAKE_SEED_DELETED_EVERY,
    ) -> None:
        self.count = count
        self.seed = seed
        self.first_id = first_id
        self.epoch = epoch
        self.deleted_every = deleted_every
        self.public_url = public_url.rstrip("/")
        self._url = self.public_url + "/api/v2/tickets/"
        rng = random.Random(seed)
        self._templates: list[dict[str, Any]] = [
            _template(rng) for _ in range(C.FAKE_TEMPLATE_VARIANTS)
        ]
        self._encoded = [
            json.dumps(t, ensure_ascii=False, separators=(",", ":"))[1:-1].encode()
            for t in self._templates
        ]
        deleted_tpl = [
            json.dumps({**t, "status": "deleted"}, ensure_ascii=False, separators=(",", ":"))[
                1:-1
            ].encode()
            for t in self._templates
        ]
        self._encoded_deleted = deleted_tpl

    # -- ids and time ------------------------------------------------------------------------
    def contains(self, ticket_id: int) -> bool:
        return self.first_id <= ticket_id < self.first_id + self.count

    def index(self, ticket_id: int) -> int:
        return ticket_id - self.first_id

    def timestamp(self, index: int) -> int:
        """The seeded `generated_timestamp` (and `updated_at`) of ticket `index`."""
        return self.epoch + index

    def is_deleted(self, index: int) -> bool:
        """Seeded tickets deleted before the fake started: in exports, never in lists."""
        return self.deleted_every > 0 and index % self.deleted_every == self.deleted_every - 1

    def deleted_ids(self) -> range:
        if self.deleted_every <= 0:
            return range(0)
        start = self.first_id + self.deleted_every - 1
        return range(start, self.first_id + self.count, self.deleted_every)

    def _variant(self, index: int) -> int:
        return (index * 2_654_435_761 + self.seed) % C.FAKE_TEMPLATE_VARIANTS

    # -- rendering ---------------------------------------------------------------------------
    def ticket_bytes(self, index: int) -> bytes:
        """The JSON of seeded ticket `index` (status `deleted` for the deleted ones)."""
        ticket_id = self.first_id + index
        ts = self.epoch + index
        created = iso(ts - 86_400 - (index % 5000) * 17)
        updated = iso(ts)
        ext = b"null" if index % 3 else b'"ext-%d"' % index
        rest = (self._encoded_deleted if self.is_deleted(index) else self._encoded)[
            self._variant(index)
        ]
        return (
            b'{"id":%d,"url":"%s%d.json","external_id":%s,"created_at":"%s","updated_at":"%s","generated_timestamp":%d,%s}'
            % (
                ticket_id,
                self._url.encode(),
                ticket_id,
                ext,
                created.encode(),
                updated.encode(),
                ts,
                rest,
            )
        )

    def ticket(self, index: int) -> dict[str, Any]:
        result: dict[str, Any] = json.loads(self.ticket_bytes(index))
        return result

    def comments(self, index: int) -> list[dict[str, Any]]:
        """1-3 comments; comment `j` has id `ticket_id * 8 + j` (audit ids use `+ 4 + j`)."""
        ticket_id = self.first_id + index
        base = self.epoch + index - 86_400
        tpl = self._templates[self._variant(index)]
        out = []
        for j in range(1 + index % 3):
            body = tpl["description"] if j == 0 else f"Follow-up #{j}: any news? ✉️"
            out.append(
                {
                    "id": ticket_id * 8 + j,
                    "type": "Comment",
                    "author_id": tpl["requester_id"] if j % 2 == 0 else 1_900_000_000_001,
                    "body": body,
                    "html_body": f'<div class="zd-comment"><p>{body}</p></div>',
                    "plain_body": body,
                    "public": j != 2,
                    "attachments": [],
                    "audit_id": ticket_id * 8 + 4 + j,
                    "via": tpl["via"],
                    "metadata": {"system": {"client": "Mozilla/5.0", "ip_address": None}},
                    "created_at": iso(base + 60 * j),
                }
            )
        return out
