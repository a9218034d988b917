from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViaObjectWriteSource")


@_attrs_define
class ViaObjectWriteSource:
    """For some channels a source object gives more information about how or why the ticket or event was created

    Attributes:
        from_ (ViaObjectWriteSourceFrom | Unset):
        rel (None | str | Unset):
        to (ViaObjectWriteSourceTo | Unset):
    """

    from_: ViaObjectWriteSourceFrom | Unset = UNSET
    rel: None | str | Unset = UNSET
    to: ViaObjectWriteSourceTo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        rel: None | str | Unset
        if isinstance(self.rel, Unset):
            rel = UNSET
        else:
            rel = self.rel

        to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if rel is not UNSET:
            field_dict["rel"] = rel
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _from_ = d.pop("from", UNSET)
        from_: ViaObjectWriteSourceFrom | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = ViaObjectWriteSourceFrom.from_dict(_from_)

        rel = d.pop("rel", UNSET)

        _to = d.pop("to", UNSET)
        to: ViaObjectWriteSourceTo | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = ViaObjectWriteSourceTo.from_dict(_to)

        via_object_write_source = cls(
            from_=from_,
            rel=rel,
            to=to,
        )

        via_object_write_source.additional_properties = d
        return via_object_write_source

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("from_", self.from_),
                ("rel", self.rel),
                ("to", self.to),
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


from ..models.via_object_write_source_from import ViaObjectWriteSourceFrom
from ..models.via_object_write_source_to import ViaObjectWriteSourceTo
