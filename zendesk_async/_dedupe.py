"""Dropping the items a time-based export repeats across page boundaries.

Zendesk starts the next page at the previous page's `end_time`, which is the timestamp of its
last items, so those items come again. An item is identified by its id and its change stamp
(`generated_timestamp` for tickets, `timestamp`/`updated_at`/`time` elsewhere), so a *new*
version of a ticket is never dropped. Only the previous page's keys at or after its `end_time`
are kept: memory stays bounded by one page, and the keys fit in a checkpoint.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

Key = tuple[Any, Any]

STAMP_FIELDS = ("generated_timestamp", "timestamp", "updated_at", "time", "created_at")


def stamp_of(item: dict[str, Any]) -> Any:
    """The first change stamp an item carries (int seconds or an ISO string), or None."""
    for field in STAMP_FIELDS:
        value = item.get(field)
        if value is not None:
            return value
    return None


def seconds_of(stamp: Any) -> int | None:
    """Unix seconds of a stamp, or None when it cannot be read."""
    if isinstance(stamp, bool):
        return None
    if isinstance(stamp, int | float):
        return int(stamp)
    if isinstance(stamp, str):
        try:
            return int(datetime.fromisoformat(stamp).timestamp())
        except ValueError:
            return None
    return None


class BoundaryDedupe:
    """Remembers the boundary keys of the last page; filters them out of the next one."""

    __slots__ = ("_seen",)

    def __init__(self, seen: Iterable[Key] = ()) -> None:
        self._seen: set[Key] = set(seen)

    def filter(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """`items` minus those the previous page already returned (the same list if none)."""
        seen = self._seen
        if not seen:
            return items
        return [i for i in items if (i.get("id"), stamp_of(i)) not in seen]

    def advance(self, items: list[dict[str, Any]], end_time: int) -> None:
        """Keep the keys of `items` the next page (starting at `end_time`) may repeat."""
        keep: set[Key] = set()
        for item in items:  # all of them: export order by stamp is not promised
            stamp = stamp_of(item)
            secs = seconds_of(stamp)
            if secs is None or secs >= end_time:
                keep.add((item.get("id"), stamp))
        self._seen = keep

    def snapshot(self) -> list[list[Any]]:
        """The boundary keys as JSON-serialisable pairs (sorted, so checkpoints are stable)."""
        return [list(k) for k in sorted(self._seen, key=repr)]
