from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketObjectViaType0SourceType0")


@_attrs_define
class TicketObjectViaType0SourceType0:
    """For some channels a source object gives more information about how or why the ticket or event was created

    Attributes:
        from_ (None | TicketObjectViaType0SourceType0FromType0 | Unset):
        to (None | TicketObjectViaType0SourceType0ToType0 | Unset):
        rel (None | str | Unset):
    """

    from_: None | TicketObjectViaType0SourceType0FromType0 | Unset = UNSET
    to: None | TicketObjectViaType0SourceType0ToType0 | Unset = UNSET
    rel: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_: dict[str, Any] | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, TicketObjectViaType0SourceType0FromType0):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_

        to: dict[str, Any] | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, TicketObjectViaType0SourceType0ToType0):
            to = self.to.to_dict()
        else:
            to = self.to

        rel: None | str | Unset
        if isinstance(self.rel, Unset):
            rel = UNSET
        else:
            rel = self.rel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if rel is not UNSET:
            field_dict["rel"] = rel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from", UNSET)
        if from_ is not None and from_ is not UNSET:
            from_ = _parse_from_(from_)

        to = d.pop("to", UNSET)
        if to is not None and to is not UNSET:
            to = _parse_to(to)

        rel = d.pop("rel", UNSET)

        ticket_object_via_type_0_source_type_0 = cls(
            from_=from_,
            to=to,
            rel=rel,
        )

        ticket_object_via_type_0_source_type_0.additional_properties = d
        return ticket_object_via_type_0_source_type_0

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("from_", self.from_),
                ("to", self.to),
                ("rel", self.rel),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_from_(data: object) -> None | TicketObjectViaType0SourceType0FromType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        from_type_0 = TicketObjectViaType0SourceType0FromType0.from_dict(data)

        return from_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketObjectViaType0SourceType0FromType0 | Unset, data)


def _parse_to(data: object) -> None | TicketObjectViaType0SourceType0ToType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        to_type_0 = TicketObjectViaType0SourceType0ToType0.from_dict(data)

        return to_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketObjectViaType0SourceType0ToType0 | Unset, data)


from ..models.ticket_object_via_type_0_source_type_0_from_type_0 import (
    TicketObjectViaType0SourceType0FromType0,
)
from ..models.ticket_object_via_type_0_source_type_0_to_type_0 import (
    TicketObjectViaType0SourceType0ToType0,
)
