from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SatisfactionRatingResponse")


@_attrs_define
class SatisfactionRatingResponse:
    """
    Attributes:
        satisfaction_rating (list[SatisfactionRatingObject] | None | Unset):
    """

    satisfaction_rating: list[SatisfactionRatingObject] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        satisfaction_rating: list[dict[str, Any]] | None | Unset
        if isinstance(self.satisfaction_rating, Unset):
            satisfaction_rating = UNSET
        elif isinstance(self.satisfaction_rating, list):
            satisfaction_rating = []
            for satisfaction_rating_type_0_item_data in self.satisfaction_rating:
                satisfaction_rating_type_0_item = satisfaction_rating_type_0_item_data.to_dict()
                satisfaction_rating.append(satisfaction_rating_type_0_item)

        else:
            satisfaction_rating = self.satisfaction_rating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if satisfaction_rating is not UNSET:
            field_dict["satisfaction_rating"] = satisfaction_rating

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        satisfaction_rating = d.pop("satisfaction_rating", UNSET)
        if satisfaction_rating is not None and satisfaction_rating is not UNSET:
            satisfaction_rating = _parse_satisfaction_rating(satisfaction_rating)

        satisfaction_rating_response = cls(
            satisfaction_rating=satisfaction_rating,
        )

        satisfaction_rating_response.additional_properties = d
        return satisfaction_rating_response

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("satisfaction_rating", self.satisfaction_rating),
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


def _parse_satisfaction_rating(data: object) -> list[SatisfactionRatingObject] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        satisfaction_rating_type_0 = []
        _satisfaction_rating_type_0 = data
        for satisfaction_rating_type_0_item_data in _satisfaction_rating_type_0:
            satisfaction_rating_type_0_item = SatisfactionRatingObject.from_dict(
                satisfaction_rating_type_0_item_data
            )

            satisfaction_rating_type_0.append(satisfaction_rating_type_0_item)

        return satisfaction_rating_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[SatisfactionRatingObject] | None | Unset, data)


from ..models.satisfaction_rating_object import SatisfactionRatingObject
