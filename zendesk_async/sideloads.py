"""Sideloaded records (`include=`): `page.included.users`, typed where the spec has a model.

Zendesk answers ``?include=users,groups`` with top-level lists next to the items
(``{"tickets": [...], "users": [...], "groups": [...]}``). `Included` holds every such list of a
response (every top-level list but the items themselves) and parses a list on first access: into
the generated model the spec declares for that sideload (`SIDELOAD_MODELS`), or leaves the dicts
as they are. Sideloads that Zendesk folds into each item (`dates`, `comment_count`, ...) stay in
the item's `additional_properties`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar, cast

import attrs
from zendesk_generated.models import (
    GroupObject,
    OrganizationObject,
    SkillBasedRoutingAttributeValueObject,
    UserForAdmin,
)

from .errors import InvalidArgumentError, ResponseParseError

__all__ = ["SIDELOAD_MODELS", "Included", "WithIncluded"]

T = TypeVar("T")

# sideload name -> parser of one record (the schemas spec/patches.py `sideloads` declares)
SIDELOAD_MODELS: Mapping[str, Callable[[dict[str, Any]], Any]] = {
    "users": UserForAdmin.from_dict,
    "groups": GroupObject.from_dict,
    "organizations": OrganizationObject.from_dict,
    "attribute_values": SkillBasedRoutingAttributeValueObject.from_dict,
}


class Included:
    """The sideloaded lists of a response, by name.

    ``included.users`` / ``included["users"]``: the records as generated models when the spec has
    one for that sideload, else the dicts; an empty list when the response has none.
    ``included.raw("users")``: the dicts as sent. ``"users" in included``, ``included.names()``.
    """

    __slots__ = ("_parsed", "_raw")

    def __init__(self, lists: Mapping[str, list[Any]] | None = None) -> None:
        self._raw: dict[str, list[Any]] = dict(lists or {})
        self._parsed: dict[str, list[Any]] = {}

    @classmethod
    def of(cls, body: Mapping[str, Any], items_key: str | None) -> Included:
        """The sideloads of a decoded response: its top-level lists other than `items_key`."""
        return cls({k: v for k, v in body.items() if k != items_key and isinstance(v, list)})

    @classmethod
    def merged(cls, parts: Iterable[Included]) -> Included:
        """One `Included` of several responses (show_many chunks); records with an `id` seen
        in an earlier part are not repeated."""
        lists: dict[str, list[Any]] = {}
        seen: dict[str, set[Any]] = {}
        for part in parts:
            for name, records in part._raw.items():
                target, ids = lists.setdefault(name, []), seen.setdefault(name, set())
                for record in records:
                    rid = record.get("id") if isinstance(record, dict) else None
                    if rid is None or rid not in ids:
                        target.append(record)
                        if rid is not None:
                            ids.add(rid)
        return cls(lists)

    def names(self) -> list[str]:
        """The sideloads the response carried."""
        return list(self._raw)

    def raw(self, name: str) -> list[Any]:
        """The records of a sideload as sent (dicts)."""
        return self._raw.get(name, [])

    def __contains__(self, name: object) -> bool:
        return name in self._raw

    def __bool__(self) -> bool:
        return bool(self._raw)

    def __getitem__(self, name: str) -> list[Any]:
        if name in self._parsed:
            return self._parsed[name]
        records = self._raw.get(name, [])
        parse = SIDELOAD_MODELS.get(name)
        if parse is None:
            return records
        try:
            parsed = [parse(record) for record in records]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseParseError(
                f"a sideloaded record under {name!r} does not fit its model: {exc!r}", model=name
            ) from exc
        self._parsed[name] = parsed
        return parsed

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(records)}" for name, records in self._raw.items())
        return f"Included({counts})"

    @property
    def users(self) -> list[UserForAdmin]:
        """Sideloaded users (``include=users``)."""
        return cast(list[UserForAdmin], self["users"])

    @property
    def groups(self) -> list[GroupObject]:
        """Sideloaded groups (``include=groups``)."""
        return cast(list[GroupObject], self["groups"])

    @property
    def organizations(self) -> list[OrganizationObject]:
        """Sideloaded organizations (``include=organizations``)."""
        return cast(list[OrganizationObject], self["organizations"])

    @property
    def attribute_values(self) -> list[SkillBasedRoutingAttributeValueObject]:
        """Sideloaded routing attribute values (``include=attribute_values``)."""
        return cast(list[SkillBasedRoutingAttributeValueObject], self["attribute_values"])


@attrs.frozen
class WithIncluded(Generic[T]):
    """One record with the sideloads of its response: what ``*_with_included`` methods return."""

    item: T
    included: Included


def with_included(
    key: str, parse: Callable[[dict[str, Any]], T]
) -> Callable[[Any], WithIncluded[T]]:
    """A parser of ``{key: {...}, <sideload>: [...]}`` into `WithIncluded`."""

    def parse_body(body: Any) -> WithIncluded[T]:
        record = body.get(key) if isinstance(body, dict) else None
        if not isinstance(record, dict):
            raise KeyError(f"expected an object under {key!r}, got {type(record).__name__}")
        return WithIncluded(parse(record), Included.of(body, key))

    return parse_body


def include_param(include: str | Iterable[str] | None) -> str | None:
    """The ``include=`` value: a comma-separated string, or names joined with commas."""
    if include is None:
        return None
    names = include.split(",") if isinstance(include, str) else list(include)
    if not names or not all(isinstance(n, str) and n.strip() for n in names):
        raise InvalidArgumentError(f"include must name sideloads (e.g. 'users'), not {include!r}")
    return ",".join(n.strip() for n in names)
