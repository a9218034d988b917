from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketFromTweetInput")


@_attrs_define
class TicketFromTweetInput:
    """
    Attributes:
        twitter_status_message_id (int): The tweet id
        monitored_twitter_handle_id (int): Id of a monitored X (Twitter) handle of the account
    """

    twitter_status_message_id: int
    monitored_twitter_handle_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        twitter_status_message_id = self.twitter_status_message_id

        monitored_twitter_handle_id = self.monitored_twitter_handle_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "twitter_status_message_id": twitter_status_message_id,
                "monitored_twitter_handle_id": monitored_twitter_handle_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        twitter_status_message_id = d.pop("twitter_status_message_id")

        monitored_twitter_handle_id = d.pop("monitored_twitter_handle_id")

        ticket_from_tweet_input = cls(
            twitter_status_message_id=twitter_status_message_id,
            monitored_twitter_handle_id=monitored_twitter_handle_id,
        )

        ticket_from_tweet_input.additional_properties = d
        return ticket_from_tweet_input

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("twitter_status_message_id", self.twitter_status_message_id),
                ("monitored_twitter_handle_id", self.monitored_twitter_handle_id),
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
