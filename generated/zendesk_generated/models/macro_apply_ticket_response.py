from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MacroApplyTicketResponse")


@_attrs_define
class MacroApplyTicketResponse:
    """
    Attributes:
        result (MacroApplyTicketResponseResultType0 | None | Unset):
    """

    result: MacroApplyTicketResponseResultType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, MacroApplyTicketResponseResultType0):
            result = self.result.to_dict()
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result = d.pop("result", UNSET)
        if result is not None and result is not UNSET:
            result = _parse_result(result)

        macro_apply_ticket_response = cls(
            result=result,
        )

        macro_apply_ticket_response.additional_properties = d
        return macro_apply_ticket_response

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("result", self.result),
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


def _parse_result(data: object) -> MacroApplyTicketResponseResultType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        result_type_0 = MacroApplyTicketResponseResultType0.from_dict(data)

        return result_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(MacroApplyTicketResponseResultType0 | None | Unset, data)


from ..models.macro_apply_ticket_response_result_type_0 import (
    MacroApplyTicketResponseResultType0,
)
