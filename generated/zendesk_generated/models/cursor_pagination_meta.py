from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CursorPaginationMeta")


@_attrs_define
class CursorPaginationMeta:
    """Cursor pagination state: follow links.next while has_more

    Attributes:
        has_more (bool | None | Unset):
        after_cursor (None | str | Unset):
        before_cursor (None | str | Unset):
    """

    has_more: bool | None | Unset = UNSET
    after_cursor: None | str | Unset = UNSET
    before_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_more: bool | None | Unset
        if isinstance(self.has_more, Unset):
            has_more = UNSET
        else:
            has_more = self.has_more

        after_cursor: None | str | Unset
        if isinstance(self.after_cursor, Unset):
            after_cursor = UNSET
        else:
            after_cursor = self.after_cursor

        before_cursor: None | str | Unset
        if isinstance(self.before_cursor, Unset):
            before_cursor = UNSET
        else:
            before_cursor = self.before_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if after_cursor is not UNSET:
            field_dict["after_cursor"] = after_cursor
        if before_cursor is not UNSET:
            field_dict["before_cursor"] = before_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_more = d.pop("has_more", UNSET)

        after_cursor = d.pop("after_cursor", UNSET)

        before_cursor = d.pop("before_cursor", UNSET)

        cursor_pagination_meta = cls(
            has_more=has_more,
            after_cursor=after_cursor,
            before_cursor=before_cursor,
        )

        cursor_pagination_meta.additional_properties = d
        return cursor_pagination_meta

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("has_more", self.has_more),
                ("after_cursor", self.after_cursor),
                ("before_cursor", self.before_cursor),
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
