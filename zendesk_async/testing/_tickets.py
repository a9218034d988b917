"""Ticket storage: lazily seeded tickets plus the ones created or changed since, in id order and
in `generated_timestamp` order (what the incremental exports walk)."""

from __future__ import annotations

import bisect
import heapq
import json
from collections.abc import Iterator
from typing import Any

from ._http import dumps
from .seed import SeedData, iso


class TicketStore:
    """All tickets of the fake account. Seeded tickets stay virtual until something changes them."""

    def __init__(self, seed: SeedData) -> None:
        self.seed = seed
        self.next_id = seed.first_id + seed.count
        self._overrides: dict[int, dict[str, Any]] = {}  # created or changed tickets
        self._encoded: dict[int, bytes] = {}
        self._hidden: list[int] = list(seed.deleted_ids())  # sorted ids not in lists / show
        self._hidden_set: set[int] = set(self._hidden)
        self._changed: list[tuple[int, int]] = []  # sorted (generated_timestamp, id) of overrides
        self.comments: dict[int, list[dict[str, Any]]] = {}  # materialised children
        self.audits: dict[int, list[dict[str, Any]]] = {}

    # -- lookups -----------------------------------------------------------------------------
    def exists(self, ticket_id: int) -> bool:
        """Visible (not deleted, not spam)."""
        if ticket_id in self._hidden_set:
            return False
        return ticket_id in self._overrides or self.seed.contains(ticket_id)

    def get_bytes(self, ticket_id: int) -> bytes | None:
        """The JSON of any ticket (deleted ones included), or None."""
        cached = self._encoded.get(ticket_id)
        if cached is not None:
            return cached
        if ticket_id in self._overrides:
            data = dumps(self._overrides[ticket_id])
            self._encoded[ticket_id] = data
            return data
        if self.seed.contains(ticket_id):
            return self.seed.ticket_bytes(self.seed.index(ticket_id))
        return None

    def get(self, ticket_id: int) -> dict[str, Any] | None:
        if ticket_id in self._overrides:
            return self._overrides[ticket_id]
        data = self.get_bytes(ticket_id)
        return None if data is None else dict(json.loads(data))

    def overrides_values(self) -> list[dict[str, Any]]:
        """The created or changed tickets (deleted ones included)."""
        return list(self._overrides.values())

    def by_external_id(self, external_id: str) -> list[int]:
        """Visible ticket ids with this external_id (seeded ones are `ext-<index>`)."""
        found = [
            tid
            for tid, t in self._overrides.items()
            if t.get("external_id") == external_id and self.exists(tid)
        ]
        index = external_id.removeprefix("ext-")
        if index.isdigit() and int(index) % 3 == 0:
            tid = self.seed.first_id + int(index)
            if self.seed.contains(tid) and tid not in self._overrides and self.exists(tid):
                found.append(tid)
        return sorted(found)

    def count(self) -> int:
        return self.next_id - self.seed.first_id - len(self._hidden) - self._gaps()

    def _gaps(self) -> int:
        return 0  # ids are never skipped: created tickets take next_id

    # -- writes ------------------------------------------------------------------------------
    def put(self, ticket: dict[str, Any], now: int) -> dict[str, Any]:
        """Store a created or changed ticket; stamps `updated_at` and `generated_timestamp`."""
        tid = int(ticket["id"])
        old = self._overrides.get(tid)
        if old is not None:
            pos = bisect.bisect_left(self._changed, (int(old["generated_timestamp"]), tid))
            if pos < len(self._changed) and self._changed[pos] == (
                int(old["generated_timestamp"]),
                tid,
            ):
                del self._changed[pos]
        ticket["updated_at"] = iso(now)
        ticket["generated_timestamp"] = now
        self._overrides[tid] = ticket
        self._encoded.pop(tid, None)
        bisect.insort(self._changed, (now, tid))
        return ticket

    def hide(self, ticket_id: int) -> None:
        if ticket_id not in self._hidden_set:
            self._hidden_set.add(ticket_id)
            bisect.insort(self._hidden, ticket_id)

    def new_id(self) -> int:
        tid = self.next_id
        self.next_id += 1
        return tid

    # -- children ----------------------------------------------------------------------------
    def ticket_comments(self, ticket_id: int) -> list[dict[str, Any]]:
        if ticket_id not in self.comments:
            seeded = self.seed.contains(ticket_id)
            self.comments[ticket_id] = (
                self.seed.comments(self.seed.index(ticket_id)) if seeded else []
            )
        return self.comments[ticket_id]

    def ticket_audits(self, ticket_id: int) -> list[dict[str, Any]]:
        if ticket_id not in self.audits:
            self.audits[ticket_id] = [
                _audit_for(ticket_id, c, first=i == 0)
                for i, c in enumerate(self.ticket_comments(ticket_id))
            ]
        return self.audits[ticket_id]

    # -- id-ordered listing (the Listing protocol) -------------------------------------------
    def size(self) -> int:
        return self.count()

    def nth_id(self, index: int) -> int:
        """The id of the `index`-th visible ticket in id order."""
        tid = self.seed.first_id + index
        while True:
            hidden_upto = bisect.bisect_right(self._hidden, tid)
            candidate = self.seed.first_id + index + hidden_upto
            if candidate == tid:
                return tid
            tid = candidate

    def key_at(self, index: int) -> int:
        return self.nth_id(index)

    def index_after(self, key: int | str) -> int:
        tid = int(key)
        if tid < self.seed.first_id:
            return 0
        return tid + 1 - self.seed.first_id - bisect.bisect_right(self._hidden, tid)

    def render(self, start: int, stop: int) -> list[bytes]:
        out: list[bytes] = []
        if start >= stop:
            return out
        tid = self.nth_id(start)
        hidden = self._hidden_set
        while len(out) < stop - start:
            if tid not in hidden:
                data = self.get_bytes(tid)
                if data is not None:
                    out.append(data)
            tid += 1
        return out

    # -- export order ------------------------------------------------------------------------
    def export_from(self, start_ts: int, after_id: int = -1) -> Iterator[tuple[int, int]]:
        """(generated_timestamp, id) of every ticket, deleted included, from `(start_ts, after_id)`
        on (exclusive of that exact pair), in export order."""
        seed = self.seed
        first_index = max(0, start_ts - seed.epoch)
        overrides = self._overrides

        def seeded() -> Iterator[tuple[int, int]]:
            for i in range(first_index, seed.count):
                tid = seed.first_id + i
                if tid not in overrides:
                    yield seed.epoch + i, tid

        pos = bisect.bisect_left(self._changed, (start_ts, -1))
        changed = iter(self._changed[pos:])
        for item in heapq.merge(seeded(), changed):
            if item[0] == start_ts and item[1] <= after_id:
                continue
            yield item


def _audit_for(ticket_id: int, comment: dict[str, Any], *, first: bool) -> dict[str, Any]:
    events: list[dict[str, Any]] = [
        {
            "id": comment["id"],
            "type": "Comment",
            "author_id": comment["author_id"],
            "body": comment["body"],
            "html_body": comment["html_body"],
            "public": comment["public"],
            "attachments": [],
            "audit_id": comment["audit_id"],
        }
    ]
    if first:
        events.append(
            {"id": comment["id"] + 1_000, "type": "Create", "field_name": "status", "value": "new"}
        )
    return {
        "id": comment["audit_id"],
        "ticket_id": ticket_id,
        "created_at": comment["created_at"],
        "author_id": comment["author_id"],
        "metadata": {"system": {"client": "Mozilla/5.0"}, "custom": {}},
        "via": comment["via"],
        "events": events,
    }
